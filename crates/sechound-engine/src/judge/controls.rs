//! Controls judged against the findings: a control is present only where no finding says it is
//! missing; otherwise it is partial, and the table shows both the control and the findings.

use sechound_core::Report;
use sechound_core::project::{AuthStatus, ControlKind, ControlStatus};

pub(crate) fn judge(report: &mut Report) {
    let Some(model) = &mut report.project else {
        return;
    };
    // A branch review's model is the whole application's: what the touched files already had
    // counts against a control as much as what the branch introduced.
    let findings: Vec<&sechound_core::Finding> = report
        .findings
        .iter()
        .chain(report.branch.iter().flat_map(|b| &b.preexisting))
        .collect();
    for control in &mut model.controls {
        let mut against: Vec<String> = findings
            .iter()
            .filter(|f| {
                control
                    .kind
                    .contradicted_by_rules()
                    .contains(&f.rule_id.as_str())
            })
            .map(|f| f.id.clone())
            .collect();
        if control.kind == ControlKind::Metrics {
            // Metrics served without authentication: the sensitive-endpoint finding that
            // names the metrics endpoint.
            let open: Vec<(&str, u32)> = model
                .endpoints
                .iter()
                .filter(|e| sechound_project::serves_metrics(&e.path))
                .filter(|e| matches!(e.auth, AuthStatus::Unauthenticated | AuthStatus::Exempted))
                .map(|e| (e.file.as_str(), e.line))
                .collect();
            against.extend(
                findings
                    .iter()
                    .filter(|f| f.rule_id == "project.sensitive-route-unauthenticated")
                    .filter(|f| {
                        std::iter::once(&f.evidence)
                            .chain(&f.related)
                            .any(|e| open.contains(&(e.path.as_str(), e.line)))
                    })
                    .map(|f| f.id.clone()),
            );
        }
        against.sort();
        against.dedup();
        control.status = if control.evidence.is_empty() {
            ControlStatus::Absent
        } else if against.is_empty() && control.evidence.iter().any(|e| !e.partial) {
            ControlStatus::Present
        } else {
            ControlStatus::Partial
        };
        if let Some(id) = &control.strength
            && let Some(strength) = report.strengths.iter_mut().find(|s| &s.id == id)
        {
            strength.contradicted_by = against.clone();
            strength.partial = control.status == ControlStatus::Partial;
        }
        control.contradicted_by = against;
    }
}
