//! The command line: exit codes, usage and configuration errors, the rule catalogue.

mod common;

use common::{code, run, stderr, stdout};
use std::fs;

fn repo_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

const OPEN_CORS: &str = "const cors = require('cors');\napp.use(cors());\n";
const CREDENTIALED_CORS: &str = "app.use(cors({ origin: true, credentials: true }));\n";

#[test]
fn exit_code_follows_fail_on() {
    let medium = repo_with(&[("server.js", OPEN_CORS)]);
    let path = medium.path().to_str().unwrap();
    // The default threshold is high: a medium finding passes.
    assert_eq!(code(&run(&["review", path, "-q"])), 0);
    assert_eq!(code(&run(&["review", path, "--fail-on", "medium"])), 1);
    assert_eq!(code(&run(&["review", path, "--fail-on", "never"])), 0);

    let high = repo_with(&[("server.js", CREDENTIALED_CORS)]);
    let path = high.path().to_str().unwrap();
    assert_eq!(code(&run(&["review", path])), 1);
    assert_eq!(code(&run(&["review", path, "--fail-on", "critical"])), 0);

    let clean = repo_with(&[(
        "server.js",
        "app.use(cors({ origin: ['https://a.example'] }));\n",
    )]);
    assert_eq!(
        code(&run(&[
            "review",
            clean.path().to_str().unwrap(),
            "--fail-on",
            "info"
        ])),
        0
    );
}

#[test]
fn fail_on_from_the_configuration_file() {
    let dir = repo_with(&[
        ("server.js", OPEN_CORS),
        ("sechound.toml", "[review]\nfail_on = \"medium\"\n"),
    ]);
    assert_eq!(code(&run(&["review", dir.path().to_str().unwrap()])), 1);
    // The command line wins over the file.
    assert_eq!(
        code(&run(&[
            "review",
            dir.path().to_str().unwrap(),
            "--fail-on",
            "high"
        ])),
        0
    );
}

#[test]
fn configuration_can_disable_a_rule_and_change_a_severity() {
    let disabled = repo_with(&[
        ("server.js", CREDENTIALED_CORS),
        (
            "sechound.toml",
            "[rules]\ndisable = [\"js.cors-allow-all-origins\"]\n",
        ),
    ]);
    let output = run(&[
        "review",
        disabled.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code(&output), 0);
    assert!(common::report(&output).findings.is_empty());

    let lowered = repo_with(&[
        ("server.js", CREDENTIALED_CORS),
        (
            "sechound.toml",
            "[rules.severity]\n\"js.cors-allow-all-origins\" = \"low\"\n",
        ),
    ]);
    let output = run(&[
        "review",
        lowered.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code(&output), 0);
    let report = common::report(&output);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].severity, sechound_core::Severity::Low);
}

#[test]
fn bad_configuration_names_file_and_line_and_exits_2() {
    let dir = repo_with(&[
        ("server.js", OPEN_CORS),
        (
            "sechound.toml",
            "[review]\nexclude = []\nfial_on = \"high\"\n",
        ),
    ]);
    let output = run(&["review", dir.path().to_str().unwrap()]);
    assert_eq!(code(&output), 2);
    let message = stderr(&output);
    assert!(message.contains("sechound.toml:3"), "{message}");
    assert!(message.contains("fial_on"), "{message}");

    let dir = repo_with(&[(
        "sechound.toml",
        "[rules]\ndisable = [\"js.no-such-rule\"]\n",
    )]);
    let output = run(&["review", dir.path().to_str().unwrap()]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("sechound.toml:2"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("js.no-such-rule"));
}

/// Issue 12, defect 6: errors printed their text twice (an error and its source, both shown)
/// or showed how serde failed (`untagged enum ByteSize`, `as i128`), and a huge size panicked.
#[test]
fn error_messages_say_it_once_in_plain_words() {
    let once = |output: &std::process::Output, phrase: &str| {
        let message = stderr(output);
        assert_eq!(code(output), 2, "{message}");
        assert_eq!(message.matches(phrase).count(), 1, "{message}");
        for internal in ["untagged", "ByteSize", "i128", "panicked", "RUST_BACKTRACE"] {
            assert!(!message.contains(internal), "{message}");
        }
    };
    let dir = repo_with(&[("sechound.toml", "[rules]\ndisable = [\"js.nope\"]\n")]);
    once(&run(&["review", dir.path().to_str().unwrap()]), "js.nope");
    for (value, phrase) in [
        ("-1", "cannot be negative"),
        ("99999999999999999999", "too large"),
        ("\"99999999999GiB\"", "too large"),
        ("true", "expected a size in bytes"),
        ("\"huge\"", "invalid size"),
    ] {
        let dir = repo_with(&[(
            "sechound.toml",
            &format!("[review]\nmax_file_size = {value}\n"),
        )]);
        let output = run(&["review", dir.path().to_str().unwrap()]);
        once(&output, phrase);
        assert!(stderr(&output).contains("sechound.toml:2"));
    }
    let plain = repo_with(&[("a.js", "x\n")]);
    let root = plain.path().to_str().unwrap();
    once(
        &run(&["review", root, "--base", "main"]),
        "not inside a git repository",
    );
    common::git(plain.path(), &["init", "-q"]);
    common::git(plain.path(), &["add", "."]);
    common::git(plain.path(), &["commit", "-q", "-m", "one"]);
    once(
        &run(&["review", root, "--base", "no-such-rev"]),
        "not a revision",
    );
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for args in [
        &["review", "examples/express-api", "--format", "xml"][..],
        &["review", "examples/express-api", "--fail-on", "severe"][..],
        &["review", "no/such/directory"][..],
        &["review", "examples/express-api", "--config", "no-such.toml"][..],
        &["rules", "explain", "js.no-such-rule"][..],
        &["frobnicate"][..],
    ] {
        let output = run(args);
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        assert!(!stderr(&output).trim().is_empty(), "{args:?}: no message");
        assert!(stdout(&output).is_empty(), "{args:?}: wrote a report");
    }
    assert!(stderr(&run(&["review", "no/such/directory"])).contains("no/such/directory"));
}

#[test]
fn report_goes_to_the_output_file() {
    let dir = repo_with(&[("server.js", OPEN_CORS)]);
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("review.json");
    let output = run(&[
        "review",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0);
    assert!(stdout(&output).is_empty());
    let report: sechound_core::Report =
        serde_json::from_str(&fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(report.findings.len(), 1);
}

#[test]
fn exclude_globs_skip_paths() {
    let dir = repo_with(&[
        ("server.js", OPEN_CORS),
        ("legacy/old.js", CREDENTIALED_CORS),
    ]);
    let output = run(&[
        "review",
        dir.path().to_str().unwrap(),
        "--exclude",
        "legacy/**",
        "--format",
        "json",
    ]);
    let report = common::report(&output);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].evidence.path, "server.js");
}

#[test]
fn inline_suppression_needs_a_reason_and_is_listed() {
    let dir = repo_with(&[(
        "server.js",
        "// sechound-ignore: js.cors-allow-all-origins public read-only API, no cookies\napp.use(cors());\n\
         app.use(cors({ origin: '*' })); // sechound-ignore: js.cors-allow-all-origins\n",
    )]);
    let output = run(&["review", dir.path().to_str().unwrap(), "--format", "json"]);
    let report = common::report(&output);
    assert_eq!(report.suppressed.len(), 1);
    assert_eq!(
        report.suppressed[0].suppression.as_ref().unwrap().reason,
        "public read-only API, no cookies"
    );
    // Without a reason the finding stays, and the comment is listed as a gap.
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].evidence.line, 3);
    assert!(
        report
            .gaps
            .iter()
            .any(|g| g.detail.contains("gives no reason"))
    );
}

#[test]
fn rule_catalogue_lists_and_explains() {
    let output = run(&["rules"]);
    assert_eq!(code(&output), 0);
    assert!(stdout(&output).contains("js.cors-allow-all-origins"));
    // Issue 12, defect 7: every column starts where its heading does, on every row.
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().take_while(|l| !l.is_empty()).collect();
    let starts = |line: &str| -> Vec<usize> {
        let chars: Vec<char> = line.chars().collect();
        (1..chars.len())
            .filter(|&i| chars[i] != ' ' && chars[i - 1] == ' ' && i >= 2 && chars[i - 2] == ' ')
            .take(4)
            .collect()
    };
    let columns = starts(lines[0]);
    assert_eq!(columns.len(), 4, "{}", lines[0]);
    for line in &lines[1..] {
        assert_eq!(starts(line), columns, "misaligned: {line}");
    }

    let output = run(&["rules", "--format", "json"]);
    let rules: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let list = rules.as_array().expect("a list of rules");
    assert!(list.iter().any(|r| r["id"] == "js.cors-allow-all-origins"));
    for rule in list {
        for field in ["id", "title", "severity", "confidence", "area", "owasp"] {
            assert!(!rule[field].is_null(), "{field} missing in {rule}");
        }
    }

    let output = run(&["rules", "explain", "js.cors-allow-all-origins"]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    for part in [
        "## What it finds",
        "## Recommendation",
        "## Verification",
        "CWE-942",
    ] {
        assert!(text.contains(part), "missing {part}");
    }
}

#[test]
fn a_secret_next_to_another_finding_is_masked_in_its_context_lines() {
    // Assembled at run time so this file holds no credential-shaped literal.
    let key = format!("sk_{}_{}", "live", "51HqA7bK2mN9pQ4rS8tV1wX3yZ6");
    let dir = repo_with(&[(
        "server.js",
        &format!("const stripeKey = '{key}';\napp.use(cors());\n"),
    )]);
    for format in ["markdown", "json"] {
        let output = run(&[
            "review",
            dir.path().to_str().unwrap(),
            "--format",
            format,
            "--fail-on",
            "never",
        ]);
        let text = stdout(&output);
        assert!(text.contains("js.cors-allow-all-origins"), "{text}");
        assert!(
            !text.contains(&key),
            "{format} output shows the key:\n{text}"
        );
    }
}

#[test]
fn a_secret_quoted_in_a_flow_step_from_another_file_is_masked() {
    // The signing key's finding is placed at `jwt.sign` and cites the multi-line definition in
    // config.js, whose fallback literal must stay masked in every format.
    let fallback = format!("{}-{}-{}", "orchard", "velvet", "quarry-lantern-91");
    let dir = repo_with(&[
        (
            "src/config.js",
            &format!(
                "module.exports = {{\n  jwtSecret: process.env.JWT_SECRET || '{fallback}',\n  port: 3000,\n}};\n"
            ),
        ),
        (
            "src/auth.js",
            "const jwt = require('jsonwebtoken');\nconst config = require('./config');\nexports.issue = (u) => jwt.sign({ sub: u.id }, config.jwtSecret, { expiresIn: '1h' });\n",
        ),
    ]);
    for format in ["markdown", "json", "sarif", "html"] {
        let output = run(&[
            "review",
            dir.path().to_str().unwrap(),
            "--format",
            format,
            "--fail-on",
            "never",
        ]);
        let text = stdout(&output);
        assert!(text.contains("src/auth.js"), "{format}: {text}");
        assert!(
            !text.contains(&fallback) && !text.contains("orchard-velvet-quarry"),
            "{format} output shows the fallback:\n{text}"
        );
    }
}

#[test]
fn configured_waiver_with_future_expiry_suppresses_and_is_listed() {
    let dir = repo_with(&[
        ("src/public.js", OPEN_CORS),
        (
            "sechound.toml",
            "[[waiver]]\nrule = \"js.cors-allow-all-origins\"\npath = \"src/public.js\"\nreason = \"public read-only API\"\nuntil = \"2999-12-31\"\n",
        ),
    ]);
    let output = run(&[
        "review",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--fail-on",
        "medium",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let report = common::report(&output);
    assert!(report.findings.is_empty());
    let waived = report.suppressed[0].suppression.as_ref().unwrap();
    assert_eq!(waived.kind, "config");
    assert_eq!(waived.reason, "public read-only API");
    assert_eq!(waived.until.as_deref(), Some("2999-12-31"));
    assert!(
        waived.source.ends_with("sechound.toml:2"),
        "{}",
        waived.source
    );
    assert!(report.unused_waivers.is_empty());
}

#[test]
fn expired_waiver_brings_the_finding_back() {
    let dir = repo_with(&[(
        "server.js",
        "// sechound-ignore: js.cors-allow-all-origins until=2020-01-31 until the allow-list ships\napp.use(cors());\n",
    )]);
    let root = dir.path().to_str().unwrap();
    let output = run(&["review", root, "--format", "json", "--fail-on", "medium"]);
    assert_eq!(code(&output), 1);
    let report = common::report(&output);
    assert!(report.suppressed.is_empty());
    let finding = &report.findings[0];
    let expired = finding
        .expired_waiver
        .as_ref()
        .expect("the expired waiver is kept");
    assert_eq!(expired.until.as_deref(), Some("2020-01-31"));
    assert_eq!(expired.reason, "until the allow-list ships");
    assert!(finding.message.contains("expired on 2020-01-31"));
    let markdown = stdout(&run(&["review", root, "--fail-on", "never"]));
    assert!(markdown.contains("## Expired waivers"));
}

#[test]
fn waivers_that_match_nothing_are_reported_as_unused() {
    let dir = repo_with(&[
        (
            "server.js",
            "// sechound-ignore: js.cors-allow-all-origins left over after the fix\napp.use(cors({ origin: ['https://a.example'] }));\n",
        ),
        (
            "sechound.toml",
            "[[waiver]]\nrule = \"js.sql-injection\"\npath = \"legacy/**\"\nreason = \"legacy reports, read-only replica\"\n",
        ),
    ]);
    let root = dir.path().to_str().unwrap();
    let report = common::report(&run(&["review", root, "--format", "json"]));
    let unused: Vec<(&str, &str)> = report
        .unused_waivers
        .iter()
        .map(|w| (w.kind.as_str(), w.rule.as_str()))
        .collect();
    assert_eq!(
        unused,
        [
            ("inline", "js.cors-allow-all-origins"),
            ("config", "js.sql-injection")
        ]
    );
    let markdown = stdout(&run(&["review", root, "--fail-on", "never"]));
    assert!(markdown.contains("## Unused waivers"));
    assert!(markdown.contains("server.js:1"));
}

/// Issue 12, defect 4: a file's project-rule findings are placed apart from its own findings,
/// and that placement listed the file's working suppression as unused (once per project finding).
#[test]
fn a_suppression_that_works_is_not_unused_next_to_project_findings() {
    let dir = repo_with(&[(
        "server.js",
        "const express = require('express');\nconst cors = require('cors');\nconst app = express();\n\
         // sechound-ignore: js.cors-allow-all-origins public read-only API, no cookies\n\
         app.use(cors());\napp.get('/admin/users', (req, res) => res.json([]));\napp.listen(3000);\n\
         // sechound-ignore: js.sql-injection left over after the fix\n",
    )]);
    let root = dir.path().to_str().unwrap();
    let report = common::report(&run(&["review", root, "--format", "json"]));
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule_id.starts_with("project.") && f.evidence.path == "server.js"),
        "the file needs a project finding for this test: {:?}",
        report.findings
    );
    assert_eq!(report.suppressed.len(), 1);
    let unused: Vec<&str> = report
        .unused_waivers
        .iter()
        .map(|w| w.source.as_str())
        .collect();
    assert_eq!(unused, ["server.js:8"]);
}

#[test]
fn bad_waivers_are_errors_or_gaps_never_silent() {
    // In the configuration: a missing reason or a bad date stops the run with file and line.
    for (toml, line) in [
        (
            "[[waiver]]\nrule = \"js.cors-allow-all-origins\"\nreason = \"\"\n",
            "sechound.toml:3",
        ),
        (
            "[[waiver]]\nrule = \"js.cors-allow-all-origins\"\nreason = \"r\"\nuntil = \"soon\"\n",
            "sechound.toml:4",
        ),
        (
            "[[waiver]]\nrule = \"js.no-such-rule\"\nreason = \"r\"\n",
            "sechound.toml:2",
        ),
        (
            "[[waiver]]\nrule = \"js.cors-allow-all-origins\"\n",
            "sechound.toml",
        ),
    ] {
        let dir = repo_with(&[("server.js", OPEN_CORS), ("sechound.toml", toml)]);
        let output = run(&["review", dir.path().to_str().unwrap()]);
        assert_eq!(code(&output), 2, "{toml}");
        assert!(
            stderr(&output).contains(line),
            "{toml}: {}",
            stderr(&output)
        );
    }
    // Inline: a bad date keeps the finding and says so in the gaps.
    let dir = repo_with(&[(
        "server.js",
        "app.use(cors()); // sechound-ignore: js.cors-allow-all-origins ok until=later\n",
    )]);
    let report = common::report(&run(&[
        "review",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]));
    assert_eq!(report.findings.len(), 1);
    assert!(
        report
            .gaps
            .iter()
            .any(|g| g.detail.contains("`until=later` is not a date"))
    );
}

#[test]
fn findings_in_test_code_count_at_low_confidence() {
    let key = format!("ghp_{}", "R8mQ2xVt7LpK4nZ9sW3yB6cF1dH5jA0eG2uY");
    let code = format!("const token = '{key}';\n");
    let dir = repo_with(&[("src/client.js", &code), ("tests/client.test.js", &code)]);
    let report = common::report(&run(&[
        "review",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]));
    let by_path = |path: &str| {
        report
            .findings
            .iter()
            .find(|f| f.evidence.path == path)
            .expect(path)
    };
    assert_eq!(
        by_path("src/client.js").confidence,
        sechound_core::Confidence::High
    );
    let in_tests = by_path("tests/client.test.js");
    assert_eq!(in_tests.confidence, sechound_core::Confidence::Low);
    assert!(in_tests.message.ends_with("(In test code.)"));
}

/// Issue 12, defect 5: `sechound db status | true` panicked on the closed pipe (exit 101 with
/// a backtrace). Every command whose reader goes away early ends quietly with its own code.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let no_db = tempfile::tempdir().unwrap();
    for command in [
        "db status",
        "rules",
        "rules explain js.xss",
        "review examples/express-api --fail-on never",
    ] {
        // `true` exits at once; the pause makes sure the pipe is closed before sechound writes.
        let script = format!("(sleep 0.3; \"$0\" {command}; echo \"exit=$?\" >&2) | true");
        let output = std::process::Command::new("sh")
            .args(["-c", &script, env!("CARGO_BIN_EXE_sechound")])
            .current_dir(common::workspace())
            .env("SECHOUND_DB", no_db.path().join("none"))
            .output()
            .unwrap();
        let err = stderr(&output);
        assert!(err.contains("exit=0"), "{command}: {err}");
        assert!(!err.contains("panicked"), "{command}: {err}");
    }
}

/// Issue 12, defect 7: the header said 1006 files found but accounted for 895; lockfiles, images
/// and archives were found and then counted nowhere.
#[test]
fn every_file_found_is_accounted_for() {
    let dir = repo_with(&[
        ("server.js", OPEN_CORS),
        ("README.md", "# service\n"),
        ("yarn.lock", "# yarn lockfile v1\n"),
        ("logo.png", "\u{89}PNG"),
        ("app.js.map", "{}"),
        ("broken.js", "\0\0\0"),
    ]);
    let root = dir.path().to_str().unwrap();
    let report = common::report(&run(&["review", root, "--format", "json"]));
    let s = &report.stats;
    assert_eq!(s.files_discovered, 6);
    assert_eq!(s.files_not_read, 3, "{s:?}");
    assert_eq!(
        s.files_reviewed + s.files_skipped + s.files_scanned_for_secrets + s.files_not_read,
        s.files_discovered,
        "{s:?}"
    );
    let markdown = stdout(&run(&["review", root, "--fail-on", "never"]));
    assert!(markdown.contains("3 not read by name"), "{markdown}");
}

/// Issue 12, defect 7: `-j 10000` started ten thousand threads. The request is capped at twice
/// the cores, and the run says so.
#[test]
fn an_absurd_job_count_is_capped() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let output = run(&[
        "review",
        "examples/express-api",
        "-j",
        "10000",
        "--fail-on",
        "never",
        "-q",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let note = stderr(&output);
    let used: usize = note
        .split("using ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no note on the capped --jobs: {note}"));
    assert!(used <= (cores * 2).max(4), "{note}");
    let output = run(&["routes", "examples/express-api", "-j", "10000"]);
    assert_eq!(code(&output), 0);
    assert!(stderr(&output).contains("--jobs 10000"));
}
