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
        let reach = match &finding.exposure {
            Some(e) => format!(
                " [{}: {}]",
                e.reach.label(),
                e.endpoints
                    .iter()
                    .map(|x| format!("{} {}", x.method, x.path))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            None => String::new(),
        };
        writeln!(
            out,
            "{} {} / {} {} {} ({}){reach}\n    {}",
            finding.id,
            finding.severity,
            finding.confidence,
            finding.rule_id,
            finding.evidence.cite(),
            finding.effort,
            finding.message
        )
        .unwrap();
        for part in &finding.folded {
            writeln!(
                out,
                "    + {} {} {}",
                part.rule_id,
                part.evidence.cite(),
                part.severity
            )
            .unwrap();
        }
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

/// Issue 12, defect 2: a request field named `file` was taken for multer's upload object, so the
/// example's own `GET /files/download?file=../../.env` went unreported.
#[test]
fn the_express_download_endpoint_is_reported_as_path_traversal() {
    let report = review_json("examples/express-api");
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule_id == "js.path-traversal"
                && f.evidence.path == "src/routes/files.ts"
                && f.evidence.line == 10),
        "GET /files/download?file=... not reported"
    );
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
        // Ranked by severity, and numbered from their fingerprints, not their rank.
        assert!(
            report
                .findings
                .windows(2)
                .all(|w| w[0].severity >= w[1].severity),
            "{example}: not ranked by severity"
        );
        for finding in &report.findings {
            assert_eq!(
                finding.id,
                sechound_core::ids::derived_id("SEC", &finding.fingerprint)
            );
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
        for format in ["markdown", "json", "sarif", "html"] {
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

/// The project model of an example: endpoints with their authentication, exemptions, controls.
fn project_of(example: &str) -> sechound_core::project::ProjectModel {
    review_json(example)
        .project
        .unwrap_or_else(|| panic!("{example}: no project model"))
}

#[test]
fn express_api_project_model() {
    insta::assert_json_snapshot!(project_of("examples/express-api"));
}

#[test]
fn fastapi_service_project_model() {
    insta::assert_json_snapshot!(project_of("examples/fastapi-service"));
}

/// Every id a verdict cites (summary, area review, OWASP table, checklist, controls) names a
/// finding or a strength of the same JSON report.
#[test]
fn every_verdict_traces_to_findings_or_controls() {
    for example in ["examples/express-api", "examples/fastapi-service"] {
        let report = review_json(example);
        let findings: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
        let strengths: Vec<&str> = report.strengths.iter().map(|s| s.id.as_str()).collect();
        let known = |id: &str| findings.contains(&id) || strengths.contains(&id);
        let sections = &report.sections;
        let cited = report
            .summary
            .top_actions
            .iter()
            .chain(
                sections
                    .review_by_area
                    .iter()
                    .flat_map(|a| a.findings.iter().chain(&a.strengths)),
            )
            .chain(
                sections
                    .owasp_top10
                    .iter()
                    .flat_map(|o| o.findings.iter().chain(&o.strengths)),
            )
            .chain(
                sections
                    .action_checklist
                    .iter()
                    .flat_map(|g| g.findings.iter()),
            );
        for id in cited {
            assert!(known(id), "{example}: a verdict cites unknown `{id}`");
        }
        let project = report.project.as_ref().unwrap();
        for control in project.controls.iter().filter(|c| c.present) {
            let id = control.strength.as_deref().unwrap_or_else(|| {
                panic!("{example}: control {:?} has no strength id", control.kind)
            });
            let strength = report.strengths.iter().find(|s| s.id == id).unwrap();
            assert!(strength.title.starts_with(&control.title));
        }
        // A mitigated OWASP category has a control behind it.
        for row in &sections.owasp_top10 {
            if row.status == sechound_core::OwaspStatus::Mitigated {
                assert!(!row.strengths.is_empty(), "{example}: {:?}", row.category);
            }
        }
    }
}

#[test]
fn markdown_shows_open_routes_exemptions_and_controls() {
    let output = run(&["review", "examples/express-api", "--fail-on", "never"]);
    let markdown = stdout(&output);
    let endpoints = markdown
        .split("## Endpoints")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("an endpoints section");
    // Open endpoints come first, authenticated ones last.
    let first_required = endpoints.find("✅ required").unwrap();
    assert!(endpoints.find("| GET | `/metrics` | ⚠️ none |").unwrap() < first_required);
    assert!(endpoints.contains("| GET | `/orders/shared/:token` | ⚠️ exempted |"));
    assert!(endpoints.contains(
        "| `/orders/shared/` | prefix | `requireAuth` | `src/middleware/auth.ts:6` | 1 |"
    ));
    assert!(
        markdown.contains("| Security headers | ✅ present | helmet()"),
        "{markdown}"
    );
    // The open metrics endpoint is the metrics control, and the finding that it is open makes
    // it partial: the table shows both.
    assert!(
        markdown.contains("| Metrics | ◐ partial | GET /metrics serves metrics (`src/server.ts:38`); missing where SEC-"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| JWT expiry | ◐ partial |"),
        "{markdown}"
    );
}

#[test]
fn routes_prints_the_inventory_alone() {
    let output = run(&["routes", "examples/fastapi-service"]);
    assert_eq!(code(&output), 0);
    let table = stdout(&output);
    assert!(table.starts_with("# Endpoints"));
    assert!(table.contains("| WS | `/ws/stock` | ⚠️ none |"));
    assert!(table.contains("| DELETE | `/api/admin/users/{user_id}` | ✅ required | admin |"));
    assert!(table.contains(
        "| `/api/orders/receipts/` | prefix | `get_current_user` | `app/deps.py:10` | 1 |"
    ));
    assert!(!table.contains("## Findings"));

    let output = run(&["routes", "examples/fastapi-service", "--format", "json"]);
    let model: sechound_core::project::ProjectModel =
        serde_json::from_str(&stdout(&output)).expect("the project model as JSON");
    assert_eq!(
        model.endpoints,
        project_of("examples/fastapi-service").endpoints
    );
}

#[test]
fn html_is_the_review_as_one_page() {
    let output = run(&[
        "review",
        "examples/express-api",
        "--format",
        "html",
        "--fail-on",
        "never",
    ]);
    assert_eq!(code(&output), 0);
    let page = stdout(&output);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<h2>Endpoints</h2>"), "{page}");
    assert!(page.contains("<td><code>/orders/shared/:token</code></td>"));
    assert!(page.trim_end().ends_with("</html>"));
    // Nothing is fetched: no external source or link, one inline script and one inline style,
    // each allowed by its hash in the page's policy.
    for external in [
        "src=\"http",
        "href=\"http",
        "@import",
        "url(http",
        "<link rel=\"stylesheet",
    ] {
        assert!(!page.contains(external), "{external}");
    }
    assert_eq!(page.matches("<script>").count(), 1);
    assert_eq!(page.matches("<style>").count(), 1);
    assert!(
        !page.contains(" style=\""),
        "inline style attributes break the policy"
    );
    assert!(page.contains("script-src 'sha256-") && page.contains("style-src 'sha256-"));
    // No emoji that needs an emoji font.
    assert!(
        !page
            .chars()
            .any(|c| ('\u{1F000}'..='\u{1FAFF}').contains(&c)
                || ('\u{2600}'..='\u{27BF}').contains(&c)),
        "emoji in the page"
    );
    // No Markdown leftovers shown as text.
    assert!(
        !page.contains("&lt;sub&gt;") && !page.contains("**"),
        "Markdown left in the page"
    );
}
