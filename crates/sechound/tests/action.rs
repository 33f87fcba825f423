//! The GitHub Action (`action.yml`): its steps run `scripts/action.sh`, which these tests run with
//! a simulated GitHub environment (INPUT_* variables, temporary GITHUB_OUTPUT, GITHUB_PATH and
//! GITHUB_STEP_SUMMARY files, RUNNER_TEMP), against the shipped examples. The install step gets
//! a fake `cargo` on PATH that records its arguments and installs the binary these tests built.

mod common;

use common::{git, workspace};
use serde_json::Value;
use std::collections::HashMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Runner {
    dir: tempfile::TempDir,
}

impl Runner {
    fn new() -> Runner {
        let runner = Runner {
            dir: tempfile::tempdir().unwrap(),
        };
        fs::create_dir_all(runner.path("fakebin")).unwrap();
        fs::create_dir_all(runner.path("temp")).unwrap();
        // `cargo install --locked --path P --root R`: record the call, install the tested binary.
        let cargo = format!(
            "#!/bin/sh\necho \"$@\" >> '{log}'\nwhile [ $# -gt 0 ]; do\n  if [ \"$1\" = --root ]; then root=$2; fi\n  shift\ndone\nmkdir -p \"$root/bin\" && ln -sf '{bin}' \"$root/bin/sechound\"\n",
            log = runner.path("cargo.log").display(),
            bin = env!("CARGO_BIN_EXE_sechound"),
        );
        let fake = runner.path("fakebin/cargo");
        fs::write(&fake, cargo).unwrap();
        fs::set_permissions(&fake, fs::Permissions::from_mode(0o755)).unwrap();
        for file in ["output", "path", "summary.md"] {
            fs::write(runner.path(file), "").unwrap();
        }
        runner
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn read(&self, name: &str) -> String {
        fs::read_to_string(self.path(name)).unwrap_or_default()
    }

    /// Runs `action.sh STEP` in `cwd` (the workspace, as GITHUB_WORKSPACE is) with `inputs`.
    fn run(&self, step: &str, cwd: &Path, inputs: &[(&str, &str)]) -> Output {
        let path = format!(
            "{}:{}:{}",
            self.path("tool/bin").display(),
            self.path("fakebin").display(),
            std::env::var("PATH").unwrap()
        );
        let mut command = Command::new("bash");
        command
            .arg(workspace().join("scripts/action.sh"))
            .arg(step)
            .current_dir(cwd)
            .env_clear()
            .env("PATH", path)
            .env("HOME", self.dir.path())
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_ACTION_PATH", workspace())
            .env("GITHUB_OUTPUT", self.path("output"))
            .env("GITHUB_PATH", self.path("path"))
            .env("GITHUB_STEP_SUMMARY", self.path("summary.md"))
            .env("RUNNER_TEMP", self.path("temp"))
            .env("RUNNER_OS", "Linux")
            .env("SECHOUND_INSTALL_ROOT", self.path("tool"))
            .env(
                "SECHOUND_DB",
                std::env::temp_dir().join("sechound-tests-no-advisory-db"),
            );
        for (name, value) in inputs {
            command.env(name, value);
        }
        command.output().expect("run action.sh")
    }

    fn outputs(&self) -> HashMap<String, String> {
        self.read("output")
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}\n--- stderr ---\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn version() -> String {
    format!("sechound {}", env!("CARGO_PKG_VERSION"))
}

#[test]
fn install_builds_the_actions_own_source_once_then_uses_the_cache() {
    let runner = Runner::new();
    let first = runner.run("install", &workspace(), &[]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first));
    // Pinned: the action's checkout (its ref) with its lock file.
    let log = runner.read("cargo.log");
    assert_eq!(
        log.trim(),
        format!(
            "install --locked --path {}/crates/sechound --root {}",
            workspace().display(),
            runner.path("tool").display()
        )
    );
    assert!(text(&first).contains(&version()), "{}", text(&first));
    assert_eq!(
        runner.read("path").trim(),
        runner.path("tool/bin").display().to_string()
    );
    assert_eq!(
        runner.outputs()["sechound"],
        runner.path("tool/bin/sechound").display().to_string()
    );

    // The cached binary of the same version is used as it is: cargo is not called again.
    let second = runner.run("install", &workspace(), &[]);
    assert_eq!(second.status.code(), Some(0), "{}", text(&second));
    assert!(text(&second).contains("cached"), "{}", text(&second));
    assert_eq!(runner.read("cargo.log").lines().count(), 1);
}

#[test]
fn install_takes_the_release_artifact_when_there_is_one() {
    let runner = Runner::new();
    let release = runner.path("release");
    fs::create_dir_all(&release).unwrap();
    // A link, archived with -h as the file it points to: one copy of the binary, in the archive.
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_sechound"), release.join("sechound")).unwrap();
    let machine = |flag: &str| {
        String::from_utf8(Command::new("uname").arg(flag).output().unwrap().stdout)
            .unwrap()
            .trim()
            .to_lowercase()
    };
    let name = format!(
        "sechound-{}-{}-{}.tar.gz",
        env!("CARGO_PKG_VERSION"),
        machine("-m"),
        machine("-s")
    );
    let tar = Command::new("tar")
        .args(["-czhf", &name, "sechound"])
        .current_dir(&release)
        .status()
        .unwrap();
    assert!(tar.success());
    let url = format!("file://{}", release.display());
    let out = runner.run("install", &workspace(), &[("SECHOUND_RELEASE_URL", &url)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("release artifact"), "{}", text(&out));
    assert_eq!(runner.read("cargo.log"), "", "cargo must not run");
    assert!(runner.path("tool/bin/sechound").is_file());

    // A missing artifact falls back to the build.
    let other = Runner::new();
    let missing = format!("file://{}", other.path("nothing-here").display());
    let out = other.run(
        "install",
        &workspace(),
        &[("SECHOUND_RELEASE_URL", &missing)],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(other.read("cargo.log").lines().count(), 1);
}

fn installed() -> Runner {
    let runner = Runner::new();
    let out = runner.run("install", &workspace(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    runner
}

#[test]
fn review_writes_report_sarif_summary_annotations_and_fails_at_the_level() {
    let runner = installed();
    let report = runner.path("report.sarif");
    let out = runner.run(
        "review",
        &workspace(),
        &[
            ("INPUT_PATH", "examples/express-api"),
            ("INPUT_FAIL_ON", "high"),
            ("INPUT_FORMAT", "sarif"),
            ("INPUT_OUTPUT", report.to_str().unwrap()),
            ("INPUT_UPLOAD_SARIF", "true"),
            ("INPUT_BASE", "auto"),
        ],
    );
    let log = text(&out);
    // The examples have critical findings: the step fails with the review's code.
    assert_eq!(out.status.code(), Some(1), "{log}");
    // Not a pull request: `auto` reviews everything.
    assert!(!log.contains("--base"), "{log}");
    let outputs = runner.outputs();
    assert_eq!(outputs["exit-code"], "1");
    assert_eq!(outputs["report"], report.display().to_string());
    // The report file is the SARIF asked for, and is also what is uploaded.
    assert_eq!(outputs["sarif"], report.display().to_string());
    let sarif: Value = serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.len() >= 10, "{}", results.len());

    // The job summary: the verdict and one row per finding, at repository paths.
    let summary = runner.read("summary.md");
    assert!(summary.contains("CHANGES REQUIRED"), "{summary}");
    assert!(
        summary.contains("`examples/express-api/src/routes/users.ts:12`"),
        "{summary}"
    );
    // Annotations on standard output, at repository paths, and the gate's own message.
    let stdout = String::from_utf8_lossy(&out.stdout);
    let errors: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::error file=examples/express-api/"))
        .collect();
    assert!(errors.len() >= 5, "{stdout}");
    assert!(
        stdout.contains("::error title=sechound::findings at or above `high`"),
        "{stdout}"
    );
    // Nothing was written into the reviewed tree.
    assert!(!workspace().join("sechound-report.sarif").exists());
}

#[test]
fn review_passes_under_the_level_and_writes_the_format_asked_for() {
    let runner = installed();
    let report = runner.path("gl-sast.json");
    let out = runner.run(
        "review",
        &workspace(),
        &[
            ("INPUT_PATH", "examples/fastapi-service"),
            ("INPUT_FAIL_ON", "never"),
            ("INPUT_FORMAT", "gitlab-sast"),
            ("INPUT_OUTPUT", report.to_str().unwrap()),
            ("INPUT_ANNOTATIONS", "false"),
        ],
    );
    let log = text(&out);
    assert_eq!(out.status.code(), Some(0), "{log}");
    assert!(
        !log.contains("::error file="),
        "annotations were turned off: {log}"
    );
    let outputs = runner.outputs();
    assert_eq!(outputs["exit-code"], "0");
    assert!(!outputs.contains_key("sarif"), "no SARIF was asked for");
    let gitlab: Value = serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(gitlab["scan"]["type"], "sast");
    assert!(!gitlab["vulnerabilities"].as_array().unwrap().is_empty());
}

#[test]
fn bad_inputs_stop_with_exit_code_2_and_an_error_annotation() {
    let runner = installed();
    for (inputs, said) in [
        (vec![("INPUT_FORMAT", "pdf")], "format: `pdf` is not one of"),
        (vec![("INPUT_FAIL_ON", "severe")], "exit code 2"),
        (vec![("INPUT_PATH", "no/such/dir")], "exit code 2"),
        (
            vec![("INPUT_UPLOAD_SARIF", "maybe")],
            "expected true or false",
        ),
    ] {
        let mut inputs = inputs.clone();
        let report = runner.path("r.out");
        inputs.push(("INPUT_OUTPUT", report.to_str().unwrap()));
        let out = runner.run("review", &workspace(), &inputs);
        let log = text(&out);
        assert_eq!(out.status.code(), Some(2), "{inputs:?}: {log}");
        assert!(log.contains("::error title=sechound::"), "{log}");
        assert!(log.contains(said), "{inputs:?}: {log}");
    }
}

#[test]
fn on_a_pull_request_auto_base_reviews_what_the_branch_introduced() {
    let runner = installed();
    let repo = tempfile::tempdir().unwrap();
    let dir = repo.path();
    fs::write(
        dir.join("app.py"),
        "from flask import Flask\napp = Flask(__name__)\n\n@app.get('/')\ndef index():\n    return 'ok'\n",
    )
    .unwrap();
    fs::write(
        dir.join("old.py"),
        "import subprocess\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n",
    )
    .unwrap();
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "base"]);
    // What actions/checkout leaves for a pull request: the base as a remote-tracking branch.
    git(dir, &["update-ref", "refs/remotes/origin/main", "HEAD"]);
    git(dir, &["checkout", "-q", "-b", "feature"]);
    fs::write(
        dir.join("app.py"),
        "from flask import Flask\napp = Flask(__name__)\n\n@app.get('/')\ndef index():\n    return 'ok'\n\napp.run(debug=True)\n",
    )
    .unwrap();
    git(dir, &["commit", "-q", "-am", "debug"]);
    let report = runner.path("branch.json");
    let out = runner.run(
        "review",
        dir,
        &[
            ("INPUT_BASE", "auto"),
            ("GITHUB_BASE_REF", "main"),
            ("INPUT_FORMAT", "json"),
            ("INPUT_FAIL_ON", "never"),
            ("INPUT_OUTPUT", report.to_str().unwrap()),
        ],
    );
    let log = text(&out);
    assert_eq!(out.status.code(), Some(0), "{log}");
    assert!(log.contains("--base origin/main"), "{log}");
    let json: Value = serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    let files: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["evidence"]["path"].as_str().unwrap())
        .collect();
    // The branch's debug server is reported; the base's shell call in old.py is not.
    assert!(files.contains(&"app.py"), "{files:?}");
    assert!(!files.contains(&"old.py"), "{files:?}");
    assert_eq!(json["branch"]["base"], "origin/main");
}

/// `action.yml`, its script and this repository's workflow agree: every input the action passes
/// exists, every `INPUT_*` the script reads is passed, and the workflow uses only declared inputs
/// and outputs.
#[test]
fn the_action_its_script_and_the_workflow_agree() {
    let read = |path: &str| fs::read_to_string(workspace().join(path)).unwrap();
    let action: serde_yaml_ng::Value = serde_yaml_ng::from_str(&read("action.yml")).unwrap();
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    let inputs: Vec<String> = action["inputs"]
        .as_mapping()
        .unwrap()
        .keys()
        .map(|k| k.as_str().unwrap().to_string())
        .collect();
    for wanted in [
        "path",
        "base",
        "fail-on",
        "format",
        "config",
        "advisories",
        "probe-url",
        "upload-sarif",
    ] {
        assert!(inputs.iter().any(|i| i == wanted), "no input {wanted}");
    }
    let steps = action["runs"]["steps"].as_sequence().unwrap();
    let review = steps
        .iter()
        .find(|s| s["id"].as_str() == Some("review"))
        .expect("a step with id review");
    let env = review["env"].as_mapping().unwrap();
    // Each input reaches the script as INPUT_<NAME>, through env (never expanded into `run:`).
    for input in &inputs {
        let name = format!("INPUT_{}", input.to_uppercase().replace('-', "_"));
        assert_eq!(
            env.get(name.as_str()).and_then(|v| v.as_str()),
            Some(format!("${{{{ inputs.{input} }}}}").as_str()),
            "{name}"
        );
    }
    for step in steps {
        if let Some(run) = step["run"].as_str() {
            assert!(!run.contains("${{"), "an expression inside run: {run}");
            assert_eq!(step["shell"].as_str(), Some("bash"), "{run}");
        }
    }
    let script = read("scripts/action.sh");
    let mut read_by_script: Vec<&str> = script
        .match_indices("INPUT_")
        .map(|(i, _)| {
            let rest = &script[i..];
            let end = rest
                .find(|c: char| !(c.is_ascii_uppercase() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| name.len() > "INPUT_".len())
        .collect();
    read_by_script.sort();
    read_by_script.dedup();
    for name in &read_by_script {
        assert!(
            env.contains_key(*name),
            "the script reads {name}, the action never sets it"
        );
    }
    let outputs: Vec<&str> = action["outputs"]
        .as_mapping()
        .unwrap()
        .keys()
        .map(|k| k.as_str().unwrap())
        .collect();
    for output in &outputs {
        assert!(
            script.contains(&format!("output {output} ")),
            "output {output} is never written"
        );
    }

    let workflow: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&read(".github/workflows/sechound.yml")).unwrap();
    let steps = workflow["jobs"]["examples"]["steps"].as_sequence().unwrap();
    let uses = steps
        .iter()
        .find(|s| s["uses"].as_str() == Some("./"))
        .expect("the workflow runs this repository's action");
    for key in uses["with"].as_mapping().unwrap().keys() {
        let key = key.as_str().unwrap();
        assert!(inputs.iter().any(|i| i == key), "unknown input {key}");
    }
    let text = read(".github/workflows/sechound.yml");
    for used in text.match_indices("steps.sechound.outputs.") {
        let rest = &text[used.0 + "steps.sechound.outputs.".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        assert!(outputs.contains(&name.as_str()), "unknown output {name}");
    }
}
