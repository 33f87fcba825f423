//! The review pipeline: discover → classify → parse once → run rules → suppress → assemble.
//!
//! [`Engine::review`] walks a directory and returns a [`Report`](sechound_core::Report);
//! [`Engine::review_file`] reviews one in-memory file (rule fixtures, base versions from git).
//! Files that cannot be read or parsed never fail a review: they become counted
//! [`Gap`](sechound_core::Gap)s.

mod assemble;
mod branch;
mod classify;
mod dependencies;
mod discover;
mod evidence;
mod frameworks;
mod git_head;
mod project;
mod review;
mod suppress;

pub use branch::{BranchChanges, BranchError};
pub use classify::{Classified, FileKind, classify};
pub use discover::{DiscoveredFile, Discovery, SKIPPED_DIRS, discover};
pub use git_head::read_head;
pub use review::{Engine, EngineError, FileOutcome, Options, Progress, worker_count};
pub use suppress::{InlineSuppression, parse_inline_suppressions};
