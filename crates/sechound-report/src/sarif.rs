//! SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others): one run, the rules that
//! ran with their documentation, a result per finding (suppressed ones carry their suppression),
//! and the gaps as notifications.

use sechound_core::{Confidence, Finding, Report, RuleMeta, Severity};
use serde_json::{Value, json};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Renders `report` as SARIF. `rules` are the rules of the run, for the tool's rule table.
pub fn render(report: &Report, rules: &[&RuleMeta]) -> String {
    let mut rules: Vec<&RuleMeta> = rules.to_vec();
    rules.sort_by_key(|r| r.id);
    let results: Vec<Value> = report
        .findings
        .iter()
        .chain(&report.suppressed)
        .map(|finding| result(finding, &rules))
        .collect();
    let notifications: Vec<Value> = report
        .gaps
        .iter()
        .map(|gap| {
            let mut notification = json!({
                "level": "note",
                "message": { "text": format!("{}: {}", gap.kind.label(), gap.detail) },
                "descriptor": { "id": format!("gap/{}", serde_json::to_value(gap.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()) },
            });
            if !gap.path.is_empty() {
                notification["locations"] = json!([{ "physicalLocation": { "artifactLocation": artifact(&gap.path) } }]);
            }
            notification
        })
        .collect();
    let mut run = json!({
        "tool": {
            "driver": {
                "name": "sechound",
                "semanticVersion": report.tool.version,
                "version": report.tool.version,
                "rules": rules.iter().map(|r| rule(r)).collect::<Vec<_>>(),
            }
        },
        "results": results,
        "invocations": [{
            "executionSuccessful": true,
            "toolExecutionNotifications": notifications,
            "startTimeUtc": report.target.generated_at,
        }],
        "columnKind": "unicodeCodePoints",
        "properties": {
            "riskLevel": report.summary.risk_level,
            "signOff": report.summary.sign_off,
        },
    });
    // versionControlProvenance needs the repository's URI, which a local review does not know;
    // the commit and branch go in the run's properties instead.
    if let Some(commit) = &report.target.commit {
        run["properties"]["commit"] = json!(commit);
    }
    if let Some(branch) = &report.target.branch {
        run["properties"]["branch"] = json!(branch);
    }
    // The project's own checks are not code-scanning results; their outcome travels with the run.
    if let Some(checks) = &report.checks {
        run["properties"]["checks"] = checks
            .steps
            .iter()
            .map(|s| json!({ "name": s.name, "kind": s.kind, "status": s.status, "outcome": s.outcome() }))
            .collect();
    }
    // The live probe's account (requests sent, bounds, what was skipped) travels with the run.
    if let Some(probe) = &report.probe {
        run["properties"]["probe"] = json!({
            "url": probe.url,
            "requestsSent": probe.requests_sent,
            "budget": probe.bounds.budget,
            "endpointsProbed": probe.endpoints_probed,
            "endpointsTotal": probe.endpoints_total,
            "notProbed": probe.not_probed.len(),
            "skipped": probe.skipped.iter().map(|s| json!({ "check": s.check, "reason": s.reason })).collect::<Vec<_>>(),
            "stoppedEarly": probe.stopped_early,
        });
    }
    let sarif = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [run],
    });
    let mut text = serde_json::to_string_pretty(&sarif).expect("SARIF serialises");
    text.push('\n');
    text
}

/// GitHub code scanning reads `security-severity` (0.0-10.0) to rank security results.
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

fn precision(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

fn rule(meta: &RuleMeta) -> Value {
    let mut tags: Vec<String> = vec!["security".into()];
    for cwe in meta.cwe {
        tags.push(format!("external/cwe/cwe-{cwe}"));
    }
    tags.push(format!("owasp-top10-2021/{}", meta.owasp.id()));
    let markdown = format!(
        "{}\n## Impact\n{}\n\n## Recommendation\n{}\n\n## Verification\n{}\n",
        dedent(meta.docs),
        meta.impact,
        meta.recommendation,
        meta.verification
    );
    json!({
        "id": meta.id,
        "name": pascal_case(meta.id),
        "shortDescription": { "text": meta.title },
        "fullDescription": { "text": meta.impact },
        "help": {
            "text": format!("{}\n\nRecommendation: {}\n\nVerification: {}", meta.impact, meta.recommendation, meta.verification),
            "markdown": markdown,
        },
        "defaultConfiguration": { "level": level(meta.severity) },
        "properties": {
            "tags": tags,
            "precision": precision(meta.confidence),
            "problem.severity": level(meta.severity),
            "security-severity": security_severity(meta.severity),
            "area": meta.area.as_str(),
        },
    })
}

fn result(finding: &Finding, rules: &[&RuleMeta]) -> Value {
    let evidence = &finding.evidence;
    let snippet: Vec<&str> = evidence
        .snippet
        .iter()
        .filter(|l| l.marked)
        .map(|l| l.text.as_str())
        .collect();
    let mut region = json!({
        "startLine": evidence.line,
        "startColumn": evidence.column,
        "endLine": evidence.end_line,
        "endColumn": evidence.end_column.max(1),
    });
    if !snippet.is_empty() {
        region["snippet"] = json!({ "text": snippet.join("\n") });
    }
    let exposure = finding
        .exposure
        .as_ref()
        .map(|e| format!(" {}", e.describe()))
        .unwrap_or_default();
    let mut result = json!({
        "ruleId": finding.rule_id,
        "level": level(finding.severity),
        "message": { "text": format!("{}{exposure} {}", finding.message, finding.recommendation) },
        "locations": [{
            "physicalLocation": { "artifactLocation": artifact(&evidence.path), "region": region }
        }],
        "partialFingerprints": { "sechound/v1": finding.fingerprint },
        "properties": {
            "id": finding.id,
            "severity": finding.severity,
            "confidence": finding.confidence,
            "area": finding.area,
            "owasp": finding.owasp.id(),
            "effort": finding.effort,
            "security-severity": security_severity(finding.severity),
        },
    });
    if let Some(live) = &finding.live {
        // Seen on the running service: the requests and responses (masked) travel with it.
        result["properties"]["verifiedLive"] = json!(true);
        result["properties"]["live"] = serde_json::to_value(live).unwrap_or(Value::Null);
    }
    if let Some(index) = rules.iter().position(|r| r.id == finding.rule_id) {
        result["ruleIndex"] = json!(index);
    }
    if let Some(exposure) = &finding.exposure {
        result["properties"]["exposure"] = json!({
            "reach": exposure.reach,
            "endpoints": exposure
                .endpoints
                .iter()
                .map(|e| format!("{} {}", e.method, e.path))
                .collect::<Vec<_>>(),
        });
    }
    if !finding.folded.is_empty() {
        result["properties"]["folded"] = json!(
            finding
                .folded
                .iter()
                .map(|f| json!({ "ruleId": f.rule_id, "location": f.evidence.cite(), "fingerprint": f.fingerprint }))
                .collect::<Vec<_>>()
        );
    }
    if !finding.related.is_empty() {
        result["relatedLocations"] = finding
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| {
                json!({
                    "id": i,
                    "physicalLocation": {
                        "artifactLocation": artifact(&r.path),
                        "region": { "startLine": r.line, "startColumn": r.column },
                    },
                })
            })
            .collect();
    }
    if !finding.flow.is_empty() {
        // One thread flow from the source to the sink, each step a location with its code.
        let locations: Vec<Value> = finding
            .flow
            .iter()
            .map(|step| {
                json!({
                    "location": {
                        "physicalLocation": {
                            "artifactLocation": artifact(&step.path),
                            "region": { "startLine": step.line, "snippet": { "text": step.code } },
                        },
                        "message": { "text": format!("{}: {}", step.kind.label(), step.code) },
                    },
                    "kinds": [step.kind.label()],
                })
            })
            .collect();
        result["codeFlows"] = json!([{ "threadFlows": [{ "locations": locations }] }]);
    }
    if let Some(suppression) = &finding.suppression {
        result["suppressions"] = json!([{
            "kind": if suppression.kind == "inline" { "inSource" } else { "external" },
            "justification": suppression.reason,
            "location": { "physicalLocation": { "artifactLocation": artifact(suppression.source.rsplit_once(':').map_or(suppression.source.as_str(), |(p, _)| p)) } },
        }]);
    }
    result
}

fn artifact(path: &str) -> Value {
    json!({ "uri": path, "uriBaseId": "%SRCROOT%" })
}

/// `js.cors-allow-all-origins` → `JsCorsAllowAllOrigins`.
fn pascal_case(id: &str) -> String {
    id.split(['.', '-'])
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Doc comments arrive with one leading space per line (`/// text`).
fn dedent(docs: &str) -> String {
    docs.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}
