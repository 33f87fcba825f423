//! Effort: a rule's estimate is for one place. A fix that touches several files, or a secret
//! that has to be replaced wherever it was deployed, takes longer, and the finding says why.

use sechound_core::{Effort, Finding};

/// Files at which a fix stops being a same-day change.
const FILES_FOR_DAYS: usize = 6;

pub(crate) fn weigh(finding: &mut Finding) {
    let mut paths: Vec<&str> = std::iter::once(finding.evidence.path.as_str())
        .chain(finding.related.iter().map(|r| r.path.as_str()))
        .collect();
    paths.sort_unstable();
    paths.dedup();
    let files = paths.len();
    let places = 1 + finding.related.len();
    let mut reasons = Vec::new();
    let mut effort = finding.effort;
    if files > 1 {
        reasons.push(format!("{places} places in {files} files"));
        effort = effort.max(if files >= FILES_FOR_DAYS {
            Effort::Days
        } else {
            Effort::Hours
        });
    }
    let secret = finding
        .root_cause
        .as_ref()
        .is_some_and(|c| c.key.starts_with("secret:"));
    if secret {
        reasons.push("a value written in the repository is replaced where it was deployed".into());
        effort = effort.max(Effort::Hours);
    }
    finding.effort = effort;
    if !reasons.is_empty() {
        finding.effort_reason = Some(reasons.join("; "));
    }
}
