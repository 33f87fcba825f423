//! The fuzz workspace keeps its own `fuzz/Cargo.lock`, which `.ci/run` checks with `--locked`
//! before fuzzing: a dependency added to a crate the targets link must be recorded there too,
//! or the fuzz stage of CI stops. This test says so in the ordinary test suite.

use std::path::Path;
use std::process::Command;

#[test]
fn fuzz_lockfile_records_every_dependency() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/Cargo.toml");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--locked",
            "--format-version",
            "1",
            "--manifest-path",
        ])
        .arg(&manifest)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "fuzz/Cargo.lock is out of date (run `cargo metadata --manifest-path fuzz/Cargo.toml` and commit it):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
