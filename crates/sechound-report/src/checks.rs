//! The "Checks" section: the project's own lint, type-check, tests, build and audit as
//! `sechound checks` ran them, one row per step, the failures, and what they mean for the
//! sign-off. Also the standalone report of `sechound checks --format markdown`.

use sechound_core::{ChecksRun, StepResult, StepStatus};
use std::fmt::Write;

/// Failures shown per step in Markdown (the JSON keeps every one the run recorded).
const FAILURES_SHOWN: usize = 5;

/// `sechound checks --format markdown`.
pub fn render(run: &ChecksRun) -> String {
    let mut out = format!("# Checks of {}\n\n", run.root);
    body(&mut out, run, false);
    out
}

/// The section of a review (`sechound review --checks`).
pub fn section(out: &mut String, run: &ChecksRun) {
    let _ = writeln!(out, "## Checks\n");
    body(out, run, true);
}

fn body(out: &mut String, run: &ChecksRun, in_review: bool) {
    let ran = run
        .steps
        .iter()
        .filter(|s| s.status != StepStatus::Skipped)
        .count();
    let tools = if run.tools.is_empty() {
        String::new()
    } else {
        format!(" with {}", run.tools.join(", "))
    };
    let _ = writeln!(
        out,
        "The project's own checks, run by `sechound checks` at {} in {:.1} s{tools}: {ran} of {} ran.{}\n",
        run.started_at,
        run.duration_ms as f64 / 1000.0,
        steps(run.steps.len()),
        run.log_dir
            .as_deref()
            .map(|d| format!(" Logs: `{d}`."))
            .unwrap_or_default()
    );
    let _ = writeln!(out, "**Verdict:** {}\n", verdict(run, in_review));
    if run.steps.is_empty() {
        let _ = writeln!(
            out,
            "No check was found: no package scripts, Python tool settings, Makefile targets or CI commands to run (add steps under `[checks]` in sechound.toml).\n"
        );
    } else {
        let _ = writeln!(
            out,
            "| Step | Command | Result | Outcome | Exit | Duration |\n|---|---|---|---|---|---|"
        );
        for step in &run.steps {
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} | {} | {} |",
                cell(&step.name),
                cell(&step.command),
                result_label(step),
                cell(&outcome(step)),
                step.exit_code.map(|c| c.to_string()).unwrap_or_default(),
                if step.status == StepStatus::Skipped {
                    String::new()
                } else {
                    format!("{:.1} s", step.duration_ms as f64 / 1000.0)
                }
            );
        }
        out.push('\n');
    }
    failures(out, run);
    let mut notes: Vec<String> = run.notes.clone();
    if !run.env_removed.is_empty() {
        notes.push(format!(
            "{} environment variable(s) that look like secrets were withheld from the steps: {} (`--pass-env NAME` passes one on).",
            run.env_removed.len(),
            run.env_removed
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for step in run.steps.iter().filter(|s| s.stray_processes_stopped) {
        notes.push(format!(
            "Step `{}` left processes running after it ended; they were stopped.",
            step.name
        ));
    }
    for step in &run.steps {
        if step.status != StepStatus::Skipped {
            continue;
        }
        if let Some(why) = &step.detail {
            notes.push(format!("`{}` was not run: {why}.", step.name));
        }
    }
    if !notes.is_empty() {
        let _ = writeln!(out, "### Notes on the checks\n");
        for note in notes {
            let _ = writeln!(out, "- {note}");
        }
        out.push('\n');
    }
}

fn verdict(run: &ChecksRun, in_review: bool) -> String {
    let blocking = run.blocking();
    let ran = run
        .steps
        .iter()
        .filter(|s| s.status != StepStatus::Skipped)
        .count();
    if !blocking.is_empty() {
        let names: Vec<String> = blocking
            .iter()
            .map(|s| format!("{} ({})", s.name, s.status.label()))
            .collect();
        let consequence = if in_review {
            "failing tests, type errors or a failing build make the sign-off at best APPROVED WITH CONDITIONS"
        } else {
            "failing tests, type errors or a failing build keep a review at APPROVED WITH CONDITIONS at best"
        };
        let share = if blocking.len() == ran {
            "every step that ran".to_string()
        } else {
            format!("{} of the {} that ran", blocking.len(), steps(ran))
        };
        return format!(
            "❌ {} did not pass ({share}): {consequence}.",
            names.join(", ")
        );
    }
    let other: Vec<&StepResult> = run
        .steps
        .iter()
        .filter(|s| {
            matches!(
                s.status,
                StepStatus::Fail | StepStatus::Error | StepStatus::Timeout
            )
        })
        .collect();
    if !other.is_empty() {
        let names: Vec<String> = other
            .iter()
            .map(|s| format!("{} ({})", s.name, result_text(s)))
            .collect();
        return format!(
            "⚠️ Tests, type-check and build did not fail, but {}: {}.",
            if other.len() == 1 {
                "one step did not pass"
            } else {
                "some steps did not pass"
            },
            names.join(", ")
        );
    }
    if ran == 0 {
        return "⚠️ No step ran, so nothing is known about the project's tests.".into();
    }
    if ran == 1 {
        return "✅ The one step that ran passed.".into();
    }
    format!("✅ All {ran} steps that ran passed.")
}

fn steps(n: usize) -> String {
    if n == 1 {
        "1 step".into()
    } else {
        format!("{n} steps")
    }
}

/// "could not start", "could not run" or the status.
fn result_text(step: &StepResult) -> &'static str {
    match (step.status, step.detail.as_deref()) {
        (StepStatus::Error, Some(d)) if d.starts_with("could not start") => "could not start",
        (StepStatus::Error, Some(d)) if d.starts_with("could not run") => "could not run",
        (StepStatus::Error, Some(d)) if d.starts_with("interrupted") => "interrupted",
        (status, _) => status.label(),
    }
}

fn result_label(step: &StepResult) -> String {
    let icon = match step.status {
        StepStatus::Pass => "✅",
        StepStatus::Fail => "❌",
        StepStatus::Timeout => "⏱️",
        StepStatus::Error => "⚠️",
        StepStatus::Skipped => "⏭️",
    };
    format!("{icon} {}", result_text(step))
}

/// The outcome column: the counts, else the reason for an error or a skip.
fn outcome(step: &StepResult) -> String {
    let text = step.outcome();
    match step.status {
        StepStatus::Error | StepStatus::Timeout
            if step.tests.is_none() && step.problems.is_none() =>
        {
            step.detail.clone().unwrap_or(text)
        }
        StepStatus::Skipped => String::new(),
        _ if text.starts_with("exit code") => String::new(),
        _ => text,
    }
}

fn failures(out: &mut String, run: &ChecksRun) {
    let with_failures: Vec<&StepResult> = run
        .steps
        .iter()
        .filter(|s| !s.failures.is_empty() && s.status != StepStatus::Pass)
        .collect();
    if with_failures.is_empty() {
        return;
    }
    let _ = writeln!(out, "### Failures\n");
    for step in with_failures {
        let _ = writeln!(out, "**{}** (`{}`):\n", step.name, step.command);
        for failure in step.failures.iter().take(FAILURES_SHOWN) {
            let message = failure.message.join(" · ");
            if message.is_empty() {
                let _ = writeln!(out, "- `{}`", inline(&failure.name));
            } else {
                let _ = writeln!(out, "- `{}`: {}", inline(&failure.name), cell(&message));
            }
        }
        if step.failures.len() > FAILURES_SHOWN {
            let _ = writeln!(
                out,
                "- … and {} more (see the log{})",
                step.failures.len() - FAILURES_SHOWN,
                step.log
                    .as_deref()
                    .map(|l| format!(" `{l}`"))
                    .unwrap_or_default()
            );
        }
        out.push('\n');
    }
}

/// Text safe in a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Text safe inside inline code.
fn inline(text: &str) -> String {
    text.replace('`', "'").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use sechound_core::{Failure, StepKind, TestCounts};

    fn step(name: &str, kind: StepKind, status: StepStatus) -> StepResult {
        StepResult {
            name: name.into(),
            kind,
            command: format!("npm run {name}"),
            source: "package.json".into(),
            status,
            exit_code: Some(if status == StepStatus::Pass { 0 } else { 1 }),
            duration_ms: 1200,
            detail: Some("exit code 1".into()),
            tests: None,
            problems: None,
            failures: Vec::new(),
            log: Some("/tmp/logs/02-test.log".into()),
            modified_tracked_files: Vec::new(),
            stray_processes_stopped: false,
        }
    }

    fn run(steps: Vec<StepResult>) -> ChecksRun {
        ChecksRun {
            root: "repo".into(),
            started_at: "2026-01-31T06:42:24Z".into(),
            duration_ms: 4200,
            log_dir: Some("/tmp/logs".into()),
            steps,
            env_removed: vec!["GITHUB_TOKEN".into()],
            tools: vec!["node: v20.11.1".into()],
            notes: Vec::new(),
        }
    }

    #[test]
    fn failing_tests_show_counts_failures_and_the_verdict() {
        let mut test = step("test", StepKind::Test, StepStatus::Fail);
        test.tests = Some(TestCounts {
            runner: "node --test".into(),
            passed: 5,
            failed: 2,
            skipped: 0,
        });
        test.failures = vec![Failure {
            name: "math > subtracts".into(),
            message: vec!["2 !== 1".into()],
        }];
        let mut audit = step("audit", StepKind::Audit, StepStatus::Error);
        audit.detail = Some("could not run: the advisory service was not reachable".into());
        let text = render(&run(vec![
            step("lint", StepKind::Lint, StepStatus::Pass),
            test,
            audit,
        ]));
        assert!(
            text.contains(
                "| test | `npm run test` | ❌ fail | test: 5 passed, 2 failed | 1 | 1.2 s |"
            ),
            "{text}"
        );
        assert!(text.contains("| audit | `npm run audit` | ⚠️ could not run | could not run: the advisory service was not reachable |"), "{text}");
        assert!(text.contains("- `math > subtracts`: 2 !== 1"), "{text}");
        assert!(
            text.contains("❌ test (fail) did not pass (1 of the 3 steps that ran)"),
            "{text}"
        );
        assert!(text.contains("`GITHUB_TOKEN`"), "{text}");
    }

    #[test]
    fn a_clean_run_says_so() {
        let text = render(&run(vec![step("test", StepKind::Test, StepStatus::Pass)]));
        assert!(text.contains("✅ The one step that ran passed."), "{text}");
    }
}
