//! The rule catalogue and the machinery to run it on a parsed file.
//!
//! One rule is one file under `src/<family>/<rule_name>.rs`, declared with [`declare_rule!`]:
//! its id, ranking, taxonomy and documentation (the doc comment), plus a `check` that looks at the
//! node kinds it registered. [`run_code_rules`] walks a tree once and hands each node to the rules
//! that asked for its kind. Fixtures live in `tests/fixtures/<rule-id>/` with a `positive` and a
//! `negative` case each; `tests/fixtures.rs` runs them and snapshots what fires.

pub mod branch;
mod catalogue;
pub mod compose;
mod context;
pub mod deps;
mod digest_words;
pub mod docker;
mod email_link;
pub mod env;
mod file_rule;
pub mod gha;
pub mod js;
mod macros;
mod module_files;
mod privilege;
pub mod project;
pub mod python;
mod race;
mod redos;
mod runner;
pub mod secrets;
mod session_redirect;
mod sink_table;
pub mod template;
pub mod terraform;

pub use catalogue::{Catalogue, CodeRule, catalogue};
pub use context::{
    CalleeCheck, CheckContext, RawFinding, RawFlow, RawStrength, ValueCheck, Verdict,
    string_only_source,
};
pub use file_rule::{
    FileContext, FileRule, NoRepo, ParsedConfig, RepoCache, RepoView, TextFile, TextKind,
    merge_findings, run_file_rules, run_file_rules_within,
};
pub use project::{Place, ProjectFinding, ProjectRule, run_project_rules};
pub use runner::{CodeRun, KindDispatch, Overrun, run_code_rules, run_code_rules_within};
pub use sechound_core::RuleMeta;
pub use sechound_syntax::is_test_path;
