//! The review's judgement, end to end: findings ranked by the endpoints that reach them, one
//! finding per root cause with advice for each place, no report contradicting itself, and an
//! honest verdict when too little was read.

mod common;

use common::{code, run, stderr, stdout};
use sechound_core::coverage::CoverageProblem;
use sechound_core::project::ControlStatus;
use sechound_core::{Reach, Report, Severity, SignOff};
use std::fs;
use std::path::Path;

fn review_json(path: &str) -> Report {
    let output = run(&["review", path, "--format", "json", "--fail-on", "never"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    common::report(&output)
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// The same SQL injection three times: behind an administrator role, behind authentication,
/// and open. The open one ranks first; the administrator's counts one severity lower.
#[test]
fn exposure_ranks_open_flaws_first_and_admin_only_ones_lower() {
    let dir = tempfile::tempdir().unwrap();
    let query = |table: &str| {
        format!(
            "  const result = await pool.query(`SELECT * FROM {table} WHERE name = '${{req.query.name}}'`);\n  res.json(result.rows);\n"
        )
    };
    write(
        dir.path(),
        "server.js",
        &format!(
            "const express = require('express');\nconst {{ Pool }} = require('pg');\nconst pool = new Pool();\nconst app = express();\n\n\
             function requireAuth(req, res, next) {{\n  if (!req.headers.authorization) return res.sendStatus(401);\n  next();\n}}\n\n\
             function requireRole(role) {{\n  return (req, res, next) => (req.user && req.user.role === role ? next() : res.sendStatus(403));\n}}\n\n\
             app.get('/admin/search', requireAuth, requireRole('admin'), async (req, res) => {{\n{}}});\n\n\
             app.get('/me/search', requireAuth, async (req, res) => {{\n{}}});\n\n\
             app.get('/search', async (req, res) => {{\n{}}});\n\nmodule.exports = app;\n",
            query("users"),
            query("orders"),
            query("products")
        ),
    );
    let report = review_json(dir.path().to_str().unwrap());
    let sql: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule_id == "js.sql-injection")
        .collect();
    assert_eq!(sql.len(), 3, "{:#?}", report.findings);
    let reach: Vec<(Option<Reach>, Severity, &str)> = sql
        .iter()
        .map(|f| {
            (
                f.reach(),
                f.severity,
                f.exposure.as_ref().unwrap().endpoints[0].path.as_str(),
            )
        })
        .collect();
    // Report order: open, then signed-in users, then the administrators' (a level lower).
    assert_eq!(
        reach,
        [
            (Some(Reach::Public), Severity::Critical, "/search"),
            (Some(Reach::Authenticated), Severity::Critical, "/me/search"),
            (Some(Reach::Privileged), Severity::High, "/admin/search"),
        ]
    );
    let admin = sql[2].exposure.as_ref().unwrap();
    assert_eq!(admin.rule_severity, Some(Severity::Critical));
    assert!(
        admin.describe().contains("role `admin`") && admin.describe().contains("critical"),
        "{}",
        admin.describe()
    );
    assert!(
        sql[0]
            .exposure
            .as_ref()
            .unwrap()
            .describe()
            .starts_with("Reachable without authentication through GET /search"),
    );
    // The open one leads the summary's actions and the executive summary's risks.
    assert_eq!(report.summary.top_actions[0], sql[0].id);
    let markdown = stdout(&run(&[
        "review",
        dir.path().to_str().unwrap(),
        "--fail-on",
        "never",
    ]));
    let risks = markdown
        .split("**The risks that matter most:**")
        .nth(1)
        .expect("risks in the executive summary");
    assert!(
        risks
            .trim_start()
            .starts_with("1. **SQL built from request data** at `server.js:")
            && risks.contains("`GET /search`, which answers without authentication"),
        "{risks}"
    );
    assert!(markdown.contains("- **Exposure:** Reachable only by callers with the role `admin`"));
}

/// A flaw in a helper of another file is exposed by the endpoints whose handlers call it,
/// through the linked call graph: open through one route, signed-in only through another.
/// A role taken from the body: on an administrator's endpoint that is the job (the finding is
/// dropped, not ranked lower), on the caller's own record it is privilege escalation.
#[test]
fn privilege_field_findings_behind_a_role_are_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let create = "  const user = await User.create({ email: req.body.email, role: req.body.role });\n  res.json(user);\n";
    write(
        dir.path(),
        "server.js",
        &format!(
            "const express = require('express');\nconst User = require('./user');\nconst app = express();\n\n\
             function requireAuth(req, res, next) {{\n  if (!req.headers.authorization) return res.sendStatus(401);\n  next();\n}}\n\n\
             function requireRole(role) {{\n  return (req, res, next) => (req.user && req.user.role === role ? next() : res.sendStatus(403));\n}}\n\n\
             app.post('/admin/users', requireAuth, requireRole('admin'), async (req, res) => {{\n{create}}});\n\n\
             app.post('/me/invite', requireAuth, async (req, res) => {{\n{create}}});\n\nmodule.exports = app;\n"
        ),
    );
    let report = review_json(dir.path().to_str().unwrap());
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule_id == "js.privilege-field-assignment")
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", report.findings);
    let exposure = found[0].exposure.as_ref().unwrap();
    assert_eq!(exposure.reach, Reach::Authenticated);
    assert_eq!(exposure.endpoints[0].path, "/me/invite");
}

/// The same write reached only through a route whose path (and so whose guards) sechound
/// cannot read: it stays, at low confidence, and says why.
#[test]
fn privilege_field_findings_behind_unknown_authentication_are_low_confidence() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "server.js",
        "const express = require('express');\nconst User = require('./user');\nconst routes = require('./routes');\nconst app = express();\n\n\
         app.post(routes.invite, async (req, res) => {\n  const user = await User.create({ email: req.body.email, role: req.body.role });\n  res.json(user);\n});\n\nmodule.exports = app;\n",
    );
    let report = review_json(dir.path().to_str().unwrap());
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule_id == "js.privilege-field-assignment")
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", report.findings);
    assert_eq!(found[0].exposure.as_ref().unwrap().reach, Reach::Unknown);
    assert_eq!(found[0].confidence, sechound_core::Confidence::Low);
    assert!(
        found[0].message.contains("could not be read"),
        "{}",
        found[0].message
    );
}

#[test]
fn exposure_follows_calls_into_other_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "src/server.js",
        "const express = require('express');\nconst { search } = require('./services/search');\nconst app = express();\n\n\
         function requireAuth(req, res, next) {\n  if (!req.headers.authorization) return res.sendStatus(401);\n  next();\n}\n\n\
         app.get('/products', async (req, res) => {\n  res.json(await search(req.query.q));\n});\n\n\
         module.exports = app;\n",
    );
    write(
        dir.path(),
        "src/services/search.js",
        "const { Pool } = require('pg');\nconst pool = new Pool();\n\n\
         async function search(term) {\n  return lookup(term);\n}\n\n\
         async function lookup(term) {\n  const r = await pool.query(`SELECT * FROM products WHERE title = '${term}'`);\n  return r.rows;\n}\n\n\
         module.exports = { search };\n",
    );
    let report = review_json(dir.path().to_str().unwrap());
    let sql = report
        .findings
        .iter()
        .find(|f| f.rule_id == "js.sql-injection")
        .unwrap_or_else(|| panic!("{:#?}", report.findings));
    assert_eq!(sql.evidence.path, "src/services/search.js");
    let exposure = sql
        .exposure
        .as_ref()
        .expect("exposure through the call graph");
    assert_eq!(sql.reach(), Some(Reach::Public));
    assert_eq!(exposure.endpoints[0].path, "/products");
    assert_eq!(
        exposure.endpoints[0].link,
        sechound_core::ReachLink::CallGraph
    );
    // The flow shows every step: the request read, the calls, the query.
    let steps: Vec<String> = sql
        .flow
        .iter()
        .map(|s| format!("{}:{}", s.path, s.line))
        .collect();
    assert_eq!(
        steps,
        [
            "src/server.js:11",
            "src/server.js:11",
            "src/services/search.js:5",
            "src/services/search.js:9"
        ]
    );
}

/// One development secret set in the Compose file, the code and a committed env file is one
/// finding listing each place, with each place's own fix; advice never names another secret.
#[test]
fn findings_of_one_secret_fold_into_one_with_advice_for_each_place() {
    let report = review_json("examples/express-api");
    let jwt: Vec<_> = report
        .findings
        .iter()
        .filter(|f| {
            f.root_cause
                .as_ref()
                .is_some_and(|c| c.key == "secret:JWT_SECRET")
        })
        .collect();
    assert_eq!(jwt.len(), 1, "one finding for JWT_SECRET");
    let jwt = jwt[0];
    let rules: Vec<&str> = jwt.folded.iter().map(|p| p.rule_id.as_str()).collect();
    assert_eq!(
        rules,
        [
            "compose.secret-default",
            "js.secret-fallback",
            "env.committed-secret"
        ]
    );
    let places: Vec<String> = jwt.folded.iter().map(|p| p.evidence.cite()).collect();
    assert_eq!(
        places,
        [
            "docker-compose.yml:9",
            "src/config.ts:6",
            ".env.development:4"
        ]
    );
    // Also-at lists the other places, never the finding's own line.
    let related: Vec<String> = jwt.related.iter().map(|e| e.cite()).collect();
    assert_eq!(related, ["src/config.ts:6", ".env.development:4"]);
    for part in &jwt.folded {
        assert!(
            part.recommendation.contains("JWT_SECRET"),
            "{}: {}",
            part.rule_id,
            part.recommendation
        );
    }
    assert_ne!(jwt.folded[0].recommendation, jwt.folded[1].recommendation);
    assert!(jwt.recommendation.contains("new random `JWT_SECRET`"));
    assert_eq!(jwt.severity, Severity::High);
    assert!(jwt.effort > sechound_core::Effort::Minutes);
    assert!(
        jwt.effort_reason
            .as_deref()
            .is_some_and(|r| r.contains("3 places in 3 files")),
        "{:?}",
        jwt.effort_reason
    );

    // The database password is folded apart, and spoken of as one.
    let postgres = report
        .findings
        .iter()
        .find(|f| {
            f.root_cause
                .as_ref()
                .is_some_and(|c| c.key == "secret:POSTGRES_PASSWORD")
        })
        .expect("a POSTGRES_PASSWORD finding");
    for text in [
        &postgres.recommendation,
        &postgres.impact,
        &postgres.folded[0].recommendation,
    ] {
        assert!(!text.contains("JWT_SECRET"), "{text}");
        assert!(!text.contains("token"), "{text}");
    }
    assert!(
        postgres.impact.contains("data store"),
        "{}",
        postgres.impact
    );
    // No other finding is about JWT_SECRET's committed values any more.
    assert_eq!(
        report
            .findings
            .iter()
            .filter(|f| f.message.contains("`JWT_SECRET` falls back"))
            .count(),
        0
    );
}

/// What a report says in one place it does not deny in another: checked on the data, and on
/// the Markdown and HTML a reader sees, for both examples. The checker itself is shown to catch
/// each kind of contradiction.
#[test]
fn no_report_contradicts_itself() {
    for example in ["examples/express-api", "examples/fastapi-service"] {
        let report = review_json(example);
        let problems = sechound_core::consistency::contradictions(&report);
        assert!(problems.is_empty(), "{example}: {problems:#?}");

        let markdown = stdout(&run(&["review", example, "--fail-on", "never"]));
        for section in markdown.split("\n### ").skip(1) {
            let own = section
                .lines()
                .find_map(|l| l.strip_prefix("- **Evidence:** "))
                .map(str::to_string);
            let also = section
                .lines()
                .find_map(|l| l.strip_prefix("**Also at:** "))
                .map(str::to_string);
            if let (Some(own), Some(also)) = (own, also) {
                assert!(
                    !also.split(", ").any(|a| a == own),
                    "{example}: also at repeats {own}"
                );
            }
        }
        let model = report.project.as_ref().unwrap();
        for control in &model.controls {
            let row = format!("| {} | ✅ present |", control.title);
            assert_eq!(
                markdown.contains(&row),
                control.status == ControlStatus::Present,
                "{example}: {}",
                control.title
            );
        }
        // Nothing the model saw is called "not found".
        for control in model.controls.iter().filter(|c| !c.evidence.is_empty()) {
            assert!(
                !markdown.contains(&format!("| {} | — not found |", control.title)),
                "{example}: {}",
                control.title
            );
        }
        let html = stdout(&run(&[
            "review",
            example,
            "--format",
            "html",
            "--fail-on",
            "never",
        ]));
        let present = html
            .matches("<span class=\"badge ok\">present</span>")
            .count();
        let expected = model
            .controls
            .iter()
            .filter(|c| c.status == ControlStatus::Present)
            .count();
        assert_eq!(present, expected, "{example}: controls shown present");
    }

    // The checker fails reports that contradict themselves.
    let report = review_json("examples/express-api");
    let broken = |change: &dyn Fn(&mut Report)| {
        let mut copy = report.clone();
        change(&mut copy);
        sechound_core::consistency::contradictions(&copy)
    };
    let contradicted = |r: &mut Report| {
        let model = r.project.as_mut().unwrap();
        let jwt = model
            .controls
            .iter_mut()
            .find(|c| c.kind == sechound_core::project::ControlKind::JwtExpiry)
            .unwrap();
        jwt.status = ControlStatus::Present;
    };
    assert!(!broken(&contradicted).is_empty());
    let metrics_absent = |r: &mut Report| {
        let model = r.project.as_mut().unwrap();
        let metrics = model
            .controls
            .iter_mut()
            .find(|c| c.kind == sechound_core::project::ControlKind::Metrics)
            .unwrap();
        metrics.status = ControlStatus::Absent;
        metrics.evidence.clear();
    };
    assert!(!broken(&metrics_absent).is_empty());
    let repeated = |r: &mut Report| {
        let own = r.findings[0].evidence.clone();
        r.findings[0].related.push(own);
    };
    assert!(!broken(&repeated).is_empty());
    let approved = |r: &mut Report| r.summary.sign_off = SignOff::Approved;
    assert!(!broken(&approved).is_empty());
    let copied = |r: &mut Report| {
        let postgres = r
            .findings
            .iter_mut()
            .find(|f| f.title.contains("POSTGRES_PASSWORD"))
            .unwrap();
        postgres.recommendation =
            "Make the variable required: `${JWT_SECRET:?JWT_SECRET must be set}`.".into();
    };
    assert!(!broken(&copied).is_empty());
    let dangling = |r: &mut Report| r.summary.top_actions.push("SEC-FFFFFF".into());
    assert!(!broken(&dangling).is_empty());
}

/// Nothing to review, or nothing readable, is never approved: the sign-off is INCOMPLETE with
/// the reason, and "nothing to review" exits 2 (the report is still written).
#[test]
fn too_little_read_is_incomplete_never_approved() {
    let empty = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("review.json");
    let output = run(&[
        "review",
        empty.path().to_str().unwrap(),
        "--format",
        "json",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("nothing to review"),
        "{}",
        stderr(&output)
    );
    let report: Report = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(report.summary.sign_off, SignOff::Incomplete);
    let incomplete = report.summary.incomplete.as_ref().unwrap();
    assert_eq!(incomplete.problem, CoverageProblem::NothingToReview);
    let markdown = stdout(&run(&["review", empty.path().to_str().unwrap()]));
    assert!(markdown.contains("**Verdict: INCOMPLETE.**"), "{markdown}");
    assert!(!markdown.contains("APPROVED"), "{markdown}");

    // Every Python file over the size limit: nothing read.
    let large = tempfile::tempdir().unwrap();
    write(
        large.path(),
        "sechound.toml",
        "[review]\nmax_file_size = 64\n",
    );
    let body = "from flask import Flask\napp = Flask(__name__)\n\n\n@app.get('/')\ndef index():\n    return 'ok'\n";
    write(large.path(), "app.py", body);
    write(large.path(), "views.py", body);
    let output = run(&["review", large.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    let report = common::report(&output);
    assert_eq!(report.summary.sign_off, SignOff::Incomplete);
    assert!(
        report
            .summary
            .incomplete
            .as_ref()
            .unwrap()
            .reason
            .contains("none of the 2 files"),
        "{:?}",
        report.summary.incomplete
    );

    // TypeScript read, every Python file skipped: incomplete, but there was something to review.
    write(large.path(), "web/index.ts", "export const x = 1;\n");
    let output = run(&["review", large.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let report = common::report(&output);
    let incomplete = report.summary.incomplete.as_ref().expect("incomplete");
    assert_eq!(incomplete.problem, CoverageProblem::LanguageSkipped);
    assert!(
        incomplete
            .reason
            .contains("all 2 Python files were skipped"),
        "{incomplete:?}"
    );
    assert_eq!(report.summary.sign_off, SignOff::Incomplete);

    // A tree whose every file is unreadable (run as an unprivileged user when root, who reads
    // anything).
    let locked = tempfile::tempdir().unwrap();
    write(locked.path(), "server.js", "app.use(cors());\n");
    write(
        locked.path(),
        "routes.js",
        "app.get('/', (req, res) => res.send('ok'));\n",
    );
    use std::os::unix::fs::PermissionsExt;
    for name in ["server.js", "routes.js"] {
        fs::set_permissions(locked.path().join(name), fs::Permissions::from_mode(0o000)).unwrap();
    }
    fs::set_permissions(locked.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let mut command = if is_root() {
        let mut c = std::process::Command::new("setpriv");
        c.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_sechound"),
        ]);
        c
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_sechound"))
    };
    let output = command
        .args([
            "review",
            locked.path().to_str().unwrap(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    let report = common::report(&output);
    assert_eq!(report.summary.sign_off, SignOff::Incomplete);
    assert!(
        report
            .summary
            .incomplete
            .as_ref()
            .unwrap()
            .reason
            .contains("could be read"),
        "{:?}",
        report.summary.incomplete
    );
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// With `-o` the run says in one line what it found, the verdict and where the report went;
/// `sechound report` renders the saved JSON in every format.
#[test]
fn output_files_are_announced_and_saved_reports_render() {
    let out = tempfile::tempdir().unwrap();
    let json = out.path().join("review.json");
    let output = run(&[
        "review",
        "examples/express-api",
        "--format",
        "json",
        "-o",
        json.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 1);
    assert!(stdout(&output).is_empty());
    let line = stderr(&output);
    assert_eq!(line.trim_end().lines().count(), 1, "{line}");
    let report: Report = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    let counts = &report.summary.counts;
    assert!(
        line.starts_with(&format!(
            "sechound: {} findings ({} critical, {} high, {} medium, {} low) · CHANGES REQUIRED · JSON report written to ",
            counts.total(),
            counts.critical,
            counts.high,
            counts.medium,
            counts.low
        )) && line.trim_end().ends_with("review.json"),
        "{line}"
    );
    let quiet = run(&[
        "review",
        "examples/express-api",
        "-q",
        "-o",
        out.path().join("q.md").to_str().unwrap(),
    ]);
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));

    for (format, check) in [
        ("markdown", "## Executive summary"),
        ("html", "<!DOCTYPE html>"),
        ("sarif", "\"version\": \"2.1.0\""),
        ("json", "\"schema_version\""),
    ] {
        let output = run(&["report", json.to_str().unwrap(), "--format", format]);
        assert_eq!(code(&output), 0, "{format}: {}", stderr(&output));
        let text = stdout(&output);
        assert!(text.contains(check), "{format}");
        for finding in &report.findings {
            assert!(
                text.contains(&finding.id),
                "{format}: {} missing",
                finding.id
            );
        }
    }
    let bad = run(&["report", "no/such/review.json"]);
    assert_eq!(code(&bad), 2);
    assert!(stderr(&bad).contains("no/such/review.json"));
}
