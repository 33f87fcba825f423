//! `sechound.toml`: the per-repository configuration, parsed strictly.
//!
//! Unknown keys are errors that name the file and line, so a typo never silently disables a setting.

use crate::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use toml::Spanned;

/// Default size limit for a reviewed file.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 2 * 1024 * 1024;
/// Default time one file may take (reading, parsing, every rule); beyond it the file's review
/// stops and the rest is a gap naming the rule.
pub const DEFAULT_FILE_TIME_BUDGET: std::time::Duration = std::time::Duration::from_secs(10);
/// Default number of findings one rule may report in one file; the rest is a gap.
pub const DEFAULT_MAX_FINDINGS_PER_FILE: usize = 100;

/// The gate for exit code 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    Severity(Severity),
    Never,
}

impl FailOn {
    pub fn trips(self, worst: Option<Severity>) -> bool {
        match (self, worst) {
            (FailOn::Severity(gate), Some(worst)) => worst >= gate,
            _ => false,
        }
    }
}

impl FromStr for FailOn {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.eq_ignore_ascii_case("never") {
            Ok(FailOn::Never)
        } else {
            s.parse::<Severity>().map(FailOn::Severity).map_err(|_| {
                format!("unknown level `{s}` (expected critical, high, medium, low, info or never)")
            })
        }
    }
}

impl fmt::Display for FailOn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FailOn::Severity(s) => write!(f, "{s}"),
            FailOn::Never => f.write_str("never"),
        }
    }
}

/// A configuration problem, located in its file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub exclude: Vec<String>,
    pub max_file_size: u64,
    /// Time one file may take (`max_seconds_per_file`).
    pub file_time_budget: std::time::Duration,
    /// Findings one rule may report in one file (`max_findings_per_file`).
    pub max_findings_per_file: usize,
    pub fail_on: Option<FailOn>,
    pub disabled_rules: Vec<Located<String>>,
    pub severity_overrides: Vec<(Located<String>, Severity)>,
    pub waivers: Vec<Waiver>,
    /// `[checks]`: what `sechound checks` runs and how.
    pub checks: crate::checks_config::ChecksConfig,
}

/// `[[waiver]]`: accept the findings of a rule under a path, for a reason, optionally until a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiver {
    pub rule: Located<String>,
    /// Glob over paths relative to the reviewed root (`**` when not given).
    pub path: String,
    pub reason: String,
    /// `YYYY-MM-DD`, the last day the waiver holds.
    pub until: Option<String>,
}

/// A value with the line it was written on, for later validation messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub line: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    review: RawReview,
    #[serde(default)]
    rules: RawRules,
    #[serde(default)]
    waiver: Vec<Spanned<RawWaiver>>,
    #[serde(default)]
    checks: Option<crate::checks_config::RawChecks>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWaiver {
    rule: Spanned<String>,
    #[serde(default)]
    path: Option<String>,
    reason: Spanned<String>,
    #[serde(default)]
    until: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReview {
    #[serde(default)]
    exclude: Vec<String>,
    max_file_size: Option<Spanned<ByteSize>>,
    max_seconds_per_file: Option<Spanned<toml::Value>>,
    max_findings_per_file: Option<Spanned<toml::Value>>,
    fail_on: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default)]
    disable: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<String>>,
}

/// `max_file_size`: a number of bytes or a string with a unit. Read by hand so that a bad value
/// says what is expected, not how serde tried (`untagged enum ByteSize`, `as i128`).
#[derive(Debug)]
struct ByteSize(Result<u64, String>);

impl<'de> Deserialize<'de> for ByteSize {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ByteSize;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a size in bytes (2097152) or a string with a unit (\"2MiB\")")
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<ByteSize, E> {
                Ok(ByteSize(Ok(n)))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<ByteSize, E> {
                Ok(ByteSize(u64::try_from(n).map_err(|_| {
                    format!("`max_file_size = {n}`: a size cannot be negative")
                })))
            }
            fn visit_i128<E: serde::de::Error>(self, n: i128) -> Result<ByteSize, E> {
                Ok(ByteSize(Err(format!("`max_file_size = {n}` is too large"))))
            }
            fn visit_u128<E: serde::de::Error>(self, n: u128) -> Result<ByteSize, E> {
                Ok(ByteSize(Err(format!("`max_file_size = {n}` is too large"))))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<ByteSize, E> {
                Ok(ByteSize(parse_byte_size(text)))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl Config {
    /// True when `[rules] disable` lists the rule `id`.
    pub fn disables(&self, id: &str) -> bool {
        self.disabled_rules.iter().any(|d| d.value == id)
    }

    /// Parses `text` read from `path`. Errors carry the path and, where known, the line.
    pub fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError {
            path: path.to_string(),
            line: e.span().map(|s| line_of(s.start)),
            message: e.message().trim().to_string(),
        })?;
        let error = |offset: usize, message: String| ConfigError {
            path: path.to_string(),
            line: Some(line_of(offset)),
            message,
        };

        let max_file_size = match raw.review.max_file_size {
            None => DEFAULT_MAX_FILE_SIZE,
            Some(spanned) => {
                let start = spanned.span().start;
                spanned.into_inner().0.map_err(|m| error(start, m))?
            }
        };
        let file_time_budget = match raw.review.max_seconds_per_file {
            None => DEFAULT_FILE_TIME_BUDGET,
            Some(spanned) => {
                let start = spanned.span().start;
                let seconds = match spanned.into_inner() {
                    toml::Value::Integer(n) => Some(n as f64),
                    toml::Value::Float(x) => Some(x),
                    _ => None,
                };
                match seconds {
                    Some(s) if s > 0.0 && s <= 86_400.0 => std::time::Duration::from_secs_f64(s),
                    _ => {
                        return Err(error(
                            start,
                            "`max_seconds_per_file` must be a number of seconds between 0 and 86400 (e.g. 10 or 2.5)".into(),
                        ));
                    }
                }
            }
        };
        let max_findings_per_file = match raw.review.max_findings_per_file {
            None => DEFAULT_MAX_FINDINGS_PER_FILE,
            Some(spanned) => {
                let start = spanned.span().start;
                match spanned.into_inner() {
                    toml::Value::Integer(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX),
                    _ => {
                        return Err(error(
                            start,
                            "`max_findings_per_file` must be a whole number of at least 1".into(),
                        ));
                    }
                }
            }
        };
        let fail_on = match raw.review.fail_on {
            None => None,
            Some(s) => {
                let start = s.span().start;
                Some(
                    s.into_inner()
                        .parse::<FailOn>()
                        .map_err(|m| error(start, m))?,
                )
            }
        };
        let disabled_rules = raw
            .rules
            .disable
            .into_iter()
            .map(|s| Located {
                line: line_of(s.span().start),
                value: s.into_inner(),
            })
            .collect();
        let mut severity_overrides = Vec::new();
        for (rule, level) in raw.rules.severity {
            let start = level.span().start;
            let severity = level
                .into_inner()
                .parse::<Severity>()
                .map_err(|m| error(start, m))?;
            severity_overrides.push((
                Located {
                    value: rule,
                    line: line_of(start),
                },
                severity,
            ));
        }
        let mut waivers = Vec::new();
        for spanned in raw.waiver {
            let start = spanned.span().start;
            let raw = spanned.into_inner();
            if raw.reason.get_ref().trim().is_empty() {
                return Err(error(
                    raw.reason.span().start,
                    "a waiver needs a non-empty `reason`".into(),
                ));
            }
            let until = match raw.until {
                None => None,
                Some(date) => {
                    let at = date.span().start;
                    let date = date.into_inner();
                    if !is_iso_date(&date) {
                        return Err(error(
                            at,
                            format!("`until = \"{date}\"` is not a date (expected YYYY-MM-DD)"),
                        ));
                    }
                    Some(date)
                }
            };
            let path = raw.path.unwrap_or_else(|| "**".into());
            if globset::Glob::new(&path).is_err() {
                return Err(error(
                    start,
                    format!("`path = \"{path}\"` is not a valid glob"),
                ));
            }
            waivers.push(Waiver {
                rule: Located {
                    line: line_of(raw.rule.span().start),
                    value: raw.rule.into_inner(),
                },
                path,
                reason: raw.reason.into_inner().trim().to_string(),
                until,
            });
        }
        let checks = crate::checks_config::parse(raw.checks, path, &line_of)?;
        Ok(Config {
            checks,
            exclude: raw.review.exclude,
            max_file_size,
            file_time_budget,
            max_findings_per_file,
            fail_on,
            disabled_rules,
            severity_overrides,
            waivers,
        })
    }

    pub fn with_defaults() -> Config {
        Config {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            file_time_budget: DEFAULT_FILE_TIME_BUDGET,
            max_findings_per_file: DEFAULT_MAX_FINDINGS_PER_FILE,
            ..Config::default()
        }
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (number(year, 4), number(month, 2), number(day, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

/// Parses `2MiB`, `512 KiB`, `3MB`, `1048576`.
pub fn parse_byte_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: u64 = digits.parse().map_err(|_| {
        format!("invalid size `{text}` (expected e.g. 2097152, \"2MiB\" or \"512KiB\")")
    })?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1_024,
        "m" | "mb" => 1_000_000,
        "mib" => 1_048_576,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1_073_741_824,
        _ => {
            return Err(format!(
                "invalid size unit in `{text}` (use B, KiB, MiB or GiB)"
            ));
        }
    };
    n.checked_mul(factor)
        .ok_or_else(|| format!("size `{text}` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_names_file_and_line() {
        let err = Config::parse(
            "sechound.toml",
            "[review]\nexclude = []\nfial_on = \"high\"\n",
        )
        .unwrap_err();
        assert_eq!(err.path, "sechound.toml");
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("fial_on"), "{}", err.message);
        assert!(err.to_string().starts_with("sechound.toml:3: "));
    }

    #[test]
    fn bad_values_are_located() {
        let err = Config::parse("c.toml", "[review]\n\nfail_on = \"severe\"\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        let err = Config::parse("c.toml", "[rules.severity]\n\"js.x\" = \"huge\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
    }

    #[test]
    fn parses_every_setting() {
        let cfg = Config::parse(
            "c.toml",
            "[review]\nexclude = [\"fixtures/**\"]\nmax_file_size = \"1MiB\"\nfail_on = \"never\"\n\
             [rules]\ndisable = [\"js.a\"]\nseverity = { \"js.b\" = \"low\" }\n",
        )
        .unwrap();
        assert_eq!(cfg.exclude, vec!["fixtures/**"]);
        assert_eq!(cfg.max_file_size, 1_048_576);
        assert_eq!(cfg.fail_on, Some(FailOn::Never));
        assert_eq!(cfg.disabled_rules[0].value, "js.a");
        assert_eq!(cfg.disabled_rules[0].line, 6);
        assert_eq!(cfg.severity_overrides[0].1, Severity::Low);
        assert_eq!(
            Config::parse("c.toml", "").unwrap().max_file_size,
            DEFAULT_MAX_FILE_SIZE
        );
        let defaults = Config::parse("c.toml", "").unwrap();
        assert_eq!(defaults.file_time_budget, DEFAULT_FILE_TIME_BUDGET);
        assert_eq!(
            defaults.max_findings_per_file,
            DEFAULT_MAX_FINDINGS_PER_FILE
        );
        let budgets = Config::parse(
            "c.toml",
            "[review]\nmax_seconds_per_file = 2.5\nmax_findings_per_file = 20\n",
        )
        .unwrap();
        assert_eq!(
            budgets.file_time_budget,
            std::time::Duration::from_millis(2500)
        );
        assert_eq!(budgets.max_findings_per_file, 20);
        for bad in [
            "max_seconds_per_file = 0",
            "max_seconds_per_file = \"10s\"",
            "max_seconds_per_file = -1",
            "max_findings_per_file = 0",
            "max_findings_per_file = 1.5",
        ] {
            let err = Config::parse("c.toml", &format!("[review]\n{bad}\n")).unwrap_err();
            assert_eq!(err.line, Some(2), "{bad}");
        }
    }

    #[test]
    fn fail_on_gate() {
        assert!(FailOn::Severity(Severity::High).trips(Some(Severity::Critical)));
        assert!(!FailOn::Severity(Severity::High).trips(Some(Severity::Medium)));
        assert!(!FailOn::Never.trips(Some(Severity::Critical)));
        assert!(!FailOn::Severity(Severity::Low).trips(None));
    }
}
