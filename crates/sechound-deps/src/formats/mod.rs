//! Readers of the dependency files sechound knows, one file per format. A manifest gives the
//! declared requirements; a lockfile gives the installed versions and, where it records them,
//! the edges between packages.

mod package_json;
mod package_lock;
mod pipfile_lock;
mod pnpm_lock;
mod poetry_lock;
mod pyproject;
mod requirements;
mod uv_lock;
mod yarn_lock;

use crate::Ecosystem;
use crate::graph::Node;

/// The kinds of dependency file, recognised by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileFormat {
    PackageJson,
    /// `package-lock.json` or `npm-shrinkwrap.json`.
    PackageLock,
    YarnLock,
    PnpmLock,
    Requirements,
    Pyproject,
    PoetryLock,
    PipfileLock,
    UvLock,
}

impl FileFormat {
    /// The format of `path` (relative, `/`-separated), from its file name.
    pub fn of(path: &str) -> Option<FileFormat> {
        let name = path.rsplit('/').next().unwrap_or(path);
        Some(match name {
            "package.json" => FileFormat::PackageJson,
            "package-lock.json" | "npm-shrinkwrap.json" => FileFormat::PackageLock,
            "yarn.lock" => FileFormat::YarnLock,
            "pnpm-lock.yaml" => FileFormat::PnpmLock,
            "pyproject.toml" => FileFormat::Pyproject,
            "poetry.lock" => FileFormat::PoetryLock,
            "Pipfile.lock" => FileFormat::PipfileLock,
            "uv.lock" => FileFormat::UvLock,
            _ if name.starts_with("requirements") && name.ends_with(".txt") => {
                FileFormat::Requirements
            }
            _ => return None,
        })
    }

    pub fn ecosystem(self) -> Ecosystem {
        match self {
            FileFormat::PackageJson
            | FileFormat::PackageLock
            | FileFormat::YarnLock
            | FileFormat::PnpmLock => Ecosystem::Npm,
            _ => Ecosystem::PyPI,
        }
    }

    pub fn is_lockfile(self) -> bool {
        matches!(
            self,
            FileFormat::PackageLock
                | FileFormat::YarnLock
                | FileFormat::PnpmLock
                | FileFormat::PoetryLock
                | FileFormat::PipfileLock
                | FileFormat::UvLock
        )
    }

    /// Reads `text` (the file at `path`).
    pub fn parse(self, path: &str, text: &str) -> Result<Parsed, FormatError> {
        match self {
            FileFormat::PackageJson => package_json::parse(text).map(Parsed::Manifest),
            FileFormat::Requirements => Ok(Parsed::Manifest(requirements::parse(path, text))),
            FileFormat::Pyproject => pyproject::parse(text).map(Parsed::Manifest),
            FileFormat::PackageLock => package_lock::parse(text).map(Parsed::Lockfile),
            FileFormat::YarnLock => yarn_lock::parse(text).map(Parsed::Lockfile),
            FileFormat::PnpmLock => pnpm_lock::parse(text).map(Parsed::Lockfile),
            FileFormat::PoetryLock => poetry_lock::parse(text).map(Parsed::Lockfile),
            FileFormat::PipfileLock => pipfile_lock::parse(text).map(Parsed::Lockfile),
            FileFormat::UvLock => uv_lock::parse(text).map(Parsed::Lockfile),
        }
    }
}

/// Why a dependency file could not be read; the review counts it as a gap.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FormatError(pub String);

impl FormatError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        FormatError(message.into())
    }
}

#[derive(Debug, Clone)]
pub enum Parsed {
    Manifest(Manifest),
    Lockfile(Lockfile),
}

/// One requirement a manifest declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    pub name: String,
    /// The requirement as written (`^4.17.20`, `==3.1.4`, `>=0.0.18`).
    pub spec: String,
    pub dev: bool,
    pub line: u32,
}

#[derive(Debug, Clone, Default)]
pub struct Manifest {
    pub declared: Vec<Declared>,
    /// Other requirement files this one includes (`-r base.txt`), with the line.
    pub includes: Vec<(String, u32)>,
}

/// One installed package version in a lockfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    pub name: String,
    pub version: String,
    pub line: u32,
    /// Requirements this entry satisfies, `name@range` (yarn), to find the direct ones.
    pub descriptors: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Lockfile {
    pub packages: Vec<Locked>,
    /// The dependency graph over `packages` (same indices).
    pub(crate) nodes: Vec<Node>,
    /// Direct dependencies, when the lockfile records the project's own requirements
    /// (npm v2/v3 root entry, pnpm importers, uv's project entry). `None`: ask the manifest.
    pub roots: Option<Roots>,
}

#[derive(Debug, Clone, Default)]
pub struct Roots {
    pub prod: Vec<usize>,
    pub dev: Vec<usize>,
}

impl Lockfile {
    pub(crate) fn push(&mut self, locked: Locked, dev: Option<bool>) -> usize {
        self.nodes.push(Node {
            name: locked.name.clone(),
            edges: Vec::new(),
            dev,
        });
        self.packages.push(locked);
        self.packages.len() - 1
    }
}

/// `@scope/name@range` → (`@scope/name`, `range`).
/// The first character (the `@` of a scope, or anything at all in a hostile lockfile) is never
/// the separator.
pub(crate) fn split_descriptor(descriptor: &str) -> (&str, &str) {
    let first = descriptor.chars().next().map_or(0, char::len_utf8);
    match descriptor[first..].find('@') {
        Some(i) => (&descriptor[..first + i], &descriptor[first + i + 1..]),
        None => (descriptor, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::split_descriptor;

    #[test]
    fn descriptors_of_any_characters() {
        assert_eq!(
            split_descriptor("@scope/name@^1.0.0"),
            ("@scope/name", "^1.0.0")
        );
        assert_eq!(
            split_descriptor("axios@npm:^1.6.0"),
            ("axios", "npm:^1.6.0")
        );
        assert_eq!(split_descriptor("lodash"), ("lodash", ""));
        assert_eq!(split_descriptor(""), ("", ""));
        // Found by fuzzing yarn_lock: a multi-byte first character panicked.
        assert_eq!(
            split_descriptor("\u{fffd}axios@npm:^1.6.0"),
            ("\u{fffd}axios", "npm:^1.6.0")
        );
        assert_eq!(split_descriptor("é@1"), ("é", "1"));
    }
}

/// Lockfile contents as the format tests compare them.
#[cfg(test)]
pub(crate) mod listing {
    use super::Lockfile;
    use crate::graph::place;

    /// One line per package, in lockfile order, placed from the `prod` and `dev` roots:
    /// `name@version line N path`, with the relation and `dev` before the path when `detailed`.
    pub(crate) fn describe(
        lockfile: &Lockfile,
        prod: &[usize],
        dev: &[usize],
        detailed: bool,
    ) -> Vec<String> {
        let placed = place(&lockfile.nodes, prod, dev);
        lockfile
            .packages
            .iter()
            .zip(placed)
            .map(|(p, pl)| {
                let relation = if detailed {
                    format!("{:?}{} ", pl.relation, if pl.dev { " dev" } else { "" })
                } else {
                    String::new()
                };
                format!(
                    "{}@{} line {} {relation}{}",
                    p.name,
                    p.version,
                    p.line,
                    pl.path.join(">")
                )
            })
            .collect()
    }

    /// [`describe`] with the lockfile's own roots, detailed.
    pub(crate) fn describe_from_roots(lockfile: &Lockfile) -> Vec<String> {
        let roots = lockfile.roots.clone().unwrap_or_default();
        describe(lockfile, &roots.prod, &roots.dev, true)
    }
}
