//! Dependency review: which package versions a repository installs, which of them published
//! advisories call vulnerable, and what to upgrade to.
//!
//! The pipeline in this crate follows the engine's: [`formats`] read each manifest and lockfile,
//! [`inventory`] turns a repository's dependency files into the installed packages (direct or
//! transitive, dev or production, with the path through the tree), [`store`] keeps an offline OSV
//! database, [`matching`] applies the ecosystems' own version rules, and [`review`] puts it
//! together. [`changes`] compares the packages of a file between a base and a branch.

pub mod advisory;
pub mod changes;
pub mod ecosystem;
pub mod formats;
mod graph;
pub mod import;
pub mod inventory;
mod lines;
pub mod matching;
mod osv;
pub mod package;
pub mod review;
pub mod store;
pub mod update;
pub mod version;

pub use advisory::{Advisory, AdvisorySeverity};
pub use ecosystem::Ecosystem;
pub use package::{Package, Relation};
pub use review::{DependencyReview, VulnerablePackage, review};
pub use store::{AdvisoryDb, StoreError};
