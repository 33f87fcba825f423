//! Files written to stall a review: the work on one file grows with its size, never with the
//! square of its findings.

use sechound_engine::{Engine, Options};

/// A settings module of `n` distinct, random-looking secret keys.
fn many_secrets(n: usize, line: impl Fn(&str) -> String) -> Vec<u8> {
    let mut text = String::from("import os\n");
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..n {
        let value: String = (0..32)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
                alphabet[(state % alphabet.len() as u64) as usize] as char
            })
            .collect();
        text.push_str(&line(&value));
        text.push('\n');
    }
    text.into_bytes()
}

/// Issue 12, defect 1: every finding of a Python file carried every secret literal of the file,
/// so N secrets cost N² masks (31 s and gigabytes for a 140 KB file).
#[test]
fn a_python_file_of_many_secrets_carries_each_secret_about_once() {
    let engine = Engine::new(Options::default()).unwrap();
    for (name, line) in [
        (
            "settings.py",
            Box::new(|v: &str| format!("SECRET_KEY = \"{v}\"")) as Box<dyn Fn(&str) -> String>,
        ),
        (
            "config.py",
            Box::new(|v: &str| format!("JWT_SECRET = os.environ.get(\"JWT_SECRET\", \"{v}\")")),
        ),
    ] {
        let n = 1000;
        let outcome = engine.review_file(name, many_secrets(n, line)).unwrap();
        assert!(!outcome.findings.is_empty(), "{name}: no finding");
        assert!(
            outcome.secret_ranges.len() <= 8 * n,
            "{name}: {} secret ranges for {n} secrets",
            outcome.secret_ranges.len()
        );
    }
}

fn engine_with(config: impl FnOnce(&mut sechound_core::Config)) -> Engine {
    let mut options = Options::default();
    config(&mut options.config);
    Engine::new(options).unwrap()
}

/// The per-file finding cap: a rule that reports more than `max_findings_per_file` findings in
/// one file lists the first ones, and the rest is a gap naming the file and the rule. Every
/// secret of the file stays masked, those of the dropped findings included.
#[test]
fn findings_over_the_cap_are_a_gap_naming_the_rule() {
    let engine = engine_with(|c| c.max_findings_per_file = 10);
    let text = many_secrets(50, |v| format!("SECRET_KEY = \"{v}\""));
    let values: Vec<String> = String::from_utf8(text.clone())
        .unwrap()
        .lines()
        .filter_map(|l| l.split('"').nth(1).map(str::to_string))
        .collect();
    assert_eq!(values.len(), 50);
    let outcome = engine.review_file("settings.py", text).unwrap();
    let of_rule = outcome
        .findings
        .iter()
        .filter(|f| f.rule_id == "py.hardcoded-secret")
        .count();
    assert_eq!(of_rule, 10);
    let gap = outcome
        .gaps
        .iter()
        .find(|g| g.kind == sechound_core::GapKind::Budget)
        .expect("a budget gap");
    assert_eq!(gap.path, "settings.py");
    assert!(
        gap.detail
            .contains("`py.hardcoded-secret` reported 50 findings"),
        "{}",
        gap.detail
    );
    let quoted = format!("{:?}", outcome.findings);
    for value in &values {
        assert!(!quoted.contains(value.as_str()), "{value} quoted in full");
    }
}

/// The per-file time budget: a file that cannot be reviewed in time is a gap naming what ran
/// out of time (the parser or a rule), and the review of the other files completes.
#[test]
fn a_file_over_its_time_budget_is_a_gap_and_the_review_completes() {
    let engine = engine_with(|c| c.file_time_budget = std::time::Duration::from_nanos(1));
    let dir = tempfile::tempdir().unwrap();
    let big =
        "app.get('/u', (req, res) => db.query('SELECT * FROM u WHERE id = ' + req.query.id));\n"
            .repeat(20_000);
    std::fs::write(dir.path().join("big.js"), big).unwrap();
    std::fs::write(dir.path().join("small.js"), "app.use(cors());\n").unwrap();
    let report = engine.review(dir.path()).unwrap();
    let gap = report
        .gaps
        .iter()
        .find(|g| g.kind == sechound_core::GapKind::Budget && g.path == "big.js")
        .unwrap_or_else(|| panic!("no budget gap for big.js: {:#?}", report.gaps));
    assert!(
        gap.detail.contains("parser") || gap.detail.contains("rule `"),
        "{}",
        gap.detail
    );
    assert!(
        gap.detail.contains("max_seconds_per_file"),
        "{}",
        gap.detail
    );
    // Every file got its turn, each stopped by the same budget.
    assert_eq!(report.stats.files_reviewed + report.stats.files_skipped, 2);
}

/// With a budget a review can meet, nothing is cut.
#[test]
fn an_ordinary_file_fits_the_default_budgets() {
    let engine = Engine::new(Options::default()).unwrap();
    let text = many_secrets(50, |v| format!("SECRET_KEY = \"{v}\""));
    let outcome = engine.review_file("settings.py", text).unwrap();
    assert_eq!(outcome.findings.len(), 50);
    assert!(outcome.gaps.is_empty(), "{:?}", outcome.gaps);
}
