//! End to end: the built binary reviews the shipped examples; the findings are snapshotted and
//! the Markdown and JSON agree.

mod common;

use common::{code, report, run, stdout};
use std::fmt::Write as _;

/// The findings of a report as a reviewer scans them: id, ranking, rule, place, message.
fn digest(report: &sechound_core::Report) -> String {
    let mut out = String::new();
    let stats = &report.stats;
    writeln!(
        out,
        "files {} reviewed of {} found, {} lines; frameworks: {}",
        stats.files_reviewed,
        stats.files_discovered,
        stats.lines_analysed,
        stats.frameworks.join(", ")
    )
    .unwrap();
    writeln!(
        out,
        "risk {:?}, sign-off {:?}",
        report.summary.risk_level, report.summary.sign_off
    )
    .unwrap();
    for finding in report.findings.iter().chain(&report.suppressed) {
        writeln!(
            out,
            "{} {} / {} {} {}\n    {}",
            finding.id,
            finding.severity,
            finding.confidence,
            finding.rule_id,
            finding.evidence.cite(),
            finding.message
        )
        .unwrap();
    }
    for strength in &report.strengths {
        writeln!(
            out,
            "{} {} {}",
            strength.id,
            strength.evidence.cite(),
            strength.title
        )
        .unwrap();
    }
    for row in &report.sections.owasp_top10 {
        writeln!(
            out,
            "owasp {} {:?} {:?}",
            row.category.id(),
            row.status,
            row.findings
        )
        .unwrap();
    }
    for gap in &report.gaps {
        writeln!(out, "gap {:?} {} {}", gap.kind, gap.path, gap.detail).unwrap();
    }
    out
}

fn review_json(example: &str) -> sechound_core::Report {
    let output = run(&["review", example, "--format", "json", "--fail-on", "never"]);
    assert_eq!(code(&output), 0, "{}", common::stderr(&output));
    report(&output)
}

#[test]
fn express_api_review() {
    let report = review_json("examples/express-api");
    insta::assert_snapshot!(digest(&report));
}

#[test]
fn fastapi_service_review() {
    let report = review_json("examples/fastapi-service");
    insta::assert_snapshot!(digest(&report));
}

#[test]
fn every_finding_is_actionable_and_numbered_in_order() {
    for example in ["examples/express-api", "examples/fastapi-service"] {
        let report = review_json(example);
        assert!(!report.findings.is_empty(), "{example}: no findings");
        for (index, finding) in report.findings.iter().enumerate() {
            assert_eq!(finding.id, format!("SEC-{:03}", index + 1));
            for (field, value) in [
                ("impact", &finding.impact),
                ("recommendation", &finding.recommendation),
                ("verification", &finding.verification),
                ("message", &finding.message),
            ] {
                assert!(
                    !value.trim().is_empty(),
                    "{}: empty {field}",
                    finding.rule_id
                );
            }
            assert!(
                finding.evidence.snippet.iter().any(|l| l.marked),
                "{}: no marked line",
                finding.rule_id
            );
            assert_eq!(finding.fingerprint.len(), 20);
        }
        let ranks: Vec<_> = report
            .findings
            .iter()
            .map(|f| std::cmp::Reverse(f.severity))
            .collect();
        assert!(
            ranks.is_sorted(),
            "{example}: findings not ordered by severity"
        );
    }
}

#[test]
fn markdown_has_every_section_and_matches_the_json() {
    let json = review_json("examples/express-api");
    let output = run(&["review", "examples/express-api", "--fail-on", "never"]);
    let markdown = stdout(&output);
    for section in [
        "# Security review",
        "## Summary",
        "## Findings",
        "## Endpoints",
        "## Controls",
        "## Notes, assumptions and gaps",
        "**Risk level:**",
    ] {
        assert!(markdown.contains(section), "missing `{section}`");
    }
    for finding in &json.findings {
        assert!(
            markdown.contains(&format!("### {} ·", finding.id)),
            "{} missing from the Markdown",
            finding.id
        );
        assert!(markdown.contains(&finding.evidence.cite()));
    }
}

#[test]
fn secrets_in_the_examples_never_appear_in_full() {
    for (example, secrets) in [
        // Code fallbacks, a compose default, a committed env file.
        (
            "examples/express-api",
            &[
                "dev-jwt-secret-change-me",
                "orders-session-7f3a",
                "dev-jwt-secret",
                "JWT_SECRET=dev-secret",
            ][..],
        ),
        // A Python fallback and a Terraform variable default.
        (
            "examples/fastapi-service",
            &["inventory-dev-secret", "inventory-db-2024"][..],
        ),
    ] {
        for format in ["markdown", "json", "sarif"] {
            let output = run(&["review", example, "--format", format, "--fail-on", "never"]);
            let text = stdout(&output);
            for secret in secrets {
                assert!(
                    !text.contains(secret),
                    "{example} ({format}) prints `{secret}`"
                );
            }
        }
    }
}
