//! Remediation tracking: fingerprints survive unrelated edits, and a real fix turns a finding
//! into "fixed" (`--baseline` and `sechound compare`).

mod common;

use common::{code, run, stderr, stdout};
use sechound_core::{Report, Status};
use std::fs;
use std::path::Path;

const ORIGINAL: &str = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: true, credentials: true }));\n";

fn review_to(root: &Path, out: &Path) -> Report {
    let output = run(&[
        "review",
        root.to_str().unwrap(),
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
        "--fail-on",
        "never",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    serde_json::from_str(&fs::read_to_string(out).unwrap()).unwrap()
}

fn review_against(root: &Path, baseline: &Path) -> Report {
    let output = run(&[
        "review",
        root.to_str().unwrap(),
        "--format",
        "json",
        "--baseline",
        baseline.to_str().unwrap(),
        "--fail-on",
        "never",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    common::report(&output)
}

/// A repository with the original file, reviewed once into a baseline.
fn baseline() -> (tempfile::TempDir, tempfile::TempDir, std::path::PathBuf) {
    let repo = tempfile::tempdir().unwrap();
    fs::write(repo.path().join("server.js"), ORIGINAL).unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("baseline.json");
    let report = review_to(repo.path(), &file);
    assert_eq!(report.findings.len(), 1);
    (repo, out, file)
}

fn statuses(report: &Report) -> Vec<Status> {
    report
        .findings
        .iter()
        .map(|f| f.status.expect("status set"))
        .collect()
}

#[test]
fn lines_inserted_above_keep_the_finding_remaining() {
    let (repo, _out, baseline) = baseline();
    let edited = format!("// Orders API\n'use strict';\n\n{ORIGINAL}");
    fs::write(repo.path().join("server.js"), edited).unwrap();
    let report = review_against(repo.path(), &baseline);
    assert_eq!(report.findings[0].evidence.line, 7);
    assert_eq!(statuses(&report), [Status::Remaining]);
    let tracking = report.tracking.unwrap();
    assert!(tracking.fixed.is_empty() && tracking.new.is_empty());
}

#[test]
fn reformatting_around_the_finding_keeps_it_remaining() {
    let (repo, _out, baseline) = baseline();
    let reformatted = "const express = require('express')\nconst cors = require('cors')\n\nconst app = express()\n\napp.use(\n    cors({\n        origin: true,\n        credentials: true,\n    }),\n)\n";
    fs::write(repo.path().join("server.js"), reformatted).unwrap();
    let report = review_against(repo.path(), &baseline);
    assert_eq!(statuses(&report), [Status::Remaining]);
}

#[test]
fn another_finding_is_new_and_the_old_one_remains() {
    let (repo, _out, baseline) = baseline();
    let more = format!("{ORIGINAL}app.use('/public', cors());\n");
    fs::write(repo.path().join("server.js"), more).unwrap();
    let report = review_against(repo.path(), &baseline);
    let tracking = report.tracking.as_ref().unwrap();
    assert_eq!(tracking.remaining.len(), 1);
    assert_eq!(tracking.new.len(), 1);
    let new = report
        .findings
        .iter()
        .find(|f| f.status == Some(Status::New))
        .unwrap();
    assert!(
        new.evidence
            .snippet
            .iter()
            .any(|l| l.marked && l.text.contains("'/public'"))
    );
}

#[test]
fn a_real_fix_is_reported_fixed() {
    let (repo, out, baseline) = baseline();
    let fixed = ORIGINAL.replace("origin: true", "origin: ['https://app.example.com']");
    fs::write(repo.path().join("server.js"), fixed).unwrap();
    let report = review_against(repo.path(), &baseline);
    assert!(report.findings.is_empty());
    let tracking = report.tracking.as_ref().unwrap();
    assert_eq!(tracking.fixed.len(), 1);
    assert_eq!(tracking.fixed[0].rule_id, "js.cors-allow-all-origins");
    assert_eq!(
        (tracking.completed.completed, tracking.completed.total),
        (1, 1)
    );
    assert_eq!(tracking.blockers_remaining, 0);

    // The same status from two saved reports.
    let later = out.path().join("later.json");
    review_to(repo.path(), &later);
    let output = run(&[
        "compare",
        baseline.to_str().unwrap(),
        later.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let markdown = stdout(&output);
    assert!(
        markdown.contains("**Completed:** 1 of 1 (100%)"),
        "{markdown}"
    );
    assert!(markdown.contains("### Fixed (1)"));
    let output = run(&[
        "compare",
        baseline.to_str().unwrap(),
        later.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["completed"]["completed"], 1);
    assert_eq!(json["fixed"][0]["rule_id"], "js.cors-allow-all-origins");
}

#[test]
fn a_baseline_that_is_not_a_report_is_a_clear_error() {
    let (repo, out, _) = baseline();
    let bogus = out.path().join("bogus.json");
    fs::write(&bogus, "{\"not\": \"a report\"}").unwrap();
    for args in [
        vec![
            "review",
            repo.path().to_str().unwrap(),
            "--baseline",
            bogus.to_str().unwrap(),
        ],
        vec![
            "review",
            repo.path().to_str().unwrap(),
            "--baseline",
            "missing.json",
        ],
        vec!["compare", bogus.to_str().unwrap(), bogus.to_str().unwrap()],
    ] {
        let output = run(&args);
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(
            stderr(&output).contains(".json"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

/// Ids are derived from fingerprints: a finding inserted above others leaves their ids alone,
/// with or without a baseline; a baseline's ids are carried, even in an older format; and a
/// fixed finding's id is never given to a new one in the remediation ledger.
#[test]
fn ids_stay_with_their_findings_across_runs() {
    let repo = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let server = |extra: &str, sql: bool| {
        let query = if sql {
            "app.get('/users', async (req, res) => res.json(await pool.query(`SELECT * FROM users WHERE name = '${req.query.name}'`)));\n"
        } else {
            "app.get('/users', async (req, res) => res.json(await pool.query('SELECT * FROM users WHERE name = $1', [req.query.name])));\n"
        };
        format!(
            "const express = require('express');\nconst cors = require('cors');\nconst {{ Pool }} = require('pg');\nconst pool = new Pool();\nconst app = express();\n{extra}{query}app.use(cors({{ origin: true, credentials: true }}));\n"
        )
    };
    let ids = |report: &Report| -> Vec<(String, String)> {
        report
            .findings
            .iter()
            .map(|f| (f.rule_id.clone(), f.id.clone()))
            .collect()
    };
    let id_of = |report: &Report, rule: &str| -> String {
        report
            .findings
            .iter()
            .find(|f| f.rule_id == rule)
            .unwrap_or_else(|| panic!("no {rule} in {:?}", ids(report)))
            .id
            .clone()
    };

    fs::write(repo.path().join("server.js"), server("", true)).unwrap();
    let first = review_to(repo.path(), &out.path().join("first.json"));
    let sql = id_of(&first, "js.sql-injection");
    let cors = id_of(&first, "js.cors-allow-all-origins");

    // A new finding above both: theirs do not move, with or without the baseline.
    let inserted = "app.get('/calc', (req, res) => res.json(eval(req.query.expr)));\n";
    fs::write(repo.path().join("server.js"), server(inserted, true)).unwrap();
    for report in [
        review_to(repo.path(), &out.path().join("second.json")),
        review_against(repo.path(), &out.path().join("first.json")),
    ] {
        assert_eq!(
            id_of(&report, "js.sql-injection"),
            sql,
            "{:?}",
            ids(&report)
        );
        assert_eq!(id_of(&report, "js.cors-allow-all-origins"), cors);
        let eval = id_of(&report, "js.code-injection");
        assert!(eval != sql && eval != cors, "{:?}", ids(&report));
    }

    // The SQL is fixed and the eval added: the ledger shows the fixed id and a different new one.
    fs::write(repo.path().join("server.js"), server(inserted, false)).unwrap();
    let ledger = review_against(repo.path(), &out.path().join("first.json"));
    let tracking = ledger.tracking.clone().unwrap();
    let fixed: Vec<&str> = tracking
        .fixed
        .iter()
        .map(|f| f.baseline_id.as_str())
        .collect();
    assert_eq!(fixed, [sql.as_str()]);
    assert_eq!(tracking.new, [id_of(&ledger, "js.code-injection")]);
    assert_ne!(tracking.new[0], sql, "a fixed finding's id was reused");
    let mut remaining: Vec<String> = first
        .findings
        .iter()
        .map(|f| f.id.clone())
        .filter(|id| *id != sql)
        .collect();
    remaining.sort();
    let mut listed = tracking.remaining.clone();
    listed.sort();
    assert_eq!(listed, remaining);
    assert!(tracking.remaining.contains(&cors));
    assert!(ledger.findings.iter().all(|f| f.id != sql));

    // A baseline from an older release numbered SEC-001: the id is carried and never reused.
    let mut old: Report =
        serde_json::from_str(&fs::read_to_string(out.path().join("first.json")).unwrap()).unwrap();
    for finding in &mut old.findings {
        match finding.rule_id.as_str() {
            "js.sql-injection" => finding.id = "SEC-001".into(),
            "js.cors-allow-all-origins" => finding.id = "SEC-002".into(),
            _ => {}
        }
    }
    fs::write(
        out.path().join("old.json"),
        serde_json::to_string(&old).unwrap(),
    )
    .unwrap();
    fs::write(repo.path().join("server.js"), server(inserted, true)).unwrap();
    let carried = review_against(repo.path(), &out.path().join("old.json"));
    assert_eq!(id_of(&carried, "js.sql-injection"), "SEC-001");
    assert_eq!(id_of(&carried, "js.cors-allow-all-origins"), "SEC-002");
    let eval = id_of(&carried, "js.code-injection");
    assert!(eval != "SEC-001" && eval != "SEC-002");
    assert!(sechound_core::consistency::contradictions(&carried).is_empty());
}
