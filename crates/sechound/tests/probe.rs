//! `sechound probe` and `review --probe` end to end, against the shipped examples run for real on
//! 127.0.0.1: examples/express-api with Node (its npm dependencies installed by this test from
//! the npm registry, compiled with the TypeScript it installs) and examples/fastapi-service with
//! uvicorn (its PyPI dependencies installed by this test into a virtual environment). Each runs
//! twice: as shipped, with its planted live problems, and as a safe twin (the same code with
//! the problems fixed and a real secret in the environment) where they must not be reported.
//!
//! The installs are cached under the target directory, keyed by the dependency lists, and
//! bounded in time; a failed install fails the test (it is never skipped). The tests need
//! `node`, `npm` and `python3` with `venv` (installed with apt-get when missing and running as
//! root on Debian).

mod common;

use common::{code, sechound, stderr, stdout};
use serde_json::Value;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Time an install may take before the test fails.
const INSTALL_LIMIT: Duration = Duration::from_secs(600);

/// One install at a time in this test binary; the cache marker makes later runs instant.
static INSTALLS: Mutex<()> = Mutex::new(());

fn cache_root() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("probe-e2e")
}

/// A free TCP port on 127.0.0.1.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn accepts(port: u16) -> bool {
    TcpStream::connect_timeout(
        &format!("127.0.0.1:{port}").parse().unwrap(),
        Duration::from_millis(300),
    )
    .is_ok()
}

/// True when a process whose command line contains `needle` is running (read from /proc, so
/// no procps is needed).
fn running(needle: &str) -> bool {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .chars()
                .all(|c| c.is_ascii_digit())
        })
        .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
        .map(|raw| String::from_utf8_lossy(&raw).replace('\0', " "))
        .any(|command| command.contains(needle))
}

fn on_path(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Installs a Debian package with apt-get when running as root; otherwise fails naming it.
fn ensure_tool(program: &str, package: &str) {
    if on_path(program) {
        return;
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if root && on_path("apt-get") {
        let _ = Command::new("apt-get").args(["update", "-qq"]).status();
        let status = Command::new("apt-get")
            .args(["install", "-y", "-qq", package])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status();
        assert!(
            status.is_ok_and(|s| s.success()) && on_path(program),
            "`{program}` is missing and `apt-get install {package}` failed"
        );
        return;
    }
    panic!("this test needs `{program}` (Debian package `{package}`) on PATH");
}

/// Runs `command` and kills it if it takes longer than `limit`.
fn run_bounded(command: &mut Command, limit: Duration, what: &str) -> Output {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: cannot start: {e}"));
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{what} took longer than {} s", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn key_of(parts: &[&str]) -> String {
    let mut hasher = DefaultHasher::new();
    parts.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// `dir` built once by `build` and reused while its key is the same.
fn cached(name: &str, key: &str, build: impl FnOnce(&Path)) -> PathBuf {
    let _guard = INSTALLS.lock().unwrap_or_else(|e| e.into_inner());
    let dir = cache_root().join(format!("{name}-{key}"));
    if dir.join(".complete").exists() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    build(&dir);
    std::fs::write(dir.join(".complete"), "").unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "`{from}` not in {}", path.display());
    std::fs::write(path, text.replace(from, to)).unwrap();
}

/// `node_modules` for examples/express-api: `npm install` of its package.json from the npm
/// registry, without install scripts (the native `bcrypt` would need a compiler and a download
/// from GitHub; the test stands it in, see data/probe/express-stubs.cjs).
fn express_modules() -> PathBuf {
    ensure_tool("node", "nodejs");
    ensure_tool("npm", "npm");
    let manifest =
        std::fs::read_to_string(common::workspace().join("examples/express-api/package.json"))
            .unwrap();
    let key = key_of(&[&manifest, "npm install --ignore-scripts v1"]);
    cached("express-modules", &key, |dir| {
        std::fs::write(dir.join("package.json"), &manifest).unwrap();
        run_bounded(
            Command::new("npm")
                .args([
                    "install",
                    "--ignore-scripts",
                    "--no-audit",
                    "--no-fund",
                    "--no-package-lock",
                    "--loglevel=error",
                ])
                .current_dir(dir),
            INSTALL_LIMIT,
            "npm install for examples/express-api",
        );
    })
    .join("node_modules")
}

/// A virtual environment with examples/fastapi-service's dependencies from PyPI.
fn fastapi_venv() -> PathBuf {
    ensure_tool("python3", "python3");
    let pyproject = std::fs::read_to_string(
        common::workspace().join("examples/fastapi-service/pyproject.toml"),
    )
    .unwrap();
    let requirements = dependencies_of(&pyproject);
    assert!(requirements.iter().any(|r| r.starts_with("fastapi")));
    let key = key_of(&[&requirements.join("\n"), "venv v1"]);
    cached("fastapi-venv", &key, |dir| {
        let created = Command::new("python3")
            .args(["-m", "venv"])
            .arg(dir)
            .output()
            .unwrap();
        if !created.status.success() {
            ensure_tool("apt-get", "apt");
            let _ = Command::new("apt-get")
                .args(["install", "-y", "-qq", "python3-venv"])
                .env("DEBIAN_FRONTEND", "noninteractive")
                .status();
            run_bounded(
                Command::new("python3").args(["-m", "venv"]).arg(dir),
                INSTALL_LIMIT,
                "python3 -m venv",
            );
        }
        run_bounded(
            Command::new(dir.join("bin/python"))
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--disable-pip-version-check",
                    "--no-input",
                    "-q",
                ])
                .args(&requirements),
            INSTALL_LIMIT,
            "pip install for examples/fastapi-service",
        );
    })
}

/// The `dependencies = [...]` of a pyproject.toml.
fn dependencies_of(pyproject: &str) -> Vec<String> {
    let start = pyproject.find("dependencies = [").expect("dependencies") + 16;
    // The list ends at a `]` alone on its line (extras such as `uvicorn[standard]` have theirs).
    let end = start + pyproject[start..].find("\n]").unwrap();
    pyproject[start..end]
        .lines()
        .map(|d| d.trim().trim_end_matches(',').trim_matches('"').to_string())
        .filter(|d| !d.is_empty())
        .collect()
}

/// A copy of examples/express-api in a temporary directory, compiled, ready to run with Node.
fn express_copy(patch: impl FnOnce(&Path)) -> tempfile::TempDir {
    let modules = express_modules();
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &common::workspace().join("examples/express-api"),
        dir.path(),
    );
    patch(dir.path());
    std::os::unix::fs::symlink(&modules, dir.path().join("node_modules")).unwrap();
    run_bounded(
        Command::new(modules.join(".bin/tsc"))
            .args(["-p", ".", "--noCheck", "--outDir", "dist"])
            .current_dir(dir.path()),
        Duration::from_secs(120),
        "tsc for examples/express-api",
    );
    assert!(dir.path().join("dist/server.js").is_file());
    dir
}

fn express_start(dir: &Path) -> String {
    let stubs = common::workspace().join("crates/sechound/tests/data/probe/express-stubs.cjs");
    format!(
        "cd '{}' && exec node -r '{}' dist/server.js",
        dir.display(),
        stubs.display()
    )
}

fn fastapi_copy(patch: impl FnOnce(&Path)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &common::workspace().join("examples/fastapi-service"),
        dir.path(),
    );
    patch(dir.path());
    dir
}

fn fastapi_start(dir: &Path, venv: &Path, port: u16) -> String {
    format!(
        "cd '{}' && exec '{}' -m uvicorn app.main:app --host 127.0.0.1 --port {port}",
        dir.display(),
        venv.join("bin/python").display()
    )
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", stdout(output), stderr(output)))
}

/// The findings of `rule`, and those with a finding of `rule` folded into them (one root cause
/// in several files is one finding).
fn findings<'a>(report: &'a Value, rule: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["rule_id"] == rule
                || f["folded"]
                    .as_array()
                    .is_some_and(|folded| folded.iter().any(|x| x["rule_id"] == rule))
        })
        .collect()
}

fn rule_ids(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap().to_string())
        .collect()
}

fn endpoint<'a>(report: &'a Value, method: &str, path: &str) -> &'a Value {
    report["project"]["endpoints"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["method"] == method && e["path"] == path)
        .unwrap_or_else(|| panic!("no endpoint {method} {path}"))
}

/// Arguments that keep the end-to-end probes quick: a fast rate, a short per-request timeout
/// (two of the Express example's handlers call external hosts and never answer without
/// network).
const QUICK: &[&str] = &["--rate", "60", "--request-timeout", "2", "-q"];

#[test]
fn express_example_as_shipped_shows_its_live_problems_and_the_safe_twin_does_not() {
    let shipped = express_copy(|_| {});
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");
    let output = sechound()
        .args(["probe"])
        .arg(shipped.path())
        .args(["--url", &url, "--format", "json", "--start"])
        .arg(express_start(shipped.path()))
        .args(QUICK)
        .env("PORT", port.to_string())
        .env_remove("JWT_SECRET")
        .env_remove("SESSION_SECRET")
        .output()
        .unwrap();
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert!(!accepts(port), "the started service was stopped");
    let report = json_of(&output);
    let text = stdout(&output);
    let ids = rule_ids(&report);

    // The fallback JWT secret in src/config.ts signs tokens the service accepts.
    let live = findings(&report, "probe.committed-secret-live");
    assert_eq!(live.len(), 1, "{ids:?}");
    assert_eq!(live[0]["evidence"]["path"], "src/config.ts");
    assert_eq!(live[0]["severity"], "critical");
    let fallback = &findings(&report, "js.secret-fallback");
    assert!(
        fallback.iter().any(|f| f["live"]["confirmed_by"]
            .as_str()
            .is_some_and(|c| c.contains("probe.committed-secret-live"))),
        "the static finding is marked verified live: {fallback:?}"
    );
    assert_eq!(
        endpoint(&report, "GET", "/admin/queues/dead-letter")["live"]["verdict"],
        "forged-accepted"
    );
    // Every other protected endpoint refused the request without credentials.
    assert_eq!(
        endpoint(&report, "DELETE", "/orders/:id")["live"]["verdict"],
        "rejected"
    );
    assert_eq!(
        endpoint(&report, "DELETE", "/orders/:id")["live"]["request"],
        "DELETE /orders/0"
    );
    assert_eq!(
        endpoint(&report, "GET", "/health")["live"]["verdict"],
        "open"
    );
    // `cors({ origin: true, credentials: true })` reflects any origin with credentials.
    let cors = findings(&report, "probe.cors-reflects-origin");
    assert_eq!(cors.len(), 1, "{ids:?}");
    assert_eq!(cors[0]["severity"], "high");
    assert!(findings(&report, "js.cors-allow-all-origins")[0]["live"].is_object());
    // /metrics answers Prometheus text; the error handler returns the stack.
    assert_eq!(
        findings(&report, "probe.metrics-exposed").len(),
        1,
        "{ids:?}"
    );
    assert_eq!(
        findings(&report, "probe.error-details-exposed").len(),
        1,
        "{ids:?}"
    );
    assert!(findings(&report, "js.error-details-exposed")[0]["live"].is_object());
    // jsonwebtoken refuses `alg: none`, wrong keys and unsigned tokens; helmet sets headers.
    for quiet in [
        "probe.forged-token-accepted",
        "probe.auth-required-answers-open",
        "probe.missing-security-headers",
        "probe.server-banner",
    ] {
        assert!(!ids.contains(&quiet.to_string()), "{quiet} in {ids:?}");
    }
    // Bounds and the account of the run.
    let probe = &report["probe"];
    let sent = probe["requests_sent"].as_u64().unwrap();
    assert!(sent > 40 && sent <= 300, "{sent}");
    assert_eq!(probe["service"]["ended"], "stopped with SIGTERM");
    assert_eq!(probe["endpoints_total"], 20);
    assert_eq!(probe["endpoints_probed"], 20);
    // Only what was verified live is in the probe's report, and no secret in clear.
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["live"].is_object())
    );
    for secret in [
        "dev-jwt-secret-change-me",
        "orders-session-7f3a",
        "dev-jwt-secret\"",
    ] {
        assert!(!text.contains(secret), "`{secret}` appears in the report");
    }

    // The safe twin: a fixed list of origins, no stack in errors, a real secret set.
    let twin = express_copy(|dir| {
        replace_in(
            &dir.join("src/server.ts"),
            "cors({ origin: true, credentials: true })",
            "cors({ origin: ['https://app.example.com'], credentials: true })",
        );
        replace_in(
            &dir.join("src/server.ts"),
            "res.status(500).json({ error: err.message, stack: err.stack });",
            "res.status(500).json({ error: 'internal error' });",
        );
    });
    let port = free_port();
    let output = sechound()
        .args(["probe"])
        .arg(twin.path())
        .args([
            "--url",
            &format!("http://127.0.0.1:{port}"),
            "--format",
            "json",
            "--start",
        ])
        .arg(express_start(twin.path()))
        .args(QUICK)
        .args(["--fail-on", "critical"])
        .env("PORT", port.to_string())
        .env("JWT_SECRET", "a-real-secret-from-the-environment-7c1e9a")
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let report = json_of(&output);
    let ids = rule_ids(&report);
    for gone in [
        "probe.committed-secret-live",
        "probe.cors-reflects-origin",
        "probe.error-details-exposed",
        "js.secret-fallback",
    ] {
        assert!(!ids.contains(&gone.to_string()), "{gone} in {ids:?}");
    }
    // What the twin did not fix is still seen.
    assert_eq!(
        findings(&report, "probe.metrics-exposed").len(),
        1,
        "{ids:?}"
    );
    assert_eq!(
        endpoint(&report, "GET", "/admin/queues/dead-letter")["live"]["verdict"],
        "rejected"
    );
    assert!(
        report["probe"]["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n
                .as_str()
                .unwrap()
                .contains("none of them is the live signing key")),
        "{}",
        report["probe"]["notes"]
    );
}

#[test]
fn fastapi_example_review_with_probe_marks_what_is_live_and_the_safe_twin_is_quiet() {
    let venv = fastapi_venv();
    let shipped = fastapi_copy(|_| {});
    let port = free_port();
    let output = sechound()
        .args(["review"])
        .arg(shipped.path())
        .args([
            "--format",
            "json",
            "--probe",
            &format!("http://127.0.0.1:{port}"),
            "--start",
        ])
        .arg(fastapi_start(shipped.path(), &venv, port))
        .args(QUICK)
        .env_remove("JWT_SECRET")
        .env("PARTNER_API_TOKEN", "partner-token-for-the-test")
        .output()
        .unwrap();
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert!(!accepts(port), "the started service was stopped");
    let report = json_of(&output);
    let ids = rule_ids(&report);

    // The refresh endpoint decodes without verifying: a token signed with a random key works.
    let refresh = findings(&report, "probe.refresh-accepts-forged-token");
    assert_eq!(refresh.len(), 1, "{ids:?}");
    assert_eq!(refresh[0]["evidence"]["path"], "app/routers/auth.py");
    let body = refresh[0]["live"]["exchanges"][0]["body_excerpt"]
        .as_str()
        .unwrap();
    assert!(
        body.contains("access_token") && body.contains("…["),
        "masked: {body}"
    );
    assert!(findings(&report, "project.refresh-token-not-verified")[0]["live"].is_object());
    // `os.getenv("JWT_SECRET", "inventory-dev-secret")`: the fallback is the live key.
    let live = findings(&report, "probe.committed-secret-live");
    assert_eq!(live.len(), 1, "{ids:?}");
    assert_eq!(live[0]["evidence"]["path"], "app/config.py");
    assert!(findings(&report, "py.secret-fallback")[0]["live"].is_object());
    // Starlette reflects the origin of a request with cookies when allow_origins=["*"] and
    // allow_credentials=True.
    assert_eq!(
        findings(&report, "probe.cors-reflects-origin")[0]["severity"],
        "high"
    );
    // debug=True: tracebacks in 500 answers (the example has no database tables).
    let errors = findings(&report, "probe.error-details-exposed");
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap()
            .contains("Python traceback")
    );
    assert!(findings(&report, "py.debug-enabled")[0]["live"].is_object());
    assert_eq!(
        findings(&report, "probe.api-docs-exposed").len(),
        1,
        "{ids:?}"
    );
    assert_eq!(findings(&report, "probe.missing-security-headers").len(), 1);
    // The review keeps its unconfirmed static findings, unmarked.
    let sql = findings(&report, "py.sql-injection");
    assert!(!sql.is_empty() && sql.iter().all(|f| f["live"].is_null()));
    // The WebSocket endpoint is listed as not probed; the rest were.
    let not_probed = report["probe"]["not_probed"].as_array().unwrap();
    assert_eq!(not_probed.len(), 1, "{not_probed:?}");
    assert_eq!(not_probed[0]["method"], "WS");
    assert_eq!(
        endpoint(&report, "GET", "/api/orders/{order_id}")["live"]["request"],
        "GET /api/orders/0"
    );

    // The Markdown review shows the marks, the live column and the probe's account.
    let shipped_md = sechound()
        .args(["review"])
        .arg(shipped.path())
        .args(["--probe", &format!("http://127.0.0.1:{port}"), "--start"])
        .arg(fastapi_start(shipped.path(), &venv, port))
        .args(QUICK)
        .args(["--fail-on", "never"])
        .env_remove("JWT_SECRET")
        .env("PARTNER_API_TOKEN", "partner-token-for-the-test")
        .output()
        .unwrap();
    assert_eq!(code(&shipped_md), 0, "{}", stderr(&shipped_md));
    let markdown = stdout(&shipped_md);
    assert!(markdown.contains("## Live probe"));
    assert!(markdown.contains("| Method | Path | Auth | Roles | Where | How | Live |"));
    assert!(markdown.contains("· ✔ verified live"));
    assert!(markdown.contains("```http\nPOST /auth/refresh"));
    assert!(!markdown.contains("inventory-dev-secret"));

    // The safe twin: the refresh token verified, debug off, a fixed list of origins, a real
    // secret from the environment.
    let twin = fastapi_copy(|dir| {
        replace_in(
            &dir.join("app/routers/auth.py"),
            "    claims = jwt.decode(body.refresh_token, options={\"verify_signature\": False})",
            "    try:\n        claims = jwt.decode(body.refresh_token, JWT_SECRET, algorithms=[\"HS256\"])\n    except jwt.PyJWTError:\n        raise HTTPException(status_code=401, detail=\"invalid refresh token\")",
        );
        replace_in(
            &dir.join("app/routers/auth.py"),
            "from fastapi import APIRouter",
            "from fastapi import APIRouter, HTTPException\n\nfrom app.config import JWT_SECRET",
        );
        replace_in(&dir.join("app/main.py"), "debug=True", "debug=False");
        replace_in(
            &dir.join("app/main.py"),
            "allow_origins=[\"*\"]",
            "allow_origins=[\"https://app.example.com\"]",
        );
    });
    let port = free_port();
    let output = sechound()
        .args(["probe"])
        .arg(twin.path())
        .args([
            "--url",
            &format!("http://127.0.0.1:{port}"),
            "--format",
            "sarif",
            "--start",
        ])
        .arg(fastapi_start(twin.path(), &venv, port))
        .args(QUICK)
        .args(["--fail-on", "never"])
        .env("JWT_SECRET", "a-real-secret-from-the-environment-5d2b")
        .env("PARTNER_API_TOKEN", "partner-token-for-the-test")
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let sarif = json_of(&output);
    let results: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap().to_string())
        .collect();
    for gone in [
        "probe.refresh-accepts-forged-token",
        "probe.committed-secret-live",
        "probe.cors-reflects-origin",
        "probe.error-details-exposed",
    ] {
        assert!(
            !results.contains(&gone.to_string()),
            "{gone} in {results:?}"
        );
    }
    assert!(
        results.contains(&"probe.api-docs-exposed".to_string()),
        "{results:?}"
    );
    let run = &sarif["runs"][0];
    assert!(run["results"][0]["properties"]["verifiedLive"] == true);
    assert!(run["properties"]["probe"]["requestsSent"].as_u64().unwrap() > 20);
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/sarif-schema-2.1.0.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft4::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn a_remote_url_is_refused_before_anything_runs() {
    let started = Instant::now();
    let output = common::run(&[
        "probe",
        "examples/express-api",
        "--url",
        "http://203.0.113.7:3000",
    ]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("is not a loopback address"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("--allow-remote"));
    assert!(started.elapsed() < Duration::from_secs(5));
    let output = common::run(&[
        "review",
        "examples/express-api",
        "--probe",
        "http://example.com",
    ]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("is not a loopback address"));
    // Probe options without --probe are a usage error.
    let output = common::run(&["review", "examples/express-api", "--budget", "5"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("need --probe URL"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_service_that_does_not_start_or_a_port_already_taken_is_an_error() {
    let port = free_port();
    let output = sechound()
        .args(["probe", "examples/express-api", "--url"])
        .arg(format!("http://127.0.0.1:{port}"))
        .args([
            "--start",
            "echo booting; echo missing module >&2; exit 3",
            "-q",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    let err = stderr(&output);
    assert!(
        err.contains("exited") && err.contains("missing module"),
        "{err}"
    );

    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let output = sechound()
        .args(["probe", "examples/express-api", "--url"])
        .arg(format!("http://127.0.0.1:{port}"))
        .args(["--start", "sleep 30", "-q"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("already accepts connections"),
        "{}",
        stderr(&output)
    );

    // A service that never opens its port is stopped at the start timeout, with its children.
    let port = free_port();
    // An unusual duration names the child, so that pgrep finds only it.
    let marker = format!("sleep 61.{port}");
    let started = Instant::now();
    let output = sechound()
        .args(["probe", "examples/express-api", "--url"])
        .arg(format!("http://127.0.0.1:{port}"))
        .args(["--start-timeout", "2", "--start"])
        .arg(format!("{marker} & sleep 62"))
        .arg("-q")
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("within 2 s"),
        "{}",
        stderr(&output)
    );
    assert!(started.elapsed() < Duration::from_secs(15));
    assert!(!running(&marker), "a child of the service was left behind");
}

#[test]
fn probe_rules_are_listed_and_explained() {
    let output = common::run(&["rules", "--format", "json"]);
    let rules: Value = serde_json::from_slice(&output.stdout).unwrap();
    let probe: Vec<&Value> = rules
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["id"].as_str().unwrap().starts_with("probe."))
        .collect();
    assert_eq!(probe.len(), 15);
    let output = common::run(&["rules", "explain", "probe.committed-secret-live"]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    assert!(
        text.contains("## What it finds") && text.contains("## Verification"),
        "{text}"
    );
}

#[test]
fn ctrl_c_stops_the_probe_and_the_service_and_still_writes_the_report() {
    ensure_tool("python3", "python3");
    let served = tempfile::tempdir().unwrap();
    std::fs::write(served.path().join("index.html"), "<html>hello</html>").unwrap();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("live.json");
    let port = free_port();
    let mut child = sechound()
        .args(["probe", "examples/express-api", "--url"])
        .arg(format!("http://127.0.0.1:{port}"))
        .args(["--rate", "2", "--format", "json", "-q", "-o"])
        .arg(&report)
        .arg("--start")
        .arg(format!(
            "cd '{}' && exec python3 -m http.server {port} --bind 127.0.0.1",
            served.path().display()
        ))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the service is up and the probe is under way.
    let started = Instant::now();
    while !accepts(port) && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(2));
    let status = Command::new("sh")
        .args(["-c", &format!("kill -INT {}", child.id())])
        .status()
        .unwrap();
    assert!(status.success());
    let stopped = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        assert!(
            stopped.elapsed() < Duration::from_secs(10),
            "sechound did not stop after SIGINT"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(code, Some(130));
    assert!(!accepts(port), "the service was stopped");
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(written["probe"]["stopped_early"], "interrupted");
    let sent = written["probe"]["requests_sent"].as_u64().unwrap();
    assert!((2..30).contains(&sent), "{sent}");
}
