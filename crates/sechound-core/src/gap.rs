//! Gaps: what the review could not read, or read only in part, and why.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// Contains NUL bytes or is mostly non-text.
    Binary,
    /// Very long lines: a bundle or minified output.
    Minified,
    /// Carries a generated-code marker in its header.
    Generated,
    /// Over the configured size limit.
    TooLarge,
    /// Could not be read (permissions, I/O error).
    Unreadable,
    /// Not valid UTF-8; decoded lossily and still reviewed.
    LossyUtf8,
    /// Parsed with syntax errors; reviewed where the tree is sound.
    PartialParse,
    /// A symbolic link that loops or points outside the reviewed root.
    Symlink,
    /// A configuration or manifest file that could not be parsed.
    Malformed,
    /// Something the review could not resolve (a dynamic route, unknown auth, a missing database).
    Unresolved,
    /// A per-file budget ran out (time, or findings of one rule): reviewed in part.
    Budget,
}

impl GapKind {
    pub fn label(self) -> &'static str {
        match self {
            GapKind::Binary => "binary file skipped",
            GapKind::Minified => "minified file skipped",
            GapKind::Generated => "generated file skipped",
            GapKind::TooLarge => "file over the size limit skipped",
            GapKind::Unreadable => "unreadable file skipped",
            GapKind::LossyUtf8 => "invalid UTF-8, decoded lossily and reviewed",
            GapKind::PartialParse => "syntax errors, reviewed where the parse is sound",
            GapKind::Symlink => "symbolic link not followed",
            GapKind::Malformed => "could not be parsed",
            GapKind::Unresolved => "not resolved",
            GapKind::Budget => "per-file budget exceeded, reviewed in part",
        }
    }

    /// True when the file was still reviewed, in part.
    pub fn is_degraded(self) -> bool {
        matches!(
            self,
            GapKind::LossyUtf8 | GapKind::PartialParse | GapKind::Budget
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Gap {
    pub kind: GapKind,
    /// Path relative to the reviewed root (empty for review-wide gaps).
    pub path: String,
    pub detail: String,
}
