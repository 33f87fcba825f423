//! The review pipeline: discover → classify → parse once → run rules → suppress → assemble.
//!
//! [`Engine::review`] walks a directory and returns a [`Report`](sechound_core::Report);
//! [`Engine::review_file`] reviews one in-memory file (rule fixtures, base versions from git).
//! Files that cannot be read or parsed never fail a review: they become counted
//! [`Gap`](sechound_core::Gap)s.

mod assemble;
mod auth_removed;
mod branch;
mod ci_controls;
mod classify;
mod dependencies;
mod discover;
mod evidence;
mod frameworks;
mod git_head;
mod judge;
mod project;
mod review;
mod semantic;
mod suppress;

pub use branch::{BranchChanges, BranchError};
pub use classify::{Classified, FileKind, classify};
pub use discover::{DiscoveredFile, Discovery, SKIPPED_DIRS, discover};
pub use git_head::read_head;
pub use review::{
    Engine, EngineError, FileOutcome, Options, Pending, PendingFinding, Progress, worker_count,
};
pub use suppress::{InlineSuppression, parse_inline_suppressions};

/// Orders and numbers a report's findings and rebuilds its summary and sections: for findings
/// added after the review (a live probe's). `rules` are every rule of the run, for the OWASP
/// table's coverage.
pub fn renumber(report: &mut sechound_core::Report, rules: &[&'static sechound_core::RuleMeta]) {
    assemble::renumber_and_summarise(report, rules);
}
