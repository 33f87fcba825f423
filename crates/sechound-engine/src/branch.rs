//! Branch review: the files a branch changed since its merge base with a base revision, read with
//! libgit2 (`git2`). Base versions come from git objects; the working tree is never touched.

use git2::{Delta, DiffFindOptions, DiffOptions, Patch, Repository};
use sechound_core::{ChangedFile, FileChange};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum BranchError {
    #[error(
        "`{0}` is not inside a git repository; `--base` needs one (run `git init` or drop `--base`)"
    )]
    NotARepository(String),
    #[error(
        "`{0}` is not a revision of this repository (try a branch, tag or commit id, e.g. `main` or `origin/main`)"
    )]
    BadRevision(String),
    #[error(
        "no merge base between `{0}` and HEAD; in a shallow clone fetch more history (`git fetch --unshallow` or `fetch-depth: 0` in CI)"
    )]
    NoMergeBase(String),
    /// libgit2's message, quoted once (not also as the error's source, which would print it
    /// twice in the command's error chain).
    #[error("git: {}", .0.message())]
    Git(git2::Error),
}

impl From<git2::Error> for BranchError {
    fn from(error: git2::Error) -> Self {
        BranchError::Git(error)
    }
}

/// What a branch changed, and access to the base versions of its files.
pub struct BranchChanges {
    repo: Repository,
    /// The merge base commit.
    pub merge_base: String,
    /// Changed files, paths relative to the reviewed root.
    pub files: Vec<ChangedFile>,
    /// The reviewed root relative to the repository's work tree (`""` or `services/api/`).
    prefix: String,
}

impl BranchChanges {
    /// Compares the merge base of `base` and HEAD with the working tree (commits on the branch
    /// plus uncommitted and untracked changes), below `root`.
    pub fn open(root: &Path, base: &str) -> Result<BranchChanges, BranchError> {
        let repo = Repository::discover(root)
            .map_err(|_| BranchError::NotARepository(root.display().to_string()))?;
        let workdir: PathBuf = repo
            .workdir()
            .ok_or_else(|| BranchError::NotARepository(root.display().to_string()))?
            .canonicalize()
            .map_err(|_| BranchError::NotARepository(root.display().to_string()))?;
        let root = root
            .canonicalize()
            .map_err(|_| BranchError::NotARepository(root.display().to_string()))?;
        let prefix = root
            .strip_prefix(&workdir)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let prefix = if prefix.is_empty() {
            prefix
        } else {
            format!("{prefix}/")
        };

        let (merge_base, files) = Self::diff(&repo, base, &prefix)?;
        Ok(BranchChanges {
            repo,
            merge_base,
            files,
            prefix,
        })
    }

    fn diff(
        repo: &Repository,
        base: &str,
        prefix: &str,
    ) -> Result<(String, Vec<ChangedFile>), BranchError> {
        let base_commit = repo
            .revparse_single(base)
            .and_then(|o| o.peel_to_commit())
            .map_err(|_| BranchError::BadRevision(base.to_string()))?;
        let head = repo.head()?.peel_to_commit()?;
        let merge_base = repo
            .merge_base(base_commit.id(), head.id())
            .map_err(|_| BranchError::NoMergeBase(base.to_string()))?;
        let base_tree = repo.find_commit(merge_base)?.tree()?;

        let mut options = DiffOptions::new();
        // Untracked files count their lines as added only when their content is diffed too.
        options
            .include_untracked(true)
            .recurse_untracked_dirs(true)
            .show_untracked_content(true);
        if !prefix.is_empty() {
            options.pathspec(prefix);
        }
        let mut diff =
            repo.diff_tree_to_workdir_with_index(Some(&base_tree), Some(&mut options))?;
        diff.find_similar(Some(
            DiffFindOptions::new().renames(true).for_untracked(true),
        ))?;

        let mut files = Vec::new();
        for (index, delta) in diff.deltas().enumerate() {
            let change = match delta.status() {
                Delta::Added | Delta::Untracked => FileChange::New,
                Delta::Modified | Delta::Typechange => FileChange::Modified,
                Delta::Deleted => FileChange::Deleted,
                Delta::Renamed | Delta::Copied => FileChange::Renamed,
                _ => continue,
            };
            let relative = |p: Option<&Path>| {
                p.map(|p| p.to_string_lossy().replace('\\', "/"))
                    .and_then(|p| p.strip_prefix(prefix).map(str::to_string))
            };
            let new_path = relative(delta.new_file().path());
            let old_path = relative(delta.old_file().path());
            let Some(path) = new_path.clone().or_else(|| old_path.clone()) else {
                continue;
            };
            let (added, removed) = match Patch::from_diff(&diff, index) {
                Ok(Some(patch)) => patch
                    .line_stats()
                    .map(|(_, a, r)| (a as u32, r as u32))
                    .unwrap_or((0, 0)),
                _ => (0, 0),
            };
            files.push(ChangedFile {
                change,
                path,
                old_path: if change == FileChange::Renamed {
                    old_path
                } else {
                    None
                },
                added,
                removed,
            });
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok((merge_base.to_string(), files))
    }

    /// The content of `relative` (relative to the reviewed root) at the merge base, if it existed.
    pub fn base_content(&self, relative: &str) -> Option<Vec<u8>> {
        let commit = self
            .repo
            .find_commit(git2::Oid::from_str(&self.merge_base).ok()?)
            .ok()?;
        let tree = commit.tree().ok()?;
        let entry = tree
            .get_path(Path::new(&format!("{}{relative}", self.prefix)))
            .ok()?;
        let blob = self.repo.find_blob(entry.id()).ok()?;
        Some(blob.content().to_vec())
    }
}

/// The repository as it was at the merge base, for rules that read a neighbouring file while
/// the base version of a changed file is reviewed.
pub struct BaseView {
    repo: std::sync::Mutex<Repository>,
    tree: git2::Oid,
    prefix: String,
    paths: Vec<String>,
    /// What rules derive from the whole base tree (the Terraform model), built once.
    cache: sechound_rules::RepoCache,
}

impl BranchChanges {
    /// A view of the merge-base tree below the reviewed root.
    pub fn base_view(&self) -> Result<BaseView, BranchError> {
        let repo = Repository::open(self.repo.path())?;
        let (tree, paths) = self.base_paths(&repo)?;
        Ok(BaseView {
            repo: std::sync::Mutex::new(repo),
            tree,
            prefix: self.prefix.clone(),
            paths,
            cache: sechound_rules::RepoCache::default(),
        })
    }

    /// The merge-base tree and every file in it below the reviewed root, sorted.
    fn base_paths(&self, repo: &Repository) -> Result<(git2::Oid, Vec<String>), BranchError> {
        let tree = repo
            .find_commit(git2::Oid::from_str(&self.merge_base)?)?
            .tree()?;
        let mut paths = Vec::new();
        tree.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
            if entry.kind() == Some(git2::ObjectType::Blob)
                && let Ok(name) = entry.name()
            {
                let full = format!("{dir}{name}");
                if let Some(relative) = full.strip_prefix(&self.prefix) {
                    paths.push(relative.to_string());
                }
            }
            git2::TreeWalkResult::Ok
        })?;
        paths.sort();
        Ok((tree.id(), paths))
    }
}

impl sechound_rules::RepoView for BaseView {
    fn paths(&self) -> &[String] {
        &self.paths
    }

    fn cache(&self) -> Option<&sechound_rules::RepoCache> {
        Some(&self.cache)
    }

    fn read(&self, relative: &str) -> Option<String> {
        self.paths
            .binary_search_by(|p| p.as_str().cmp(relative))
            .ok()?;
        let repo = self.repo.lock().ok()?;
        let tree = repo.find_tree(self.tree).ok()?;
        let entry = tree
            .get_path(Path::new(&format!("{}{relative}", self.prefix)))
            .ok()?;
        let blob = repo.find_blob(entry.id()).ok()?;
        String::from_utf8(blob.content().to_vec()).ok()
    }
}
