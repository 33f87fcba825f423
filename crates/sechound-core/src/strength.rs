//! Strengths: controls already in place, with the evidence that shows them.

use crate::{Area, Evidence};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strength {
    /// What is in place, e.g. "S3 bucket `logs` encrypted with a KMS key".
    pub title: String,
    pub area: Area,
    /// The rule that recognised it.
    pub rule_id: String,
    pub evidence: Evidence,
}
