//! A finding: one problem, with the evidence behind it and what to do about it.

use crate::exposure::{Exposure, Reach};
use crate::{Area, Confidence, Effort, Owasp, Severity};
use serde::{Deserialize, Serialize};

/// One line of quoted code. `marked` lines are the ones the finding points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnippetLine {
    pub line: u32,
    pub text: String,
    pub marked: bool,
}

/// Where a finding is, with the code quoted (secrets already masked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Path relative to the reviewed root, with `/` separators.
    pub path: String,
    /// 1-based line and column of the start of the evidence.
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub snippet: Vec<SnippetLine>,
}

impl Evidence {
    /// `path:line`, the form reviewers cite.
    pub fn cite(&self) -> String {
        if self.end_line > self.line {
            format!("{}:{}-{}", self.path, self.line, self.end_line)
        } else {
            format!("{}:{}", self.path, self.line)
        }
    }
}

/// One step of a data flow: where the value is read, each call it passes through, where it
/// takes effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowStep {
    pub path: String,
    pub line: u32,
    /// The code at the step (secrets masked).
    pub code: String,
    pub kind: FlowStepKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FlowStepKind {
    /// Request data is read.
    Source,
    /// The value is passed to a function, or comes back from one.
    Call,
    /// The value reaches the dangerous call.
    Sink,
    /// A configuration value is defined.
    Value,
}

impl FlowStepKind {
    pub fn label(self) -> &'static str {
        match self {
            FlowStepKind::Source => "source",
            FlowStepKind::Call => "call",
            FlowStepKind::Sink => "sink",
            FlowStepKind::Value => "value",
        }
    }
}

/// Written by a rule where the origin of a value is described once the whole repository is
/// known: the engine replaces it with the source and its `file:line`.
pub const FLOW_SOURCE: &str = "\u{27ea}source\u{27eb}";

/// Why a finding is not counted: an inline `sechound-ignore` comment or a configured waiver.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suppression {
    /// `inline` or `config`.
    pub kind: String,
    /// The rule it silences.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
    pub reason: String,
    /// Where the suppression is written (`path:line`).
    pub source: String,
    /// Last day the waiver holds (`YYYY-MM-DD`); after it the finding counts again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Report-local number, `SEC-001`…, assigned once findings are ordered.
    pub id: String,
    pub rule_id: String,
    pub title: String,
    /// What was found at this location, in one or two sentences.
    pub message: String,
    pub severity: Severity,
    pub confidence: Confidence,
    pub area: Area,
    pub cwe: Vec<String>,
    pub owasp: Owasp,
    pub evidence: Evidence,
    /// Further locations of the same root cause, folded into this finding.
    #[serde(default)]
    pub related: Vec<Evidence>,
    /// For a data flow: every step from where the value is read to where it takes effect.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flow: Vec<FlowStep>,
    pub impact: String,
    pub recommendation: String,
    pub verification: String,
    pub effort: Effort,
    /// Stable across unrelated edits: rule id + path + normalised evidence code, no line number.
    pub fingerprint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppression: Option<Suppression>,
    /// A waiver that covered this finding until its `until` date passed: the finding counts
    /// again, and the report says why it came back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired_waiver: Option<Suppression>,
    /// With `--baseline`: whether the baseline already had this finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::Status>,
    /// The endpoints that run this code, and what a caller needs to reach it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exposure: Option<Exposure>,
    /// The cause this finding shares with findings elsewhere (one secret set in several
    /// files), when its rule names one: findings of one cause are folded into one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_cause: Option<RootCause>,
    /// The findings of the same root cause folded into this one, each with its own rule,
    /// place and advice (their places are listed in `related` too). When the message lists
    /// the places itself this finding's own place comes first; when this finding already names
    /// every place, only the others are listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub folded: Vec<FoldedFinding>,
    /// Why the effort differs from the rule's usual estimate (several places, a value to
    /// rotate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort_reason: Option<String>,
    /// Seen on the running service by `sechound probe` (a `probe.*` finding, or a finding of
    /// the static review the probe confirmed): what it did and the requests that show it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live: Option<crate::LiveEvidence>,
}

/// A shared cause, named by the rule that saw it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RootCause {
    /// What makes two findings one problem: `secret:JWT_SECRET`.
    pub key: String,
    /// The title of the folded finding: "Secret `JWT_SECRET` has values written in the repository".
    pub title: String,
    /// What fixes the cause as a whole, beyond each place's own fix ("then rotate `JWT_SECRET`").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub remedy: String,
}

/// One place of a root cause folded into another finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FoldedFinding {
    pub rule_id: String,
    pub title: String,
    pub severity: Severity,
    pub confidence: Confidence,
    pub message: String,
    pub recommendation: String,
    pub evidence: Evidence,
    pub fingerprint: String,
}

impl FoldedFinding {
    pub fn of(finding: &Finding) -> FoldedFinding {
        FoldedFinding {
            rule_id: finding.rule_id.clone(),
            title: finding.title.clone(),
            severity: finding.severity,
            confidence: finding.confidence,
            message: finding.message.clone(),
            recommendation: finding.recommendation.clone(),
            evidence: finding.evidence.clone(),
            fingerprint: finding.fingerprint.clone(),
        }
    }
}

impl Finding {
    /// Ranking key: severity (descending), then how easily it is reached (open endpoints
    /// first), then confidence (descending), then location.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            std::cmp::Reverse(self.severity),
            Reach::rank(self.reach()),
            std::cmp::Reverse(self.confidence),
            self.evidence.path.as_str(),
            self.evidence.line,
            self.evidence.column,
            self.rule_id.as_str(),
        )
    }

    /// How the finding is reached, when an endpoint is known to lead to it.
    pub fn reach(&self) -> Option<Reach> {
        self.exposure.as_ref().map(|e| e.reach)
    }

    /// Its own fingerprint and those of the findings folded into it.
    pub fn fingerprints(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.fingerprint.as_str())
            .chain(self.folded.iter().map(|f| f.fingerprint.as_str()))
    }
}
