//! Whether a step changed tracked files: the repository's status (tracked entries only) and the
//! content of each changed file, taken before and after the step.

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// Tracked files that differ from `HEAD`, with a hash of their content now (`None` when gone).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    changed: BTreeMap<String, Option<[u8; 32]>>,
}

/// The git repository `root` belongs to, if any.
pub fn open(root: &Path) -> Option<git2::Repository> {
    git2::Repository::discover(root)
        .ok()
        .filter(|r| r.workdir().is_some())
}

/// The status of the tracked files of `repo`.
pub fn snapshot(repo: &git2::Repository) -> Snapshot {
    let mut options = git2::StatusOptions::new();
    options
        .include_untracked(false)
        .include_ignored(false)
        .exclude_submodules(true);
    let Ok(statuses) = repo.statuses(Some(&mut options)) else {
        return Snapshot::default();
    };
    let workdir = repo.workdir().unwrap_or(Path::new("."));
    let mut changed = BTreeMap::new();
    for entry in statuses.iter() {
        let Ok(path) = entry.path() else { continue };
        let hash = std::fs::read(workdir.join(path))
            .ok()
            .map(|bytes| Sha256::digest(&bytes).into());
        changed.insert(path.to_string(), hash);
    }
    Snapshot { changed }
}

/// Tracked files whose state differs between `before` and `after`.
pub fn difference(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    let mut paths: Vec<String> = after
        .changed
        .iter()
        .filter(|(path, hash)| before.changed.get(*path) != Some(hash))
        .map(|(path, _)| path.clone())
        .collect();
    // A file the step restored to its committed state changed too.
    paths.extend(
        before
            .changed
            .keys()
            .filter(|p| !after.changed.contains_key(*p))
            .cloned(),
    );
    paths.sort();
    paths.dedup();
    paths
}
