//! Putting a probe's results into a report: `probe.*` findings beside the static ones, the
//! "verified live" mark on the static findings the probe confirmed, the live column of the
//! endpoint table, the route map's errors in the notes, and the probe's own account.

use crate::run::{Confirmation, Confirms, ProbeOutcome, Scope};
use sechound_core::{Finding, Report};

/// Merges `outcome` into `report`. `renumber` orders and numbers the findings and rebuilds the
/// summary and sections (the engine's own numbering, so ids stay as the review makes them).
pub fn merge(report: &mut Report, outcome: ProbeOutcome, renumber: impl FnOnce(&mut Report)) {
    let confirmations = attach(report, outcome);
    renumber(report);
    name_confirmers(report, &confirmations);
}

/// The report `sechound probe` writes: only what was verified live (the `probe.*` findings and
/// the static findings the probe confirmed), the endpoint table with its live column, and the
/// probe's account. Strengths, the checks and the unconfirmed static findings are left out.
pub fn live_only(
    mut report: Report,
    outcome: ProbeOutcome,
    renumber: impl FnOnce(&mut Report),
) -> Report {
    let confirmations = attach(&mut report, outcome);
    report.findings.retain(|f| f.live.is_some());
    report.suppressed.retain(|f| f.live.is_some());
    report.strengths.clear();
    report.unused_waivers.clear();
    report.checks = None;
    report.tracking = None;
    renumber(&mut report);
    name_confirmers(&mut report, &confirmations);
    report
}

/// Everything but the numbering; returns the confirmations for naming their probe findings.
fn attach(report: &mut Report, outcome: ProbeOutcome) -> Vec<Confirmation> {
    let ProbeOutcome {
        findings,
        endpoints,
        confirmations,
        model_notes,
        run,
    } = outcome;
    if let Some(model) = &mut report.project {
        for (endpoint, live) in model.endpoints.iter_mut().zip(endpoints) {
            endpoint.live = Some(live);
        }
        model.notes.extend(model_notes);
    }
    for finding in report
        .findings
        .iter_mut()
        .chain(report.suppressed.iter_mut())
    {
        if finding.live.is_some() {
            continue;
        }
        if let Some(confirmation) = confirmations.iter().find(|c| confirms(c, finding)) {
            finding.live = Some(confirmation.evidence.clone());
        }
    }
    report.findings.extend(findings);
    report.probe = Some(run);
    confirmations
}

/// Once numbered, a confirmed static finding names the probe finding that saw it
/// (`SEC-003 (probe.cors-reflects-origin)`).
fn name_confirmers(report: &mut Report, confirmations: &[Confirmation]) {
    let ids: Vec<(String, String)> = report
        .findings
        .iter()
        .filter(|f| f.rule_id.starts_with("probe."))
        .map(|f| (f.fingerprint.clone(), f.id.clone()))
        .collect();
    for finding in report
        .findings
        .iter_mut()
        .chain(report.suppressed.iter_mut())
    {
        if finding.rule_id.starts_with("probe.") {
            continue;
        }
        let Some(live) = &mut finding.live else {
            continue;
        };
        let Some(confirmation) = confirmations.iter().find(|c| {
            c.evidence.observed == live.observed && c.evidence.exchanges == live.exchanges
        }) else {
            continue;
        };
        let id = confirmation
            .by
            .as_ref()
            .and_then(|print| ids.iter().find(|(p, _)| p == print))
            .map(|(_, id)| id);
        if let (Some(id), Some(rule)) = (id, &confirmation.evidence.confirmed_by) {
            live.confirmed_by = Some(format!("{id} ({rule})"));
        }
    }
}

/// True when the probe saw what `finding` says, or what one of the findings folded into it
/// (the same root cause in another file) says.
fn confirms(confirmation: &Confirmation, finding: &Finding) -> bool {
    confirms_one(
        confirmation,
        &finding.rule_id,
        &finding.fingerprint,
        finding,
    ) || finding
        .folded
        .iter()
        .any(|f| confirms_one(confirmation, &f.rule_id, &f.fingerprint, finding))
}

fn confirms_one(
    confirmation: &Confirmation,
    rule_id: &str,
    fingerprint: &String,
    finding: &Finding,
) -> bool {
    match &confirmation.target {
        Confirms::Fingerprints(prints) => prints.contains(fingerprint),
        Confirms::Rules(rules, scope) => {
            rules.contains(&rule_id)
                && match scope {
                    Scope::Anywhere => true,
                    Scope::File(file) => {
                        finding.evidence.path == *file
                            || finding.related.iter().any(|r| r.path == *file)
                    }
                    Scope::At(file, line) => std::iter::once(&finding.evidence)
                        .chain(&finding.related)
                        .any(|e| e.path == *file && e.line == *line),
                }
        }
    }
}
