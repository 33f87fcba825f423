//! Paths between the command line, the reviewed root and the repository around it.

use anyhow::{Context, Result, bail};
use std::collections::HashSet;
use std::io::BufRead;
use std::path::{Component, Path, PathBuf};

/// The reviewed root relative to the top of the git repository holding it (`services/api`), or
/// empty when the root is the top or not inside a repository. Forges place annotations and
/// report entries by repository paths.
pub fn repository_prefix(root: &Path) -> String {
    let Ok(root) = root.canonicalize() else {
        return String::new();
    };
    for top in root.ancestors() {
        if top.join(".git").exists() {
            return slash_path(root.strip_prefix(top).unwrap_or(Path::new("")));
        }
    }
    String::new()
}

fn slash_path(path: &Path) -> String {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The files given to `review --files` as paths relative to `root` (`/`-separated, as the walk
/// spells them). `-` reads more names from standard input, one per line. A file that does not
/// exist or lies outside the root is an error naming it.
pub fn files_under(root: &Path, given: &[PathBuf]) -> Result<HashSet<String>> {
    let mut names: Vec<PathBuf> = Vec::new();
    for path in given {
        if path.as_os_str() == "-" {
            for line in std::io::stdin().lock().lines() {
                let line = line.context("cannot read the file list from standard input")?;
                let line = line.trim_end_matches('\r');
                if !line.trim().is_empty() {
                    names.push(PathBuf::from(line));
                }
            }
        } else {
            names.push(path.clone());
        }
    }
    let root = root
        .canonicalize()
        .with_context(|| format!("cannot open the directory `{}`", root.display()))?;
    let mut files = HashSet::new();
    for name in names {
        let full = name
            .canonicalize()
            .with_context(|| format!("--files: `{}` does not exist", name.display()))?;
        if full.is_dir() {
            bail!(
                "--files: `{}` is a directory (give files; to review a directory, pass it as PATH)",
                name.display()
            );
        }
        let Ok(relative) = full.strip_prefix(&root) else {
            bail!(
                "--files: `{}` is outside the reviewed directory `{}`",
                name.display(),
                root.display()
            );
        };
        files.insert(slash_path(relative));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_is_the_root_below_the_repository_top() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".git")).unwrap();
        std::fs::create_dir_all(dir.path().join("services/api")).unwrap();
        assert_eq!(repository_prefix(dir.path()), "");
        assert_eq!(
            repository_prefix(&dir.path().join("services/api")),
            "services/api"
        );
    }

    #[test]
    fn files_outside_the_root_or_missing_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("app")).unwrap();
        std::fs::write(dir.path().join("app/a.py"), "x = 1\n").unwrap();
        std::fs::write(dir.path().join("b.py"), "x = 1\n").unwrap();
        let root = dir.path().join("app");
        let ok = files_under(&root, &[dir.path().join("app/a.py")]).unwrap();
        assert_eq!(ok, HashSet::from(["a.py".to_string()]));
        let outside = files_under(&root, &[dir.path().join("b.py")]).unwrap_err();
        assert!(outside.to_string().contains("outside"), "{outside}");
        let missing = files_under(&root, &[dir.path().join("app/none.py")]).unwrap_err();
        assert!(missing.to_string().contains("does not exist"), "{missing}");
    }
}
