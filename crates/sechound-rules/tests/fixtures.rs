//! Runs every rule on its fixtures and checks each finding against the lines marked in the
//! fixture itself, as semgrep's rule tests do:
//!
//! - `expect: <rule-id>[, <rule-id>…]` in a comment marks a line where the rule must fire: a
//!   trailing comment marks its own line, a comment alone on its line marks the next line that is
//!   not itself a marker. Files that cannot hold comments (keys, JSON) list their marks in a
//!   sidecar `<file>.expect`, one `<line> <rule-id>[, …]` per line.
//! - `ok: <rule-id>` marks a look-alike the rule must stay quiet on (documentation for the reader;
//!   any unmarked finding fails anyway).
//!
//! The test fails on a finding of the fixture's rule on a line not marked for it, and on a marked
//! line where it does not fire. `positive*` fixtures must mark at least one line, `negative*`
//! none. The messages of the positive findings are snapshotted as well.
//!
//! A fixture is a file (reviewed on its own, under its own name) or a directory (reviewed as a
//! repository, for rules that need real file names or neighbouring files). Fixtures under
//! `tests/fixtures/_shared/negative*` (a well-configured AWS stack, for one) are negatives of
//! every rule: no rule may report anything in them.

use sechound_core::{Finding, Strength};
use sechound_engine::{Engine, Options};
use sechound_rules::catalogue;
use std::collections::BTreeSet;
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
        .filter(|p| p.extension().is_none_or(|e| e != "expect"))
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

/// The findings a folded finding was made of (itself when nothing was folded into it).
fn unfold(finding: Finding) -> Vec<Finding> {
    let own = finding
        .folded
        .iter()
        .any(|p| p.fingerprint == finding.fingerprint);
    let mut out: Vec<Finding> = finding
        .folded
        .iter()
        .map(|part| Finding {
            rule_id: part.rule_id.clone(),
            title: part.title.clone(),
            message: part.message.clone(),
            severity: part.severity,
            confidence: part.confidence,
            evidence: part.evidence.clone(),
            recommendation: part.recommendation.clone(),
            fingerprint: part.fingerprint.clone(),
            folded: Vec::new(),
            related: Vec::new(),
            ..finding.clone()
        })
        .collect();
    if !own {
        out.insert(
            0,
            Finding {
                folded: Vec::new(),
                ..finding
            },
        );
    }
    out
}

/// Findings and strengths of a fixture, each with the path to show for it.
type FixtureResults = (Vec<(String, Finding)>, Vec<(String, Strength)>);

/// The findings and strengths of a fixture file or directory, with the name to show for their
/// paths.
fn findings_of(engine: &Engine, fixture: &Path) -> FixtureResults {
    let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
    if fixture.is_dir() {
        let report = engine.review(fixture).expect("review fixture directory");
        // A review folds findings of one root cause into one: each rule's own finding is what
        // its fixture marks.
        let findings = report
            .findings
            .into_iter()
            .chain(report.suppressed)
            .flat_map(unfold)
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

/// One line per finding of `rule_id`: where, ranking and message, as a reviewer reads them; and
/// the (file, line) of each finding.
fn describe(engine: &Engine, rule_id: &str, fixture: &Path) -> (BTreeSet<(String, u32)>, String) {
    let mut out = String::new();
    let mut places = BTreeSet::new();
    for (relative, finding) in &findings_of(engine, fixture).0 {
        if finding.rule_id != rule_id {
            continue;
        }
        places.insert((relative.clone(), finding.evidence.line));
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
        // A flow through other functions or files is part of what the rule promises.
        if finding.flow.len() > 2 {
            let steps: Vec<String> = finding
                .flow
                .iter()
                .map(|s| format!("{} {}:{}", s.kind.label(), s.path, s.line))
                .collect();
            writeln!(out, "    flow: {}", steps.join(" -> ")).unwrap();
        }
    }
    (places, out)
}

/// What the fixture's comments say about one rule: the lines it must fire on and the look-alike
/// lines it must stay quiet on.
#[derive(Default)]
struct Marks {
    expect: BTreeSet<(String, u32)>,
    ok: BTreeSet<(String, u32)>,
}

/// The rule ids after `label` (`expect:` or `ok:`) on a line, if the line carries that mark.
fn marked_rules<'l>(line: &'l str, label: &str) -> Vec<&'l str> {
    let Some(at) = line.find(label) else {
        return Vec::new();
    };
    line[at + label.len()..]
        .trim_start()
        .split(',')
        .map(|id| {
            id.trim()
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_'))
                .next()
                .unwrap_or("")
        })
        .filter(|id| !id.is_empty())
        .collect()
}

/// True when the line is only a comment (the mark then applies to the next line).
fn comment_only(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#') || t.starts_with("//") || t.starts_with("<!--") || t.starts_with("/*")
}

/// The marks for `rule_id` in one fixture file's text, shown under `relative`.
fn marks_in_text(relative: &str, text: &str, rule_id: &str, marks: &mut Marks) {
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        for (label, set) in [("expect:", &mut marks.expect), ("ok:", &mut marks.ok)] {
            if !marked_rules(line, label).contains(&rule_id) {
                continue;
            }
            let mut target = i;
            if comment_only(line) {
                target += 1;
                while target < lines.len()
                    && comment_only(lines[target])
                    && (lines[target].contains("expect:") || lines[target].contains("ok:"))
                {
                    target += 1;
                }
            }
            set.insert((relative.to_string(), target as u32 + 1));
        }
    }
}

/// Every mark for `rule_id` in a fixture file or directory, with the same names [`findings_of`]
/// gives the findings.
fn marks_of(fixture: &Path, rule_id: &str) -> Marks {
    let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
    let mut files = Vec::new();
    collect_files(fixture, &mut files);
    let sidecar = fixture.with_file_name(format!("{name}.expect"));
    if fixture.is_file() && sidecar.is_file() {
        files.push(sidecar);
    }
    let mut marks = Marks::default();
    for file in files {
        let relative = if fixture.is_dir() {
            let inner = file.strip_prefix(fixture).unwrap().to_string_lossy();
            format!("{name}/{inner}")
        } else {
            file.file_name().unwrap().to_string_lossy().into_owned()
        };
        if let Some(marked) = relative.strip_suffix(".expect") {
            let text = fs::read_to_string(&file).unwrap();
            for line in text.lines() {
                let Some((number, rules)) = line.split_once(' ') else {
                    continue;
                };
                if rules.split(',').any(|r| r.trim() == rule_id) {
                    let number: u32 = number.parse().expect("line number in .expect file");
                    marks.expect.insert((marked.to_string(), number));
                }
            }
            continue;
        }
        let text = String::from_utf8_lossy(&fs::read(&file).unwrap()).into_owned();
        marks_in_text(&relative, &text, rule_id, &mut marks);
    }
    marks
}

fn collect_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for entry in entries {
            collect_files(&entry, out);
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

/// The differences between what fired and what the fixture marks, one line each.
fn compare(rule_id: &str, fired: &BTreeSet<(String, u32)>, marks: &Marks) -> Vec<String> {
    let mut problems = Vec::new();
    for place in fired.difference(&marks.expect) {
        let why = if marks.ok.contains(place) {
            "on a line marked `ok:`"
        } else {
            "on a line not marked `expect:`"
        };
        problems.push(format!(
            "{rule_id}: finding at {}:{} {why}",
            place.0, place.1
        ));
    }
    for place in marks.expect.difference(fired) {
        problems.push(format!(
            "{rule_id}: marked `expect:` at {}:{} but no finding there",
            place.0, place.1
        ));
    }
    problems
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
    // tests their matching and the CLI tests their findings. Branch rules compare two versions
    // of a repository: their unit tests and the CLI's branch tests (git repositories) hold them.
    let metas: Vec<_> = catalogue()
        .metas()
        .into_iter()
        .filter(|m| !catalogue().dependency.iter().any(|p| p.id == m.id))
        .filter(|m| !catalogue().branch.iter().any(|p| p.id == m.id))
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
            let (fired, text) = describe(&engine, meta.id, file);
            let marks = marks_of(file, meta.id);
            if marks.expect.is_empty() {
                problems.push(format!(
                    "{}: positive fixture {} marks no `expect:` line",
                    meta.id,
                    file.display()
                ));
            }
            problems.extend(compare(meta.id, &fired, &marks));
            snapshot.push_str(&text);
        }
        for file in &negative {
            let (fired, text) = describe(&engine, meta.id, file);
            let marks = marks_of(file, meta.id);
            if !marks.expect.is_empty() {
                problems.push(format!(
                    "{}: negative fixture {} marks `expect:` lines",
                    meta.id,
                    file.display()
                ));
            }
            if !fired.is_empty() {
                problems.push(format!(
                    "{}: {} unexpected finding(s) in {}:\n{text}",
                    meta.id,
                    fired.len(),
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
