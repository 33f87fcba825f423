//! `[checks]` in `sechound.toml`: time limits, the environment passed on, and steps added,
//! removed or replaced for `sechound checks`.
//!
//! ```toml
//! [checks]
//! step_timeout = "10m"        # or seconds: 600
//! deadline = "30m"            # all steps together
//! remove = ["audit"]          # discovered steps not to run, by name
//! pass_env = ["NODE_OPTIONS"] # variables kept although they look like secrets
//! discover = true             # false: run only the steps below
//!
//! [[checks.step]]
//! name = "test"               # same name as a discovered step: replaces it
//! run = "npm run test:ci"
//! kind = "test"               # install, lint, typecheck, test, build, audit or other
//! timeout = "15m"
//! ```

use crate::checks::StepKind;
use crate::config::{ConfigError, Located};
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChecksConfig {
    /// Seconds one step may run.
    pub step_timeout: Option<u64>,
    /// Seconds all steps together may run.
    pub deadline: Option<u64>,
    /// `discover = false`: only the configured steps run.
    pub skip_discovery: bool,
    /// Names of discovered steps not to run.
    pub remove: Vec<Located<String>>,
    /// Variables passed to the steps even though their names look like secrets.
    pub pass_env: Vec<String>,
    pub steps: Vec<ConfiguredStep>,
}

/// A `[[checks.step]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfiguredStep {
    pub name: Located<String>,
    /// Shell command, run with `sh -c` in the reviewed directory (or `dir`).
    pub run: String,
    pub kind: StepKind,
    pub timeout: Option<u64>,
    /// Directory to run in, relative to the reviewed root.
    pub dir: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChecks {
    step_timeout: Option<Spanned<Duration>>,
    deadline: Option<Spanned<Duration>>,
    discover: Option<bool>,
    #[serde(default)]
    remove: Vec<Spanned<String>>,
    #[serde(default)]
    pass_env: Vec<String>,
    #[serde(default)]
    step: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    name: Spanned<String>,
    run: Spanned<String>,
    kind: Option<Spanned<String>>,
    timeout: Option<Spanned<Duration>>,
    dir: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Duration {
    Seconds(u64),
    Text(String),
}

/// Reads `[checks]`; `line_of` turns a byte offset of the file into its line.
pub(crate) fn parse(
    raw: Option<RawChecks>,
    path: &str,
    line_of: &dyn Fn(usize) -> usize,
) -> Result<ChecksConfig, ConfigError> {
    let Some(raw) = raw else {
        return Ok(ChecksConfig::default());
    };
    let error = |offset: usize, message: String| ConfigError {
        path: path.to_string(),
        line: Some(line_of(offset)),
        message,
    };
    let seconds = |value: Option<Spanned<Duration>>| -> Result<Option<u64>, ConfigError> {
        let Some(value) = value else { return Ok(None) };
        let at = value.span().start;
        let seconds = match value.into_inner() {
            Duration::Seconds(n) => n,
            Duration::Text(text) => parse_duration(&text).map_err(|m| error(at, m))?,
        };
        if seconds == 0 {
            return Err(error(
                at,
                "a time limit of zero would stop every step".into(),
            ));
        }
        Ok(Some(seconds))
    };
    let mut steps = Vec::new();
    for spanned in raw.step {
        let at = spanned.span().start;
        let raw_step = spanned.into_inner();
        let name = raw_step.name.get_ref().trim().to_string();
        if name.is_empty() {
            return Err(error(at, "a `[[checks.step]]` needs a `name`".into()));
        }
        if raw_step.run.get_ref().trim().is_empty() {
            return Err(error(
                raw_step.run.span().start,
                format!("step `{name}` has an empty `run`"),
            ));
        }
        let kind = match raw_step.kind {
            None => StepKind::Other,
            Some(kind) => {
                let at = kind.span().start;
                kind.into_inner()
                    .parse::<StepKind>()
                    .map_err(|m| error(at, m))?
            }
        };
        steps.push(ConfiguredStep {
            name: Located {
                value: name,
                line: line_of(raw_step.name.span().start),
            },
            run: raw_step.run.into_inner(),
            kind,
            timeout: seconds(raw_step.timeout)?,
            dir: raw_step.dir,
        });
    }
    for (i, step) in steps.iter().enumerate() {
        if steps[..i].iter().any(|s| s.name.value == step.name.value) {
            return Err(ConfigError {
                path: path.to_string(),
                line: Some(step.name.line),
                message: format!("two `[[checks.step]]` are named `{}`", step.name.value),
            });
        }
    }
    Ok(ChecksConfig {
        step_timeout: seconds(raw.step_timeout)?,
        deadline: seconds(raw.deadline)?,
        skip_discovery: raw.discover == Some(false),
        remove: raw
            .remove
            .into_iter()
            .map(|s| Located {
                line: line_of(s.span().start),
                value: s.into_inner(),
            })
            .collect(),
        pass_env: raw.pass_env,
        steps,
    })
}

/// Parses `90`, `90s`, `10m`, `1h30m` into seconds.
pub fn parse_duration(text: &str) -> Result<u64, String> {
    let bad = || {
        format!("invalid duration `{text}` (expected seconds, or e.g. \"90s\", \"10m\", \"1h\")")
    };
    let t = text.trim();
    if t.is_empty() {
        return Err(bad());
    }
    if let Ok(n) = t.parse::<u64>() {
        return Ok(n);
    }
    let mut total = 0u64;
    let mut digits = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let n: u64 = digits.parse().map_err(|_| bad())?;
        digits.clear();
        total += n * match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return Err(bad()),
        };
    }
    if !digits.is_empty() {
        return Err(bad());
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::checks::StepKind;

    #[test]
    fn reads_checks() {
        let cfg = Config::parse(
            "s.toml",
            "[checks]\nstep_timeout = \"2m\"\ndeadline = 900\nremove = [\"audit\"]\npass_env = [\"NPM_TOKEN\"]\n\n[[checks.step]]\nname = \"e2e\"\nrun = \"npm run e2e\"\nkind = \"test\"\ntimeout = \"1h30m\"\n",
        )
        .unwrap();
        let checks = cfg.checks;
        assert_eq!(checks.step_timeout, Some(120));
        assert_eq!(checks.deadline, Some(900));
        assert_eq!(checks.remove[0].value, "audit");
        assert_eq!(checks.remove[0].line, 4);
        assert_eq!(checks.pass_env, ["NPM_TOKEN"]);
        assert!(!checks.skip_discovery);
        let step = &checks.steps[0];
        assert_eq!(step.name.value, "e2e");
        assert_eq!(step.name.line, 8);
        assert_eq!(step.kind, StepKind::Test);
        assert_eq!(step.timeout, Some(5400));
    }

    #[test]
    fn bad_checks_settings_are_located() {
        let err =
            Config::parse("s.toml", "[checks]\nstep_timeout = \"ten minutes\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        let err = Config::parse(
            "s.toml",
            "[checks]\n\n[[checks.step]]\nname = \"x\"\nrun = \"true\"\nkind = \"unit\"\n",
        )
        .unwrap_err();
        assert_eq!(err.line, Some(6));
        assert!(err.message.contains("unknown step kind"), "{}", err.message);
        let err = Config::parse("s.toml", "[checks]\ntimeout = 5\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        let err = Config::parse("s.toml", "[checks]\ndeadline = 0\n").unwrap_err();
        assert!(err.message.contains("zero"), "{}", err.message);
    }
}
