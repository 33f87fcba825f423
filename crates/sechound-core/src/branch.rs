//! The branch review part of a report: what changed against the base, and which findings the
//! branch introduced.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum FileChange {
    New,
    Modified,
    Deleted,
    Renamed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedFile {
    pub change: FileChange,
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_path: Option<String>,
    pub added: u32,
    pub removed: u32,
}

/// A dependency whose declared or locked version differs between the base and the branch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DependencyChange {
    /// `added`, `removed`, `upgraded`, `downgraded` or `changed` (not comparable).
    pub change: String,
    pub name: String,
    /// The manifest or lockfile, relative to the reviewed root.
    pub manifest: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Advisories that affect the base version and not the branch's (empty without a database).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<String>,
    /// Advisories that affect the branch's version and not the base's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub introduces: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BranchReview {
    /// The base revision as given (`main`).
    pub base: String,
    pub merge_base: String,
    pub files: Vec<ChangedFile>,
    /// Findings in touched files that the base already had; shown apart, never gating.
    pub preexisting: Vec<crate::Finding>,
    pub dependency_changes: Vec<DependencyChange>,
    /// Controls (strengths) the base versions of the touched files had and the branch no longer
    /// has, as `title (path)`.
    #[serde(default)]
    pub controls_removed: Vec<String>,
}
