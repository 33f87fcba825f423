//! From a repository's dependency files to the packages it installs.
//!
//! Every lockfile in the tree is read (monorepos have several; npm, pnpm and uv workspaces have
//! one at the workspace root covering every member). A lockfile's packages are exact. Its sibling
//! manifest says which are direct and which are dev where the lockfile does not. A manifest with
//! no lockfile of its ecosystem in its directory or above is read alone: each requirement counts
//! as its lowest allowed version, marked inexact. `requirements*.txt` files are what `pip install
//! -r` installs, so they are always read, exact where pinned.

use crate::formats::{Declared, FileFormat, Lockfile, Manifest, Parsed, Roots};
use crate::graph::place;
use crate::version::lowest_allowed;
use crate::{Ecosystem, Package, Relation};
use sechound_core::{Gap, GapKind};
use std::collections::{HashMap, HashSet};

/// The packages a repository's dependency files declare or lock.
#[derive(Debug, Default)]
pub struct Inventory {
    pub packages: Vec<Package>,
    /// Files that could not be read, includes that could not be found.
    pub gaps: Vec<Gap>,
    /// Dependency files read.
    pub files: usize,
}

/// `files` are (path relative to the root, text) of every dependency file discovered; `read`
/// returns another file of the repository by relative path (for `-r` includes).
pub fn inventory(files: &[(String, String)], read: &dyn Fn(&str) -> Option<String>) -> Inventory {
    let mut out = Inventory::default();
    let mut parsed: Vec<(&str, FileFormat, Parsed)> = Vec::new();
    for (path, text) in files {
        let Some(format) = FileFormat::of(path) else {
            continue;
        };
        out.files += 1;
        let cleaned;
        let text = match without_nul_lines(text) {
            None => text,
            Some((kept, lines)) => {
                out.gaps.push(Gap {
                    kind: GapKind::Malformed,
                    path: path.to_string(),
                    detail: format!(
                        "NUL bytes on line{} {}: {} not read, the rest of the file was",
                        if lines.len() == 1 { "" } else { "s" },
                        list_lines(&lines),
                        if lines.len() == 1 {
                            "that line"
                        } else {
                            "those lines"
                        }
                    ),
                });
                cleaned = kept;
                &cleaned
            }
        };
        match format.parse(path, text) {
            Ok(p) => parsed.push((path, format, p)),
            Err(e) => out.gaps.push(malformed(path, &e.0)),
        }
    }
    let lock_dirs: HashSet<(Ecosystem, &str)> = parsed
        .iter()
        .filter(|(_, f, _)| f.is_lockfile())
        .map(|(p, f, _)| (f.ecosystem(), dir_of(p)))
        .collect();
    let covered = |ecosystem: Ecosystem, path: &str| {
        let mut dir = dir_of(path);
        loop {
            if lock_dirs.contains(&(ecosystem, dir)) {
                return true;
            }
            if dir.is_empty() {
                return false;
            }
            dir = dir_of(dir);
        }
    };
    let discovered: HashSet<&str> = parsed.iter().map(|(p, _, _)| *p).collect();
    for (path, format, p) in &parsed {
        match p {
            Parsed::Lockfile(lockfile) => {
                let manifest_name = match format.ecosystem() {
                    Ecosystem::Npm => "package.json",
                    Ecosystem::PyPI => "pyproject.toml",
                };
                let sibling = join(dir_of(path), manifest_name);
                let manifest = parsed.iter().find_map(|(p, _, m)| match m {
                    Parsed::Manifest(m) if *p == sibling => Some(m),
                    _ => None,
                });
                out.packages.extend(locked_packages(
                    path,
                    format.ecosystem(),
                    lockfile,
                    manifest,
                ));
            }
            Parsed::Manifest(manifest) => {
                if *format == FileFormat::Requirements {
                    let mut seen = HashSet::new();
                    requirements(path, manifest, read, &discovered, &mut seen, &mut out);
                } else if !covered(format.ecosystem(), path) {
                    out.packages.extend(
                        manifest
                            .declared
                            .iter()
                            .filter_map(|d| declared_package(path, format.ecosystem(), d)),
                    );
                }
            }
        }
    }
    let mut seen = HashSet::new();
    out.packages.retain(|p| {
        seen.insert((
            p.file.clone(),
            p.ecosystem.normalise(&p.name),
            p.version.clone(),
        ))
    });
    out.gaps.sort();
    out
}

/// `text` with every line holding a NUL byte emptied (the line numbers stay), and those lines;
/// `None` when there is no NUL byte.
fn without_nul_lines(text: &str) -> Option<(String, Vec<usize>)> {
    if !text.contains('\0') {
        return None;
    }
    let mut lines = Vec::new();
    let kept = text
        .split('\n')
        .enumerate()
        .map(|(index, line)| {
            if line.contains('\0') {
                lines.push(index + 1);
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    Some((kept, lines))
}

/// `3, 7, 9` or `3, 7, 9 … (12 lines)`.
fn list_lines(lines: &[usize]) -> String {
    let shown: Vec<String> = lines.iter().take(5).map(usize::to_string).collect();
    if lines.len() > 5 {
        format!("{} … ({} lines)", shown.join(", "), lines.len())
    } else {
        shown.join(", ")
    }
}

fn malformed(path: &str, detail: &str) -> Gap {
    Gap {
        kind: GapKind::Malformed,
        path: path.to_string(),
        detail: format!("dependency file not read ({detail}); its packages were not checked"),
    }
}

fn dir_of(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// A manifest requirement as a package: its pinned version, or the lowest its range allows.
fn declared_package(path: &str, ecosystem: Ecosystem, declared: &Declared) -> Option<Package> {
    let (version, exact) = lowest_allowed(ecosystem, &declared.spec)?;
    Some(Package {
        ecosystem,
        name: declared.name.clone(),
        version,
        exact,
        spec: Some(declared.spec.clone()),
        relation: Relation::Direct,
        dev: declared.dev,
        file: path.to_string(),
        line: declared.line,
        path: vec![declared.name.clone()],
    })
}

/// A requirements file and, recursively, the files it includes that discovery did not list.
fn requirements(
    path: &str,
    manifest: &Manifest,
    read: &dyn Fn(&str) -> Option<String>,
    discovered: &HashSet<&str>,
    seen: &mut HashSet<String>,
    out: &mut Inventory,
) {
    if !seen.insert(path.to_string()) {
        return;
    }
    out.packages.extend(
        manifest
            .declared
            .iter()
            .filter_map(|d| declared_package(path, Ecosystem::PyPI, d)),
    );
    for (include, line) in &manifest.includes {
        let target = normalise_path(&join(dir_of(path), include));
        if discovered.contains(target.as_str())
            && FileFormat::of(&target) == Some(FileFormat::Requirements)
        {
            continue;
        }
        match read(&target) {
            Some(text) => {
                let Ok(Parsed::Manifest(included)) = FileFormat::Requirements.parse(&target, &text) else {
                    continue;
                };
                requirements(&target, &included, read, discovered, seen, out);
            }
            None => out.gaps.push(Gap {
                kind: GapKind::Unresolved,
                path: path.to_string(),
                detail: format!("line {line}: included requirements file `{include}` not found; its packages were not checked"),
            }),
        }
    }
}

use sechound_core::paths::normalise_path_lenient as normalise_path;

fn locked_packages(
    path: &str,
    ecosystem: Ecosystem,
    lockfile: &Lockfile,
    manifest: Option<&Manifest>,
) -> Vec<Package> {
    let roots = match (&lockfile.roots, manifest) {
        (Some(roots), _) => roots.clone(),
        (None, Some(manifest)) => roots_from_manifest(ecosystem, lockfile, manifest),
        (None, None) => Roots::default(),
    };
    let placed = place(&lockfile.nodes, &roots.prod, &roots.dev);
    lockfile
        .packages
        .iter()
        .zip(placed)
        .map(|(locked, placement)| Package {
            ecosystem,
            name: locked.name.clone(),
            version: locked.version.clone(),
            exact: true,
            spec: None,
            relation: placement.relation,
            dev: placement.dev,
            file: path.to_string(),
            line: locked.line,
            path: placement.path,
        })
        .collect()
}

/// The lockfile entries the manifest's requirements resolve to: by requirement (`name@range`)
/// where the lockfile records them (yarn), else by name.
fn roots_from_manifest(ecosystem: Ecosystem, lockfile: &Lockfile, manifest: &Manifest) -> Roots {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, locked) in lockfile.packages.iter().enumerate() {
        by_name
            .entry(ecosystem.normalise(&locked.name))
            .or_default()
            .push(index);
    }
    let mut roots = Roots::default();
    for declared in &manifest.declared {
        let candidates = by_name
            .get(&ecosystem.normalise(&declared.name))
            .cloned()
            .unwrap_or_default();
        let wanted = [
            format!("{}@{}", declared.name, declared.spec),
            format!("{}@npm:{}", declared.name, declared.spec),
        ];
        let exact: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| {
                lockfile.packages[i]
                    .descriptors
                    .iter()
                    .any(|d| wanted.contains(d))
            })
            .collect();
        let chosen = if exact.is_empty() { candidates } else { exact };
        if declared.dev {
            roots.dev.extend(chosen);
        } else {
            roots.prod.extend(chosen);
        }
    }
    roots
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> (String, String) {
        (path.to_string(), text.to_string())
    }

    #[test]
    fn lockfile_wins_over_its_manifest_and_workspace_members() {
        let files = vec![
            file(
                "web/package.json",
                r#"{"dependencies": {"express": "^4.17.0"}}"#,
            ),
            file(
                "web/yarn.lock",
                include_str!("../tests/data/lockfiles/yarn-classic.lock"),
            ),
            file(
                "web/packages/api/package.json",
                r#"{"dependencies": {"qs": "^6.0.0"}}"#,
            ),
            file(
                "tools/package.json",
                r#"{"devDependencies": {"minimist": "^1.2.0"}}"#,
            ),
            file("broken/package-lock.json", "{ not json"),
        ];
        let inventory = inventory(&files, &|_| None);
        let got: Vec<String> = inventory
            .packages
            .iter()
            .map(|p| {
                format!(
                    "{} {}@{} {} {:?}{}",
                    p.file,
                    p.name,
                    p.version,
                    p.exact,
                    p.relation,
                    if p.dev { " dev" } else { "" }
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "web/yarn.lock @types/node@20.11.5 true Transitive",
                "web/yarn.lock express@4.17.1 true Direct",
                "web/yarn.lock lodash@4.17.20 true Transitive",
                "web/yarn.lock qs@6.7.0 true Transitive",
                "tools/package.json minimist@1.2.0 false Direct dev",
            ]
        );
        assert_eq!(inventory.gaps.len(), 1);
        assert_eq!(inventory.gaps[0].kind, GapKind::Malformed);
        assert_eq!(inventory.gaps[0].path, "broken/package-lock.json");
        assert_eq!(inventory.files, 5);
    }

    #[test]
    fn requirements_includes() {
        let files = vec![file(
            "requirements.txt",
            "-r requirements/base.in\n-r missing.txt\nflask==2.2.4\n",
        )];
        let read =
            |path: &str| (path == "requirements/base.in").then(|| "jinja2==3.1.4\n".to_string());
        let inventory = inventory(&files, &read);
        let got: Vec<String> = inventory
            .packages
            .iter()
            .map(|p| format!("{}:{} {}@{}", p.file, p.line, p.name, p.version))
            .collect();
        assert_eq!(
            got,
            [
                "requirements.txt:3 flask@2.2.4",
                "requirements/base.in:1 jinja2@3.1.4"
            ]
        );
        assert_eq!(inventory.gaps.len(), 1);
        assert!(inventory.gaps[0].detail.contains("missing.txt"));
    }
}
