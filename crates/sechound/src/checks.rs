//! `sechound checks`, and the checks a review runs or reads with `--checks` / `--checks-from`.

use crate::cli::{ChecksArgs, CompareFormat};
use crate::commands::{load_config, write_output};
use anyhow::{Context, Result, anyhow};
use sechound_checks::{
    DEFAULT_DEADLINE, DEFAULT_STEP_TIMEOUT, Observer, Plan, PlannedStep, RunOptions,
};
use sechound_core::{ChecksRun, Config, StepResult, StepStatus};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

/// Exit code of a run cut short by Ctrl-C (128 + SIGINT), as shells report it.
const INTERRUPTED: u8 = 130;

pub fn run(args: ChecksArgs) -> Result<ExitCode> {
    let (config, config_path) = load_config(&args.path, args.config.as_deref())?;
    let mut plan = sechound_checks::plan(
        &args.path,
        &config.checks,
        config_path.as_deref().unwrap_or("sechound.toml"),
    )?;
    plan.select(&args.only, &args.skip)?;
    let mut pass_env = config.checks.pass_env.clone();
    pass_env.extend(args.pass_env.iter().cloned());
    let options = RunOptions {
        step_timeout: args
            .step_timeout
            .or(config.checks.step_timeout)
            .map(Duration::from_secs)
            .unwrap_or(DEFAULT_STEP_TIMEOUT),
        deadline: args
            .deadline
            .or(config.checks.deadline)
            .map(Duration::from_secs)
            .unwrap_or(DEFAULT_DEADLINE),
        pass_env,
        log_dir: match &args.logs {
            Some(dir) => dir.clone(),
            None => sechound_checks::default_log_dir(&args.path),
        },
    };
    if args.list {
        write_output(args.output.as_deref(), &list(&plan, &options))?;
        return Ok(ExitCode::SUCCESS);
    }
    let progress = Progress { show: !args.quiet };
    let result = sechound_checks::run(&plan, &options, &progress)?;
    let text = match args.format {
        CompareFormat::Markdown => sechound_report::checks::render(&result),
        CompareFormat::Json => {
            let mut text = serde_json::to_string_pretty(&result).context("cannot write JSON")?;
            text.push('\n');
            text
        }
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(if sechound_checks::was_interrupted() {
        ExitCode::from(INTERRUPTED)
    } else if result.all_passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `sechound review --checks`: the checks with the configuration's settings, progress on
/// standard error unless `quiet`.
pub fn run_for_review(
    root: &Path,
    config: &Config,
    config_path: Option<&str>,
    quiet: bool,
) -> Result<ChecksRun> {
    let plan = sechound_checks::plan(root, &config.checks, config_path.unwrap_or("sechound.toml"))?;
    let options = RunOptions {
        step_timeout: config
            .checks
            .step_timeout
            .map(Duration::from_secs)
            .unwrap_or(DEFAULT_STEP_TIMEOUT),
        deadline: config
            .checks
            .deadline
            .map(Duration::from_secs)
            .unwrap_or(DEFAULT_DEADLINE),
        pass_env: config.checks.pass_env.clone(),
        log_dir: sechound_checks::default_log_dir(root),
    };
    let result = sechound_checks::run(&plan, &options, &Progress { show: !quiet })?;
    if sechound_checks::was_interrupted() {
        return Err(anyhow!(
            "interrupted while running the project's checks; no review was written"
        ));
    }
    Ok(result)
}

/// A saved `sechound checks --format json`.
pub fn read_saved(path: &Path) -> Result<ChecksRun> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the checks results `{}`", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        anyhow!(
            "`{}` is not a `sechound checks --format json` result: {e}",
            path.display()
        )
    })
}

/// What `--list` prints: each step, its command and why it is there, or why it will not run.
fn list(plan: &Plan, options: &RunOptions) -> String {
    let mut out = format!(
        "Checks of {} (nothing runs with --list):\n\n",
        plan.root.display()
    );
    if plan.steps.is_empty() {
        out.push_str("  No step found. Add steps under [checks] in sechound.toml.\n");
    }
    let width = plan
        .steps
        .iter()
        .map(|s| s.name.len())
        .max()
        .unwrap_or(4)
        .max(4);
    for (i, step) in plan.steps.iter().enumerate() {
        out.push_str(&format!(
            "{:>3}. {:<width$}  {:<9}  {}\n       from: {}\n",
            i + 1,
            step.name,
            step.kind.as_str(),
            step.command,
            step.source,
        ));
        if let Some(why) = &step.skip {
            out.push_str(&format!("       not run: {why}\n"));
        }
        if let Some(timeout) = step.timeout {
            out.push_str(&format!("       time limit: {timeout} s\n"));
        }
    }
    out.push_str(&format!(
        "\nEach step runs with `sh -c` in its own process group, with a limit of {} s ({} s for all), an environment without variables that look like secrets, and its output in {}.\n",
        options.step_timeout.as_secs(),
        options.deadline.as_secs(),
        options.log_dir.display()
    ));
    for note in &plan.notes {
        out.push_str(&format!("Note: {note}\n"));
    }
    out
}

/// Progress on standard error: one line as each step starts and one as it ends.
struct Progress {
    show: bool,
}

impl Observer for Progress {
    fn started(&self, index: usize, total: usize, step: &PlannedStep) {
        if self.show && step.skip.is_none() {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(
                err,
                "[{}/{total}] {}: {}",
                index + 1,
                step.name,
                step.command
            );
        }
    }

    fn finished(&self, result: &StepResult) {
        if !self.show {
            return;
        }
        let mark = match result.status {
            StepStatus::Pass => "pass",
            StepStatus::Fail => "FAIL",
            StepStatus::Error => "ERROR",
            StepStatus::Timeout => "TIMEOUT",
            StepStatus::Skipped => "skipped",
        };
        let outcome = result.outcome();
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "      {} {mark} ({:.1} s){}",
            result.name,
            result.duration_ms as f64 / 1000.0,
            if outcome.is_empty() {
                String::new()
            } else {
                format!(": {outcome}")
            }
        );
    }
}
