//! End-to-end tests of `sechound checks` on repositories the tests write themselves: a Node
//! project tested with `node --test`, a failing type-check, a step that outlives its time limit
//! (and the processes it started), a Python project tested with pytest installed into a fresh
//! virtual environment, and the safety rails (environment, tracked files, audits offline).
//!
//! They need `node` (18 or newer) and `python3` with `venv`, and reach PyPI once to install
//! pytest. A missing tool is installed with apt-get where the tests run as root on Debian;
//! otherwise the test fails and says what is missing. Nothing is skipped.

mod common;

use common::{code, git, sechound, stderr, stdout};
use sechound_core::{ChecksRun, StepKind, StepStatus};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Once;

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A git repository with `files`, all committed, so that changes to tracked files show.
fn repository(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        write(dir.path(), path, text);
    }
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-q", "-m", "fixture"]);
    dir
}

fn on_path(program: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {program}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Makes sure `program` runs, installing the Debian `package` when the tests run as root with
/// apt-get; fails the test with a clear message otherwise.
fn ensure_tool(program: &str, package: &str) {
    if on_path(program) {
        return;
    }
    static APT_UPDATE: Once = Once::new();
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if root && on_path("apt-get") {
        APT_UPDATE.call_once(|| {
            let _ = Command::new("apt-get").args(["update", "-qq"]).status();
        });
        let status = Command::new("apt-get")
            .args(["install", "-y", "-qq", package])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status();
        assert!(
            status.is_ok_and(|s| s.success()),
            "`{program}` is missing and `apt-get install {package}` failed"
        );
    }
    assert!(
        on_path(program),
        "the checks tests need `{program}` on PATH (Debian package `{package}`)"
    );
}

/// `sechound checks PATH --format json` with the logs outside the repository.
fn checks(root: &Path, logs: &Path, extra: &[&str]) -> (i32, ChecksRun, String) {
    let output = sechound()
        .args([
            "checks",
            root.to_str().unwrap(),
            "--format",
            "json",
            "--logs",
        ])
        .arg(logs)
        .args(extra)
        .output()
        .expect("run sechound checks");
    let run: ChecksRun = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not a checks result ({e}):\n{}\n{}",
            stdout(&output),
            stderr(&output)
        )
    });
    (code(&output), run, stderr(&output))
}

fn step<'a>(run: &'a ChecksRun, name: &str) -> &'a sechound_core::StepResult {
    run.steps
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no step `{name}` in {:#?}", run.steps))
}

/// `git status --porcelain` of `dir`.
fn status(dir: &Path) -> String {
    let output = Command::new("git")
        .args(["status", "--porcelain"])
        .current_dir(dir)
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// True while process `pid` exists and is not a zombie.
fn alive(pid: u32) -> bool {
    match fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => {
            let state = stat
                .rsplit_once(") ")
                .and_then(|(_, rest)| rest.chars().next());
            state != Some('Z') && state != Some('X')
        }
        Err(_) => false,
    }
}

const NODE_TESTS: &str = r#"const test = require('node:test');
const assert = require('node:assert');

test('adds', () => assert.strictEqual(1 + 1, 2));
test('multiplies', () => assert.strictEqual(2 * 3, 6));
test('subtracts', () => assert.strictEqual(3 - 1, 1));
test.describe('strings', () => {
  test.it('joins', () => assert.strictEqual(['a', 'b'].join(''), 'ab'));
  test.it('pads', () => assert.strictEqual('7'.padStart(3, '0'), '7'));
});
"#;

#[test]
fn node_test_counts_and_failures() {
    ensure_tool("node", "nodejs");
    let repo = repository(&[
        (
            "package.json",
            r#"{"name":"calc","version":"1.0.0","private":true,"scripts":{"test":"node --test"}}"#,
        ),
        ("test/math.test.js", NODE_TESTS),
    ]);
    let logs = tempfile::tempdir().unwrap();
    let (exit, run, _) = checks(repo.path(), logs.path(), &["-q"]);
    assert_eq!(exit, 1, "a failing test fails the run");
    assert_eq!(run.steps.len(), 1, "{:#?}", run.steps);
    let test = step(&run, "test");
    assert_eq!(test.kind, StepKind::Test);
    assert_eq!(test.command, "npm test");
    assert_eq!(test.status, StepStatus::Fail);
    assert_eq!(test.exit_code, Some(1));
    let counts = test.tests.as_ref().expect("counts from the summary");
    assert_eq!(counts.runner, "node --test");
    assert_eq!((counts.passed, counts.failed, counts.skipped), (3, 2, 0));
    assert_eq!(test.outcome(), "test: 3 passed, 2 failed");
    let names: Vec<&str> = test.failures.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["subtracts", "strings > pads"]);
    assert!(
        test.failures[0]
            .message
            .iter()
            .any(|l| l.contains("2 !== 1")),
        "{:?}",
        test.failures[0]
    );
    // The log is outside the repository and holds the whole output.
    let log = PathBuf::from(test.log.as_deref().unwrap());
    assert!(log.starts_with(logs.path()), "{}", log.display());
    assert!(fs::read_to_string(&log).unwrap().contains("# tests 5"));
    assert!(test.modified_tracked_files.is_empty());
    assert_eq!(status(repo.path()), "", "the repository is left as it was");
    assert!(
        run.tools.iter().any(|t| t.starts_with("node: v")),
        "{:?}",
        run.tools
    );

    // The same project with the failures fixed passes.
    write(
        repo.path(),
        "test/math.test.js",
        &NODE_TESTS
            .replace("3 - 1, 1", "3 - 1, 2")
            .replace("'7'.padStart(3, '0'), '7'", "'7'.padStart(3, '0'), '007'"),
    );
    let (exit, run, _) = checks(repo.path(), logs.path(), &["-q"]);
    assert_eq!(exit, 0);
    let test = step(&run, "test");
    assert_eq!(test.status, StepStatus::Pass);
    assert_eq!(test.tests.as_ref().unwrap().passed, 5);
    assert!(test.failures.is_empty());
}

/// A type-checker that prints what `tsc` prints for two errors and exits 2, as tsc does.
const FAKE_TSC: &str = r#"console.log("src/total.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.");
console.log("src/user.ts(12,5): error TS2339: Property 'email' does not exist on type 'User'.");
console.log("");
console.log("Found 2 errors in 2 files.");
process.exit(2);
"#;

#[test]
fn failing_typecheck_limits_the_sign_off() {
    ensure_tool("node", "nodejs");
    let repo = repository(&[
        (
            "package.json",
            r#"{"name":"svc","version":"1.0.0","private":true,"scripts":{"typecheck":"node scripts/typecheck.js","test":"node --test"}}"#,
        ),
        ("scripts/typecheck.js", FAKE_TSC),
        (
            "test/ok.test.js",
            "const test = require('node:test');\ntest('ok', () => {});\n",
        ),
    ]);
    let logs = tempfile::tempdir().unwrap();
    let (exit, run, _) = checks(repo.path(), logs.path(), &["-q"]);
    assert_eq!(exit, 1);
    let names: Vec<&str> = run.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["typecheck", "test"]);
    let typecheck = step(&run, "typecheck");
    assert_eq!(typecheck.status, StepStatus::Fail);
    assert_eq!(typecheck.exit_code, Some(2));
    let problems = typecheck.problems.as_ref().expect("error count");
    assert_eq!((problems.tool.as_str(), problems.errors), ("tsc", 2));
    assert_eq!(typecheck.outcome(), "typecheck: 2 errors");
    assert_eq!(typecheck.failures[0].name, "src/total.ts(3,7)");
    assert!(typecheck.failures[1].message[0].starts_with("TS2339"));
    assert_eq!(step(&run, "test").status, StepStatus::Pass);

    // In a review the failing type-check caps the sign-off, and the section says why.
    let saved = logs.path().join("checks.json");
    fs::write(&saved, serde_json::to_string(&run).unwrap()).unwrap();
    let output = sechound()
        .args([
            "review",
            repo.path().to_str().unwrap(),
            "--format",
            "json",
            "--checks-from",
        ])
        .arg(&saved)
        .output()
        .unwrap();
    let report = common::report(&output);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    assert_eq!(
        report.summary.sign_off,
        sechound_core::SignOff::ApprovedWithConditions
    );
    assert_eq!(report.checks.as_ref().unwrap().steps.len(), 2);
    assert!(
        sechound_core::consistency::contradictions(&report).is_empty(),
        "{:?}",
        sechound_core::consistency::contradictions(&report)
    );
    let output = sechound()
        .args([
            "review",
            repo.path().to_str().unwrap(),
            "--format",
            "html",
            "--checks-from",
        ])
        .arg(&saved)
        .output()
        .unwrap();
    let page = stdout(&output);
    assert!(page.contains("<section id=\"checks\">"), "{page}");
    assert!(page.contains("<code>npm run typecheck</code>"), "{page}");
    assert!(
        page.contains("the project's own checks did not pass: <code>typecheck</code> (fail)"),
        "{page}"
    );
    assert!(!page.contains('❌'), "emoji in the page");
    let output = sechound()
        .args([
            "review",
            repo.path().to_str().unwrap(),
            "--format",
            "sarif",
            "--checks-from",
        ])
        .arg(&saved)
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let steps = &sarif["runs"][0]["properties"]["checks"];
    assert_eq!(steps[0]["name"], "typecheck");
    assert_eq!(steps[0]["status"], "fail");
    assert_eq!(steps[0]["outcome"], "typecheck: 2 errors");
    assert_eq!(
        sarif["runs"][0]["properties"]["signOff"],
        "approved-with-conditions"
    );
    let output = sechound()
        .args(["review", repo.path().to_str().unwrap(), "--checks", "-q"])
        .env("XDG_CACHE_HOME", logs.path())
        .output()
        .unwrap();
    let markdown = stdout(&output);
    assert!(
        markdown.contains("**Sign-off:** APPROVED WITH CONDITIONS"),
        "{markdown}"
    );
    assert!(markdown.contains("## Checks"), "{markdown}");
    assert!(
        markdown
            .contains("| typecheck | `npm run typecheck` | ❌ fail | typecheck: 2 errors | 2 |"),
        "{markdown}"
    );
    assert_eq!(status(repo.path()), "");
}

#[test]
fn a_step_over_its_time_limit_is_stopped_with_its_children() {
    let outside = tempfile::tempdir().unwrap();
    let child_pid = outside.path().join("child.pid");
    let stray_pid = outside.path().join("stray.pid");
    let config = format!(
        r#"[checks]
discover = false

[[checks.step]]
name = "hangs"
kind = "test"
run = "sleep 300 & echo $! > '{child}'; wait"
timeout = 2

[[checks.step]]
name = "leaves-a-process"
run = "sleep 300 > /dev/null 2>&1 & echo $! > '{stray}'"
"#,
        child = child_pid.display(),
        stray = stray_pid.display()
    );
    let repo = repository(&[("sechound.toml", &config)]);
    let logs = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let (exit, run, _) = checks(repo.path(), logs.path(), &["-q"]);
    assert!(
        started.elapsed().as_secs() < 30,
        "the run waited for the step: {:?}",
        started.elapsed()
    );
    assert_eq!(exit, 1);
    let hangs = step(&run, "hangs");
    assert_eq!(hangs.status, StepStatus::Timeout);
    assert_eq!(hangs.exit_code, None);
    assert!(
        hangs.duration_ms >= 2000 && hangs.duration_ms < 10_000,
        "{}",
        hangs.duration_ms
    );
    let pid: u32 = fs::read_to_string(&child_pid)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(!alive(pid), "the step's child {pid} is still running");
    // A run that times out blocks approval like a failing one.
    assert!(hangs.blocks_approval());

    let leaves = step(&run, "leaves-a-process");
    assert_eq!(leaves.status, StepStatus::Pass);
    assert!(leaves.stray_processes_stopped);
    let pid: u32 = fs::read_to_string(&stray_pid)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(
        !alive(pid),
        "the process {pid} left behind is still running"
    );
}

#[test]
fn steps_get_no_secrets_and_changes_to_tracked_files_are_reported() {
    let outside = tempfile::tempdir().unwrap();
    let env_file = outside.path().join("env.txt");
    let config = format!(
        r#"[checks]
discover = false

[[checks.step]]
name = "env"
run = "env > '{env}'"

[[checks.step]]
name = "formatter"
kind = "lint"
run = "echo reformatted >> README.md"

[[checks.step]]
name = "audit"
kind = "audit"
run = "echo 'npm ERR! code ENOTFOUND'; echo 'npm ERR! request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org'; exit 1"
"#,
        env = env_file.display()
    );
    let repo = repository(&[("sechound.toml", &config), ("README.md", "# app\n")]);
    let logs = tempfile::tempdir().unwrap();
    let output = sechound()
        .args([
            "checks",
            repo.path().to_str().unwrap(),
            "--format",
            "json",
            "-q",
            "--logs",
        ])
        .arg(logs.path())
        .args(["--pass-env", "KEPT_API_TOKEN"])
        .env("GITHUB_TOKEN", "ghp_0123456789abcdef0123456789abcdef0123")
        .env("DATABASE_URL", "postgres://app:hunter2@db/app")
        .env("KEPT_API_TOKEN", "kept")
        .env("PLAIN_SETTING", "visible")
        .output()
        .unwrap();
    let run: ChecksRun = serde_json::from_slice(&output.stdout).unwrap();
    let env = fs::read_to_string(&env_file).unwrap();
    assert!(!env.contains("GITHUB_TOKEN"), "{env}");
    assert!(!env.contains("hunter2"), "{env}");
    assert!(env.contains("KEPT_API_TOKEN=kept"), "{env}");
    assert!(env.contains("PLAIN_SETTING=visible"), "{env}");
    assert!(env.lines().any(|l| l == "CI=true"), "{env}");
    assert!(run.env_removed.contains(&"GITHUB_TOKEN".to_string()));
    assert!(run.env_removed.contains(&"DATABASE_URL".to_string()));

    let formatter = step(&run, "formatter");
    assert_eq!(formatter.modified_tracked_files, ["README.md"]);
    assert!(
        run.notes
            .iter()
            .any(|n| n.contains("`formatter` changed tracked files")),
        "{:?}",
        run.notes
    );

    // An audit that could not reach its service is no clean audit.
    let audit = step(&run, "audit");
    assert_eq!(audit.status, StepStatus::Error);
    let detail = audit.detail.as_deref().unwrap();
    assert!(detail.starts_with("could not run"), "{detail}");
    assert!(audit.problems.is_none());
    let markdown = sechound_report::checks::render(&run);
    assert!(markdown.contains("⚠️ could not run"), "{markdown}");
    assert!(!markdown.contains("0 vulnerabilities"), "{markdown}");
}

#[test]
fn list_shows_what_would_run_and_why_and_runs_nothing() {
    let repo = repository(&[
        (
            "package.json",
            r#"{"scripts":{"lint":"eslint .","test":"jest"},"devDependencies":{"jest":"29"}}"#,
        ),
        (
            "package-lock.json",
            r#"{"lockfileVersion":3,"packages":{}}"#,
        ),
        (
            "sechound.toml",
            "[checks]\nremove = [\"audit\"]\n\n[[checks.step]]\nname = \"lint\"\nrun = \"npm run lint -- --max-warnings 0\"\nkind = \"lint\"\n",
        ),
    ]);
    let output = sechound()
        .args(["checks", repo.path().to_str().unwrap(), "--list"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    let line = |name: &str, command: &str| {
        text.lines()
            .any(|l| l.contains(&format!(". {name} ")) && l.ends_with(command))
    };
    assert!(line("install", "npm ci"), "{text}");
    assert!(line("lint", "npm run lint -- --max-warnings 0"), "{text}");
    assert!(text.contains("sechound.toml:5"), "{text}");
    assert!(line("test", "npm test"), "{text}");
    assert!(!text.contains("npm audit"), "{text}");
    assert!(!repo.path().join("node_modules").exists());

    // A name the configuration cannot find is an error with its line.
    write(
        repo.path(),
        "sechound.toml",
        "[checks]\nremove = [\"e2e\"]\n",
    );
    let output = sechound()
        .args(["checks", repo.path().to_str().unwrap(), "--list"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("sechound.toml:2"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn pytest_installed_into_a_fresh_virtual_environment() {
    ensure_tool("python3", "python3");
    let repo = repository(&[
        (
            "pyproject.toml",
            "[project]\nname = \"calc\"\nversion = \"0.1.0\"\n\n[tool.pytest.ini_options]\ntestpaths = [\"tests\"]\n",
        ),
        (
            "tests/test_calc.py",
            "import pytest\n\n\ndef test_add():\n    assert 1 + 1 == 2\n\n\ndef test_mul():\n    assert 2 * 3 == 6\n\n\ndef test_sub():\n    assert 3 - 1 == 1\n\n\n@pytest.mark.skip(reason=\"not yet\")\ndef test_div():\n    assert 1 / 1 == 1\n",
        ),
        (".gitignore", ".venv/\n__pycache__/\n.pytest_cache/\n"),
    ]);
    // The project's own environment, with pytest from PyPI: nothing on this machine is assumed.
    let venv = repo.path().join(".venv");
    let mut created = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .output()
        .unwrap();
    if !created.status.success() {
        ensure_tool_package("python3-venv");
        created = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .output()
            .unwrap();
    }
    assert!(
        created.status.success(),
        "python3 -m venv failed: {}",
        String::from_utf8_lossy(&created.stderr)
    );
    let installed = Command::new(venv.join("bin/python"))
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "pytest",
        ])
        .output()
        .unwrap();
    assert!(
        installed.status.success(),
        "pip could not install pytest from PyPI (this test needs it):\n{}",
        String::from_utf8_lossy(&installed.stderr)
    );
    let logs = tempfile::tempdir().unwrap();
    let (exit, run, _) = checks(repo.path(), logs.path(), &["-q"]);
    assert_eq!(exit, 1);
    let pytest = step(&run, "pytest");
    assert_eq!(pytest.command, ".venv/bin/python -m pytest");
    assert_eq!(pytest.status, StepStatus::Fail);
    let counts = pytest.tests.as_ref().expect("pytest summary");
    assert_eq!(counts.runner, "pytest");
    assert_eq!((counts.passed, counts.failed, counts.skipped), (2, 1, 1));
    assert_eq!(pytest.failures[0].name, "tests/test_calc.py::test_sub");
    assert!(
        pytest.failures[0].message[0].contains("assert"),
        "{:?}",
        pytest.failures
    );
    // pip-audit is not in the environment: listed, not run, and not called clean.
    let audit = step(&run, "pip-audit");
    assert_eq!(audit.status, StepStatus::Skipped);
    assert!(
        run.tools.iter().any(|t| t.contains("Python 3")),
        "{:?}",
        run.tools
    );
    assert_eq!(status(repo.path()), "");
}

#[test]
fn unittest_without_pytest_configuration() {
    ensure_tool("python3", "python3");
    let repo = repository(&[
        (
            "setup.py",
            "from setuptools import setup\nsetup(name='calc')\n",
        ),
        ("tests/__init__.py", ""),
        (
            "tests/test_calc.py",
            "import unittest\n\n\nclass CalcTest(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(1 + 1, 2)\n\n    def test_sub(self):\n        self.assertEqual(3 - 1, 1)\n\n    @unittest.skip('later')\n    def test_div(self):\n        pass\n",
        ),
    ]);
    let logs = tempfile::tempdir().unwrap();
    let (exit, run, _) = checks(repo.path(), logs.path(), &["-q", "--skip", "pip-audit"]);
    assert_eq!(exit, 1);
    let unittest = step(&run, "unittest");
    assert_eq!(
        unittest.command,
        "python3 -m unittest discover -s tests -t ."
    );
    let counts = unittest.tests.as_ref().expect("unittest summary");
    assert_eq!((counts.passed, counts.failed, counts.skipped), (1, 1, 1));
    assert!(
        unittest.failures[0].name.starts_with("test_sub"),
        "{:?}",
        unittest.failures
    );
    assert_eq!(unittest.failures[0].message, ["AssertionError: 2 != 1"]);
}

/// Installs a Debian package the Python tests need (root with apt-get), or fails saying so.
fn ensure_tool_package(package: &str) {
    let status = Command::new("apt-get")
        .args(["install", "-y", "-qq", package])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status();
    assert!(
        status.is_ok_and(|s| s.success()),
        "`python3 -m venv` needs the Debian package `{package}`, which could not be installed"
    );
}

#[test]
fn ctrl_c_stops_the_running_step_and_its_children() {
    let outside = tempfile::tempdir().unwrap();
    let child_pid = outside.path().join("child.pid");
    let config = format!(
        r#"[checks]
discover = false

[[checks.step]]
name = "long"
kind = "test"
run = "sleep 300 & echo $! > '{child}'; wait"

[[checks.step]]
name = "after"
run = "true"
"#,
        child = child_pid.display()
    );
    let repo = repository(&[("sechound.toml", &config)]);
    let logs = tempfile::tempdir().unwrap();
    let running = sechound()
        .args([
            "checks",
            repo.path().to_str().unwrap(),
            "--format",
            "json",
            "-q",
            "--logs",
        ])
        .arg(logs.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let waited = std::time::Instant::now();
    while !child_pid.exists() || fs::read_to_string(&child_pid).unwrap().trim().is_empty() {
        assert!(waited.elapsed().as_secs() < 30, "the step never started");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let interrupted = Command::new("kill")
        .args(["-INT", &running.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let output = running.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130));
    let run: ChecksRun = serde_json::from_slice(&output.stdout).unwrap();
    let long = step(&run, "long");
    assert_eq!(long.status, StepStatus::Error);
    assert!(long.detail.as_deref().unwrap().starts_with("interrupted"));
    assert_eq!(step(&run, "after").status, StepStatus::Skipped);
    let pid: u32 = fs::read_to_string(&child_pid)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(!alive(pid), "the step's child {pid} is still running");
}
