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
