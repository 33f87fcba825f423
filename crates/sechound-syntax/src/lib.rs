//! Parsing once per file and the syntax helpers that rules and the project model share.
//!
//! A [`CodeFile`] owns the text and its tree-sitter tree. The `js` and `python` modules read
//! literals, calls and member chains off that tree, and answer the one data-flow question the
//! injection rules ask: does this expression carry a value from the HTTP request ([`js::taint`],
//! [`python::taint`])? The analysis is local: it follows assignments inside the enclosing
//! functions of one file, never across calls.

mod code;
mod config_kind;
pub mod dockerfile;
pub mod dotenv;
pub mod js;
mod language;
mod name_words;
pub use name_words::name_words;
pub mod memo;
pub mod modules;
pub mod node;
mod origin;
pub mod python;
mod scope;
pub use scope::BoundValue;
mod source;
mod test_path;
pub mod value;

pub use code::{CodeFile, parse, parse_within};
pub use config_kind::{ConfigKind, is_compose_content, is_example_env};
pub use language::{Family, Language};
pub use origin::{Origin, Origins};
pub use source::SourceText;
pub use test_path::is_test_path;
pub use tree_sitter::{Node, Tree};

/// Where a request-controlled value entered the function: the source expression and its line.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaintTrace {
    /// The source expression as written, e.g. `req.query.id` (shortened if long).
    pub source: String,
    /// 1-based line of the source expression.
    pub line: u32,
}

impl TaintTrace {
    pub(crate) fn at(node: Node<'_>, src: &str) -> TaintTrace {
        TaintTrace {
            source: node::short_text(node, src, 60),
            line: node.start_position().row as u32 + 1,
        }
    }
}
