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
