//! GitLab's SAST report (`artifacts:reports:sast`), schema version [`SCHEMA_VERSION`]: one
//! vulnerability per finding, so that findings appear in the merge request's security widget and
//! the vulnerability report.
//!
//! Each vulnerability has a UUID derived from the finding's fingerprint (the same finding gets the
//! same id in every pipeline), the rule as primary identifier followed by its CWE and OWASP
//! identifiers, the location, a Markdown description (what, who can reach it, impact, the quoted
//! and masked code), the fix and its verification as solution, and details: confidence,
//! exposure, the data flow as GitLab code flows, the other places of its root cause. The
//! fingerprint is also given as a tracking signature, so GitLab follows the finding when lines
//! move. Gaps (files skipped or read in part) are scan messages. Nothing unmasked is written:
//! `raw_source_code_extract` is never set.

use crate::repository_path;
use sechound_core::{Evidence, FlowStepKind, Gap, Report};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// The version of GitLab's security report schemas this report follows.
pub const SCHEMA_VERSION: &str = "15.2.1";
const SCHEMA_URL: &str = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.2.1/dist/sast-report-format.json";

/// Limits of the schema.
const MAX_NAME: usize = 255;
const MAX_SOLUTION: usize = 7000;
const MAX_DESCRIPTION: usize = 1_048_576;

/// Renders `report` as a GitLab SAST report. `prefix` is the reviewed root relative to the
/// repository (`services/api/`, or empty), so that paths match the project's files.
pub fn render(report: &Report, prefix: &str) -> String {
    let tool = json!({
        "id": "sechound",
        "name": "sechound",
        "version": report.tool.version,
        "vendor": { "name": "sechound" },
    });
    let (start, end) = scan_times(&report.target.generated_at, report.target.duration_ms);
    let mut messages: Vec<Value> = report.gaps.iter().map(gap_message).collect();
    if let Some(incomplete) = &report.summary.incomplete {
        messages.insert(
            0,
            json!({ "level": "warn", "value": format!("Review incomplete: {}", incomplete.reason) }),
        );
    }
    let vulnerabilities: Vec<Value> = report
        .findings
        .iter()
        .map(|f| vulnerability(f, prefix))
        .collect();
    let document = json!({
        "version": SCHEMA_VERSION,
        "schema": SCHEMA_URL,
        "scan": {
            "analyzer": tool,
            "scanner": tool,
            "type": "sast",
            "start_time": start,
            "end_time": end,
            "status": "success",
            "messages": messages,
        },
        "vulnerabilities": vulnerabilities,
    });
    let mut text = serde_json::to_string_pretty(&document).expect("the SAST report serialises");
    text.push('\n');
    text
}

fn vulnerability(f: &sechound_core::Finding, prefix: &str) -> Value {
    let file = repository_path(prefix, &f.evidence.path);
    let mut identifiers = vec![json!({
        "type": "sechound_rule_id",
        "name": format!("sechound {}", f.rule_id),
        "value": f.rule_id,
    })];
    for cwe in &f.cwe {
        let number = cwe.trim_start_matches("CWE-");
        identifiers.push(json!({
            "type": "cwe",
            "name": cwe,
            "value": number,
            "url": format!("https://cwe.mitre.org/data/definitions/{number}.html"),
        }));
    }
    identifiers.push(json!({
        "type": "owasp",
        "name": format!("{} - {}", f.owasp.id(), f.owasp.name()),
        "value": f.owasp.id(),
    }));
    let mut solution = format!("{}\n\nVerification: {}", f.recommendation, f.verification);
    if let Some(remedy) = f
        .root_cause
        .as_ref()
        .map(|c| &c.remedy)
        .filter(|r| !r.is_empty())
    {
        let _ = write!(solution, "\n\nThen: {remedy}");
    }
    json!({
        "id": uuid_of(&f.fingerprint),
        "name": cut(&f.title, MAX_NAME),
        "description": cut(&description(f, prefix), MAX_DESCRIPTION),
        "severity": f.severity.label(),
        "solution": cut(&solution, MAX_SOLUTION),
        "identifiers": identifiers,
        "location": {
            "file": file,
            "start_line": f.evidence.line.max(1),
            "end_line": f.evidence.end_line.max(f.evidence.line.max(1)),
        },
        "tracking": {
            "type": "source",
            "items": [{
                "file": file,
                "start_line": f.evidence.line.max(1),
                "end_line": f.evidence.end_line.max(f.evidence.line.max(1)),
                "signatures": [{ "algorithm": "hash", "value": f.fingerprint }],
            }],
        },
        "details": details(f, prefix),
    })
}

/// The description in GitLab Flavored Markdown.
fn description(f: &sechound_core::Finding, prefix: &str) -> String {
    let mut text = f.message.clone();
    if let Some(exposure) = &f.exposure {
        let _ = write!(text, " {}", exposure.describe());
    }
    let _ = write!(text, "\n\n**Impact:** {}\n", f.impact);
    if !f.evidence.snippet.is_empty() {
        let _ = write!(
            text,
            "\n**Evidence** (`{}`):\n\n{}",
            repository_path(prefix, &f.evidence.cite()),
            code_block(&f.evidence)
        );
    }
    for part in &f.folded {
        if part.evidence.cite() == f.evidence.cite() {
            continue;
        }
        let _ = write!(
            text,
            "\n**Also** `{}` (`{}`): {} *Fix:* {}\n",
            repository_path(prefix, &part.evidence.cite()),
            part.rule_id,
            part.message,
            part.recommendation
        );
    }
    let _ = write!(
        text,
        "\n{} · rule `{}` · confidence {} · effort {}",
        f.id,
        f.rule_id,
        f.confidence.label(),
        f.effort.label()
    );
    text
}

fn code_block(evidence: &Evidence) -> String {
    let fence = if evidence.snippet.iter().any(|l| l.text.contains("```")) {
        "````"
    } else {
        "```"
    };
    let mut block = format!("{fence}\n");
    for line in &evidence.snippet {
        let marker = if line.marked { '>' } else { ' ' };
        let _ = writeln!(block, "{marker} {:>4} | {}", line.line, line.text);
    }
    let _ = writeln!(block, "{fence}");
    block
}

/// The schema's `details`: a named list of typed fields.
fn details(f: &sechound_core::Finding, prefix: &str) -> Value {
    let mut items = serde_json::Map::new();
    let text = |name: &str, value: String| json!({ "type": "text", "name": name, "value": value });
    items.insert("sechound_id".into(), text("sechound id", f.id.clone()));
    items.insert(
        "confidence".into(),
        text("Confidence", f.confidence.label().to_string()),
    );
    items.insert("area".into(), text("Area", f.area.label().to_string()));
    if let Some(exposure) = &f.exposure {
        items.insert("exposure".into(), text("Exposure", exposure.describe()));
    }
    items.insert(
        "fingerprint".into(),
        text("Fingerprint", f.fingerprint.clone()),
    );
    let marked: Vec<&str> = f
        .evidence
        .snippet
        .iter()
        .filter(|l| l.marked)
        .map(|l| l.text.as_str())
        .collect();
    if !marked.is_empty() {
        items.insert(
            "code".into(),
            json!({ "type": "code", "name": "Code", "value": marked.join("\n") }),
        );
    }
    if !f.flow.is_empty() {
        let nodes: Vec<Value> = f
            .flow
            .iter()
            .map(|step| {
                json!({
                    "type": "code-flow-node",
                    "node_type": match step.kind {
                        FlowStepKind::Source | FlowStepKind::Value => "source",
                        FlowStepKind::Call => "propagation",
                        FlowStepKind::Sink => "sink",
                    },
                    "file_location": {
                        "type": "file-location",
                        "file_name": repository_path(prefix, &step.path),
                        "line_start": step.line.max(1),
                    },
                })
            })
            .collect();
        items.insert(
            "code_flows".into(),
            json!({ "type": "code-flows", "name": "Data flow", "items": [nodes] }),
        );
    }
    let others: Vec<&Evidence> = f
        .related
        .iter()
        .filter(|r| r.cite() != f.evidence.cite())
        .collect();
    if !others.is_empty() {
        let places: Vec<Value> = others
            .iter()
            .map(|e| {
                json!({
                    "type": "file-location",
                    "file_name": repository_path(prefix, &e.path),
                    "line_start": e.line.max(1),
                    "line_end": e.end_line.max(e.line.max(1)),
                })
            })
            .collect();
        items.insert(
            "other_places".into(),
            json!({ "type": "list", "name": "Other places of the same cause", "items": places }),
        );
    }
    Value::Object(items)
}

fn gap_message(gap: &Gap) -> Value {
    let place = if gap.path.is_empty() {
        String::new()
    } else {
        format!("{}: ", gap.path)
    };
    json!({
        "level": if gap.kind.is_degraded() { "info" } else { "warn" },
        "value": format!("{place}{}: {}", gap.kind.label(), gap.detail),
    })
}

/// `yyyy-mm-ddThh:mm:ss` (UTC) of the review's start and end, as the schema wants them.
fn scan_times(generated_at: &str, duration_ms: u64) -> (String, String) {
    let start = generated_at
        .parse::<jiff::Timestamp>()
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let end = start
        .checked_add(jiff::SignedDuration::from_millis(
            i64::try_from(duration_ms).unwrap_or(i64::MAX / 2),
        ))
        .unwrap_or(start);
    let format = |t: jiff::Timestamp| t.strftime("%Y-%m-%dT%H:%M:%S").to_string();
    (format(start), format(end))
}

/// A UUID (version 8, RFC 9562: application-defined) from the finding's fingerprint, so the
/// same finding has the same id in every pipeline.
fn uuid_of(fingerprint: &str) -> String {
    let digest = Sha256::digest(fingerprint.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// `text` cut to at most `max` characters (an ellipsis marks the cut).
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuids_stable_for_a_fingerprint() {
        let a = uuid_of("js.cors-allow-all-origins:src/app.ts:abc");
        assert_eq!(a, uuid_of("js.cors-allow-all-origins:src/app.ts:abc"));
        assert_ne!(a, uuid_of("js.cors-allow-all-origins:src/app.ts:abd"));
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('8'), "version 8: {a}");
        assert!(
            matches!(&parts[3][..1], "8" | "9" | "a" | "b"),
            "variant: {a}"
        );
    }

    #[test]
    fn scan_times_follow_the_schema_pattern() {
        let (start, end) = scan_times("2026-03-01T10:00:59Z", 1500);
        assert_eq!(start, "2026-03-01T10:00:59");
        assert_eq!(end, "2026-03-01T10:01:00");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
    }
}
