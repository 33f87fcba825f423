//! The commit and branch a reviewed directory is at, read from `.git` without running git.
//!
//! Only what the report header needs: follows `.git` files (worktrees, submodules), symbolic
//! `HEAD`, loose and packed refs. Anything unexpected yields `None`, never an error.

use std::fs;
use std::path::{Path, PathBuf};

/// `HEAD` of the git work tree containing `root`: (commit id, branch name when not detached).
pub fn read_head(root: &Path) -> Option<(String, Option<String>)> {
    let root = fs::canonicalize(root).ok()?;
    let git_dir = root.ancestors().find_map(git_dir_of)?;
    let head = fs::read_to_string(git_dir.join("HEAD")).ok()?;
    let head = head.trim();
    match head.strip_prefix("ref:") {
        Some(reference) => {
            let reference = reference.trim();
            let commit = resolve_ref(&git_dir, reference)?;
            let branch = reference.strip_prefix("refs/heads/").unwrap_or(reference);
            Some((commit, Some(branch.to_string())))
        }
        None if is_object_id(head) => Some((head.to_string(), None)),
        None => None,
    }
}

/// The git directory of `dir` when `dir` is the top of a work tree.
fn git_dir_of(dir: &Path) -> Option<PathBuf> {
    let dot_git = dir.join(".git");
    if dot_git.is_dir() {
        return Some(dot_git);
    }
    // A linked worktree or submodule: `.git` is a file saying `gitdir: <path>`.
    let pointer = fs::read_to_string(&dot_git).ok()?;
    let target = pointer.trim().strip_prefix("gitdir:")?.trim();
    Some(dir.join(target))
}

/// A ref's commit, from a loose ref file or `packed-refs`; linked worktrees keep shared refs
/// in the directory named by `commondir`.
fn resolve_ref(git_dir: &Path, reference: &str) -> Option<String> {
    let common = fs::read_to_string(git_dir.join("commondir"))
        .ok()
        .map(|c| git_dir.join(c.trim()))
        .unwrap_or_else(|| git_dir.to_path_buf());
    for dir in [git_dir, common.as_path()] {
        if let Ok(id) = fs::read_to_string(dir.join(reference)) {
            let id = id.trim();
            if is_object_id(id) {
                return Some(id.to_string());
            }
        }
    }
    let packed = fs::read_to_string(common.join("packed-refs")).ok()?;
    packed.lines().find_map(|line| {
        let (id, name) = line.split_once(' ')?;
        (name.trim() == reference && is_object_id(id)).then(|| id.to_string())
    })
}

fn is_object_id(text: &str) -> bool {
    matches!(text.len(), 40 | 64) && text.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_branch_and_commit_from_loose_and_packed_refs() {
        let dir = tempfile::tempdir().unwrap();
        let git = dir.path().join(".git");
        fs::create_dir_all(git.join("refs/heads")).unwrap();
        let id = "0123456789abcdef0123456789abcdef01234567";
        fs::write(git.join("HEAD"), "ref: refs/heads/main\n").unwrap();
        fs::write(git.join("refs/heads/main"), format!("{id}\n")).unwrap();
        fs::create_dir_all(dir.path().join("src")).unwrap();
        assert_eq!(
            read_head(&dir.path().join("src")),
            Some((id.to_string(), Some("main".to_string())))
        );

        fs::remove_file(git.join("refs/heads/main")).unwrap();
        fs::write(
            git.join("packed-refs"),
            format!("# pack-refs with: peeled\n{id} refs/heads/main\n"),
        )
        .unwrap();
        assert_eq!(read_head(dir.path()).map(|h| h.0), Some(id.to_string()));

        fs::write(git.join("HEAD"), format!("{id}\n")).unwrap();
        assert_eq!(read_head(dir.path()), Some((id.to_string(), None)));
    }

    #[test]
    fn outside_a_work_tree_there_is_no_head() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_head(dir.path()), None);
    }
}
