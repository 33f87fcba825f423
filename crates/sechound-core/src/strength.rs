//! Strengths: controls already in place, with the evidence that shows them.

use crate::{Area, Evidence, Owasp};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strength {
    /// `STR-001`, `STR-002`... in report order.
    #[serde(default)]
    pub id: String,
    /// What is in place, e.g. "S3 bucket `logs` encrypted with a KMS key".
    pub title: String,
    pub area: Area,
    /// The OWASP Top 10 (2021) category the control helps with (the rule's).
    pub owasp: Owasp,
    /// The rule that recognised it.
    pub rule_id: String,
    pub evidence: Evidence,
    /// Findings that show the control missing elsewhere: the strength holds only in part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contradicted_by: Vec<String>,
    /// True when the control it shows is only partly in place (contradicted by a finding, or
    /// partial where it was seen).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
}
