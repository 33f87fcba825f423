//! Runs every rule on its fixtures: `tests/fixtures/<rule-id>/positive*` must produce at least one
//! finding of that rule, `negative*` none; the positive findings are snapshotted.
//!
//! A fixture is a file (reviewed on its own, under its own name) or a directory (reviewed as a
//! repository, for rules that need real file names or neighbouring files). Fixtures under
//! `tests/fixtures/_shared/negative*` (a well-configured AWS stack, for one) are negatives of
//! every rule: no rule may report anything in them.

use sechound_core::{Finding, Strength};
use sechound_engine::{Engine, Options};
use sechound_rules::catalogue;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Fixtures every rule must stay quiet on.
const SHARED: &str = "_shared";

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Fixture files of one rule, sorted, split into positive and negative cases.
fn fixture_files(rule_dir: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut files: Vec<PathBuf> = fs::read_dir(rule_dir)
        .unwrap_or_else(|e| panic!("{}: {e}", rule_dir.display()))
        .map(|entry| entry.expect("fixture entry").path())
        .collect();
    files.sort();
    let name = |p: &PathBuf| p.file_name().unwrap().to_string_lossy().into_owned();
    let positive = files
        .iter()
        .filter(|p| name(p).starts_with("positive"))
        .cloned()
        .collect();
    let negative = files
        .iter()
        .filter(|p| name(p).starts_with("negative"))
        .cloned()
        .collect();
    (positive, negative)
}

/// Findings and strengths of a fixture, each with the path to show for it.
type FixtureResults = (Vec<(String, Finding)>, Vec<(String, Strength)>);

/// The findings and strengths of a fixture file or directory, with the name to show for their
/// paths.
fn findings_of(engine: &Engine, fixture: &Path) -> FixtureResults {
    let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
    if fixture.is_dir() {
        let report = engine.review(fixture).expect("review fixture directory");
        let findings = report
            .findings
            .into_iter()
            .chain(report.suppressed)
            .map(|f| (format!("{name}/{}", f.evidence.path), f))
            .collect();
        let strengths = report
            .strengths
            .into_iter()
            .map(|s| (format!("{name}/{}", s.evidence.path), s))
            .collect();
        return (findings, strengths);
    }
    let outcome = engine
        .review_file(&name, fs::read(fixture).unwrap())
        .unwrap_or_else(|| panic!("{}: not a file sechound reads", fixture.display()));
    let findings = outcome
        .findings
        .into_iter()
        .chain(outcome.suppressed)
        .map(|f| (name.clone(), f))
        .collect();
    let strengths = outcome
        .strengths
        .into_iter()
        .map(|s| (name.clone(), s))
        .collect();
    (findings, strengths)
}

/// The strengths `rule_id` recorded in a fixture, one line each.
fn describe_strengths(engine: &Engine, rule_id: &str, fixture: &Path) -> String {
    let mut out = String::new();
    for (relative, strength) in findings_of(engine, fixture).1 {
        if strength.rule_id == rule_id {
            writeln!(
                out,
                "strength {}:{} {}",
                relative, strength.evidence.line, strength.title
            )
            .unwrap();
        }
    }
    out
}

/// One line per finding of `rule_id`: where, ranking and message, as a reviewer reads them.
fn describe(engine: &Engine, rule_id: &str, fixture: &Path) -> (usize, String) {
    let mut out = String::new();
    let mut count = 0;
    for (relative, finding) in &findings_of(engine, fixture).0 {
        if finding.rule_id != rule_id {
            continue;
        }
        count += 1;
        let marked: Vec<&str> = finding
            .evidence
            .snippet
            .iter()
            .filter(|l| l.marked)
            .map(|l| l.text.trim())
            .collect();
        writeln!(
            out,
            "{}:{}:{} [{} / {}] {}\n    | {}",
            relative,
            finding.evidence.line,
            finding.evidence.column,
            finding.severity,
            finding.confidence,
            finding.message,
            marked.join("\n    | ")
        )
        .unwrap();
    }
    (count, out)
}

#[test]
fn every_rule_fires_on_its_positives_and_stays_quiet_on_its_negatives() {
    let engine = Engine::new(Options {
        jobs: 1,
        ..Options::default()
    })
    .expect("engine");
    let root = fixtures_root();
    let mut problems = Vec::new();
    let mut snapshots = Vec::new();
    // Dependency-review rules have no per-file fixtures: sechound-deps
    // tests their matching and the CLI tests their findings.
    let metas: Vec<_> = catalogue()
        .metas()
        .into_iter()
        .filter(|m| !catalogue().dependency.iter().any(|p| p.id == m.id))
        .collect();
    let shared = fixture_files(&root.join(SHARED)).1;
    for meta in &metas {
        let dir = root.join(meta.id);
        if !dir.is_dir() {
            problems.push(format!(
                "{}: no fixtures directory {}",
                meta.id,
                dir.display()
            ));
            continue;
        }
        let (positive, mut negative) = fixture_files(&dir);
        negative.extend(shared.iter().cloned());
        if positive.is_empty() || negative.is_empty() {
            problems.push(format!(
                "{}: needs at least one positive and one negative fixture",
                meta.id
            ));
            continue;
        }
        let mut snapshot = String::new();
        for file in &positive {
            let (count, text) = describe(&engine, meta.id, file);
            if count == 0 {
                problems.push(format!("{}: no finding in {}", meta.id, file.display()));
            }
            snapshot.push_str(&text);
        }
        for file in &negative {
            let (count, text) = describe(&engine, meta.id, file);
            if count > 0 {
                problems.push(format!(
                    "{}: {count} unexpected finding(s) in {}:\n{text}",
                    meta.id,
                    file.display()
                ));
            }
        }
        // Controls a rule recognises are part of what it promises: snapshot them too.
        for file in positive.iter().chain(&negative) {
            snapshot.push_str(&describe_strengths(&engine, meta.id, file));
        }
        snapshots.push((meta.id.replace('.', "__"), snapshot));
    }
    for entry in fs::read_dir(&root).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name != SHARED && !metas.iter().any(|m| m.id == name) {
            problems.push(format!("fixtures/{name}: no rule has this id"));
        }
    }
    assert!(
        problems.is_empty(),
        "fixture problems:\n{}",
        problems.join("\n")
    );
    for (name, snapshot) in snapshots {
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(name, snapshot);
        });
    }
}
