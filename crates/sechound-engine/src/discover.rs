//! Finding the files to review: `.gitignore`-aware, with default skips and user excludes.

use globset::{Glob, GlobSet, GlobSetBuilder};
use ignore::WalkBuilder;
use sechound_core::{Gap, GapKind};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Directories never descended into: dependencies, build output, virtualenvs, VCS data.
pub const SKIPPED_DIRS: &[&str] = &[
    "node_modules",
    "vendor",
    "dist",
    "build",
    ".venv",
    "venv",
    "__pycache__",
    ".git",
    ".hg",
    ".svn",
    ".next",
    ".nuxt",
    ".tox",
    ".mypy_cache",
    ".pytest_cache",
    "bower_components",
    ".terraform",
];

#[derive(Debug, Clone)]
pub struct DiscoveredFile {
    pub path: PathBuf,
    /// Relative to the root, `/`-separated.
    pub relative: String,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<DiscoveredFile>,
    pub gaps: Vec<Gap>,
}

/// Walks `root` (respecting `.gitignore`, `.ignore` and `.sechoundignore`), skipping
/// [`SKIPPED_DIRS`] and paths matching `excludes`. Symbolic links are followed only while they
/// stay inside the root; loops and links leaving the root become gaps. Files reached twice (via a
/// link) are listed once. The result is sorted by path.
pub fn discover(root: &Path, excludes: &GlobSet) -> Discovery {
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let gaps = Arc::new(Mutex::new(Vec::new()));
    let filter_gaps = Arc::clone(&gaps);
    let filter_root = canonical_root.clone();
    let walk_root = root.to_path_buf();
    let excludes_filter = excludes.clone();

    let walker = WalkBuilder::new(root)
        .hidden(false)
        .follow_links(true)
        .require_git(false)
        .git_global(false)
        .add_custom_ignore_filename(".sechoundignore")
        .filter_entry(move |entry| {
            let name = entry.file_name().to_string_lossy();
            let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
            if is_dir && entry.depth() > 0 && SKIPPED_DIRS.contains(&name.as_ref()) {
                return false;
            }
            let relative = relative_path(&walk_root, entry.path());
            if entry.depth() > 0 && excludes_filter.is_match(&relative) {
                return false;
            }
            if entry.path_is_symlink() {
                match entry.path().canonicalize() {
                    Ok(target) if target.starts_with(&filter_root) => {}
                    Ok(target) => {
                        filter_gaps.lock().expect("gap list").push(Gap {
                            kind: GapKind::Symlink,
                            path: relative,
                            detail: format!(
                                "points outside the reviewed root ({})",
                                target.display()
                            ),
                        });
                        return false;
                    }
                    Err(e) => {
                        filter_gaps.lock().expect("gap list").push(Gap {
                            kind: GapKind::Symlink,
                            path: relative,
                            detail: format!("cannot be resolved: {e}"),
                        });
                        return false;
                    }
                }
            }
            true
        })
        .build();

    let mut files = Vec::new();
    let mut seen = HashSet::new();
    let mut walk_gaps = Vec::new();
    for result in walker {
        match result {
            Ok(entry) => {
                let Some(file_type) = entry.file_type() else {
                    continue;
                };
                if file_type.is_dir() {
                    continue;
                }
                let relative = relative_path(root, entry.path());
                if !file_type.is_file() {
                    walk_gaps.push(Gap {
                        kind: GapKind::Unreadable,
                        path: relative,
                        detail: "not a regular file (socket, FIFO or device)".into(),
                    });
                    continue;
                }
                if entry.path_is_symlink() {
                    let canonical = entry.path().canonicalize().ok();
                    if canonical.as_ref().is_some_and(|c| !seen.insert(c.clone())) {
                        continue;
                    }
                } else if let Ok(canonical) = entry.path().canonicalize()
                    && !seen.insert(canonical)
                {
                    continue;
                }
                files.push(DiscoveredFile {
                    path: entry.into_path(),
                    relative,
                });
            }
            Err(error) => walk_gaps.push(walk_error_gap(root, &error)),
        }
    }
    files.sort_by(|a, b| a.relative.cmp(&b.relative));
    let mut all_gaps = std::mem::take(&mut *gaps.lock().expect("gap list"));
    all_gaps.extend(walk_gaps);
    Discovery {
        files,
        gaps: all_gaps,
    }
}

fn walk_error_gap(root: &Path, error: &ignore::Error) -> Gap {
    let mut path = String::new();
    let mut kind = GapKind::Unreadable;
    let mut current = error;
    loop {
        match current {
            ignore::Error::WithPath { path: p, err } => {
                path = relative_path(root, p);
                current = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                current = err;
            }
            ignore::Error::Loop { child, .. } => {
                path = relative_path(root, child);
                kind = GapKind::Symlink;
                break;
            }
            _ => break,
        }
    }
    let detail = match kind {
        GapKind::Symlink => "symbolic link loop".to_string(),
        _ => error.to_string(),
    };
    Gap { kind, path, detail }
}

/// `path` relative to `root`, `/`-separated; the path itself when it is not under the root.
pub(crate) fn relative_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let text = relative.to_string_lossy().replace('\\', "/");
    if text.is_empty() {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        text
    }
}

/// Compiles exclude globs; a bare directory name (`fixtures`) also excludes everything under it.
pub(crate) fn build_excludes(patterns: &[String]) -> Result<GlobSet, globset::Error> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let pattern = pattern.trim_end_matches('/');
        builder.add(Glob::new(pattern)?);
        if !pattern.contains('/') {
            builder.add(Glob::new(&format!("**/{pattern}"))?);
        }
        builder.add(Glob::new(&format!("{pattern}/**"))?);
    }
    builder.build()
}
