//! Remediation tracking across reviews: which findings of a baseline report are fixed, which
//! remain, which are new. Findings are matched by fingerprint (rule, path, normalised code), so
//! line shifts and reformatting do not turn a remaining finding into "fixed + new".

use crate::{Area, Finding, Report, Severity};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    New,
    Remaining,
}

/// A baseline finding that the current review no longer reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixedFinding {
    /// Its id in the baseline report.
    pub baseline_id: String,
    pub rule_id: String,
    pub title: String,
    pub severity: Severity,
    pub area: Area,
    /// `path:line` in the baseline.
    pub location: String,
    pub fingerprint: String,
}

/// Completed out of the baseline's findings, for one severity or area.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub completed: u32,
    pub total: u32,
}

impl Progress {
    pub fn percent(self) -> u32 {
        (self.completed * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tracking {
    /// What the baseline was: its root, commit and date.
    pub baseline: String,
    /// Current finding ids first seen in this review.
    pub new: Vec<String>,
    /// Current finding ids already in the baseline.
    pub remaining: Vec<String>,
    pub fixed: Vec<FixedFinding>,
    /// Baseline findings fixed out of all baseline findings.
    pub completed: Progress,
    pub by_severity: BTreeMap<Severity, Progress>,
    pub by_area: BTreeMap<Area, Progress>,
    /// Critical and high findings still open (remaining and new).
    pub blockers_remaining: u32,
}

/// Compares `current` with `baseline` and marks each current finding new or remaining.
pub fn track(baseline: &Report, current: &mut Report) -> Tracking {
    // A finding folded into another is still the same finding: every fingerprint counts.
    let before: HashSet<&str> = baseline
        .findings
        .iter()
        .flat_map(Finding::fingerprints)
        .collect();
    let now: HashSet<String> = current
        .findings
        .iter()
        .flat_map(Finding::fingerprints)
        .map(str::to_string)
        .collect();
    let mut new = Vec::new();
    let mut remaining = Vec::new();
    for finding in &mut current.findings {
        let status = if finding.fingerprints().any(|p| before.contains(p)) {
            remaining.push(finding.id.clone());
            Status::Remaining
        } else {
            new.push(finding.id.clone());
            Status::New
        };
        finding.status = Some(status);
    }
    let mut fixed = Vec::new();
    let mut by_severity: BTreeMap<Severity, Progress> = BTreeMap::new();
    let mut by_area: BTreeMap<Area, Progress> = BTreeMap::new();
    for finding in &baseline.findings {
        let is_fixed = !finding.fingerprints().any(|p| now.contains(p));
        for progress in [
            by_severity.entry(finding.severity).or_default(),
            by_area.entry(finding.area).or_default(),
        ] {
            progress.total += 1;
            progress.completed += u32::from(is_fixed);
        }
        if is_fixed {
            fixed.push(fixed_finding(finding));
        }
    }
    let blockers_remaining = current
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::High)
        .count() as u32;
    let commit = baseline
        .target
        .commit
        .as_deref()
        .map(|c| format!(" at {}", &c[..c.len().min(12)]))
        .unwrap_or_default();
    Tracking {
        baseline: format!(
            "{}{commit}, {}",
            baseline.target.root, baseline.target.generated_at
        ),
        new,
        remaining,
        completed: Progress {
            completed: fixed.len() as u32,
            total: baseline.findings.len() as u32,
        },
        fixed,
        by_severity,
        by_area,
        blockers_remaining,
    }
}

fn fixed_finding(finding: &Finding) -> FixedFinding {
    FixedFinding {
        baseline_id: finding.id.clone(),
        rule_id: finding.rule_id.clone(),
        title: finding.title.clone(),
        severity: finding.severity,
        area: finding.area,
        location: finding.evidence.cite(),
        fingerprint: finding.fingerprint.clone(),
    }
}
