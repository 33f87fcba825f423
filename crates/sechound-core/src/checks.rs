//! The results of `sechound checks`: the project's own lint, type-check, tests, build and
//! dependency audit, run in the repository, each step with its outcome and what its output said.
//!
//! A saved run (`sechound checks --format json`) can be attached to a review
//! (`sechound review --checks-from`), where failing tests or type errors limit the sign-off.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What a step checks; decides how its output is read and whether a failure limits the sign-off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    Install,
    Lint,
    Typecheck,
    Test,
    Build,
    Audit,
    Other,
}

impl StepKind {
    pub const ALL: [StepKind; 7] = [
        StepKind::Install,
        StepKind::Lint,
        StepKind::Typecheck,
        StepKind::Test,
        StepKind::Build,
        StepKind::Audit,
        StepKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Install => "install",
            StepKind::Lint => "lint",
            StepKind::Typecheck => "typecheck",
            StepKind::Test => "test",
            StepKind::Build => "build",
            StepKind::Audit => "audit",
            StepKind::Other => "other",
        }
    }

    /// A failure of this kind means the code does not work as written: it limits the sign-off.
    pub fn blocks_approval(self) -> bool {
        matches!(self, StepKind::Typecheck | StepKind::Test | StepKind::Build)
    }
}

impl fmt::Display for StepKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for StepKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        StepKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown step kind `{s}` (expected install, lint, typecheck, test, build, audit or other)"
                )
            })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    Pass,
    Fail,
    /// The step could not start (the program is missing) or could not do its work (an audit
    /// without network): nothing is known about what it checks.
    Error,
    /// Stopped at its time limit, with every process it started.
    Timeout,
    /// Not run: configured off, the deadline passed, or the run was interrupted.
    Skipped,
}

impl StepStatus {
    pub fn label(self) -> &'static str {
        match self {
            StepStatus::Pass => "pass",
            StepStatus::Fail => "fail",
            StepStatus::Error => "error",
            StepStatus::Timeout => "timeout",
            StepStatus::Skipped => "skipped",
        }
    }
}

/// Test counts read from a runner's summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestCounts {
    /// `node --test`, `jest`, `vitest`, `mocha`, `pytest` or `unittest`.
    pub runner: String,
    pub passed: u64,
    pub failed: u64,
    #[serde(default)]
    pub skipped: u64,
}

impl fmt::Display for TestCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} passed, {} failed", self.passed, self.failed)?;
        if self.skipped > 0 {
            write!(f, ", {} skipped", self.skipped)?;
        }
        Ok(())
    }
}

/// Errors and warnings a type checker or linter counted, or vulnerabilities an audit found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemCounts {
    /// `tsc`, `mypy`, `pyright`, `eslint`, `ruff`, `npm audit` ...
    pub tool: String,
    pub errors: u64,
    #[serde(default)]
    pub warnings: u64,
    /// For audits: vulnerabilities by severity as the tool names them (`high: 2`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_severity: Vec<(String, u64)>,
}

/// One failing test or reported error: its name and the first lines of what went wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub name: String,
    #[serde(default)]
    pub message: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepResult {
    pub name: String,
    pub kind: StepKind,
    /// The shell command, as run.
    pub command: String,
    /// Why the step was chosen (`package.json script "test"`, `sechound.toml`, a workflow step).
    pub source: String,
    pub status: StepStatus,
    /// `None` when the step did not finish on its own (timeout, could not start, skipped).
    pub exit_code: Option<i32>,
    pub duration_ms: u64,
    /// What the status rests on, in a few words ("could not run: no network", "6 passed, 1 failed").
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tests: Option<TestCounts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problems: Option<ProblemCounts>,
    /// Failing tests or reported errors, the first few.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<Failure>,
    /// The step's output (standard output and error together).
    pub log: Option<String>,
    /// Tracked files of the repository the step changed (`git status` before and after).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modified_tracked_files: Vec<String>,
    /// Processes the step left behind, stopped when it ended.
    #[serde(default)]
    pub stray_processes_stopped: bool,
}

impl StepResult {
    /// A failed, timed-out test, type-check or build step.
    pub fn blocks_approval(&self) -> bool {
        self.kind.blocks_approval() && matches!(self.status, StepStatus::Fail | StepStatus::Timeout)
    }

    /// What the step's output said, in one phrase: "test: 5 passed, 2 failed", "typecheck:
    /// 3 errors" or the status detail.
    pub fn outcome(&self) -> String {
        if let Some(tests) = &self.tests {
            return format!("{}: {tests}", self.kind);
        }
        if let Some(problems) = &self.problems {
            let noun = if self.kind == StepKind::Audit {
                "vulnerabilities"
            } else {
                "errors"
            };
            let mut text = format!("{}: {} {noun}", self.kind, problems.errors);
            if problems.warnings > 0 {
                text.push_str(&format!(", {} warnings", problems.warnings));
            }
            if !problems.by_severity.is_empty() {
                let parts: Vec<String> = problems
                    .by_severity
                    .iter()
                    .map(|(s, n)| format!("{n} {s}"))
                    .collect();
                text.push_str(&format!(" ({})", parts.join(", ")));
            }
            return text;
        }
        self.detail.clone().unwrap_or_default()
    }
}

/// A whole `sechound checks` run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecksRun {
    pub root: String,
    /// RFC 3339 UTC time the run started.
    pub started_at: String,
    pub duration_ms: u64,
    /// Directory of the per-step logs.
    pub log_dir: Option<String>,
    pub steps: Vec<StepResult>,
    /// Names of environment variables withheld from the steps because they look like secrets.
    #[serde(default)]
    pub env_removed: Vec<String>,
    /// Tool versions seen (`node v20.11.1`, `Python 3.11.7`).
    #[serde(default)]
    pub tools: Vec<String>,
    /// Anything else the reader should know (an interrupted run, a step that changed files).
    #[serde(default)]
    pub notes: Vec<String>,
}

impl ChecksRun {
    /// Steps that limit the sign-off: failing or timed-out tests, type-checks and builds.
    pub fn blocking(&self) -> Vec<&StepResult> {
        self.steps.iter().filter(|s| s.blocks_approval()).collect()
    }

    /// True when every step passed or was skipped.
    pub fn all_passed(&self) -> bool {
        self.steps
            .iter()
            .all(|s| matches!(s.status, StepStatus::Pass | StepStatus::Skipped))
    }

    pub fn count(&self, status: StepStatus) -> usize {
        self.steps.iter().filter(|s| s.status == status).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(kind: StepKind, status: StepStatus) -> StepResult {
        StepResult {
            name: kind.to_string(),
            kind,
            command: String::new(),
            source: String::new(),
            status,
            exit_code: None,
            duration_ms: 0,
            detail: None,
            tests: None,
            problems: None,
            failures: Vec::new(),
            log: None,
            modified_tracked_files: Vec::new(),
            stray_processes_stopped: false,
        }
    }

    #[test]
    fn failing_tests_and_type_errors_block_approval() {
        assert!(step(StepKind::Test, StepStatus::Fail).blocks_approval());
        assert!(step(StepKind::Typecheck, StepStatus::Timeout).blocks_approval());
        assert!(!step(StepKind::Lint, StepStatus::Fail).blocks_approval());
        assert!(!step(StepKind::Audit, StepStatus::Error).blocks_approval());
        assert!(!step(StepKind::Test, StepStatus::Skipped).blocks_approval());
    }

    #[test]
    fn outcome_reads_like_a_reviewer_writes_it() {
        let mut s = step(StepKind::Test, StepStatus::Fail);
        s.tests = Some(TestCounts {
            runner: "pytest".into(),
            passed: 5,
            failed: 2,
            skipped: 0,
        });
        assert_eq!(s.outcome(), "test: 5 passed, 2 failed");
        let mut t = step(StepKind::Typecheck, StepStatus::Fail);
        t.problems = Some(ProblemCounts {
            tool: "tsc".into(),
            errors: 3,
            ..ProblemCounts::default()
        });
        assert_eq!(t.outcome(), "typecheck: 3 errors");
        assert_eq!("audit".parse::<StepKind>(), Ok(StepKind::Audit));
        assert!("unit".parse::<StepKind>().is_err());
    }
}
