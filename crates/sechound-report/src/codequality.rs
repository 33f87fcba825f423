//! GitLab's Code Quality report (`artifacts:reports:codequality`): a JSON array of issues in the
//! subset of the Code Climate format GitLab reads (`description`, `check_name`, `fingerprint`,
//! `severity`, `location.path`, `location.lines.begin`), so that findings appear in the merge
//! request's Code Quality widget and beside the changed lines of its diff.
//!
//! One issue per finding, and one per other place of its root cause (each place of a folded
//! finding is a line of the diff worth marking). Fingerprints are unique within a report, as
//! GitLab shows only the first issue of a fingerprint, and stable across pipelines (the
//! finding's own fingerprint, or a hash of it with the place). Severity maps onto GitLab's scale:
//! critical → blocker, high → critical, medium → major, low → minor, info → info.

use crate::repository_path;
use sechound_core::{Confidence, Evidence, Finding, Report, Severity};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fmt::Write;

/// Renders `report` as a Code Quality report. `prefix` is the reviewed root relative to the
/// repository (`services/api/`, or empty).
pub fn render(report: &Report, prefix: &str) -> String {
    let mut issues: Vec<Value> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for finding in &report.findings {
        let fingerprint = unique(&mut seen, &finding.fingerprint);
        issues.push(issue(
            finding,
            &finding.evidence,
            description(finding),
            fingerprint,
            prefix,
        ));
        for (evidence, text) in other_places(finding) {
            let fingerprint = unique(
                &mut seen,
                &digest(&format!("{}\n{}", finding.fingerprint, evidence.cite())),
            );
            issues.push(issue(finding, evidence, text, fingerprint, prefix));
        }
    }
    let mut text =
        serde_json::to_string_pretty(&issues).expect("the Code Quality report serialises");
    text.push('\n');
    text
}

/// GitLab's severity scale.
pub fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "blocker",
        Severity::High => "critical",
        Severity::Medium => "major",
        Severity::Low => "minor",
        Severity::Info => "info",
    }
}

fn issue(
    f: &Finding,
    evidence: &Evidence,
    description: String,
    fingerprint: String,
    prefix: &str,
) -> Value {
    let begin = evidence.line.max(1);
    json!({
        "type": "issue",
        "check_name": f.rule_id,
        "description": description,
        "content": { "body": body(f) },
        "categories": ["Security"],
        "fingerprint": fingerprint,
        "severity": severity(f.severity),
        "location": {
            "path": repository_path(prefix, &evidence.path),
            "lines": { "begin": begin, "end": evidence.end_line.max(begin) },
        },
    })
}

/// One line, as the widget lists it: `SEC-0AA350 CORS policy allows any origin: message`.
fn description(f: &Finding) -> String {
    let mut text = format!("{} {}: {}", f.id, f.title, f.message);
    if let Some(exposure) = &f.exposure {
        let _ = write!(text, " {}", exposure.describe());
    }
    if f.confidence == Confidence::Low {
        text.push_str(" (low confidence: heuristic)");
    }
    text
}

/// The longer explanation, in Markdown (Code Climate's `content.body`).
fn body(f: &Finding) -> String {
    let mut text = format!(
        "**Impact:** {}\n\n**Fix:** {}\n\n**Verify:** {}\n\nRule `{}` · confidence {} · {}",
        f.impact,
        f.recommendation,
        f.verification,
        f.rule_id,
        f.confidence.label(),
        f.owasp
    );
    if !f.cwe.is_empty() {
        let _ = write!(text, " · {}", f.cwe.join(", "));
    }
    text
}

fn other_places(f: &Finding) -> Vec<(&Evidence, String)> {
    let own = f.evidence.cite();
    let mut places: Vec<(&Evidence, String)> = Vec::new();
    for part in &f.folded {
        let cite = part.evidence.cite();
        if cite == own || places.iter().any(|(e, _)| e.cite() == cite) {
            continue;
        }
        places.push((
            &part.evidence,
            format!("{} {} (another place): {}", f.id, f.title, part.message),
        ));
    }
    for related in &f.related {
        let cite = related.cite();
        if cite == own || places.iter().any(|(e, _)| e.cite() == cite) {
            continue;
        }
        places.push((
            related,
            format!(
                "{} {} (another place; reported at {}): {}",
                f.id, f.title, own, f.message
            ),
        ));
    }
    places
}

/// `wanted`, or a hash of it with a counter when an earlier issue already has it.
fn unique(seen: &mut HashSet<String>, wanted: &str) -> String {
    let mut candidate = wanted.to_string();
    let mut n = 1;
    while !seen.insert(candidate.clone()) {
        candidate = digest(&format!("{wanted}#{n}"));
        n += 1;
    }
    candidate
}

fn digest(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_fingerprints_are_made_unique() {
        let mut seen = HashSet::new();
        let a = unique(&mut seen, "abc");
        let b = unique(&mut seen, "abc");
        let c = unique(&mut seen, "abc");
        assert_eq!(a, "abc");
        assert_ne!(b, a);
        assert_ne!(c, b);
        assert_eq!(seen.len(), 3);
    }

    #[test]
    fn severities_map_onto_gitlabs_scale() {
        let mapped: Vec<&str> = Severity::ALL_DESCENDING
            .iter()
            .map(|s| severity(*s))
            .collect();
        assert_eq!(mapped, ["blocker", "critical", "major", "minor", "info"]);
    }
}
