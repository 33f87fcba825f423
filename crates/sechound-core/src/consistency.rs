//! Whether a report contradicts itself: a control shown in place next to a finding that says it
//! is missing, an id cited that no finding carries, a verdict its findings do not support,
//! advice that names another finding's secret. The engine builds reports that pass; the tests
//! hold every example to it.

use crate::exposure::Reach;
use crate::project::{AuthStatus, ControlKind, ControlStatus};
use crate::{Finding, Report, RiskLevel, SeverityCounts, SignOff};
use std::collections::{BTreeSet, HashSet};

/// Every contradiction found in `report`, one sentence each; empty for a consistent report.
pub fn contradictions(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    ids(report, &mut out);
    verdict(report, &mut out);
    controls(report, &mut out);
    owasp(report, &mut out);
    for finding in &report.findings {
        places(finding, &mut out);
        exposure(report, finding, &mut out);
        advice(finding, &mut out);
    }
    out
}

fn ids(report: &Report, out: &mut Vec<String>) {
    let mut findings: HashSet<&str> = HashSet::new();
    let preexisting = report.branch.iter().flat_map(|b| &b.preexisting);
    for f in report
        .findings
        .iter()
        .chain(&report.suppressed)
        .chain(preexisting)
    {
        if !findings.insert(f.id.as_str()) {
            out.push(format!("{} is the id of two findings", f.id));
        }
    }
    let strengths: HashSet<&str> = report.strengths.iter().map(|s| s.id.as_str()).collect();
    let mut cited: Vec<(&str, &str)> = Vec::new();
    cited.extend(
        report
            .summary
            .top_actions
            .iter()
            .map(|id| ("top actions", id.as_str())),
    );
    for area in &report.sections.review_by_area {
        cited.extend(
            area.findings
                .iter()
                .map(|id| ("review by area", id.as_str())),
        );
    }
    for row in &report.sections.owasp_top10 {
        cited.extend(row.findings.iter().map(|id| ("OWASP table", id.as_str())));
    }
    for group in &report.sections.action_checklist {
        cited.extend(group.findings.iter().map(|id| ("checklist", id.as_str())));
    }
    if let Some(model) = &report.project {
        for control in &model.controls {
            cited.extend(
                control
                    .contradicted_by
                    .iter()
                    .map(|id| ("controls", id.as_str())),
            );
        }
    }
    for strength in &report.strengths {
        cited.extend(
            strength
                .contradicted_by
                .iter()
                .map(|id| ("strengths", id.as_str())),
        );
    }
    if let Some(tracking) = &report.tracking {
        cited.extend(tracking.new.iter().map(|id| ("new", id.as_str())));
        cited.extend(
            tracking
                .remaining
                .iter()
                .map(|id| ("remaining", id.as_str())),
        );
        for fixed in &tracking.fixed {
            if findings.contains(fixed.baseline_id.as_str()) {
                out.push(format!(
                    "{} is listed as fixed and as a current finding",
                    fixed.baseline_id
                ));
            }
        }
    }
    for (place, id) in cited {
        if !findings.contains(id) {
            out.push(format!("{place} cite {id}, which no finding carries"));
        }
    }
    for area in &report.sections.review_by_area {
        for id in &area.strengths {
            if !strengths.contains(id.as_str()) {
                out.push(format!(
                    "review by area cites {id}, which no strength carries"
                ));
            }
        }
    }
    let mut listed: Vec<&str> = report
        .sections
        .action_checklist
        .iter()
        .flat_map(|g| g.findings.iter().map(String::as_str))
        .collect();
    listed.sort_unstable();
    let mut all: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
    // (Pre-existing findings of a branch review are not on its checklist.)
    all.sort_unstable();
    if listed != all {
        out.push("the action checklist does not list every finding exactly once".into());
    }
}

fn verdict(report: &Report, out: &mut Vec<String>) {
    let summary = &report.summary;
    let mut counts = SeverityCounts::default();
    for f in &report.findings {
        counts.add(f.severity);
    }
    if counts != summary.counts {
        out.push(format!(
            "the summary counts {:?} but the findings are {:?}",
            summary.counts, counts
        ));
    }
    let risk = RiskLevel::assess(&report.findings);
    if risk != summary.risk_level {
        out.push(format!(
            "the risk level reads {} but the findings make it {}",
            summary.risk_level.label(),
            risk.label()
        ));
    }
    let expected = match &summary.incomplete {
        Some(_) => SignOff::Incomplete,
        // A failed test, type-check or build step keeps a clean review from plain approval.
        None => match SignOff::decide(risk) {
            SignOff::Approved
                if report
                    .checks
                    .as_ref()
                    .is_some_and(|c| !c.blocking().is_empty()) =>
            {
                SignOff::ApprovedWithConditions
            }
            decided => decided,
        },
    };
    if summary.sign_off != expected {
        out.push(format!(
            "the sign-off reads {} but should read {}",
            summary.sign_off.label(),
            expected.label()
        ));
    }
    if summary.sign_off == SignOff::Approved
        && (report.stats.files_reviewed == 0 || summary.incomplete.is_some())
    {
        out.push("an incomplete review is signed off APPROVED".into());
    }
}

fn controls(report: &Report, out: &mut Vec<String>) {
    let Some(model) = &report.project else {
        return;
    };
    let rules: HashSet<&str> = report
        .findings
        .iter()
        .chain(report.branch.iter().flat_map(|b| &b.preexisting))
        .map(|f| f.rule_id.as_str())
        .collect();
    for control in &model.controls {
        let against: Vec<&&str> = control
            .kind
            .contradicted_by_rules()
            .iter()
            .filter(|r| rules.contains(**r))
            .collect();
        match control.status {
            ControlStatus::Present if !against.is_empty() => out.push(format!(
                "{} is shown present next to a finding of {} that says it is missing",
                control.title, against[0]
            )),
            ControlStatus::Present | ControlStatus::Partial if control.evidence.is_empty() => out
                .push(format!(
                    "{} is shown {} without evidence",
                    control.title,
                    control.status.label()
                )),
            ControlStatus::Partial
                if control.contradicted_by.is_empty()
                    && control.evidence.iter().any(|e| !e.partial) =>
            {
                out.push(format!(
                    "{} is shown partial without the finding that makes it so",
                    control.title
                ))
            }
            ControlStatus::Present if control.evidence.iter().all(|e| e.partial) => {
                out.push(format!(
                    "{} is shown present though every place covers it only in part",
                    control.title
                ))
            }
            ControlStatus::Absent if !control.evidence.is_empty() => out.push(format!(
                "{} is shown not found although it was seen",
                control.title
            )),
            _ => {}
        }
        if control.kind == ControlKind::Metrics {
            let open_metrics = model.endpoints.iter().any(|e| {
                e.path.trim_end_matches('/').ends_with("/metrics")
                    && matches!(e.auth, AuthStatus::Unauthenticated | AuthStatus::Exempted)
            });
            let metrics_endpoint = model
                .endpoints
                .iter()
                .any(|e| e.path.trim_end_matches('/').ends_with("/metrics"));
            if metrics_endpoint && control.status == ControlStatus::Absent {
                out.push("Metrics are shown not found next to a metrics endpoint".into());
            }
            if open_metrics && control.status == ControlStatus::Present {
                out.push("Metrics are shown present while the metrics endpoint is open".into());
            }
        }
        if let Some(id) = &control.strength
            && report
                .strengths
                .iter()
                .any(|s| &s.id == id && s.partial != (control.status == ControlStatus::Partial))
        {
            out.push(format!(
                "{id} and the controls table disagree on whether {} is only partly in place",
                control.title
            ));
        }
    }
}

fn owasp(report: &Report, out: &mut Vec<String>) {
    use crate::sections::OwaspStatus;
    for row in &report.sections.owasp_top10 {
        let has = !row.findings.is_empty();
        if has != (row.status == OwaspStatus::Issues) {
            out.push(format!(
                "{} reads {:?} with {} finding(s)",
                row.category.id(),
                row.status,
                row.findings.len()
            ));
        }
    }
}

fn places(finding: &Finding, out: &mut Vec<String>) {
    let main = (finding.evidence.path.as_str(), finding.evidence.line);
    let mut seen: BTreeSet<(&str, u32)> = BTreeSet::new();
    for place in &finding.related {
        let key = (place.path.as_str(), place.line);
        if key == main {
            out.push(format!(
                "{} lists its own line {} under \"Also at\"",
                finding.id,
                finding.evidence.cite()
            ));
        }
        if !seen.insert(key) {
            out.push(format!("{} lists {} twice", finding.id, place.cite()));
        }
    }
}

fn exposure(report: &Report, finding: &Finding, out: &mut Vec<String>) {
    let Some(exposure) = &finding.exposure else {
        return;
    };
    if Reach::of(&exposure.endpoints) != Some(exposure.reach) {
        out.push(format!(
            "{} says it is {} but its endpoints say otherwise",
            finding.id,
            exposure.reach.label()
        ));
    }
    if let Some(model) = &report.project {
        for e in &exposure.endpoints {
            let known = model.endpoints.iter().any(|m| {
                m.method == e.method
                    && m.path == e.path
                    && m.file == e.file
                    && m.line == e.line
                    && m.auth == e.auth
            });
            if !known {
                out.push(format!(
                    "{} cites {} with authentication `{}`, which the endpoint table does not show",
                    finding.id,
                    e.cite(),
                    e.auth.label()
                ));
            }
        }
    }
}

/// Advice that names a secret the finding is not about was copied from another finding. Only
/// findings about one named secret are held to it: a rule's general advice may suggest a new
/// variable (`process.env.JWT_SECRET`) for a key written in the code.
fn advice(finding: &Finding, out: &mut Vec<String>) {
    let Some(subject) = finding
        .root_cause
        .as_ref()
        .and_then(|c| c.key.strip_prefix("secret:"))
    else {
        return;
    };
    let mut own = String::from(subject);
    own.push_str(&finding.message);
    // The flagged lines only: context lines around them may quote a neighbour's secret.
    for place in std::iter::once(&finding.evidence).chain(&finding.related) {
        for line in place.snippet.iter().filter(|l| l.marked) {
            own.push('\n');
            own.push_str(&line.text);
        }
    }
    for folded in &finding.folded {
        own.push('\n');
        own.push_str(&folded.message);
    }
    let texts = [
        ("recommendation", finding.recommendation.as_str()),
        ("impact", finding.impact.as_str()),
        ("verification", finding.verification.as_str()),
    ];
    for (field, text) in texts {
        for name in secret_names(text) {
            let base = name.strip_suffix("_FILE").unwrap_or(name);
            if !own.contains(base) {
                out.push(format!(
                    "{}'s {field} names `{name}`, which the finding is not about",
                    finding.id
                ));
            }
        }
    }
    if !signs_tokens(subject) && finding.impact.contains("forge") {
        out.push(format!(
            "{}'s impact speaks of forged tokens about `{subject}`, which signs none",
            finding.id
        ));
    }
}

/// Environment-variable names of secrets quoted in `text`: `JWT_SECRET`, `POSTGRES_PASSWORD`.
fn secret_names(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let bytes = text.as_bytes();
    let mut start = None;
    for (i, &b) in bytes.iter().chain(std::iter::once(&b' ')).enumerate() {
        let word = b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let name = &text[s..i];
                let before = s.checked_sub(1).map(|p| bytes[p]);
                let part_of_word = before.is_some_and(|c| c.is_ascii_alphanumeric());
                if !part_of_word
                    && name.contains('_')
                    && name.starts_with(|c: char| c.is_ascii_uppercase())
                    && ["SECRET", "PASSWORD", "TOKEN", "API_KEY", "PRIVATE_KEY"]
                        .iter()
                        .any(|w| name.contains(w))
                {
                    names.push(name);
                }
                start = None;
            }
            _ => {}
        }
    }
    names
}

/// True for names of secrets that sign or encrypt tokens and sessions.
fn signs_tokens(name: &str) -> bool {
    [
        "JWT",
        "SESSION",
        "SIGNING",
        "COOKIE",
        "SECRET_KEY",
        "TOKEN_SECRET",
        "APP_SECRET",
    ]
    .iter()
    .any(|w| name.contains(w))
        || name == "SECRET"
        || name.ends_with("_SECRET") && !name.contains("PASSWORD")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_secret_names_in_advice() {
        assert_eq!(
            secret_names(
                "Use `${JWT_SECRET:?JWT_SECRET must be set}` or `POSTGRES_PASSWORD_FILE`."
            ),
            ["JWT_SECRET", "JWT_SECRET", "POSTGRES_PASSWORD_FILE"]
        );
        assert!(secret_names("Set `NODE_ENV` and `httpOnly: true`.").is_empty());
        assert!(signs_tokens("JWT_SECRET") && signs_tokens("SESSION_SECRET"));
        assert!(!signs_tokens("POSTGRES_PASSWORD") && !signs_tokens("DATABASE_URL"));
    }
}
