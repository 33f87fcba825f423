//! Running the plan: each step in its own process group, with a time limit, the filtered
//! environment and its output in a log file; the whole group is stopped on timeout, on Ctrl-C
//! and when the step leaves processes behind.

use crate::environment::step_environment;
use crate::output::{self, Reading};
use crate::plan::{Plan, PlannedStep};
use crate::{ChecksError, git_state, interrupt};
use sechound_core::{ChecksRun, StepKind, StepResult, StepStatus};
use std::ffi::OsString;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Default time limit of one step.
pub const DEFAULT_STEP_TIMEOUT: Duration = Duration::from_secs(600);
/// Default time limit of all steps together.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(3600);
/// How long a stopped group gets between SIGTERM and SIGKILL.
const GRACE: Duration = Duration::from_secs(2);
/// The most of a log that is read back for its summary (the end, where summaries are).
const LOG_TAIL: u64 = 4 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub step_timeout: Duration,
    pub deadline: Duration,
    /// Variables kept although they look like secrets.
    pub pass_env: Vec<String>,
    /// Where the per-step logs go (created if needed).
    pub log_dir: PathBuf,
}

/// Told about each step as it starts and ends (the command line prints progress).
pub trait Observer {
    fn started(&self, _index: usize, _total: usize, _step: &PlannedStep) {}
    fn finished(&self, _result: &StepResult) {}
}

/// An observer that says nothing.
pub struct Silent;
impl Observer for Silent {}

/// Runs every step of `plan` in order.
pub fn run(
    plan: &Plan,
    options: &RunOptions,
    observer: &dyn Observer,
) -> Result<ChecksRun, ChecksError> {
    std::fs::create_dir_all(&options.log_dir).map_err(|e| ChecksError::Logs {
        path: options.log_dir.display().to_string(),
        message: e.to_string(),
    })?;
    let started = Instant::now();
    let started_at = jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .map(|t| t.to_string())
        .unwrap_or_default();
    let (environment, env_removed) = step_environment(&options.pass_env);
    let repo = git_state::open(&plan.root);
    let mut notes = plan.notes.clone();
    if repo.is_none() {
        notes.push(
            "Not a git repository: whether a step changed the repository's files could not be checked."
                .into(),
        );
    }
    let guard = interrupt::Guard::install();
    let mut steps = Vec::new();
    for (index, step) in plan.steps.iter().enumerate() {
        observer.started(index, plan.steps.len(), step);
        let remaining = options.deadline.saturating_sub(started.elapsed());
        let result = if let Some(why) = &step.skip {
            not_run(step, why)
        } else if interrupt::interrupted() {
            not_run(step, "the run was interrupted")
        } else if remaining.is_zero() {
            not_run(step, "the total deadline was reached before it started")
        } else {
            let limit = step
                .timeout
                .map(Duration::from_secs)
                .unwrap_or(options.step_timeout)
                .min(remaining);
            let context = StepContext {
                root: &plan.root,
                environment: &environment,
                log_dir: &options.log_dir,
                repo: repo.as_ref(),
            };
            run_step(index, step, limit, &context)
        };
        if !result.modified_tracked_files.is_empty() {
            notes.push(format!(
                "Step `{}` changed tracked files of the repository: {}.",
                result.name,
                result.modified_tracked_files.join(", ")
            ));
        }
        observer.finished(&result);
        steps.push(result);
    }
    if interrupt::interrupted() {
        notes.push("The run was interrupted: the running step was stopped with every process it started, and the rest were not run.".into());
    }
    drop(guard);
    let tools = tool_versions(plan, &environment);
    Ok(ChecksRun {
        root: plan.root.display().to_string(),
        started_at,
        duration_ms: started.elapsed().as_millis() as u64,
        log_dir: Some(options.log_dir.display().to_string()),
        steps,
        env_removed,
        tools,
        notes,
    })
}

/// True when the last run was cut short by Ctrl-C or SIGTERM.
pub fn was_interrupted() -> bool {
    interrupt::interrupted()
}

struct StepContext<'a> {
    root: &'a Path,
    environment: &'a [(OsString, OsString)],
    log_dir: &'a Path,
    repo: Option<&'a git2::Repository>,
}

fn base_result(step: &PlannedStep, status: StepStatus, detail: impl Into<String>) -> StepResult {
    StepResult {
        name: step.name.clone(),
        kind: step.kind,
        command: step.command.clone(),
        source: step.source.clone(),
        status,
        exit_code: None,
        duration_ms: 0,
        detail: Some(detail.into()),
        tests: None,
        problems: None,
        failures: Vec::new(),
        log: None,
        modified_tracked_files: Vec::new(),
        stray_processes_stopped: false,
    }
}

fn not_run(step: &PlannedStep, why: &str) -> StepResult {
    base_result(step, StepStatus::Skipped, why)
}

/// How a step's process ended.
enum Ended {
    Exited(ExitStatus),
    TimedOut(Duration),
    Interrupted,
    Lost(String),
}

fn run_step(index: usize, step: &PlannedStep, limit: Duration, cx: &StepContext<'_>) -> StepResult {
    let log_path = cx
        .log_dir
        .join(format!("{:02}-{}.log", index + 1, slug(&step.name)));
    let mut log = match File::create(&log_path) {
        Ok(file) => file,
        Err(e) => {
            return base_result(
                step,
                StepStatus::Error,
                format!(
                    "could not start: cannot write its log {}: {e}",
                    log_path.display()
                ),
            );
        }
    };
    let _ = writeln!(log, "$ {}\n", step.command);
    let (Ok(stdout), Ok(stderr)) = (log.try_clone(), log.try_clone()) else {
        return base_result(
            step,
            StepStatus::Error,
            "could not start: cannot share its log",
        );
    };
    let before = cx.repo.map(git_state::snapshot);
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(&step.command)
        .current_dir(cx.root.join(&step.dir))
        .env_clear()
        .envs(cx.environment.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .process_group(0);
    let began = Instant::now();
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) => {
            let mut result = base_result(step, StepStatus::Error, format!("could not start: {e}"));
            result.log = Some(log_path.display().to_string());
            return result;
        }
    };
    let group = child.id() as libc::pid_t;
    let ended = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Ended::Exited(status),
            Ok(None) => {}
            Err(e) => {
                stop_group(group, &mut child);
                break Ended::Lost(e.to_string());
            }
        }
        if interrupt::interrupted() {
            stop_group(group, &mut child);
            break Ended::Interrupted;
        }
        if began.elapsed() >= limit {
            stop_group(group, &mut child);
            break Ended::TimedOut(limit);
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    // The step's own process is gone; anything it started in the background is not.
    let stray = matches!(ended, Ended::Exited(_)) && stop_leftovers(group);
    let duration_ms = began.elapsed().as_millis() as u64;
    let text = read_tail(&log_path);
    let reading = output::read(&text);
    let mut result = judge(step, &ended, &reading, &text);
    result.duration_ms = duration_ms;
    result.log = Some(log_path.display().to_string());
    result.stray_processes_stopped = stray;
    if let Ended::Exited(status) = &ended {
        result.exit_code = status.code();
    }
    if let (Some(repo), Some(before)) = (cx.repo, before) {
        result.modified_tracked_files = git_state::difference(&before, &git_state::snapshot(repo));
    }
    result
}

/// The status of a finished step from how it ended and what it printed.
fn judge(step: &PlannedStep, ended: &Ended, reading: &Reading, text: &str) -> StepResult {
    let mut result = match ended {
        Ended::TimedOut(limit) => base_result(
            step,
            StepStatus::Timeout,
            format!(
                "stopped after {} s, with every process it started",
                limit.as_secs()
            ),
        ),
        Ended::Interrupted => base_result(
            step,
            StepStatus::Error,
            "interrupted: stopped with every process it started",
        ),
        Ended::Lost(e) => base_result(
            step,
            StepStatus::Error,
            format!("lost track of the step: {e}"),
        ),
        Ended::Exited(status) => {
            let code = status.code();
            if let Some(signal) = status.signal() {
                base_result(step, StepStatus::Fail, format!("killed by signal {signal}"))
            } else if let Some(module) = missing_module(&step.command, text) {
                base_result(
                    step,
                    StepStatus::Error,
                    format!(
                        "could not start: the Python module `{module}` is not installed for `{}`",
                        step.command.split(" -m ").next().unwrap_or("python")
                    ),
                )
            } else if code == Some(127) || code == Some(126) {
                base_result(
                    step,
                    StepStatus::Error,
                    format!(
                        "could not start: {}",
                        not_found(text)
                            .unwrap_or("the command was not found or not executable".into())
                    ),
                )
            } else if step.kind == StepKind::Audit && !reading.audit_result {
                let why = match &reading.network_error {
                    Some(sign) => format!(
                        "could not run: the advisory service was not reachable (`{sign}`); no vulnerability result"
                    ),
                    None => "could not run: the output holds no audit result".to_string(),
                };
                base_result(step, StepStatus::Error, why)
            } else if let Some(missing) = missing_script(text) {
                base_result(step, StepStatus::Error, format!("could not run: {missing}"))
            } else {
                let failed_tests = reading.tests.as_ref().is_some_and(|t| t.failed > 0);
                let problems = reading.problems.as_ref().is_some_and(|p| p.errors > 0);
                let status = if code == Some(0)
                    && !failed_tests
                    && !(problems && step.kind != StepKind::Audit)
                {
                    StepStatus::Pass
                } else {
                    StepStatus::Fail
                };
                let detail = match code {
                    Some(0) if status == StepStatus::Pass => "exit code 0".to_string(),
                    Some(0) => "exit code 0, but its output reports failures".to_string(),
                    Some(n) => format!("exit code {n}"),
                    None => "no exit code".to_string(),
                };
                base_result(step, status, detail)
            }
        }
    };
    result.tests = reading.tests.clone();
    result.problems = reading.problems.clone();
    result.failures = reading.failures.clone();
    result
}

/// `sh: 1: jest: not found` → "`jest` is not installed (not found on PATH)".
fn not_found(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let rest = l.strip_prefix("sh: ")?;
        let (_, tail) = rest.split_once(": ")?;
        let program = tail.strip_suffix(": not found")?;
        Some(format!("`{program}` is not installed (not found on PATH)"))
    })
}

/// For `python -m MODULE …`, `MODULE` when Python said it has no such module.
fn missing_module(command: &str, text: &str) -> Option<String> {
    let (_, rest) = command.split_once(" -m ")?;
    let module = rest.split_whitespace().next()?;
    text.lines()
        .any(|l| l.trim_end().ends_with(&format!("No module named {module}")))
        .then(|| module.to_string())
}

/// npm, pnpm and yarn's message for a script the manifest does not define.
fn missing_script(text: &str) -> Option<String> {
    text.lines()
        .find(|l| {
            l.contains("Missing script:") || l.contains("Command \"") && l.contains("not found")
        })
        .map(|l| {
            l.trim_start_matches("npm ERR! ")
                .trim_start_matches("npm error ")
                .trim()
                .to_string()
        })
}

/// True while any process of the group exists.
fn group_alive(group: libc::pid_t) -> bool {
    // SAFETY: signal 0 only checks that the group exists.
    unsafe { libc::killpg(group, 0) == 0 }
}

fn signal_group(group: libc::pid_t, signal: libc::c_int) {
    // SAFETY: the group was created for this step (`process_group(0)`); its id is the step's
    // own process id, which this process has not reaped yet or has just reaped.
    unsafe {
        libc::killpg(group, signal);
    }
}

/// Stops the whole group: SIGTERM, a grace period, then SIGKILL; reaps the step's process.
fn stop_group(group: libc::pid_t, child: &mut Child) {
    signal_group(group, libc::SIGTERM);
    let until = Instant::now() + GRACE;
    while Instant::now() < until {
        if matches!(child.try_wait(), Ok(Some(_))) && !group_alive(group) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    signal_group(group, libc::SIGKILL);
    let _ = child.wait();
    wait_gone(group);
}

/// After the step's own process exited: stops what it left running. True when there was
/// something to stop.
fn stop_leftovers(group: libc::pid_t) -> bool {
    if !group_alive(group) {
        return false;
    }
    // Processes that are shutting down (worker pools, a bundler's service) or that just exited
    // and wait for their new parent to reap them are given a moment.
    std::thread::sleep(Duration::from_millis(300));
    if !group_alive(group) {
        return false;
    }
    signal_group(group, libc::SIGTERM);
    let until = Instant::now() + GRACE;
    while Instant::now() < until && group_alive(group) {
        std::thread::sleep(Duration::from_millis(20));
    }
    signal_group(group, libc::SIGKILL);
    wait_gone(group);
    true
}

/// Waits (briefly) until no process of the group is left.
fn wait_gone(group: libc::pid_t) {
    let until = Instant::now() + Duration::from_secs(1);
    while Instant::now() < until && group_alive(group) {
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn read_tail(path: &Path) -> String {
    let Ok(mut file) = File::open(path) else {
        return String::new();
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > LOG_TAIL {
        let _ = file.seek(SeekFrom::Start(size - LOG_TAIL));
    }
    let mut bytes = Vec::new();
    let _ = file.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

fn slug(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Versions of the runtimes the plan uses (`node --version`, the Python interpreter's).
fn tool_versions(plan: &Plan, environment: &[(OsString, OsString)]) -> Vec<String> {
    let commands: Vec<&str> = plan
        .steps
        .iter()
        .filter(|s| s.skip.is_none())
        .map(|s| s.command.as_str())
        .collect();
    let mut probes: Vec<String> = Vec::new();
    if commands.iter().any(|c| {
        ["npm", "npx", "pnpm", "yarn", "node", "bun"]
            .iter()
            .any(|t| c.starts_with(t))
    }) {
        probes.push("node --version".into());
    }
    if let Some(python) = commands.iter().find_map(|c| {
        c.split_once(" -m ")
            .map(|(py, _)| py)
            .filter(|py| py.contains("python"))
    }) {
        probes.push(format!("{python} --version"));
    }
    probes
        .iter()
        .filter_map(|probe| {
            let output = Command::new("sh")
                .arg("-c")
                .arg(probe)
                .current_dir(&plan.root)
                .env_clear()
                .envs(environment.iter().map(|(k, v)| (k, v)))
                .stdin(Stdio::null())
                .output()
                .ok()?;
            let text = String::from_utf8_lossy(&output.stdout).trim().to_string()
                + String::from_utf8_lossy(&output.stderr).trim();
            let program = probe.split_whitespace().next().unwrap_or("");
            (output.status.success() && !text.is_empty()).then(|| format!("{program}: {text}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_a_missing_python_module() {
        assert_eq!(
            missing_module(
                ".venv/bin/python -m ruff check .",
                "$ .venv/bin/python -m ruff check .\n\n/repo/.venv/bin/python: No module named ruff\n"
            )
            .as_deref(),
            Some("ruff")
        );
        assert_eq!(missing_module("npm test", "No module named ruff"), None);
    }

    #[test]
    fn recognises_a_missing_program() {
        assert_eq!(
            not_found("$ jest\n\nsh: 1: jest: not found\n").as_deref(),
            Some("`jest` is not installed (not found on PATH)")
        );
    }
}
