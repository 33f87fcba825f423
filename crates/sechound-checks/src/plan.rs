//! What `sechound checks` will run: the steps discovered in the repository, with the
//! configuration's removals, replacements and additions applied.

use crate::ChecksError;
use crate::discover;
use sechound_core::StepKind;
use sechound_core::checks_config::ChecksConfig;
use std::path::{Path, PathBuf};

/// A step to run (or to list as not run, with the reason).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedStep {
    /// Unique within the plan; what `remove`, `--only` and `--skip` name.
    pub name: String,
    pub kind: StepKind,
    /// Shell command, run with `sh -c`.
    pub command: String,
    /// Why the step is in the plan.
    pub source: String,
    /// Directory to run in, relative to the root (`""` for the root).
    pub dir: String,
    /// Seconds, when this step has its own limit.
    pub timeout: Option<u64>,
    /// Set when the step is listed but will not run: why.
    pub skip: Option<String>,
}

impl PlannedStep {
    pub(crate) fn new(
        name: &str,
        kind: StepKind,
        command: impl Into<String>,
        source: impl Into<String>,
    ) -> PlannedStep {
        PlannedStep {
            name: name.to_string(),
            kind,
            command: command.into(),
            source: source.into(),
            dir: String::new(),
            timeout: None,
            skip: None,
        }
    }

    pub(crate) fn skipped(mut self, why: impl Into<String>) -> PlannedStep {
        self.skip = Some(why.into());
        self
    }
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub root: PathBuf,
    pub steps: Vec<PlannedStep>,
    /// What discovery noticed but did not turn into a step.
    pub notes: Vec<String>,
}

/// Discovers the steps of `root` and applies `config` (read from `config_path`, for messages).
pub fn plan(root: &Path, config: &ChecksConfig, config_path: &str) -> Result<Plan, ChecksError> {
    if !root.is_dir() {
        return Err(ChecksError::Root(root.display().to_string()));
    }
    let mut notes = Vec::new();
    let mut steps = if config.skip_discovery {
        Vec::new()
    } else {
        discover::discover(root, &mut notes)
    };
    for removed in &config.remove {
        let Some(at) = steps.iter().position(|s| s.name == removed.value) else {
            return Err(ChecksError::Config(format!(
                "{config_path}:{}: `remove` names `{}`, which is not a discovered step (`sechound checks --list` shows them)",
                removed.line, removed.value
            )));
        };
        steps.remove(at);
    }
    for configured in &config.steps {
        let step = PlannedStep {
            name: configured.name.value.clone(),
            kind: configured.kind,
            command: configured.run.clone(),
            source: format!("{config_path}:{}", configured.name.line),
            dir: configured.dir.clone().unwrap_or_default(),
            timeout: configured.timeout,
            skip: None,
        };
        match steps.iter_mut().find(|s| s.name == step.name) {
            Some(existing) => *existing = step,
            None => steps.push(step),
        }
    }
    Ok(Plan {
        root: root.to_path_buf(),
        steps,
        notes,
    })
}

impl Plan {
    /// Keeps only the steps named in `only` (when given) and marks those in `skip` as skipped.
    /// Unknown names are errors.
    pub fn select(&mut self, only: &[String], skip: &[String]) -> Result<(), ChecksError> {
        for name in only.iter().chain(skip) {
            if !self.steps.iter().any(|s| &s.name == name) {
                return Err(ChecksError::Config(format!(
                    "no step is named `{name}` (`sechound checks --list` shows them)"
                )));
            }
        }
        if !only.is_empty() {
            self.steps.retain(|s| only.contains(&s.name));
        }
        for step in &mut self.steps {
            if skip.contains(&step.name) && step.skip.is_none() {
                step.skip = Some("skipped on the command line".into());
            }
        }
        Ok(())
    }
}

/// Makes step names unique by numbering repeats (`test`, `test-2`).
pub(crate) fn unique_names(steps: &mut [PlannedStep]) {
    for i in 0..steps.len() {
        let mut n = 1;
        while steps[..i].iter().any(|s| s.name == steps[i].name) {
            n += 1;
            let base = steps[i]
                .name
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
            steps[i].name = format!("{base}-{n}");
        }
    }
}
