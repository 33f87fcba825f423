//! `sechound checks`: the project's own checks, run in the repository.
//!
//! [`plan()`] finds what the repository defines (package scripts, Python tool settings, Makefile
//! targets, CI commands) and applies `[checks]` from `sechound.toml`; [`run()`] runs each step
//! in its own process group with a time limit and an environment stripped of secrets, keeps
//! its output in a log outside the repository, and reads the test counts, failures, error counts
//! and audit results from it.
//!
//! This runs the reviewed project's code. It is never part of `sechound review` unless asked
//! for (`--checks`), and only belongs on code one trusts.

mod discover;
pub mod environment;
mod git_state;
mod interrupt;
pub mod output;
mod plan;
mod run;

pub use plan::{Plan, PlannedStep, plan};
pub use run::{
    DEFAULT_DEADLINE, DEFAULT_STEP_TIMEOUT, Observer, RunOptions, Silent, run, was_interrupted,
};

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ChecksError {
    #[error("cannot run checks in `{0}`: not a directory")]
    Root(String),
    #[error("{0}")]
    Config(String),
    #[error("cannot create the log directory `{path}`: {message}")]
    Logs { path: String, message: String },
}

/// Where the logs of a run go by default: `$XDG_CACHE_HOME/sechound/checks/<name>-<time>`, else
/// under `~/.cache`, else the temporary directory; never inside `root`.
pub fn default_log_dir(root: &Path) -> PathBuf {
    let name = root
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "repository".into());
    let stamp = jiff::Zoned::now().strftime("%Y%m%dT%H%M%S").to_string();
    let leaf = format!("{name}-{stamp}-{}", std::process::id());
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|cache| cache.join("sechound/checks"))
        .unwrap_or_else(|| std::env::temp_dir().join("sechound-checks"));
    let inside = |dir: &Path| {
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let dir = dir
            .ancestors()
            .find_map(|a| {
                a.canonicalize()
                    .ok()
                    .map(|c| c.join(dir.strip_prefix(a).unwrap_or(Path::new(""))))
            })
            .unwrap_or_else(|| dir.to_path_buf());
        dir.starts_with(root)
    };
    let chosen = base.join(&leaf);
    if inside(&chosen) {
        std::env::temp_dir().join("sechound-checks").join(leaf)
    } else {
        chosen
    }
}
