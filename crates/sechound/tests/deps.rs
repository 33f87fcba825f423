//! The dependency review end to end: `sechound db import` into a temporary store, `sechound
//! review` of a small repository whose lockfiles pin known-vulnerable versions next to patched
//! ones, the same with `--advisories`, without any database, and `db update` with no network.

mod common;

use common::{code, git, stderr, stdout};
use sechound_core::{Confidence, Finding, GapKind, Report};
use std::path::{Path, PathBuf};
use std::process::Output;

const APP: &str = "crates/sechound/tests/data/deps-app";
const OSV: &str = "crates/sechound-deps/tests/data/osv";

fn run_with_db(db: &Path, args: &[&str]) -> Output {
    common::sechound()
        .env("SECHOUND_DB", db)
        .args(args)
        .output()
        .expect("run sechound")
}

fn imported_store() -> tempfile::TempDir {
    let store = tempfile::tempdir().unwrap();
    let output = run_with_db(store.path(), &["db", "import", OSV]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Imported 211 records"),
        "{}",
        stdout(&output)
    );
    store
}

/// `name@version` → the finding about it.
fn by_package(report: &Report) -> Vec<(String, &Finding)> {
    let mut out: Vec<(String, &Finding)> = report
        .findings
        .iter()
        .filter(|f| f.rule_id == "deps.vulnerable-package")
        .map(|f| {
            let package = f
                .title
                .trim_start_matches("Vulnerable dependency: ")
                .to_string();
            (package, f)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn expected_findings(report: &Report) {
    let found = by_package(report);
    let names: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    // Must stay quiet: lodash@4.17.21 and express@4.20.0 (exactly at their fixed versions),
    // jinja2@3.1.4 (its later advisories are not in the test records), qs, urllib3>=2.2.2.
    assert_eq!(
        names,
        [
            "Django@3.2.10",
            "PyYAML@5.3.1",
            "jsonwebtoken@8.5.1",
            "lodash@4.17.20",
            "python-multipart@0.0.6",
            "semver@5.7.1",
        ]
    );
    let get = |name: &str| found.iter().find(|(p, _)| p == name).unwrap().1;

    let jwt = get("jsonwebtoken@8.5.1");
    assert_eq!(jwt.evidence.cite(), "package-lock.json:25");
    assert!(
        jwt.evidence
            .snippet
            .iter()
            .any(|l| l.marked && l.text.contains("node_modules/jsonwebtoken"))
    );
    assert_eq!(jwt.confidence, Confidence::High);
    assert_eq!(jwt.severity, sechound_core::Severity::High);
    for id in [
        "GHSA-27h2-hvpr-p74q",
        "GHSA-8cf7-32gw-wr33",
        "GHSA-hjrf-2m68-5959",
        "GHSA-qwph-4952-7xr6",
        "CVE-2022-23529",
    ] {
        assert!(jwt.message.contains(id), "{id} in {}", jwt.message);
    }
    assert!(
        jwt.message.contains("a direct dependency"),
        "{}",
        jwt.message
    );
    assert!(jwt.message.contains("Fixed in 9.0.0."), "{}", jwt.message);
    assert!(
        jwt.recommendation.contains("≥ 9.0.0"),
        "{}",
        jwt.recommendation
    );
    assert_eq!(jwt.area, sechound_core::Area::Dependencies);
    assert_eq!(jwt.owasp, sechound_core::Owasp::A06);

    let lodash = get("lodash@4.17.20");
    assert_eq!(lodash.evidence.cite(), "package-lock.json:41");
    assert!(
        lodash.message.contains("mocha › lodash"),
        "{}",
        lodash.message
    );
    assert!(
        lodash.message.contains("development only"),
        "{}",
        lodash.message
    );
    assert!(
        lodash.message.contains("Fixed in 4.17.21."),
        "{}",
        lodash.message
    );

    let django = get("Django@3.2.10");
    assert_eq!(django.evidence.cite(), "requirements.txt:2");
    assert_eq!(django.confidence, Confidence::High);

    let yaml = get("PyYAML@5.3.1");
    assert!(yaml.message.contains("PYSEC-2021-142"), "{}", yaml.message);
    assert!(
        !yaml.message.contains("PYSEC-2020-96"),
        "fixed in 5.3.1 exactly: {}",
        yaml.message
    );
    assert!(yaml.message.contains("Fixed in 5.4."), "{}", yaml.message);

    // No lockfile for the worker: the lowest version `>=0.0.6` allows, at low confidence.
    let multipart = get("python-multipart@0.0.6");
    assert_eq!(
        multipart.evidence.cite(),
        "services/worker/pyproject.toml:5"
    );
    assert_eq!(multipart.confidence, Confidence::Low);
    assert!(
        multipart.message.contains("no lockfile"),
        "{}",
        multipart.message
    );

    let malformed: Vec<&str> = report
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::Malformed)
        .map(|g| g.path.as_str())
        .collect();
    assert_eq!(malformed, ["legacy/yarn.lock"]);
    assert!(
        !report
            .gaps
            .iter()
            .any(|g| g.detail.contains("no advisory database"))
    );
}

#[test]
fn import_then_review_reports_vulnerable_versions() {
    let store = imported_store();
    let status = run_with_db(store.path(), &["db", "status"]);
    assert_eq!(code(&status), 0);
    let text = stdout(&status);
    assert!(
        text.contains("npm") && text.contains("42 advisories"),
        "{text}"
    );
    assert!(
        text.contains("PyPI") && text.contains("169 advisories"),
        "{text}"
    );

    let before = std::fs::read(
        Path::new(&common::workspace())
            .join(APP)
            .join("package-lock.json"),
    )
    .unwrap();
    let output = run_with_db(
        store.path(),
        &["review", APP, "--format", "json", "--fail-on", "high"],
    );
    assert_eq!(
        code(&output),
        1,
        "high findings trip the gate: {}",
        stderr(&output)
    );
    expected_findings(&common::report(&output));
    let after = std::fs::read(
        Path::new(&common::workspace())
            .join(APP)
            .join("package-lock.json"),
    )
    .unwrap();
    assert_eq!(before, after, "the reviewed repository is never modified");

    // The rule is listed and explained like any other.
    let rules = run_with_db(store.path(), &["rules"]);
    assert!(stdout(&rules).contains("deps.vulnerable-package"));
    let explain = run_with_db(
        store.path(),
        &["rules", "explain", "deps.vulnerable-package"],
    );
    assert_eq!(code(&explain), 0);
    assert!(stdout(&explain).contains("## Confidence"));
}

#[test]
fn advisories_flag_reads_osv_json_directly() {
    let empty = tempfile::tempdir().unwrap();
    let output = run_with_db(
        &empty.path().join("none"),
        &[
            "review",
            APP,
            "--format",
            "json",
            "--advisories",
            OSV,
            "--fail-on",
            "never",
        ],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    expected_findings(&common::report(&output));
}

#[test]
fn without_a_database_the_gap_says_so_once() {
    let output = common::run(&["review", APP, "--format", "json", "--fail-on", "never"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let report = common::report(&output);
    assert!(by_package(&report).is_empty());
    let missing: Vec<_> = report
        .gaps
        .iter()
        .filter(|g| g.detail.contains("no advisory database"))
        .collect();
    assert_eq!(missing.len(), 1, "{:?}", report.gaps);
    assert!(missing[0].detail.contains("sechound db import"));
    // The rest of the review still ran: the malformed lockfile is still a gap.
    assert!(report.gaps.iter().any(|g| g.path == "legacy/yarn.lock"));
    let markdown = stdout(&common::run(&["review", APP, "--fail-on", "never"]));
    let gaps = markdown
        .split("## Notes, assumptions and gaps")
        .nth(1)
        .expect("a gaps section");
    assert_eq!(gaps.matches("no advisory database").count(), 1);
    // The executive summary names it among what was not reviewed.
    let summary = markdown.split("## Summary").next().unwrap();
    assert!(
        summary.contains("Not reviewed: no advisory database"),
        "{summary}"
    );
}

/// Issue 12, defect 3: dependency coverage lost without a gap. A NUL byte in a requirements
/// file, a binary lockfile and an ecosystem missing from the database each leave packages
/// unchecked; each is a gap, the rest is still checked, and A06 does not read "no issues found".
#[test]
fn unchecked_dependencies_are_gaps_and_a06_says_partly_assessed() {
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path();
    // Some code, so that there is an application to review besides its dependencies.
    std::fs::write(root.join("app.py"), "import django\n").unwrap();
    std::fs::write(
        root.join("requirements.txt"),
        "Django==3.2.10\nfla\0sk==0.12\nurllib3==1.26.4\n",
    )
    .unwrap();
    std::fs::create_dir(root.join("web")).unwrap();
    std::fs::write(
        root.join("web/package.json"),
        r#"{"dependencies": {"lodash": "4.17.20"}}"#,
    )
    .unwrap();
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    std::fs::write(root.join("web/yarn.lock"), binary).unwrap();
    let review = |advisories: &str| {
        let output = common::run(&[
            "review",
            root.to_str().unwrap(),
            "--format",
            "json",
            "--fail-on",
            "never",
            "--advisories",
            advisories,
        ]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        common::report(&output)
    };
    let gap = |report: &Report, path: &str, words: &str| {
        assert!(
            report
                .gaps
                .iter()
                .any(|g| g.path == path && g.detail.contains(words)),
            "no gap for {path} saying {words:?}: {:#?}",
            report.gaps
        );
    };
    let a06 = |report: &Report| {
        report
            .sections
            .owasp_top10
            .iter()
            .find(|r| r.category == sechound_core::Owasp::A06)
            .unwrap()
            .status
    };

    // Both ecosystems: the pins around the NUL line are still checked.
    let report = review(OSV);
    let found: Vec<String> = by_package(&report).into_iter().map(|(p, _)| p).collect();
    assert!(found.contains(&"Django@3.2.10".to_string()), "{found:?}");
    assert!(found.contains(&"urllib3@1.26.4".to_string()), "{found:?}");
    gap(&report, "requirements.txt", "NUL bytes on line 2");
    gap(&report, "web/yarn.lock", "its packages were not checked");

    // npm advisories only: the PyPI pins are read but cannot be checked.
    let npm_only = format!("{OSV}/npm");
    let report = review(&npm_only);
    assert!(
        by_package(&report)
            .iter()
            .all(|(_, f)| f.evidence.path == "web/package.json"),
        "{:?}",
        by_package(&report)
    );
    gap(
        &report,
        "requirements.txt",
        "no PyPI advisories: 2 packages",
    );
    gap(&report, "web/yarn.lock", "its packages were not checked");
    assert_eq!(a06(&report), sechound_core::OwaspStatus::Issues);

    // Without the vulnerable npm package, nothing is found, yet not everything was checked.
    std::fs::write(
        root.join("web/package.json"),
        r#"{"dependencies": {"lodash": "4.17.21"}}"#,
    )
    .unwrap();
    let report = review(&npm_only);
    assert!(by_package(&report).is_empty());
    assert_eq!(a06(&report), sechound_core::OwaspStatus::Partial);
}

#[test]
fn a_bad_advisories_path_is_an_error_naming_it() {
    let output = common::run(&["review", APP, "--advisories", "no/such/osv-dir"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("no/such/osv-dir"),
        "{}",
        stderr(&output)
    );

    let store = tempfile::tempdir().unwrap();
    std::fs::write(store.path().join("meta.json"), r#"{"ecosystems": {}}"#).unwrap();
    std::fs::write(store.path().join("npm.osvdb"), "garbage").unwrap();
    let output = run_with_db(store.path(), &["review", APP]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("npm.osvdb"), "{}", stderr(&output));
}

#[test]
fn update_without_network_fails_clearly_and_keeps_the_store() {
    let store = imported_store();
    let meta_before = std::fs::read(store.path().join("meta.json")).unwrap();
    // Port 9 (discard) on the loopback address: nothing listens, the connection is refused.
    let output = common::sechound()
        .env("SECHOUND_DB", store.path())
        .env("SECHOUND_OSV_URL", "http://127.0.0.1:9")
        .args(["db", "update"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    let err = stderr(&output);
    assert!(
        err.contains("cannot download `http://127.0.0.1:9/npm/all.zip`"),
        "{err}"
    );
    assert!(err.contains("not changed"), "{err}");
    assert_eq!(
        std::fs::read(store.path().join("meta.json")).unwrap(),
        meta_before
    );
}

#[test]
fn import_reads_an_osv_zip_archive() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("all.zip");
    let mut files: Vec<PathBuf> = std::fs::read_dir(common::workspace().join(OSV).join("npm"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(&archive).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for file in &files {
        let name = file.file_name().unwrap().to_str().unwrap();
        writer.start_file(name, options).unwrap();
        std::io::Write::write_all(&mut writer, &std::fs::read(file).unwrap()).unwrap();
    }
    writer.finish().unwrap();
    let store = tempfile::tempdir().unwrap();
    let output = run_with_db(store.path(), &["db", "import", archive.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Imported 42 records"),
        "{}",
        stdout(&output)
    );
    let output = run_with_db(
        store.path(),
        &["review", APP, "--format", "json", "--fail-on", "never"],
    );
    let report = common::report(&output);
    let names: Vec<String> = by_package(&report).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        names,
        ["jsonwebtoken@8.5.1", "lodash@4.17.20", "semver@5.7.1"]
    );
}

fn lockfile(packages: &[(&str, &str)]) -> String {
    let deps: Vec<String> = packages
        .iter()
        .map(|(n, _)| format!("\"{n}\": \"*\""))
        .collect();
    let entries: Vec<String> = packages
        .iter()
        .map(|(n, v)| format!("    \"node_modules/{n}\": {{\n      \"version\": \"{v}\"\n    }}"))
        .collect();
    format!(
        "{{\n  \"lockfileVersion\": 3,\n  \"packages\": {{\n    \"\": {{\n      \"dependencies\": {{ {} }}\n    }},\n{}\n  }}\n}}\n",
        deps.join(", "),
        entries.join(",\n")
    )
}

/// main locks lodash 4.17.20; the branch upgrades it to 4.17.21 (fixing two advisories) and adds
/// jsonwebtoken 8.5.1 (introducing four).
#[test]
fn branch_review_shows_what_an_upgrade_fixes_and_an_addition_introduces() {
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path();
    git(root, &["init", "-q"]);
    std::fs::write(
        root.join("package-lock.json"),
        lockfile(&[("lodash", "4.17.20")]),
    )
    .unwrap();
    std::fs::write(root.join("requirements.txt"), "PyYAML==5.3.1\n").unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "base"]);
    git(root, &["checkout", "-q", "-b", "feature"]);
    std::fs::write(
        root.join("package-lock.json"),
        lockfile(&[("jsonwebtoken", "8.5.1"), ("lodash", "4.17.21")]),
    )
    .unwrap();
    git(root, &["commit", "-q", "-am", "upgrade"]);

    let store = imported_store();
    let root_arg = root.to_str().unwrap();
    let output = run_with_db(
        store.path(),
        &[
            "review",
            root_arg,
            "--base",
            "main",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let report = common::report(&output);
    let branch = report.branch.as_ref().expect("branch section");
    let changes: Vec<(&str, &str, Vec<String>, Vec<String>)> = branch
        .dependency_changes
        .iter()
        .map(|d| {
            (
                d.name.as_str(),
                d.change.as_str(),
                d.fixes.clone(),
                d.introduces.clone(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            (
                "jsonwebtoken",
                "added",
                vec![],
                ids(&[
                    "GHSA-27h2-hvpr-p74q",
                    "GHSA-8cf7-32gw-wr33",
                    "GHSA-hjrf-2m68-5959",
                    "GHSA-qwph-4952-7xr6"
                ])
            ),
            (
                "lodash",
                "upgraded",
                ids(&["GHSA-29mw-wpgm-hmr9", "GHSA-35jh-r3h4-6jhm"]),
                vec![]
            ),
        ]
    );
    // Introduced: the new vulnerable package. Not the untouched PyYAML pin, not the fixed lodash.
    let introduced: Vec<String> = by_package(&report).into_iter().map(|(p, _)| p).collect();
    assert_eq!(introduced, ["jsonwebtoken@8.5.1"]);

    let markdown = stdout(&run_with_db(
        store.path(),
        &["review", root_arg, "--base", "main", "--fail-on", "never"],
    ));
    assert!(
        markdown.contains("| upgraded | `lodash` | 4.17.20 | 4.17.21 | `package-lock.json` | ✅ fixes GHSA-29mw-wpgm-hmr9, GHSA-35jh-r3h4-6jhm |"),
        "{markdown}"
    );
}

/// A lockfile whose vulnerable package the branch leaves alone is pre-existing, not introduced.
#[test]
fn branch_review_keeps_untouched_vulnerable_versions_preexisting() {
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path();
    git(root, &["init", "-q"]);
    std::fs::write(
        root.join("package-lock.json"),
        lockfile(&[("lodash", "4.17.20")]),
    )
    .unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "base"]);
    git(root, &["checkout", "-q", "-b", "feature"]);
    std::fs::write(
        root.join("package-lock.json"),
        lockfile(&[("express", "4.20.0"), ("lodash", "4.17.20")]),
    )
    .unwrap();
    git(root, &["commit", "-q", "-am", "add express"]);
    let store = imported_store();
    let output = run_with_db(
        store.path(),
        &[
            "review",
            root.to_str().unwrap(),
            "--base",
            "main",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
    );
    let report = common::report(&output);
    assert!(by_package(&report).is_empty(), "{:?}", report.findings);
    let branch = report.branch.unwrap();
    let pre: Vec<&str> = branch
        .preexisting
        .iter()
        .map(|f| f.title.as_str())
        .collect();
    assert_eq!(pre, ["Vulnerable dependency: lodash@4.17.20"]);
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}
