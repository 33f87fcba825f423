//! `--base`: a real git repository with a base commit and a branch; the review separates what the
//! branch introduced from what the touched files already had, and lists dependency changes.

mod common;

use common::{code, git, run, stderr, stdout};
use std::fs;
use std::path::Path;

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// main: a server with an open CORS policy, a requirements file and a helper; the branch renames
/// the helper, adds an injection to the server, upgrades a dependency, and leaves one change
/// uncommitted.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "-q"]);
    write(
        root,
        "server.js",
        "const app = require('express')();\napp.use(cors());\n",
    );
    write(root, "lib/helper.js", "module.exports = (x) => x + 1;\n");
    write(
        root,
        "requirements.txt",
        "jinja2==3.1.4\nrequests==2.32.3\n",
    );
    write(
        root,
        "untouched.js",
        "app.use(cors({ origin: true, credentials: true }));\n",
    );
    write(
        root,
        "Dockerfile",
        "FROM node:20-slim\nCOPY . /app\nUSER node\nCMD [\"node\", \"/app/server.js\"]\n",
    );
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "base"]);
    git(root, &["checkout", "-q", "-b", "feature"]);
    write(
        root,
        "server.js",
        "const app = require('express')();\napp.use(cors());\napp.get('/u', (req, res) => db.query(`SELECT * FROM u WHERE id = ${req.query.id}`));\n",
    );
    git(root, &["mv", "lib/helper.js", "lib/helpers.js"]);
    // The branch drops the non-root user.
    write(
        root,
        "Dockerfile",
        "FROM node:20-slim\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n",
    );
    write(
        root,
        "requirements.txt",
        "jinja2==3.1.6\nrequests==2.32.3\nhttpx==0.27.0\n",
    );
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "feature"]);
    // Uncommitted: a new file with a finding.
    write(
        root,
        "routes/new.js",
        "app.get('/go', (req, res) => res.redirect(req.query.next));\n",
    );
    dir
}

#[test]
fn branch_review_splits_introduced_from_preexisting() {
    let dir = repository();
    let root = dir.path().to_str().unwrap();
    let before: Vec<u8> = fs::read(dir.path().join("server.js")).unwrap();
    let output = run(&[
        "review",
        root,
        "--base",
        "main",
        "--format",
        "json",
        "--fail-on",
        "high",
    ]);
    let report = common::report(&output);
    // The SQL injection (critical) is introduced, so the gate trips.
    assert_eq!(code(&output), 1, "{}", stderr(&output));

    let introduced: Vec<(&str, &str)> = report
        .findings
        .iter()
        .map(|f| (f.rule_id.as_str(), f.evidence.path.as_str()))
        .collect();
    assert!(
        introduced.contains(&("js.sql-injection", "server.js")),
        "{introduced:?}"
    );
    assert!(
        introduced.contains(&("js.open-redirect", "routes/new.js")),
        "{introduced:?}"
    );
    assert!(
        !introduced
            .iter()
            .any(|(rule, _)| *rule == "js.cors-allow-all-origins"),
        "{introduced:?}"
    );

    let branch = report.branch.as_ref().expect("branch section");
    let pre: Vec<(&str, &str)> = branch
        .preexisting
        .iter()
        .map(|f| (f.rule_id.as_str(), f.evidence.path.as_str()))
        .collect();
    assert_eq!(pre, [("js.cors-allow-all-origins", "server.js")]);
    assert_eq!(
        branch.preexisting[0].id,
        sechound_core::ids::derived_id("PRE", &branch.preexisting[0].fingerprint)
    );
    // The untouched file is not reviewed at all.
    assert!(
        !report
            .findings
            .iter()
            .chain(&branch.preexisting)
            .any(|f| f.evidence.path == "untouched.js")
    );

    let files: Vec<(String, &str, Option<&str>)> = branch
        .files
        .iter()
        .map(|f| {
            (
                format!("{:?}", f.change),
                f.path.as_str(),
                f.old_path.as_deref(),
            )
        })
        .collect();
    assert!(
        files.contains(&("Renamed".into(), "lib/helpers.js", Some("lib/helper.js"))),
        "{files:?}"
    );
    assert!(
        files.contains(&("Modified".into(), "server.js", None)),
        "{files:?}"
    );
    assert!(
        files.contains(&("New".into(), "routes/new.js", None)),
        "{files:?}"
    );
    let server = branch.files.iter().find(|f| f.path == "server.js").unwrap();
    assert_eq!((server.added, server.removed), (1, 0));
    // Issue 12, defect 7: an untracked file counts its lines as added (it showed +0).
    let untracked = branch
        .files
        .iter()
        .find(|f| f.path == "routes/new.js")
        .unwrap();
    assert_eq!((untracked.added, untracked.removed), (1, 0));

    let deps: Vec<(&str, &str, Option<&str>, Option<&str>)> = branch
        .dependency_changes
        .iter()
        .map(|d| {
            (
                d.change.as_str(),
                d.name.as_str(),
                d.from.as_deref(),
                d.to.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        deps,
        [
            ("added", "httpx", None, Some("==0.27.0")),
            ("upgraded", "jinja2", Some("==3.1.4"), Some("==3.1.6"))
        ]
    );

    // Pre-existing findings never gate; the Markdown lists everything.
    let markdown = stdout(&run(&[
        "review",
        root,
        "--base",
        "main",
        "--fail-on",
        "never",
    ]));
    for part in [
        "## Branch review",
        "RENAMED",
        "### Dependency changes",
        "### Pre-existing findings",
        "### Controls removed",
    ] {
        assert!(markdown.contains(part), "missing {part}");
    }
    assert_eq!(
        report.branch.as_ref().unwrap().controls_removed,
        ["Container runs as a non-root user (`USER node`) (Dockerfile)"]
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule_id == "docker.runs-as-root")
    );
    // The working tree is untouched.
    assert_eq!(fs::read(dir.path().join("server.js")).unwrap(), before);
}

#[test]
fn base_errors_say_what_to_do() {
    let dir = repository();
    let root = dir.path().to_str().unwrap();
    let output = run(&["review", root, "--base", "no-such-branch"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("not a revision"),
        "{}",
        stderr(&output)
    );

    let plain = tempfile::tempdir().unwrap();
    write(plain.path(), "a.js", "x\n");
    let output = run(&["review", plain.path().to_str().unwrap(), "--base", "main"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("not inside a git repository"),
        "{}",
        stderr(&output)
    );

    // An unrelated history has no merge base (as in a shallow clone).
    git(dir.path(), &["checkout", "-q", "--orphan", "lonely"]);
    git(dir.path(), &["commit", "-q", "-m", "orphan"]);
    let output = run(&["review", root, "--base", "main"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("no merge base"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn base_versions_see_their_neighbouring_files() {
    // `docker.copy-env-files` reads the build context: the base version of the Dockerfile must be
    // reviewed against the base tree, or its old finding would look introduced.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "-q"]);
    write(
        root,
        "Dockerfile",
        "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nUSER node\n",
    );
    write(root, ".env.production", "NODE_ENV=production\n");
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "base"]);
    git(root, &["checkout", "-q", "-b", "feature"]);
    write(
        root,
        "Dockerfile",
        "FROM node:20-slim\nLABEL team=orders\nWORKDIR /app\nCOPY . .\nUSER node\n",
    );
    let report = common::report(&run(&[
        "review",
        root.to_str().unwrap(),
        "--base",
        "main",
        "--format",
        "json",
    ]));
    let branch = report.branch.as_ref().unwrap();
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.rule_id != "docker.copy-env-files"),
        "{:?}",
        report.findings
    );
    assert!(
        branch
            .preexisting
            .iter()
            .any(|f| f.rule_id == "docker.copy-env-files")
    );
}

/// main: an Express app whose routes all sit behind the authentication middleware; the branch
/// moves the export route in front of it and adds a prefix exemption for artifacts.
#[test]
fn branch_review_compares_endpoints_and_exemptions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "-q"]);
    let auth = |public: &str| {
        format!(
            "const jwt = require('jsonwebtoken');\nconst PUBLIC = [{public}];\nfunction requireAuth(req, res, next) {{\n  if (PUBLIC.some((p) => req.path.startsWith(p))) return next();\n  req.user = jwt.verify(req.headers.authorization, process.env.JWT_SECRET, {{ algorithms: ['HS256'] }});\n  next();\n}}\nmodule.exports = {{ requireAuth }};\n"
        )
    };
    write(root, "src/auth.js", &auth("'/health'"));
    write(
        root,
        "src/app.js",
        "const express = require('express');\nconst { requireAuth } = require('./auth');\nconst app = express();\napp.use(requireAuth);\napp.post('/api/export', (req, res) => res.json({}));\napp.get('/api/artifact/:id', (req, res) => res.json({}));\nmodule.exports = app;\n",
    );
    write(root, "src/unrelated.js", "module.exports = 1;\n");
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "base"]);
    git(root, &["checkout", "-q", "-b", "feature"]);
    write(root, "src/auth.js", &auth("'/health', '/api/artifact/'"));
    write(
        root,
        "src/app.js",
        "const express = require('express');\nconst { requireAuth } = require('./auth');\nconst app = express();\napp.post('/api/export', (req, res) => res.json({}));\napp.use(requireAuth);\napp.get('/api/artifact/:id', (req, res) => res.json({}));\napp.delete('/api/admin/cache', (req, res) => res.sendStatus(204));\nmodule.exports = app;\n",
    );
    git(root, &["commit", "-q", "-am", "feature"]);

    let output = run(&[
        "review",
        root.to_str().unwrap(),
        "--base",
        "main",
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let branch = &report["branch"];
    let changes: Vec<(String, String, String, String)> = branch["route_changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["change"].as_str().unwrap().to_string(),
                format!(
                    "{} {}",
                    c["method"].as_str().unwrap(),
                    c["path"].as_str().unwrap()
                ),
                c["from"].as_str().unwrap_or("-").to_string(),
                c["to"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let expect = |change: &str, route: &str, from: &str, to: &str| {
        (
            change.to_string(),
            route.to_string(),
            from.to_string(),
            to.to_string(),
        )
    };
    assert_eq!(
        changes,
        vec![
            expect(
                "auth-weakened",
                "POST /api/export",
                "authenticated",
                "unauthenticated"
            ),
            expect(
                "auth-weakened",
                "GET /api/artifact/:id",
                "authenticated",
                "exempted"
            ),
            expect("added", "DELETE /api/admin/cache", "-", "authenticated"),
        ]
    );
    let added: Vec<&str> = branch["exemptions_added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["pattern"].as_str().unwrap())
        .collect();
    assert_eq!(added, vec!["/api/artifact/"]);
    // The project findings the branch introduced gate; the base had none of them. Those about
    // the endpoints that lost authentication are folded into that finding.
    let introduced: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            std::iter::once(f["rule_id"].as_str().unwrap()).chain(
                f["folded"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| p["rule_id"].as_str().unwrap()),
            )
        })
        .filter(|r| r.starts_with("project.") || r.starts_with("branch."))
        .collect();
    assert!(
        introduced.contains(&"branch.auth-removed"),
        "{introduced:?}"
    );
    assert!(
        introduced.contains(&"project.auth-exemption-prefix"),
        "{introduced:?}"
    );
    assert!(
        introduced.contains(&"project.state-changing-route-unauthenticated"),
        "{introduced:?}"
    );
    assert!(
        introduced.contains(&"project.admin-route-without-role"),
        "{introduced:?}"
    );

    // Markdown spot check.
    let markdown = stdout(&run(&[
        "review",
        root.to_str().unwrap(),
        "--base",
        "main",
        "--fail-on",
        "never",
    ]));
    assert!(markdown.contains("### Endpoint changes"), "{markdown}");
    assert!(
        markdown.contains("| ⚠️ auth-weakened | POST | `/api/export` | required | none |"),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "➕ added: `requireAuth` lets `/api/artifact/` and everything under it through"
        ),
        "{markdown}"
    );
}

/// A branch that touches no routing file does not re-run the project model.
#[test]
fn branch_review_skips_the_project_model_when_no_routing_file_changed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "-q"]);
    write(
        root,
        "src/app.js",
        "const express = require('express');\nconst app = express();\napp.post('/api/items', (req, res) => res.json({}));\n",
    );
    write(root, "README.md", "hello\n");
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "base"]);
    write(root, "README.md", "hello again\n");
    let output = run(&[
        "review",
        root.to_str().unwrap(),
        "--base",
        "HEAD",
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(report["branch"]["project_not_compared"].is_string());
    assert!(report.get("project").is_none());
}

/// Copies `examples/<name>` into `dir` (the examples are small, flat trees of text files).
fn copy_example(name: &str, dir: &Path) {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    copy(&common::workspace().join("examples").join(name), dir);
}

/// The example API on main; the branch drops `requireAuth` from the `/files` mount, which opens
/// the critical `exec` endpoint and three reads. The removal gates as critical, the reads gate
/// too, and the medium "state-changing endpoint" finding is folded into it.
#[test]
fn removing_authentication_gates_by_what_the_endpoints_can_do() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_example("express-api", root);
    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "base"]);
    git(root, &["checkout", "-q", "-b", "feature"]);
    let server = fs::read_to_string(root.join("src/server.ts")).unwrap();
    let opened = server.replace(
        "app.use('/files', requireAuth, files);",
        "app.use('/files', files);",
    );
    assert_ne!(server, opened);
    write(root, "src/server.ts", &opened);
    git(root, &["commit", "-q", "-am", "files without auth"]);

    let output = run(&[
        "review",
        root.to_str().unwrap(),
        "--base",
        "main",
        "--format",
        "json",
    ]);
    assert_eq!(code(&output), 1, "the removal gates: {}", stderr(&output));
    let report = common::report(&output);
    let removed: Vec<&sechound_core::Finding> = report
        .findings
        .iter()
        .filter(|f| f.rule_id == "branch.auth-removed")
        .collect();
    assert_eq!(removed.len(), 1, "{:#?}", report.findings);
    let finding = removed[0];
    assert_eq!(finding.severity, sechound_core::Severity::Critical);
    assert!(
        finding.message.contains("`requireAuth`") && finding.message.contains("Shell command"),
        "{}",
        finding.message
    );
    // Every endpoint of the router is listed, the reads included.
    let places: Vec<String> = std::iter::once(&finding.evidence)
        .chain(&finding.related)
        .map(|e| e.cite())
        .collect();
    for place in [
        "src/routes/files.ts:8",
        "src/routes/files.ts:13",
        "src/routes/files.ts:18",
        "src/routes/files.ts:25",
    ] {
        assert!(places.iter().any(|p| p == place), "{place} in {places:?}");
    }
    // The state-changing endpoint finding says the same and is folded into it.
    assert!(
        finding
            .folded
            .iter()
            .any(|f| f.rule_id == "project.state-changing-route-unauthenticated"),
        "{:#?}",
        finding.folded
    );
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.rule_id != "project.state-changing-route-unauthenticated"),
        "{:#?}",
        report.findings
    );
    assert!(
        sechound_core::consistency::contradictions(&report).is_empty(),
        "{:?}",
        sechound_core::consistency::contradictions(&report)
    );

    // Only a read endpoint opened, with nothing found behind it: still gates, as high.
    git(root, &["checkout", "-q", "main"]);
    git(root, &["checkout", "-q", "-b", "reads"]);
    write(
        root,
        "src/server.ts",
        &server.replace(
            "app.use('/orders', requireAuth, orders);",
            "app.get('/orders/summary', (_req, res) => res.json({ total: 0 }));\napp.use('/orders', requireAuth, orders);",
        ),
    );
    git(root, &["commit", "-q", "-am", "base for reads"]);
    git(root, &["checkout", "-q", "-b", "reads-open"]);
    write(
        root,
        "src/server.ts",
        &server.replace(
            "app.use('/orders', requireAuth, orders);",
            "app.get('/orders/summary', (_req, res) => res.json({ total: 0 }));\napp.use('/orders', orders);",
        ),
    );
    git(root, &["commit", "-q", "-am", "orders open"]);
    let output = run(&[
        "review",
        root.to_str().unwrap(),
        "--base",
        "reads",
        "--format",
        "json",
    ]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let report = common::report(&output);
    let removed: Vec<&sechound_core::Finding> = report
        .findings
        .iter()
        .filter(|f| f.rule_id == "branch.auth-removed")
        .collect();
    assert_eq!(removed.len(), 1, "{:#?}", report.findings);
    assert_eq!(removed[0].severity, sechound_core::Severity::High);
    assert!(
        removed[0].message.contains("GET /orders "),
        "{}",
        removed[0].message
    );
}
