//! The formats forges read (GitHub workflow commands, GitLab SAST and Code Quality reports),
//! `review --files`, and `sechound init`.

mod common;

use common::{code, git, run, sechound, stderr, stdout};
use serde_json::Value;
use std::collections::HashSet;
use std::fs;
use std::path::Path;

/// A repository whose file name holds every character GitHub wants escaped in a property
/// (`:`, `,`, `%`), with a committed live secret and request data reaching `eval`.
const WEIRD_NAME: &str = "src/we:ird,na%me.js";
const SECRET: &str = "sk_live_51HqT9xK2mZpLw8RvB3nYc7Qd";

fn weird_repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("src")).unwrap();
    fs::write(
        dir.path().join(WEIRD_NAME),
        format!(
            "const express = require('express');\nconst app = express();\nconst stripeKey = \"{SECRET}\";\n\napp.get('/run', (req, res) => {{\n  res.send(eval(req.query.code));\n}});\n\napp.listen(3000);\n"
        ),
    )
    .unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"]);
    dir
}

/// Undoes GitHub's escaping of workflow-command values.
fn unescape(text: &str) -> String {
    text.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

/// True when every `%` starts one of the escapes GitHub decodes.
fn only_escapes(text: &str, allowed: &[&str]) -> bool {
    text.match_indices('%')
        .all(|(i, _)| allowed.iter().any(|e| text[i..].starts_with(e)))
}

struct Annotation {
    level: String,
    properties: Vec<(String, String)>,
    message: String,
}

/// Parses `::level k=v,k=v::message` lines as the runner does: the properties end at the first
/// `::`, so a raw `:` or `,` inside a value would break them.
fn annotations(text: &str) -> Vec<Annotation> {
    text.lines()
        .map(|line| {
            let rest = line
                .strip_prefix("::")
                .unwrap_or_else(|| panic!("not a workflow command: {line}"));
            let (head, message) = rest.split_once("::").expect("a message");
            let (level, properties) = head.split_once(' ').expect("properties");
            Annotation {
                level: level.to_string(),
                properties: properties
                    .split(',')
                    .map(|p| {
                        let (k, v) = p.split_once('=').expect("key=value");
                        (k.to_string(), v.to_string())
                    })
                    .collect(),
                message: message.to_string(),
            }
        })
        .collect()
}

#[test]
fn github_annotations_escape_what_the_runner_requires_and_mask_secrets() {
    let repo = weird_repository();
    let root = repo.path().to_str().unwrap();
    let output = run(&["review", root, "--format", "github", "--fail-on", "never"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(!text.contains(SECRET), "the secret is printed:\n{text}");
    assert!(!text.contains('\r'));
    let all = annotations(&text);
    let findings: Vec<&Annotation> = all
        .iter()
        .filter(|a| a.properties.iter().any(|(k, _)| k == "file"))
        .collect();
    assert!(findings.len() >= 2, "{text}");
    let mut levels = HashSet::new();
    for a in &findings {
        levels.insert(a.level.clone());
        for (key, value) in &a.properties {
            assert!(
                !value.contains([':', ',', '\n', '\r']),
                "{key}={value} is not escaped"
            );
            assert!(
                only_escapes(value, &["%25", "%0A", "%0D", "%3A", "%2C"]),
                "{key}={value}"
            );
        }
        assert!(
            only_escapes(&a.message, &["%25", "%0A", "%0D"]),
            "{}",
            a.message
        );
        let get = |k: &str| {
            a.properties
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| unescape(v))
                .unwrap()
        };
        // The runner decodes the file name back to the path in the repository.
        assert_eq!(get("file"), WEIRD_NAME);
        assert!(get("line").parse::<u32>().unwrap() >= 1);
        let title = get("title");
        assert!(title.contains(": ") && title.contains("(SEC-"), "{title}");
        // Long messages are folded into lines of at most 100 columns.
        let message = unescape(&a.message);
        assert!(message.contains("\nFix: "), "{message}");
        assert!(
            message
                .lines()
                .all(|l| l.chars().count() <= 100 || !l.contains(' ')),
            "{message}"
        );
    }
    // The command injection and the committed key are errors; the headers finding a warning.
    assert!(
        levels.contains("error") && levels.contains("warning"),
        "{levels:?}"
    );
    // The closing notice carries the verdict.
    let last = all.last().unwrap();
    assert_eq!(last.level, "notice");
    assert!(unescape(&last.message).contains("CHANGES REQUIRED"));
}

#[test]
fn annotations_of_a_subdirectory_use_repository_paths() {
    // Reviewing examples/express-api from the workspace: GitHub wants paths from the top.
    let output = run(&[
        "review",
        "examples/express-api",
        "--format",
        "github",
        "--fail-on",
        "never",
    ]);
    let text = stdout(&output);
    let files: Vec<String> = annotations(&text)
        .iter()
        .flat_map(|a| a.properties.iter())
        .filter(|(k, _)| k == "file")
        .map(|(_, v)| unescape(v))
        .collect();
    assert!(files.len() >= 10, "{text}");
    for file in &files {
        assert!(file.starts_with("examples/express-api/"), "{file}");
        assert!(common::workspace().join(file).is_file(), "{file}");
    }
    // The same from a saved report, as the action renders them.
    let saved = tempfile::NamedTempFile::new().unwrap();
    let review = run(&[
        "review",
        "examples/express-api",
        "--format",
        "json",
        "-o",
        saved.path().to_str().unwrap(),
        "--fail-on",
        "never",
        "--quiet",
    ]);
    assert_eq!(code(&review), 0, "{}", stderr(&review));
    let rendered = run(&[
        "report",
        saved.path().to_str().unwrap(),
        "--format",
        "github",
    ]);
    assert_eq!(stdout(&rendered), text);
    // The reviewed directory placed elsewhere in the repository: the prefix replaces the one
    // worked out from the current directory.
    let moved = run(&[
        "report",
        saved.path().to_str().unwrap(),
        "--format",
        "github",
        "--path-prefix",
        "/services/api/",
    ]);
    let moved = stdout(&moved);
    assert!(
        moved.contains("file=services/api/src/routes/users.ts,"),
        "{moved}"
    );
}

fn gitlab_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/gitlab-sast-report-format-15.2.1.json"
        ))
        .unwrap(),
    )
    .unwrap();
    jsonschema::draft7::new(&schema).expect("the GitLab SAST schema compiles")
}

fn json_of(args: &[&str]) -> Value {
    let output = run(args);
    assert!(code(&output) < 2, "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("JSON")
}

#[test]
fn gitlab_sast_reports_validate_against_the_published_schema() {
    let validator = gitlab_validator();
    let repo = weird_repository();
    for target in [
        "examples/express-api",
        "examples/fastapi-service",
        repo.path().to_str().unwrap(),
    ] {
        let report = json_of(&[
            "review",
            target,
            "--format",
            "gitlab-sast",
            "--fail-on",
            "never",
        ]);
        let errors: Vec<String> = validator
            .iter_errors(&report)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{target}:\n{}", errors.join("\n"));
        let saved = json_of(&["review", target, "--format", "json", "--fail-on", "never"]);
        let vulnerabilities = report["vulnerabilities"].as_array().unwrap();
        // One vulnerability per finding, with unique ids, at existing repository paths.
        assert_eq!(
            vulnerabilities.len(),
            saved["findings"].as_array().unwrap().len(),
            "{target}"
        );
        let ids: HashSet<&str> = vulnerabilities
            .iter()
            .map(|v| v["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids.len(), vulnerabilities.len());
        assert!(
            !report.to_string().contains(SECRET),
            "{target}: secret written"
        );
    }
    // Paths are the repository's: the examples are below the workspace's top.
    let report = json_of(&[
        "review",
        "examples/express-api",
        "--format",
        "gitlab-sast",
        "--fail-on",
        "never",
    ]);
    for v in report["vulnerabilities"].as_array().unwrap() {
        let file = v["location"]["file"].as_str().unwrap();
        assert!(common::workspace().join(file).is_file(), "{file}");
    }
}

#[test]
fn the_gitlab_schema_check_rejects_a_broken_report() {
    // Guards the test above: the validator must fail on what GitLab would reject.
    let mut report = json_of(&[
        "review",
        "examples/express-api",
        "--format",
        "gitlab-sast",
        "--fail-on",
        "never",
    ]);
    let validator = gitlab_validator();
    assert!(validator.is_valid(&report));
    let mut bad_severity = report.clone();
    bad_severity["vulnerabilities"][0]["severity"] = Value::from("Catastrophic");
    assert!(!validator.is_valid(&bad_severity));
    report["scan"]["start_time"] = Value::from("yesterday");
    assert!(!validator.is_valid(&report));
}

#[test]
fn code_quality_reports_have_the_fields_gitlab_reads() {
    // GitLab publishes no JSON schema for Code Quality; its documentation names the fields it
    // reads, checked here one by one.
    for target in ["examples/express-api", "examples/fastapi-service"] {
        let report = json_of(&[
            "review",
            target,
            "--format",
            "codequality",
            "--fail-on",
            "never",
        ]);
        let issues = report.as_array().expect("an array of issues");
        let saved = json_of(&["review", target, "--format", "json", "--fail-on", "never"]);
        assert!(issues.len() >= saved["findings"].as_array().unwrap().len());
        let mut fingerprints = HashSet::new();
        for issue in issues {
            assert_eq!(issue["type"], "issue");
            assert!(!issue["description"].as_str().unwrap().is_empty());
            assert!(issue["check_name"].as_str().unwrap().contains('.'));
            assert!(
                ["info", "minor", "major", "critical", "blocker"]
                    .contains(&issue["severity"].as_str().unwrap()),
                "{issue}"
            );
            let path = issue["location"]["path"].as_str().unwrap();
            assert!(common::workspace().join(path).is_file(), "{path}");
            assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
            assert!(fingerprints.insert(issue["fingerprint"].as_str().unwrap().to_string()));
        }
    }
}

#[test]
fn review_files_reviews_only_the_files_given() {
    let repo = weird_repository();
    let root = repo.path();
    fs::write(
        root.join("other.py"),
        "from flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == \"__main__\":\n    app.run(host=\"0.0.0.0\", debug=True)\n",
    )
    .unwrap();
    let only = |args: &[&str]| {
        let output = sechound()
            .current_dir(root)
            .args(["review", "--format", "json", "--fail-on", "never"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["evidence"]["path"].as_str().unwrap().to_string())
            .collect::<HashSet<String>>()
    };
    assert_eq!(
        only(&["--files", "other.py"]),
        HashSet::from(["other.py".into()])
    );
    assert_eq!(
        only(&["--files", WEIRD_NAME]),
        HashSet::from([WEIRD_NAME.into()])
    );
    // A list on standard input, one per line.
    let output = sechound()
        .current_dir(root)
        .args([
            "review",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--files",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"other.py\n")
                .unwrap();
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("other.py"), "{}", stderr(&output));
    assert!(!stdout(&output).contains("we:ird"));
    // Files sechound does not review are fine: nothing to say, exit 0.
    fs::write(root.join("notes.txt"), "hello\n").unwrap();
    assert!(only(&["--files", "notes.txt"]).is_empty());
    // A file that does not exist, or a directory, is a usage error.
    for bad in ["missing.py", "src"] {
        let output = sechound()
            .current_dir(root)
            .args(["review", "--files", bad])
            .output()
            .unwrap();
        assert_eq!(code(&output), 2, "{bad}");
        assert!(stderr(&output).contains(bad), "{}", stderr(&output));
    }
}

#[test]
fn bad_command_lines_exit_with_code_2_and_a_message() {
    for (args, said) in [
        (vec!["review", ".", "--format", "gitlab"], "gitlab-sast"),
        (vec!["review", ".", "--files"], "--files"),
        (
            vec!["review", ".", "--files", "a.py", "--base", "main"],
            "--base",
        ),
        (vec!["init", "--action", "o/r@v1"], "--github"),
        (vec!["init", "no/such/dir"], "no/such/dir"),
    ] {
        let output = run(&args);
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        assert!(
            stderr(&output).contains(said),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

fn init(dir: &Path, args: &[&str]) -> std::process::Output {
    sechound().arg("init").arg(dir).args(args).output().unwrap()
}

#[test]
fn init_writes_a_config_the_loader_reads_and_workflows_without_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("package.json"),
        r#"{"dependencies":{"express":"^4.19.0"},"devDependencies":{"typescript":"^5.4.0"}}"#,
    )
    .unwrap();
    fs::create_dir_all(root.join("src")).unwrap();
    fs::write(
        root.join("src/server.ts"),
        "import express from 'express';\nconst app = express();\napp.get('/health', (_req, res) => { res.send('ok'); });\napp.listen(3000);\n",
    )
    .unwrap();
    fs::write(root.join("Dockerfile"), "FROM node:20-alpine\nUSER node\n").unwrap();
    fs::create_dir_all(root.join("dist")).unwrap();

    let output = init(root, &["--github", "--gitlab"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let said = stdout(&output);
    assert!(said.contains("Node (TypeScript): express"), "{said}");
    assert!(said.contains("Dockerfile"), "{said}");

    // The configuration loads with the loader the review uses, and means what it says.
    let config_path = root.join("sechound.toml");
    let text = fs::read_to_string(&config_path).unwrap();
    assert!(
        text.lines().filter(|l| l.starts_with('#')).count() >= 10,
        "{text}"
    );
    let config = sechound_core::Config::parse("sechound.toml", &text).unwrap();
    assert!(config.exclude.contains(&"dist/**".to_string()), "{text}");
    assert_eq!(config.max_file_size, 2 * 1024 * 1024);
    assert_eq!(
        config.fail_on,
        Some(sechound_core::FailOn::Severity(
            sechound_core::Severity::High
        ))
    );
    // The review loads it (a configuration it rejected would stop the run with exit code 2).
    let review = sechound()
        .args([
            "review",
            root.to_str().unwrap(),
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&review), 0, "{}", stderr(&review));
    let report: Value = serde_json::from_slice(&review.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    // The workflows it wrote pass sechound's own workflow rules (first-party actions at a tag
    // are the documented low-severity exception).
    for f in findings {
        let rule = f["rule_id"].as_str().unwrap();
        if rule.starts_with("gha.") {
            assert_eq!(rule, "gha.unpinned-first-party-action", "{f}");
        }
    }
    let workflow = fs::read_to_string(root.join(".github/workflows/sechound.yml")).unwrap();
    assert!(
        workflow.contains(&format!(
            "cargo install --locked sechound --version {}",
            env!("CARGO_PKG_VERSION")
        )),
        "{workflow}"
    );
    assert!(workflow.contains("--format summary >> \"$GITHUB_STEP_SUMMARY\""));
    let gitlab = fs::read_to_string(root.join(".gitlab/sechound.gitlab-ci.yml")).unwrap();
    assert!(gitlab.contains("sast: gl-sast-report.json"), "{gitlab}");
    assert!(
        gitlab.contains("codequality: gl-code-quality-report.json"),
        "{gitlab}"
    );
    assert!(
        fs::read_to_string(root.join(".gitlab-ci.yml"))
            .unwrap()
            .contains("local: .gitlab/sechound.gitlab-ci.yml")
    );

    // A second run overwrites nothing and says which files are in the way.
    fs::write(&config_path, "# mine\n").unwrap();
    let again = init(root, &["--github"]);
    assert_eq!(code(&again), 2);
    assert!(
        stderr(&again).contains("sechound.toml"),
        "{}",
        stderr(&again)
    );
    assert!(stderr(&again).contains("--force"), "{}", stderr(&again));
    assert_eq!(fs::read_to_string(&config_path).unwrap(), "# mine\n");
    // --force replaces them; the project's own .gitlab-ci.yml is never rewritten.
    fs::write(root.join(".gitlab-ci.yml"), "stages: [build]\n").unwrap();
    let forced = init(
        root,
        &[
            "--force",
            "--gitlab",
            "--github",
            "--action",
            "acme/sechound@v1",
        ],
    );
    assert_eq!(code(&forced), 0, "{}", stderr(&forced));
    assert_ne!(fs::read_to_string(&config_path).unwrap(), "# mine\n");
    assert_eq!(
        fs::read_to_string(root.join(".gitlab-ci.yml")).unwrap(),
        "stages: [build]\n"
    );
    assert!(stdout(&forced).contains("include:"), "{}", stdout(&forced));
    let workflow = fs::read_to_string(root.join(".github/workflows/sechound.yml")).unwrap();
    assert!(workflow.contains("uses: acme/sechound@v1"), "{workflow}");
}

#[test]
fn init_of_a_python_service_names_its_framework() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("requirements.txt"),
        "fastapi==0.115.0\nuvicorn\n",
    )
    .unwrap();
    fs::create_dir_all(dir.path().join(".venv")).unwrap();
    let output = init(dir.path(), &[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Python: fastapi"),
        "{}",
        stdout(&output)
    );
    let text = fs::read_to_string(dir.path().join("sechound.toml")).unwrap();
    let config = sechound_core::Config::parse("sechound.toml", &text).unwrap();
    assert!(config.exclude.contains(&".venv/**".to_string()), "{text}");
    assert!(!dir.path().join(".github").exists());
}

#[test]
fn every_crate_has_the_metadata_crates_io_needs_for_cargo_install() {
    // `cargo install --locked sechound` needs every workspace crate published: a description,
    // a license, and a version on each dependency between them (a path alone is refused).
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--locked"])
        .current_dir(common::workspace())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let packages = metadata["packages"].as_array().unwrap();
    let names: HashSet<&str> = packages
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.contains("sechound"));
    // The workspace crates the binary needs (normal dependencies, followed transitively): those
    // must be publishable; internal tools (the fuzzing entry points) may say `publish = false`.
    let mut needed: HashSet<&str> = HashSet::from(["sechound"]);
    let mut queue = vec!["sechound"];
    while let Some(current) = queue.pop() {
        let package = packages.iter().find(|p| p["name"] == current).unwrap();
        for dependency in package["dependencies"].as_array().unwrap() {
            let dep = dependency["name"].as_str().unwrap();
            if names.contains(dep) && dependency["kind"].is_null() && needed.insert(dep) {
                queue.push(dep);
            }
        }
    }
    for package in packages {
        let name = package["name"].as_str().unwrap();
        if !needed.contains(name) {
            assert!(
                !package["publish"].is_null(),
                "{name}: the binary does not need it, so it should say publish = false"
            );
            continue;
        }
        for field in ["description", "license", "version"] {
            assert!(
                package[field].as_str().is_some_and(|v| !v.is_empty()),
                "{name}: no {field}"
            );
        }
        assert!(package["publish"].is_null(), "{name} is not publishable");
        for dependency in package["dependencies"].as_array().unwrap() {
            let dep = dependency["name"].as_str().unwrap();
            if names.contains(dep) {
                assert_ne!(
                    dependency["req"], "*",
                    "{name} depends on {dep} by path only"
                );
            }
        }
    }
    let binary = packages.iter().find(|p| p["name"] == "sechound").unwrap();
    assert!(
        binary["targets"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["kind"][0] == "bin" && t["name"] == "sechound")
    );
    assert!(
        binary["readme"].as_str().is_some(),
        "no readme for crates.io"
    );
}
