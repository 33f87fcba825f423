//! Exposure: each finding tied to the endpoints whose handling runs its code (through the
//! project model's [`Reachability`](sechound_project::reach::Reachability)). Open endpoints
//! rank a finding first among its severity; behind an administrator role a flaw in the code
//! counts one severity lower, as a score that weighs the privileges an attack needs would.

use sechound_core::project::ProjectModel;
use sechound_core::{Finding, Reach, Severity};
use sechound_project::reach::{HandlerIndex, exposure};

pub(crate) fn expose(findings: &mut [Finding], model: &ProjectModel) {
    let index = HandlerIndex::new(model);
    for finding in findings.iter_mut().filter(|f| f.exposure.is_none()) {
        let Some(mut found) =
            exposure(model, &index, &finding.evidence.path, finding.evidence.line)
        else {
            continue;
        };
        if found.reach == Reach::Privileged
            && is_code_rule(&finding.rule_id)
            && finding.severity > Severity::Low
        {
            found.rule_severity = Some(finding.severity);
            finding.severity = one_lower(finding.severity);
        }
        finding.exposure = Some(found);
    }
}

/// Rules over a handler's code (not the project rules, which judge the endpoint itself).
fn is_code_rule(rule_id: &str) -> bool {
    rule_id.starts_with("js.") || rule_id.starts_with("py.")
}

fn one_lower(severity: Severity) -> Severity {
    match severity {
        Severity::Critical => Severity::High,
        Severity::High => Severity::Medium,
        Severity::Medium => Severity::Low,
        other => other,
    }
}
