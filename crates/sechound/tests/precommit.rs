//! The pre-commit hooks (`.pre-commit-hooks.yaml`), run by `pre-commit` itself on a temporary
//! repository. The test installs pre-commit from PyPI into a virtual environment under the
//! target directory (reused by later runs), publishes the workspace's hook file from a temporary
//! hook repository, and commits through the installed git hook.
//!
//! `sechound-system` runs the binary these tests built (put on PATH); `sechound` (language: rust)
//! gets a fake `cargo` that records pre-commit's install command and installs that same binary,
//! so the hook's definition is exercised without a second build of the workspace.

mod common;

use common::{git, workspace};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// pre-commit in its own virtual environment under the target directory: created on the first
/// run, kept for the next ones. A failed install fails the test.
fn pre_commit() -> PathBuf {
    // Tests run in threads: one install for all of them.
    static INSTALLED: OnceLock<PathBuf> = OnceLock::new();
    INSTALLED.get_or_init(install_pre_commit).clone()
}

fn install_pre_commit() -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pre-commit-venv");
    let bin = venv.join("bin/pre-commit");
    if bin.is_file() {
        return bin;
    }
    let _ = fs::remove_dir_all(&venv);
    let created = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .expect("python3 -m venv (python3 with venv is needed)");
    assert!(created.success(), "python3 -m venv failed");
    let installed = Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "pre-commit>=3.2",
        ])
        .env("PIP_DEFAULT_TIMEOUT", "60")
        .output()
        .expect("run pip");
    assert!(
        installed.status.success(),
        "pip install pre-commit failed:\n{}",
        String::from_utf8_lossy(&installed.stderr)
    );
    bin
}

/// A git repository holding the workspace's `.pre-commit-hooks.yaml`, as a hook repository
/// that pre-commit clones. Returns its path and HEAD.
fn hook_repository(dir: &Path) -> (PathBuf, String) {
    let repo = dir.join("hooks");
    fs::create_dir_all(&repo).unwrap();
    fs::copy(
        workspace().join(".pre-commit-hooks.yaml"),
        repo.join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    // pre-commit's rust language installs the repository with cargo; the fake cargo below
    // does not read it, but a manifest keeps the layout honest.
    fs::write(
        repo.join("Cargo.toml"),
        "[package]\nname = \"sechound-hook-fixture\"\nversion = \"0.0.0\"\n",
    )
    .unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "hooks"]);
    let head = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(&repo)
        .output()
        .unwrap();
    (
        repo,
        String::from_utf8(head.stdout).unwrap().trim().to_string(),
    )
}

struct Project {
    _dir: tempfile::TempDir,
    root: PathBuf,
    path: String,
    home: PathBuf,
    cargo_log: PathBuf,
}

impl Project {
    fn new(hook: &str) -> Project {
        let dir = tempfile::tempdir().unwrap();
        let (hooks, rev) = hook_repository(dir.path());
        // Only the fake cargo and the tested binary come first on PATH.
        let fakebin = dir.path().join("fakebin");
        fs::create_dir_all(&fakebin).unwrap();
        let cargo_log = dir.path().join("cargo.log");
        fs::write(
            fakebin.join("cargo"),
            format!(
                "#!/bin/sh\necho \"$@\" >> '{log}'\nwhile [ $# -gt 0 ]; do\n  if [ \"$1\" = --root ]; then root=$2; fi\n  shift\ndone\nmkdir -p \"$root/bin\" && ln -sf '{bin}' \"$root/bin/sechound\"\n",
                log = cargo_log.display(),
                bin = env!("CARGO_BIN_EXE_sechound"),
            ),
        )
        .unwrap();
        fs::set_permissions(fakebin.join("cargo"), fs::Permissions::from_mode(0o755)).unwrap();
        let system_bin = dir.path().join("systembin");
        fs::create_dir_all(&system_bin).unwrap();
        if hook == "sechound-system" {
            std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_sechound"), system_bin.join("sechound"))
                .unwrap();
        }
        let path = format!(
            "{}:{}:{}",
            system_bin.display(),
            fakebin.display(),
            std::env::var("PATH").unwrap()
        );
        let root = dir.path().join("project");
        fs::create_dir_all(&root).unwrap();
        fs::write(
            root.join(".pre-commit-config.yaml"),
            format!(
                "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: {hook}\n",
                hooks.display()
            ),
        )
        .unwrap();
        fs::write(root.join("README.md"), "# demo\n").unwrap();
        git(&root, &["init", "-q", "-b", "main"]);
        git(&root, &["add", "."]);
        git(&root, &["commit", "-q", "-m", "start"]);
        let home = dir.path().join("home");
        fs::create_dir_all(&home).unwrap();
        Project {
            root,
            path,
            home,
            cargo_log,
            _dir: dir,
        }
    }

    fn command(&self, program: &Path) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(&self.root)
            .env("PATH", &self.path)
            .env("HOME", &self.home)
            .env("PRE_COMMIT_HOME", self.home.join("pre-commit-cache"))
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .env(
                "SECHOUND_DB",
                std::env::temp_dir().join("sechound-tests-no-advisory-db"),
            )
            .env_remove("GIT_DIR")
            .env_remove("GIT_INDEX_FILE");
        command
    }

    fn write(&self, path: &str, text: &str) {
        let full = self.root.join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, text).unwrap();
    }

    fn git(&self, args: &[&str]) -> Output {
        self.command(Path::new("git")).args(args).output().unwrap()
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}\n--- stderr ---\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

const VULNERABLE: &str = "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get(\"/\")\ndef index():\n    return \"ok\"\n\n\nif __name__ == \"__main__\":\n    app.run(host=\"0.0.0.0\", debug=True)\n";
const CLEAN: &str = "def add(a, b):\n    return a + b\n";

/// Commits through the installed hook: a staged finding blocks the commit, an unstaged one is
/// not looked at, and a clean commit goes through.
fn commits_are_gated(hook: &str) -> Project {
    let pre_commit = pre_commit();
    let project = Project::new(hook);
    let install = project
        .command(&pre_commit)
        .args(["install"])
        .output()
        .unwrap();
    assert!(install.status.success(), "{}", text(&install));

    // Staged: a Flask debug server. Unstaged, in the working tree only: the same in another file.
    project.write("app.py", VULNERABLE);
    project.write("scratch.py", VULNERABLE);
    assert!(project.git(&["add", "app.py"]).status.success());
    let blocked = project.git(&["commit", "-m", "debug server"]);
    let log = text(&blocked);
    assert!(!blocked.status.success(), "the commit went through:\n{log}");
    assert!(log.contains("app.py:12"), "{log}");
    assert!(log.contains("CHANGES REQUIRED"), "{log}");
    assert!(
        !log.contains("scratch.py"),
        "an unstaged file was reviewed:\n{log}"
    );
    // The blocked commit left the index and the tree as they were.
    let status = project.git(&["status", "--porcelain"]);
    let status = String::from_utf8_lossy(&status.stdout);
    assert!(status.contains("A  app.py"), "{status}");

    // A clean change commits; the unstaged vulnerable file is still not looked at.
    assert!(
        project
            .git(&["rm", "-q", "--cached", "app.py"])
            .status
            .success()
    );
    project.write("lib/math.py", CLEAN);
    assert!(project.git(&["add", "lib/math.py"]).status.success());
    let passed = project.git(&["commit", "-m", "math"]);
    assert!(passed.status.success(), "{}", text(&passed));
    project
}

#[test]
fn the_system_hook_reviews_only_the_staged_files_and_blocks_findings() {
    let project = commits_are_gated("sechound-system");
    assert_eq!(
        fs::read_to_string(&project.cargo_log).unwrap_or_default(),
        ""
    );
}

#[test]
fn the_rust_hook_installs_with_cargo_and_behaves_the_same() {
    let project = commits_are_gated("sechound");
    let log = fs::read_to_string(&project.cargo_log).unwrap();
    assert!(
        log.lines()
            .any(|l| l.starts_with("install") && l.contains("--root")),
        "pre-commit did not install the hook with cargo:\n{log}"
    );
}
