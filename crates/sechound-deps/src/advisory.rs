//! An advisory as the store keeps it: only what matching and the report need, for one package.

use sechound_core::Severity;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Advisory {
    /// `GHSA-…`, `PYSEC-…`.
    pub id: String,
    /// CVE and other ids of the same vulnerability.
    pub aliases: Vec<String>,
    /// One line; PYSEC records have none, so the start of `details` stands in.
    pub summary: String,
    pub severity: Option<AdvisorySeverity>,
    /// The `affected[]` entries naming this package.
    pub affected: Vec<Affected>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct AdvisorySeverity {
    /// 0 low, 1 medium, 2 high, 3 critical.
    pub level: u8,
    /// CVSS v3 base score, when the record has a vector.
    pub score: Option<f32>,
}

impl AdvisorySeverity {
    /// From a CVSS base score: 9.0 critical, 7.0 high, 4.0 medium, below low.
    pub fn from_score(score: f64) -> AdvisorySeverity {
        let level = match score {
            s if s >= 9.0 => 3,
            s if s >= 7.0 => 2,
            s if s >= 4.0 => 1,
            _ => 0,
        };
        AdvisorySeverity {
            level,
            score: Some(score as f32),
        }
    }

    /// From a database's own label (`CRITICAL`, `HIGH`, `MODERATE`/`MEDIUM`, `LOW`), any case.
    pub fn from_label(label: &str) -> Option<AdvisorySeverity> {
        let level = match label.to_ascii_lowercase().as_str() {
            "critical" => 3,
            "high" => 2,
            "moderate" | "medium" => 1,
            "low" => 0,
            _ => return None,
        };
        Some(AdvisorySeverity { level, score: None })
    }

    pub fn severity(self) -> Severity {
        match self.level {
            3 => Severity::Critical,
            2 => Severity::High,
            1 => Severity::Medium,
            _ => Severity::Low,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Affected {
    /// `SEMVER` and `ECOSYSTEM` ranges (`GIT` ranges name commits, not versions, and are dropped).
    pub ranges: Vec<Vec<Event>>,
    /// Versions listed one by one.
    pub versions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    Introduced(String),
    Fixed(String),
    LastAffected(String),
    Limit(String),
    /// Not an OSV event: GitHub's `database_specific.last_known_affected_version_range` (`< 4.0.0`)
    /// on a range that has no end. Versions from it on are not known to be affected, and it is
    /// not a fix.
    Below(String),
}

impl Event {
    pub fn version(&self) -> &str {
        match self {
            Event::Introduced(v)
            | Event::Fixed(v)
            | Event::LastAffected(v)
            | Event::Limit(v)
            | Event::Below(v) => v,
        }
    }
}
