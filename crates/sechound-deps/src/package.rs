//! An installed (or declared) package version and where the repository says so.

use crate::Ecosystem;
use serde::{Deserialize, Serialize};

/// How a package reaches the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// Declared by the project's manifest.
    Direct,
    /// Pulled in by another package.
    Transitive,
    /// The file does not say (a `Pipfile.lock` without its `Pipfile`).
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Package {
    pub ecosystem: Ecosystem,
    /// As the file writes it.
    pub name: String,
    /// The installed version, or for a range-only declaration the lowest version it allows.
    pub version: String,
    /// True when `version` is what gets installed (a lockfile or an exact pin); false when it is
    /// only the lower bound of a declared range.
    pub exact: bool,
    /// The declared requirement, for packages read from a manifest.
    pub spec: Option<String>,
    pub relation: Relation,
    pub dev: bool,
    /// The file the version was read from, relative to the reviewed root.
    pub file: String,
    /// 1-based line of the package's entry in `file`.
    pub line: u32,
    /// Names from a direct dependency down to this package (inclusive), where the lockfile shows
    /// the tree; empty otherwise.
    pub path: Vec<String>,
}

impl Package {
    /// `name@version`.
    pub fn id(&self) -> String {
        format!("{}@{}", self.name, self.version)
    }
}
