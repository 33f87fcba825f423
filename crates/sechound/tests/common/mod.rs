//! Running the built `sechound` binary from end-to-end tests.
#![allow(dead_code)]

pub mod browser;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root, so example paths read as they do in the README.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The binary, run from the workspace root. Its advisory store is pointed at a directory that
/// does not exist, so that no test depends on what the user imported; tests of the dependency
/// review set `SECHOUND_DB` or pass `--advisories` themselves.
pub fn sechound() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sechound"));
    command.current_dir(workspace());
    command.env(
        "SECHOUND_DB",
        std::env::temp_dir().join("sechound-tests-no-advisory-db"),
    );
    command.env_remove("SECHOUND_OSV_URL");
    command
}

pub fn run(args: &[&str]) -> Output {
    sechound().args(args).output().expect("run sechound")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exit code")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("utf-8 stdout")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A JSON report parsed into the report model (proves the JSON matches it).
pub fn report(output: &Output) -> sechound_core::Report {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not a JSON report ({e}):\n{}", stdout(output)))
}

/// Runs `git` in `dir` with a fixed identity and `main` as the default branch; a failure fails
/// the test with git's message.
pub fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
