//! Reading what a step printed: test counts and failing tests from the summaries of
//! `node --test`, jest, vitest, mocha, pytest and unittest; error counts from tsc, mypy,
//! pyright, eslint and ruff; vulnerability counts from npm, pnpm, yarn and pip-audit; and the
//! signs of an audit that never reached its advisory service.
//!
//! Each reader looks for its tool's own summary line and gives nothing when it is absent: a
//! count is never guessed.

use regex::Regex;
use sechound_core::{Failure, ProblemCounts, TestCounts};
use std::sync::OnceLock;

/// Failures kept per step, and lines kept per failure.
const MAX_FAILURES: usize = 10;
const MAX_MESSAGE_LINES: usize = 3;

/// What a step's output says.
#[derive(Debug, Default, PartialEq)]
pub struct Reading {
    pub tests: Option<TestCounts>,
    pub problems: Option<ProblemCounts>,
    pub failures: Vec<Failure>,
    /// An audit printed its result (even "0 vulnerabilities").
    pub audit_result: bool,
    /// The output shows a network failure (DNS, refused or timed-out connection).
    pub network_error: Option<String>,
}

/// Reads `output` (ANSI colours removed first).
pub fn read(output: &str) -> Reading {
    let text = strip_ansi(output);
    let mut reading = Reading::default();
    for reader in [node_test, jest, vitest, mocha, pytest, unittest] {
        if let Some((counts, failures)) = reader(&text) {
            reading.tests = Some(counts);
            reading.failures = failures;
            break;
        }
    }
    if reading.tests.is_none() {
        for reader in [tsc, mypy, pyright, eslint, ruff] {
            if let Some((problems, failures)) = reader(&text) {
                reading.problems = Some(problems);
                reading.failures = failures;
                break;
            }
        }
    }
    if reading.tests.is_none()
        && reading.problems.is_none()
        && let Some(problems) = audit(&text)
    {
        reading.problems = Some(problems);
        reading.audit_result = true;
    }
    reading.network_error = network_error(&text);
    reading
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid pattern"))
}

fn strip_ansi(text: &str) -> String {
    static ANSI: OnceLock<Regex> = OnceLock::new();
    regex(&ANSI, r"\x1b\[[0-9;?]*[A-Za-z]")
        .replace_all(text, "")
        .into_owned()
}

fn number(text: &str) -> u64 {
    text.replace(',', "").parse().unwrap_or(0)
}

fn counts(runner: &str, passed: u64, failed: u64, skipped: u64) -> TestCounts {
    TestCounts {
        runner: runner.into(),
        passed,
        failed,
        skipped,
    }
}

/// `node --test`: TAP (`# pass 5`) or spec (`ℹ pass 5`) summaries.
fn node_test(text: &str) -> Option<(TestCounts, Vec<Failure>)> {
    static SUMMARY: OnceLock<Regex> = OnceLock::new();
    let summary = regex(
        &SUMMARY,
        r"(?m)^(?:#|ℹ) (tests|pass|fail|skipped|todo|cancelled) (\d+)\s*$",
    );
    let mut found = std::collections::HashMap::new();
    for c in summary.captures_iter(text) {
        found.insert(c[1].to_string(), number(&c[2]));
    }
    if !found.contains_key("tests") || !found.contains_key("pass") {
        return None;
    }
    let failed =
        found.get("fail").copied().unwrap_or(0) + found.get("cancelled").copied().unwrap_or(0);
    let skipped =
        found.get("skipped").copied().unwrap_or(0) + found.get("todo").copied().unwrap_or(0);
    let counts = counts("node --test", found["pass"], failed, skipped);
    Some((counts, tap_failures(text)))
}

/// `not ok N - name` entries of a TAP stream with their parents' names and `error:` lines.
/// Suites that failed only because a child did are left out (the child is listed).
fn tap_failures(text: &str) -> Vec<Failure> {
    let lines: Vec<&str> = text.lines().collect();
    let mut parents: Vec<(usize, String)> = Vec::new();
    let mut failures = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim_start();
        if let Some(name) = trimmed.strip_prefix("# Subtest: ") {
            parents.retain(|(level, _)| *level < indent);
            parents.push((indent, name.to_string()));
            continue;
        }
        let Some(rest) = trimmed.strip_prefix("not ok ") else {
            continue;
        };
        let name = rest
            .split_once(" - ")
            .map(|(_, n)| n)
            .unwrap_or(rest)
            .split(" # ")
            .next()
            .unwrap_or("")
            .to_string();
        if rest.contains("# SKIP") || rest.contains("# TODO") {
            continue;
        }
        let path: Vec<&str> = parents
            .iter()
            .filter(|(level, _)| *level < indent)
            .map(|(_, n)| n.as_str())
            .collect();
        let mut message = Vec::new();
        let mut suite = false;
        for detail in lines[i + 1..].iter() {
            let d = detail.trim();
            if d == "..." {
                break;
            }
            if d.starts_with("failureType: 'subtestsFailed'") {
                suite = true;
            }
            if let Some(error) = d.strip_prefix("error: ") {
                if error == "|-" || error == "|" || error == ">-" {
                    let base = detail.len() - detail.trim_start().len();
                    let index = lines
                        .iter()
                        .position(|l| std::ptr::eq(*l, *detail))
                        .unwrap_or(0);
                    for more in lines[index + 1..].iter() {
                        let level = more.len() - more.trim_start().len();
                        if !more.trim().is_empty() && level <= base {
                            break;
                        }
                        if !more.trim().is_empty() {
                            message.push(more.trim().to_string());
                        }
                        if message.len() >= MAX_MESSAGE_LINES {
                            break;
                        }
                    }
                } else {
                    message.push(error.trim_matches('\'').to_string());
                }
            }
        }
        if suite {
            continue;
        }
        let mut full = path.join(" > ");
        if !full.is_empty() {
            full.push_str(" > ");
        }
        full.push_str(&name);
        // `# Subtest:` repeats the test's own name before its result.
        if let Some(stripped) = full.strip_suffix(&format!("{name} > {name}")) {
            full = format!("{stripped}{name}");
        }
        if failures.len() < MAX_FAILURES {
            failures.push(Failure {
                name: full,
                message,
            });
        }
    }
    failures
}

/// jest: `Tests:       1 failed, 4 passed, 5 total`; failures as `● Suite › name`.
fn jest(text: &str) -> Option<(TestCounts, Vec<Failure>)> {
    static SUMMARY: OnceLock<Regex> = OnceLock::new();
    let summary = regex(&SUMMARY, r"(?m)^Tests:\s+(.*\d+ total)\s*$");
    let line = summary.captures_iter(text).last()?;
    let part = |word: &str| -> u64 {
        line[1]
            .split(',')
            .map(str::trim)
            .find_map(|p| p.strip_suffix(word).map(|n| number(n.trim())))
            .unwrap_or(0)
    };
    let counts = counts(
        "jest",
        part("passed"),
        part("failed"),
        part("skipped") + part("todo"),
    );
    let failures = headed_failures(text, "● ", |l| !l.contains("Test suite failed to run"));
    Some((counts, failures))
}

/// vitest: ` Tests  1 failed | 4 passed (5)`; failures as ` FAIL  file > suite > name`.
fn vitest(text: &str) -> Option<(TestCounts, Vec<Failure>)> {
    static SUMMARY: OnceLock<Regex> = OnceLock::new();
    let summary = regex(&SUMMARY, r"(?m)^\s*Tests\s+(.*)\((\d+)\)\s*$");
    let line = summary.captures_iter(text).last()?;
    let part = |word: &str| -> u64 {
        line[1]
            .split('|')
            .map(str::trim)
            .find_map(|p| p.strip_suffix(word).map(|n| number(n.trim())))
            .unwrap_or(0)
    };
    let counts = counts(
        "vitest",
        part("passed"),
        part("failed"),
        part("skipped") + part("todo"),
    );
    let failures = headed_failures(text, "FAIL ", |l| l.contains(" > "));
    Some((counts, failures))
}

/// Failures introduced by a heading marker (`● `, `FAIL `), each with the first lines after it.
fn headed_failures(text: &str, marker: &str, keep: impl Fn(&str) -> bool) -> Vec<Failure> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<Failure> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = line.trim().strip_prefix(marker) else {
            continue;
        };
        let name = name.trim();
        if !keep(name) || out.iter().any(|f| f.name == name) {
            continue;
        }
        let message = lines[i + 1..]
            .iter()
            .map(|l| l.trim())
            .skip_while(|l| l.is_empty())
            .take_while(|l| !l.is_empty())
            .take(MAX_MESSAGE_LINES)
            .map(str::to_string)
            .collect();
        out.push(Failure {
            name: name.to_string(),
            message,
        });
        if out.len() >= MAX_FAILURES {
            break;
        }
    }
    out
}

/// mocha: `  4 passing (12ms)`, `  1 failing`, `  2 pending`, then `  1) Suite` blocks.
fn mocha(text: &str) -> Option<(TestCounts, Vec<Failure>)> {
    static PASSING: OnceLock<Regex> = OnceLock::new();
    static OTHER: OnceLock<Regex> = OnceLock::new();
    let passing = regex(&PASSING, r"(?m)^\s+(\d+) passing \(")
        .captures_iter(text)
        .last()?;
    let other = regex(&OTHER, r"(?m)^\s+(\d+) (failing|pending)\s*$");
    let mut failed = 0;
    let mut pending = 0;
    for c in other.captures_iter(text) {
        match &c[2] {
            "failing" => failed = number(&c[1]),
            _ => pending = number(&c[1]),
        }
    }
    let counts = counts("mocha", number(&passing[1]), failed, pending);
    static ITEM: OnceLock<Regex> = OnceLock::new();
    let item = regex(&ITEM, r"^\s+(\d+)\) (.+)$");
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim_end().ends_with(" failing"))
        .unwrap_or(lines.len());
    let mut failures: Vec<Failure> = Vec::new();
    let mut i = start;
    while i < lines.len() && failures.len() < MAX_FAILURES {
        if let Some(c) = item.captures(lines[i]) {
            let mut name = vec![c[2].trim().trim_end_matches(':').to_string()];
            let mut j = i + 1;
            // The title continues on more-indented lines ending with `:`.
            while j < lines.len()
                && lines[j].trim_end().ends_with(':')
                && !lines[j].trim().is_empty()
            {
                name.push(lines[j].trim().trim_end_matches(':').to_string());
                j += 1;
            }
            let message = lines[j..]
                .iter()
                .map(|l| l.trim())
                .skip_while(|l| l.is_empty())
                .take_while(|l| !l.is_empty() && !l.starts_with("at "))
                .take(MAX_MESSAGE_LINES)
                .map(str::to_string)
                .collect();
            failures.push(Failure {
                name: name.join(" > "),
                message,
            });
            i = j;
        } else {
            i += 1;
        }
    }
    Some((counts, failures))
}

/// pytest: `==== 1 failed, 4 passed, 1 skipped in 0.12s ====`; failures from the short test
/// summary (`FAILED tests/test_a.py::test_x - AssertionError: ...`).
fn pytest(text: &str) -> Option<(TestCounts, Vec<Failure>)> {
    static SUMMARY: OnceLock<Regex> = OnceLock::new();
    let summary = regex(
        &SUMMARY,
        r"(?m)^=+ ((?:\d+ (?:passed|failed|skipped|errors?|xfailed|xpassed|deselected|warnings?)(?:, )?)+)(?: in [\d.]+s.*)? =+\s*$",
    );
    let line = summary.captures_iter(text).last()?;
    let part = |word: &str| -> u64 {
        line[1]
            .split(',')
            .map(str::trim)
            .filter_map(|p| p.split_once(' '))
            .filter(|(_, w)| w.starts_with(word))
            .map(|(n, _)| number(n))
            .sum()
    };
    let counts = counts(
        "pytest",
        part("passed") + part("xfailed"),
        part("failed") + part("error") + part("xpassed"),
        part("skipped"),
    );
    let failures = text
        .lines()
        .filter_map(|l| {
            l.strip_prefix("FAILED ")
                .or_else(|| l.strip_prefix("ERROR "))
        })
        .take(MAX_FAILURES)
        .map(|rest| match rest.split_once(" - ") {
            Some((name, message)) => Failure {
                name: name.trim().to_string(),
                message: vec![message.trim().to_string()],
            },
            None => Failure {
                name: rest.trim().to_string(),
                message: Vec::new(),
            },
        })
        .collect();
    Some((counts, failures))
}

/// unittest: `Ran 5 tests in 0.003s` then `OK (skipped=1)` or `FAILED (failures=1, errors=1)`;
/// failures as `FAIL: test_x (module.Case.test_x)` with the traceback's last line.
fn unittest(text: &str) -> Option<(TestCounts, Vec<Failure>)> {
    static RAN: OnceLock<Regex> = OnceLock::new();
    static RESULT: OnceLock<Regex> = OnceLock::new();
    let ran = regex(&RAN, r"(?m)^Ran (\d+) tests? in [\d.]+s\s*$")
        .captures_iter(text)
        .last()?;
    let result = regex(&RESULT, r"(?m)^(OK|FAILED)(?: \((.*)\))?\s*$")
        .captures_iter(text)
        .last()?;
    let total = number(&ran[1]);
    let field = |name: &str| -> u64 {
        result
            .get(2)
            .map(|m| m.as_str())
            .unwrap_or("")
            .split(',')
            .filter_map(|p| p.trim().split_once('='))
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| number(v))
            .sum()
    };
    let failed = field("failures") + field("errors") + field("unexpected successes");
    let skipped = field("skipped") + field("expected failures");
    let counts = counts(
        "unittest",
        total.saturating_sub(failed + skipped),
        failed,
        skipped,
    );
    let lines: Vec<&str> = text.lines().collect();
    let mut failures = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = line
            .strip_prefix("FAIL: ")
            .or_else(|| line.strip_prefix("ERROR: "))
        else {
            continue;
        };
        // The traceback ends at the next separator line; its last line is the error.
        let body: Vec<&str> = lines[i + 1..]
            .iter()
            .copied()
            .skip_while(|l| l.starts_with("-----"))
            .take_while(|l| !l.starts_with("=====") && !l.starts_with("-----"))
            .filter(|l| !l.trim().is_empty())
            .collect();
        let message = body
            .last()
            .map(|l| vec![l.trim().to_string()])
            .unwrap_or_default();
        failures.push(Failure {
            name: name.trim().to_string(),
            message,
        });
        if failures.len() >= MAX_FAILURES {
            break;
        }
    }
    Some((counts, failures))
}

/// Error lines of a checker: `(file, message)` per line matching `pattern` (the file in group 1,
/// the message in group 2).
fn error_lines(text: &str, pattern: &Regex) -> Vec<Failure> {
    pattern
        .captures_iter(text)
        .take(MAX_FAILURES)
        .map(|c| Failure {
            name: c[1].trim().to_string(),
            message: vec![c[2].trim().to_string()],
        })
        .collect()
}

/// tsc: `src/a.ts(3,7): error TS2322: …` or `src/a.ts:3:7 - error TS2322: …`, and
/// `Found 3 errors in 2 files.`
fn tsc(text: &str) -> Option<(ProblemCounts, Vec<Failure>)> {
    static LINE: OnceLock<Regex> = OnceLock::new();
    static FOUND: OnceLock<Regex> = OnceLock::new();
    let line = regex(
        &LINE,
        r"(?m)^(\S+?(?:\(\d+,\d+\)|:\d+:\d+))(?::| -) error (TS\d+: .*)$",
    );
    let failures = error_lines(text, line);
    let found = regex(&FOUND, r"(?m)^Found (\d+) errors?\b")
        .captures_iter(text)
        .last()
        .map(|c| number(&c[1]));
    let errors = found.or_else(|| {
        let n = line.captures_iter(text).count() as u64;
        (n > 0).then_some(n)
    })?;
    Some((problems("tsc", errors, 0), failures))
}

/// mypy: `a.py:3: error: …` and `Found 3 errors in 2 files` or `Success: no issues found`.
fn mypy(text: &str) -> Option<(ProblemCounts, Vec<Failure>)> {
    static LINE: OnceLock<Regex> = OnceLock::new();
    static FOUND: OnceLock<Regex> = OnceLock::new();
    if text.contains("Success: no issues found") {
        return Some((problems("mypy", 0, 0), Vec::new()));
    }
    let found = regex(&FOUND, r"(?m)^Found (\d+) errors? in \d+ files? \(checked")
        .captures_iter(text)
        .last()?;
    let line = regex(&LINE, r"(?m)^(\S+?:\d+(?::\d+)?): error: (.*)$");
    Some((
        problems("mypy", number(&found[1]), 0),
        error_lines(text, line),
    ))
}

/// pyright: `3 errors, 1 warning, 0 informations`.
fn pyright(text: &str) -> Option<(ProblemCounts, Vec<Failure>)> {
    static FOUND: OnceLock<Regex> = OnceLock::new();
    static LINE: OnceLock<Regex> = OnceLock::new();
    let found = regex(
        &FOUND,
        r"(?m)^(\d+) errors?, (\d+) warnings?, \d+ informations?",
    )
    .captures_iter(text)
    .last()?;
    let line = regex(&LINE, r"(?m)^\s+(\S+?:\d+:\d+) - error: (.*)$");
    Some((
        problems("pyright", number(&found[1]), number(&found[2])),
        error_lines(text, line),
    ))
}

/// eslint: `✖ 5 problems (3 errors, 2 warnings)`.
fn eslint(text: &str) -> Option<(ProblemCounts, Vec<Failure>)> {
    static FOUND: OnceLock<Regex> = OnceLock::new();
    let found = regex(
        &FOUND,
        r"(?m)^✖ \d+ problems? \((\d+) errors?, (\d+) warnings?\)",
    )
    .captures_iter(text)
    .last()?;
    Some((
        problems("eslint", number(&found[1]), number(&found[2])),
        Vec::new(),
    ))
}

/// ruff: `Found 3 errors.`
fn ruff(text: &str) -> Option<(ProblemCounts, Vec<Failure>)> {
    static FOUND: OnceLock<Regex> = OnceLock::new();
    let found = regex(&FOUND, r"(?m)^Found (\d+) errors?\.")
        .captures_iter(text)
        .last()?;
    Some((problems("ruff", number(&found[1]), 0), Vec::new()))
}

fn problems(tool: &str, errors: u64, warnings: u64) -> ProblemCounts {
    ProblemCounts {
        tool: tool.into(),
        errors,
        warnings,
        by_severity: Vec::new(),
    }
}

/// npm, pnpm, yarn and pip-audit results.
fn audit(text: &str) -> Option<ProblemCounts> {
    static NPM: OnceLock<Regex> = OnceLock::new();
    static SEVERITY: OnceLock<Regex> = OnceLock::new();
    static PIP: OnceLock<Regex> = OnceLock::new();
    let lower = text.to_ascii_lowercase();
    if lower.contains("found 0 vulnerabilities")
        || lower.contains("no known vulnerabilities found")
        || lower.contains("0 vulnerabilities found")
    {
        let tool = if lower.contains("no known vulnerabilities found") && !lower.contains("pnpm") {
            "pip-audit"
        } else {
            "audit"
        };
        return Some(problems(tool, 0, 0));
    }
    if let Some(c) = regex(
        &PIP,
        r"(?m)^Found (\d+) known vulnerabilit(?:y|ies) in \d+ packages?",
    )
    .captures_iter(text)
    .last()
    {
        return Some(problems("pip-audit", number(&c[1]), 0));
    }
    // npm: `3 vulnerabilities (1 low, 2 high)`; pnpm/yarn: `3 vulnerabilities found`.
    let c = regex(
        &NPM,
        r"(?m)^(\d+) vulnerabilit(?:y|ies)(?: found)?(?: \((.*)\))?",
    )
    .captures_iter(text)
    .last()?;
    let mut result = problems("audit", number(&c[1]), 0);
    let breakdown = c.get(2).map(|m| m.as_str().to_string()).or_else(|| {
        regex(&SEVERITY, r"(?m)^Severity: (.*)$")
            .captures_iter(text)
            .last()
            .map(|s| s[1].to_string())
    });
    if let Some(breakdown) = breakdown {
        result.by_severity = breakdown
            .split([',', '|'])
            .filter_map(|p| {
                let (n, s) = p.trim().split_once(' ')?;
                Some((s.trim().to_string(), number(n)))
            })
            .collect();
    }
    Some(result)
}

/// The sign of a network failure in the output, if any.
fn network_error(text: &str) -> Option<String> {
    const SIGNS: &[&str] = &[
        "ENOTFOUND",
        "EAI_AGAIN",
        "ECONNREFUSED",
        "ECONNRESET",
        "ETIMEDOUT",
        "ENETUNREACH",
        "getaddrinfo",
        "Temporary failure in name resolution",
        "Name or service not known",
        "Network is unreachable",
        "Could not resolve host",
        "Max retries exceeded",
        "ConnectionError",
        "audit endpoint returned an error",
    ];
    SIGNS
        .iter()
        .find(|sign| text.contains(*sign))
        .map(|sign| sign.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_test_tap() {
        let out = "TAP version 13\n# Subtest: adds\nok 1 - adds\n  ---\n  duration_ms: 0.8\n  ...\n# Subtest: subtracts\nnot ok 2 - subtracts\n  ---\n  duration_ms: 0.8\n  failureType: 'testCodeFailure'\n  error: |-\n    Expected values to be strictly equal:\n    \n    2 !== 1\n    \n  code: 'ERR_ASSERTION'\n  ...\n# Subtest: suite\n    # Subtest: inner bad\n    not ok 1 - inner bad\n      ---\n      error: 'boom'\n      ...\n    1..1\nnot ok 3 - suite\n  ---\n  failureType: 'subtestsFailed'\n  error: '1 subtest failed'\n  ...\n# Subtest: later\nok 4 - later # SKIP\n1..4\n# tests 4\n# suites 1\n# pass 1\n# fail 2\n# cancelled 0\n# skipped 1\n# todo 0\n";
        let r = read(out);
        assert_eq!(r.tests, Some(counts("node --test", 1, 2, 1)));
        assert_eq!(r.failures.len(), 2, "{:?}", r.failures);
        assert_eq!(r.failures[0].name, "subtracts");
        assert_eq!(
            r.failures[0].message,
            ["Expected values to be strictly equal:", "2 !== 1"]
        );
        assert_eq!(r.failures[1].name, "suite > inner bad");
        assert_eq!(r.failures[1].message, ["boom"]);
    }

    #[test]
    fn node_test_spec() {
        let out = "\u{1b}[32m✔ adds (0.5ms)\u{1b}[39m\n✖ fails (1.2ms)\nℹ tests 2\nℹ suites 0\nℹ pass 1\nℹ fail 1\nℹ cancelled 0\nℹ skipped 0\nℹ todo 0\nℹ duration_ms 45\n";
        assert_eq!(read(out).tests, Some(counts("node --test", 1, 1, 0)));
    }

    #[test]
    fn jest_and_vitest() {
        let out = "  ● math › adds negatives\n\n    expect(received).toBe(expected)\n\n    Expected: -2\n\nTests:       1 failed, 1 skipped, 4 passed, 6 total\n";
        let r = read(out);
        assert_eq!(r.tests, Some(counts("jest", 4, 1, 1)));
        assert_eq!(r.failures[0].name, "math › adds negatives");
        assert_eq!(r.failures[0].message, ["expect(received).toBe(expected)"]);
        let out = " FAIL  src/a.test.ts > math > adds\nAssertionError: expected 1 to be 2\n\n Test Files  1 failed (1)\n      Tests  1 failed | 3 passed (4)\n";
        let r = read(out);
        assert_eq!(r.tests, Some(counts("vitest", 3, 1, 0)));
        assert_eq!(r.failures[0].name, "src/a.test.ts > math > adds");
    }

    #[test]
    fn mocha() {
        let out = "  math\n    ✓ adds\n    1) subtracts\n\n  1 passing (6ms)\n  1 failing\n  2 pending\n\n  1) math\n       subtracts:\n\n      AssertionError [ERR_ASSERTION]: 2 == 1\n      + expected - actual\n      at Context.<anonymous> (test/a.js:5:12)\n";
        let r = read(out);
        assert_eq!(r.tests, Some(counts("mocha", 1, 1, 2)));
        assert_eq!(r.failures[0].name, "math > subtracts");
        assert_eq!(
            r.failures[0].message,
            [
                "AssertionError [ERR_ASSERTION]: 2 == 1",
                "+ expected - actual"
            ]
        );
    }

    #[test]
    fn pytest_and_unittest() {
        let out = "tests/test_a.py .F.s\n=========================== short test summary info ============================\nFAILED tests/test_a.py::test_sub - assert 2 == 1\n==================== 1 failed, 2 passed, 1 skipped in 0.05s ====================\n";
        let r = read(out);
        assert_eq!(r.tests, Some(counts("pytest", 2, 1, 1)));
        assert_eq!(r.failures[0].name, "tests/test_a.py::test_sub");
        assert_eq!(r.failures[0].message, ["assert 2 == 1"]);
        let out = "..F\n======================================================================\nFAIL: test_sub (test_a.MathTest.test_sub)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File \"test_a.py\", line 6, in test_sub\n    self.assertEqual(2, 1)\nAssertionError: 2 != 1\n\n----------------------------------------------------------------------\nRan 4 tests in 0.001s\n\nFAILED (failures=1, skipped=1)\n";
        let r = read(out);
        assert_eq!(r.tests, Some(counts("unittest", 2, 1, 1)));
        assert_eq!(r.failures[0].name, "test_sub (test_a.MathTest.test_sub)");
        assert_eq!(r.failures[0].message, ["AssertionError: 2 != 1"]);
        let ok = read("Ran 3 tests in 0.000s\n\nOK\n");
        assert_eq!(ok.tests, Some(counts("unittest", 3, 0, 0)));
    }

    #[test]
    fn type_checkers_and_linters() {
        let out = "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.\nsrc/b.ts:1:1 - error TS2304: Cannot find name 'x'.\n\nFound 2 errors in 2 files.\n";
        let r = read(out);
        assert_eq!(r.problems.as_ref().unwrap().errors, 2);
        assert_eq!(r.problems.as_ref().unwrap().tool, "tsc");
        assert_eq!(r.failures[0].name, "src/a.ts(3,7)");
        assert_eq!(
            r.failures[0].message,
            ["TS2322: Type 'string' is not assignable to type 'number'."]
        );
        let r = read(
            "a.py:3: error: Incompatible types  [assignment]\nFound 1 error in 1 file (checked 4 source files)\n",
        );
        assert_eq!(r.problems.unwrap().errors, 1);
        let r = read("\n✖ 5 problems (3 errors, 2 warnings)\n");
        assert_eq!(r.problems.unwrap().warnings, 2);
    }

    #[test]
    fn audits_and_their_network_failures() {
        let r = read("found 0 vulnerabilities\n");
        assert!(r.audit_result);
        assert_eq!(r.problems.unwrap().errors, 0);
        let r = read("# npm audit report\n\n3 vulnerabilities (1 low, 2 high)\n");
        let p = r.problems.unwrap();
        assert_eq!(p.errors, 3);
        assert_eq!(
            p.by_severity,
            [("low".to_string(), 1), ("high".to_string(), 2)]
        );
        let r = read(
            "npm ERR! code ENOTFOUND\nnpm ERR! request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org\n",
        );
        assert!(!r.audit_result);
        assert_eq!(r.network_error.as_deref(), Some("ENOTFOUND"));
    }

    #[test]
    fn nothing_is_guessed_without_a_summary() {
        let r = read("some output\nexit 1\n");
        assert_eq!(r, Reading::default());
    }
}
