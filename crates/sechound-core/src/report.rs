//! The review as data: what was reviewed, what was found, what could not be read.
//!
//! Every renderer (Markdown, JSON, SARIF, HTML) reads this one structure.

use crate::{Confidence, Finding, Gap, Severity};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

/// What was reviewed, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// The reviewed root as given on the command line.
    pub root: String,
    /// `HEAD` commit when the root is inside a git work tree.
    pub commit: Option<String>,
    pub branch: Option<String>,
    /// RFC 3339 UTC time at which the review started.
    pub generated_at: String,
    pub duration_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageStat {
    pub language: String,
    pub files: u64,
    pub lines: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportStats {
    /// Files the walk found (after ignore rules and excludes).
    pub files_discovered: u64,
    /// Files analysed by at least one rule, partial parses included.
    pub files_reviewed: u64,
    pub files_skipped: u64,
    pub partial_parses: u64,
    pub lines_analysed: u64,
    pub languages: Vec<LanguageStat>,
    /// Frameworks and libraries recognised from imports and manifests.
    pub frameworks: Vec<String>,
    /// Number of rules that ran.
    pub rules_run: u64,
    /// Other text files (documentation, JSON, YAML, scripts ...) read for secrets only.
    #[serde(default)]
    pub files_scanned_for_secrets: u64,
    /// Bytes of text read and analysed, all kinds of files together.
    #[serde(default)]
    pub bytes_analysed: u64,
    /// Files found that no rule reads by their name: lockfiles (read by the dependency review
    /// only), images, archives, source maps. With the reviewed, skipped and secrets-only files
    /// they account for every file found.
    #[serde(default)]
    pub files_not_read: u64,
    /// Files of each reviewed language or format that could not be read at all (unreadable,
    /// too large, binary, not parseable); minified and generated files are not counted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages_skipped: Vec<LanguageStat>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityCounts {
    pub critical: u64,
    pub high: u64,
    pub medium: u64,
    pub low: u64,
    pub info: u64,
}

impl SeverityCounts {
    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Critical => self.critical += 1,
            Severity::High => self.high += 1,
            Severity::Medium => self.medium += 1,
            Severity::Low => self.low += 1,
            Severity::Info => self.info += 1,
        }
    }

    pub fn get(&self, severity: Severity) -> u64 {
        match severity {
            Severity::Critical => self.critical,
            Severity::High => self.high,
            Severity::Medium => self.medium,
            Severity::Low => self.low,
            Severity::Info => self.info,
        }
    }

    pub fn total(&self) -> u64 {
        self.critical + self.high + self.medium + self.low + self.info
    }
}

/// Overall risk, from the findings that count (see [`RiskLevel::assess`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RiskLevel {
    Low,
    Medium,
    MediumHigh,
    High,
    Critical,
}

impl RiskLevel {
    /// Documented thresholds (docs/json-schema.md, "Risk level and sign-off"). Only findings with confidence medium or high
    /// count at full weight; a low-confidence finding counts one level lower.
    ///
    /// - critical: a critical finding;
    /// - high: a high finding;
    /// - medium-high: three or more medium findings;
    /// - medium: one or two medium findings;
    /// - low: nothing above low.
    pub fn assess<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> RiskLevel {
        let mut counts = SeverityCounts::default();
        for finding in findings {
            counts.add(effective_severity(finding));
        }
        if counts.critical > 0 {
            RiskLevel::Critical
        } else if counts.high > 0 {
            RiskLevel::High
        } else if counts.medium >= 3 {
            RiskLevel::MediumHigh
        } else if counts.medium > 0 {
            RiskLevel::Medium
        } else {
            RiskLevel::Low
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RiskLevel::Critical => "Critical",
            RiskLevel::High => "High",
            RiskLevel::MediumHigh => "Medium-High",
            RiskLevel::Medium => "Medium",
            RiskLevel::Low => "Low",
        }
    }
}

/// A low-confidence finding weighs one severity level less in the summary verdicts.
pub fn effective_severity(finding: &Finding) -> Severity {
    if finding.confidence == Confidence::Low {
        match finding.severity {
            Severity::Critical => Severity::High,
            Severity::High => Severity::Medium,
            Severity::Medium => Severity::Low,
            other => other,
        }
    } else {
        finding.severity
    }
}

/// The reviewer's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignOff {
    Approved,
    ApprovedWithConditions,
    ChangesRequired,
    /// Too little was read to sign the review off (see [`Summary::incomplete`]).
    Incomplete,
}

impl SignOff {
    /// CHANGES REQUIRED on any critical or high finding (at effective severity), APPROVED WITH
    /// CONDITIONS on any medium, APPROVED otherwise.
    pub fn decide(risk: RiskLevel) -> SignOff {
        match risk {
            RiskLevel::Critical | RiskLevel::High => SignOff::ChangesRequired,
            RiskLevel::MediumHigh | RiskLevel::Medium => SignOff::ApprovedWithConditions,
            RiskLevel::Low => SignOff::Approved,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SignOff::Approved => "APPROVED",
            SignOff::ApprovedWithConditions => "APPROVED WITH CONDITIONS",
            SignOff::ChangesRequired => "CHANGES REQUIRED",
            SignOff::Incomplete => "INCOMPLETE",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Counts of the findings that are not suppressed.
    pub counts: SeverityCounts,
    pub risk_level: RiskLevel,
    pub sign_off: SignOff,
    /// Finding ids in priority order (severity, exposure, confidence, effort), at most ten.
    pub top_actions: Vec<String>,
    /// Set when the review read too little to be signed off; the sign-off is then INCOMPLETE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete: Option<crate::coverage::Incomplete>,
}

impl Summary {
    /// Summarises ordered, unsuppressed findings.
    pub fn of(findings: &[Finding]) -> Summary {
        let mut counts = SeverityCounts::default();
        for finding in findings {
            counts.add(finding.severity);
        }
        let risk_level = RiskLevel::assess(findings);
        let mut ranked: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.severity > Severity::Info)
            .collect();
        ranked.sort_by_key(|f| {
            (
                std::cmp::Reverse(effective_severity(f)),
                crate::Reach::rank(f.reach()),
                std::cmp::Reverse(f.confidence),
                f.effort,
            )
        });
        Summary {
            counts,
            risk_level,
            sign_off: SignOff::decide(risk_level),
            top_actions: ranked.iter().take(10).map(|f| f.id.clone()).collect(),
            incomplete: None,
        }
    }

    /// Records a coverage verdict: an incomplete review is signed off INCOMPLETE, whatever
    /// its findings.
    pub fn with_coverage(mut self, incomplete: Option<crate::coverage::Incomplete>) -> Summary {
        if incomplete.is_some() {
            self.sign_off = SignOff::Incomplete;
        }
        self.incomplete = incomplete;
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    pub tool: Tool,
    pub target: Target,
    pub stats: ReportStats,
    pub summary: Summary,
    /// Findings that count, ordered by severity then confidence, numbered `SEC-001`…
    pub findings: Vec<Finding>,
    /// Findings silenced by an inline comment or a waiver, each with its reason.
    pub suppressed: Vec<Finding>,
    /// Controls already in place (encryption, non-root containers, pinned images ...).
    #[serde(default)]
    pub strengths: Vec<crate::Strength>,
    /// Suppressions and waivers that matched no finding: stale, or written for the wrong rule.
    #[serde(default)]
    pub unused_waivers: Vec<crate::Suppression>,
    /// With `--baseline`: new, remaining and fixed findings against an earlier report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking: Option<crate::Tracking>,
    /// With `--base`: the changed files, pre-existing findings and dependency changes. The
    /// `findings` are then only those the branch introduced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<crate::BranchReview>,
    /// The application as a whole: endpoints with their authentication, exemptions, controls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<crate::project::ProjectModel>,
    /// With `--checks` or `--checks-from`: the project's own lint, type-check, tests, build and
    /// audit, as `sechound checks` ran them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<crate::ChecksRun>,
    /// With `--probe` (or from `sechound probe`): the live probe of the running service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probe: Option<crate::ProbeRun>,
    /// Review by area, OWASP Top 10 table and action checklist, built from the above.
    #[serde(flatten)]
    pub sections: crate::Sections,
    pub gaps: Vec<Gap>,
    /// The raw secret values the review found, for a live probe to try. Never serialised.
    #[serde(skip)]
    pub found_secrets: Vec<crate::FoundSecret>,
}

impl Report {
    /// Adds the project's check results. Failing tests, type errors or a failing build make the
    /// sign-off at best APPROVED WITH CONDITIONS, whatever the findings say.
    pub fn attach_checks(&mut self, checks: crate::ChecksRun) {
        if !checks.blocking().is_empty() && self.summary.sign_off == SignOff::Approved {
            self.summary.sign_off = SignOff::ApprovedWithConditions;
        }
        self.checks = Some(checks);
    }

    /// The highest severity among the findings that count.
    pub fn worst_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}
