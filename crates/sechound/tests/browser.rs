//! The HTML report in a real browser: headless Chromium (installed from Debian's registry when
//! missing) loads each example's report and the test reads the page as a person would see it:
//! the verdict banner, the charts, one finding shown per finding of the JSON, the severity
//! filter hiding the others, the endpoint table sorting, and no request leaving the page.
//! A screenshot of each page is kept under `target/tmp/browser/`.

mod common;

use common::browser::Browser;
use common::{code, run, stderr};
use sechound_core::{Report, Severity};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).expect("artifact directory");
    dir
}

/// The example's review as JSON, and as HTML rendered from that JSON by `sechound report`.
fn example_report(example: &str, dir: &Path) -> (Report, PathBuf) {
    let json = dir.join("review.json");
    let html = dir.join("review.html");
    let review = run(&[
        "review",
        &format!("examples/{example}"),
        "--format",
        "json",
        "-o",
        json.to_str().unwrap(),
    ]);
    assert_eq!(code(&review), 1, "{}", stderr(&review));
    let rendered = run(&[
        "report",
        json.to_str().unwrap(),
        "--format",
        "html",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(code(&rendered), 0, "{}", stderr(&rendered));
    assert!(
        stderr(&rendered).contains("HTML report written to"),
        "{}",
        stderr(&rendered)
    );
    let report: Report =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).expect("JSON report");
    (report, html)
}

/// Ids of the findings a reader can see (not hidden by a filter or by CSS).
const VISIBLE: &str = "Array.from(document.querySelectorAll('article.finding'))\
    .filter(a => a.getClientRects().length > 0).map(a => a.id)";

#[test]
fn html_reports_of_the_examples_work_in_a_browser() {
    for example in ["express-api", "fastapi-service"] {
        let dir = tempfile::tempdir().unwrap();
        let (report, html) = example_report(example, dir.path());
        let page = std::fs::read_to_string(&html).unwrap();
        assert!(
            page.contains("http-equiv=\"Content-Security-Policy\"")
                && page.contains("default-src 'none'")
                && !page.contains("unsafe-inline"),
            "{example}: the page carries a strict policy"
        );

        let mut browser = Browser::start(1280, 900);
        browser.open(&html);

        // The verdict banner says the JSON's sign-off.
        let banner = browser.eval(
            "(() => { const l = document.querySelector('header#verdict .verdict-label'); \
             return l ? { text: l.textContent, key: l.dataset.signOff, \
             shown: l.getClientRects().length > 0 } : null; })()",
        );
        assert_eq!(
            banner["text"],
            report.summary.sign_off.label(),
            "{example}: {banner}"
        );
        assert_eq!(banner["shown"], true, "{example}");

        // The summary charts are inline SVG, with one bar per severity that has findings.
        let charts = browser.eval(
            "({ svgs: document.querySelectorAll('figure.chart svg').length, \
               bars: Array.from(document.querySelectorAll('#chart-severity rect[data-severity]')).map(r => r.dataset.severity), \
               areas: document.querySelectorAll('#chart-area rect[data-severity]').length })",
        );
        assert!(charts["svgs"].as_u64() >= Some(2), "{example}: {charts}");
        let expected: Vec<&str> = Severity::ALL_DESCENDING
            .iter()
            .filter(|s| report.summary.counts.get(**s) > 0)
            .map(|s| s.as_str())
            .collect();
        assert_eq!(charts["bars"], serde_json::json!(expected), "{example}");
        assert!(charts["areas"].as_u64() > Some(0), "{example}: {charts}");

        // Every finding of the JSON is shown, once, under its id.
        let shown: Vec<String> = serde_json::from_value(browser.eval(VISIBLE)).unwrap();
        let ids: Vec<String> = report.findings.iter().map(|f| f.id.clone()).collect();
        assert_eq!(shown, ids, "{example}: findings shown");
        let counter = browser.eval("document.getElementById('shown').textContent");
        assert_eq!(counter, Value::String(ids.len().to_string()), "{example}");

        // The script ran under the page's policy: the filters are shown, and filtering by
        // severity hides every finding of another severity.
        let filters = browser.eval("!document.getElementById('filters').hidden");
        assert_eq!(filters, true, "{example}: the filter script did not run");
        browser.eval(
            "(() => { for (const box of document.querySelectorAll('#filters input[name=severity]')) { \
               box.checked = box.value === 'critical'; box.dispatchEvent(new Event('change', { bubbles: true })); } })()",
        );
        let critical: Vec<String> = serde_json::from_value(browser.eval(VISIBLE)).unwrap();
        let expected: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Critical)
            .map(|f| f.id.clone())
            .collect();
        assert!(!expected.is_empty(), "{example} has a critical finding");
        assert_eq!(critical, expected, "{example}: critical only");
        let counter = browser.eval("document.getElementById('shown').textContent");
        assert_eq!(counter, Value::String(expected.len().to_string()));

        // Searching narrows further; resetting shows everything again.
        let rule = &report.findings[0].rule_id;
        browser.eval(&format!(
            "(() => {{ for (const box of document.querySelectorAll('#filters input[name=severity]')) box.checked = true; \
               const q = document.querySelector('#filters input[name=q]'); q.value = {}; \
               q.dispatchEvent(new Event('input', {{ bubbles: true }})); }})()",
            serde_json::to_string(rule).unwrap()
        ));
        let searched: Vec<String> = serde_json::from_value(browser.eval(VISIBLE)).unwrap();
        assert!(
            searched.contains(&report.findings[0].id) && searched.len() < ids.len(),
            "{example}: search for {rule}: {searched:?}"
        );
        browser.eval("(() => { document.getElementById('filters').reset(); })()");
        std::thread::sleep(std::time::Duration::from_millis(100));
        let all: Vec<String> = serde_json::from_value(browser.eval(VISIBLE)).unwrap();
        assert_eq!(all, ids, "{example}: after reset");

        // The endpoint table marks open endpoints and sorts by a column.
        let model = report.project.as_ref().expect("project model");
        let table = browser.eval(
            "(() => { const rows = () => Array.from(document.querySelectorAll('#endpoint-table tbody tr')); \
               const open = rows().filter(r => r.classList.contains('open')).length; \
               const button = document.querySelectorAll('#endpoint-table thead th button')[1]; \
               button.click(); const first = rows().map(r => r.cells[1].textContent); \
               button.click(); const second = rows().map(r => r.cells[1].textContent); \
               return { rows: rows().length, open, first, second }; })()",
        );
        assert_eq!(table["rows"], model.endpoints.len(), "{example}: {table}");
        let open = model
            .endpoints
            .iter()
            .filter(|e| {
                matches!(
                    e.auth,
                    sechound_core::project::AuthStatus::Unauthenticated
                        | sechound_core::project::AuthStatus::Exempted
                )
            })
            .count();
        assert_eq!(table["open"], open, "{example}: open endpoints marked");
        let first: Vec<String> = serde_json::from_value(table["first"].clone()).unwrap();
        let mut sorted = first.clone();
        sorted.sort_by_key(|p| p.to_lowercase());
        assert_eq!(first, sorted, "{example}: sorted by path");
        let second: Vec<String> = serde_json::from_value(table["second"].clone()).unwrap();
        assert_eq!(
            second,
            first.iter().rev().cloned().collect::<Vec<_>>(),
            "{example}: sorted by path, descending"
        );

        // Nothing left the page: the only request is the file itself.
        let requests = browser.requests();
        assert!(
            requests
                .iter()
                .all(|u| u.starts_with("file://") || u.starts_with("data:")),
            "{example}: requests left the page: {requests:?}"
        );
        assert!(
            requests.iter().any(|u| u.starts_with("file://")),
            "{example}: the network log saw nothing at all: {requests:?}"
        );
        let problems = browser.problems();
        assert!(
            problems.is_empty(),
            "{example}: console errors or policy violations: {problems:?}"
        );

        // Without JavaScript the essentials stay: every finding shown, the filters (which
        // would do nothing) hidden.
        browser.call(
            "Emulation.setScriptExecutionDisabled",
            serde_json::json!({ "value": true }),
        );
        browser.open(&html);
        let plain: Vec<String> = serde_json::from_value(browser.eval(VISIBLE)).unwrap();
        assert_eq!(plain, ids, "{example}: without JavaScript");
        let hidden = browser.eval("document.getElementById('filters').hidden");
        assert_eq!(hidden, true, "{example}");
        browser.call(
            "Emulation.setScriptExecutionDisabled",
            serde_json::json!({ "value": false }),
        );
        browser.open(&html);

        browser.eval("window.scrollTo(0, 0)");
        let shot = artifacts().join(format!("{example}.png"));
        std::fs::write(&shot, browser.screenshot()).unwrap();
        std::fs::write(
            artifacts().join(format!("{example}-top.png")),
            browser.screenshot_top(1280, 1500),
        )
        .unwrap();
        eprintln!("{example}: screenshot at {}", shot.display());
    }
}
