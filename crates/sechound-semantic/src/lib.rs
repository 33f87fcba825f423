//! The semantic layer: what the code means across functions and files.
//!
//! Each JavaScript, TypeScript or Python file is summarised once, from the same tree the rules
//! walk, into plain data ([`FileSummary`]): its imports and exports, its functions with the
//! origins of what they return, its classes, the calls it makes with the origins of each
//! argument, and the values of its module-level names. The summaries of every file are then
//! linked once ([`Program`]): module names resolve to files, calls to functions, and a fixed point
//! over the call graph tells which parameters receive request data and which function results
//! carry it, with a witness path of `file:line` steps. Rules that saw a value reach a sink
//! through a parameter or a call leave a pending flow, which the program answers.

mod behaviour;
pub mod extract;
mod link;
mod summary;

pub use behaviour::{
    Behaviour, CacheWrite, Lifecycle, Load, Pass, Query, Reject, RejectKind, TokenCheck,
};
pub use extract::summarize;
pub use link::{FnRef, Gate, GateKind, Program, Step, StepKind, Witness};
pub use summary::{
    CallSite, Callee, ClassSummary, FileSummary, FunctionSummary, MAX_SUMMARY_BYTES,
};
