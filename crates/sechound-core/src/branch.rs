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
    /// Endpoints added, removed, or whose authentication changed between base and branch.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub route_changes: Vec<RouteChange>,
    /// Authentication exemptions the branch added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exemptions_added: Vec<crate::project::Exemption>,
    /// Authentication exemptions the branch removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exemptions_removed: Vec<crate::project::Exemption>,
    /// Why the project model was not compared, when it was not (no touched file declares
    /// routes, middleware or controls).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_not_compared: Option<String>,
}

/// An endpoint whose presence or authentication differs between base and branch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteChange {
    /// `added`, `removed`, `auth-weakened` (now open or unknown), `auth-strengthened`,
    /// `roles-changed`.
    pub change: String,
    pub method: String,
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<crate::project::AuthStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<crate::project::AuthStatus>,
    /// Where the endpoint is declared (on the branch, or at the base when removed).
    pub file: String,
    pub line: u32,
}
