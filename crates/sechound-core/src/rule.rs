//! What a rule declares about itself: identity, ranking, taxonomy and its documentation.

use crate::{Area, Confidence, Effort, Owasp, Severity};
use serde::Serialize;

/// Static description of a rule. Every finding copies the parts it needs, so a saved report stays
/// readable without the catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct RuleMeta {
    /// Stable id, `<lang-or-kind>.<kebab-name>`, e.g. `js.cors-allow-all-origins`.
    pub id: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    pub confidence: Confidence,
    pub area: Area,
    /// CWE numbers, without the `CWE-` prefix.
    pub cwe: &'static [u32],
    pub owasp: Owasp,
    pub effort: Effort,
    pub impact: &'static str,
    pub recommendation: &'static str,
    pub verification: &'static str,
    /// Markdown documentation (what it finds, why it matters, examples), from the rule's doc comment.
    pub docs: &'static str,
    /// What the rule reports is what an administrator may do (set another user's role, grant a
    /// plan): a finding every endpoint of which requires a role is dropped once the report ties
    /// it to its endpoints, instead of being ranked lower.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub quiet_behind_role: bool,
}

impl RuleMeta {
    pub fn cwe_ids(&self) -> Vec<String> {
        self.cwe.iter().map(|n| format!("CWE-{n}")).collect()
    }
}
