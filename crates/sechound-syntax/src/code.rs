//! A parsed source file: text, language and tree, parsed exactly once.

use crate::{Language, SourceText};
use std::cell::RefCell;
use std::ops::ControlFlow;
use std::time::Instant;
use tree_sitter::{Parser, Tree};

pub struct CodeFile {
    /// Path relative to the reviewed root, `/`-separated.
    pub path: String,
    pub language: Language,
    pub source: SourceText,
    pub tree: Tree,
}

impl CodeFile {
    pub fn text(&self) -> &str {
        self.source.text()
    }

    /// True when tree-sitter had to recover from syntax errors somewhere in the file.
    pub fn has_syntax_errors(&self) -> bool {
        self.tree.root_node().has_error()
    }
}

thread_local! {
    static PARSERS: RefCell<Vec<(Language, Parser)>> = const { RefCell::new(Vec::new()) };
}

/// Parses `text` as `language`, reusing one parser per language per thread.
///
/// Returns `None` only when tree-sitter gives up (it is cancelled or the grammar fails to load);
/// a file with syntax errors still yields a tree, marked by [`CodeFile::has_syntax_errors`].
pub fn parse(path: String, language: Language, text: String) -> Option<CodeFile> {
    parse_within(path, language, text, None)
}

/// Like [`parse`], but tree-sitter gives up (and `None` is returned) once `deadline` passes, so
/// that no file can hold a review's worker for long.
pub fn parse_within(
    path: String,
    language: Language,
    text: String,
    deadline: Option<Instant>,
) -> Option<CodeFile> {
    let tree = PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        let index = match parsers.iter().position(|(l, _)| *l == language) {
            Some(i) => i,
            None => {
                let mut parser = Parser::new();
                parser.set_language(&language.grammar()).ok()?;
                parsers.push((language, parser));
                parsers.len() - 1
            }
        };
        let parser = &mut parsers[index].1;
        let bytes = text.as_bytes();
        let mut input = |offset: usize, _: tree_sitter::Point| bytes.get(offset..).unwrap_or(&[]);
        let mut out_of_time = |_: &tree_sitter::ParseState| match deadline {
            Some(at) if Instant::now() >= at => ControlFlow::Break(()),
            _ => ControlFlow::Continue(()),
        };
        let options = tree_sitter::ParseOptions::new().progress_callback(&mut out_of_time);
        let tree = parser.parse_with_options(&mut input, None, Some(options));
        if tree.is_none() {
            // A cancelled parse would otherwise resume on the next file.
            parser.reset();
        }
        tree
    })?;
    Some(CodeFile {
        path,
        language,
        source: SourceText::new(text),
        tree,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_still_give_a_tree() {
        let f = parse("a.js".into(), Language::JavaScript, "function (".into()).unwrap();
        assert!(f.has_syntax_errors());
        let g = parse("a.py".into(), Language::Python, "x = 1\n".into()).unwrap();
        assert!(!g.has_syntax_errors());
    }
}

#[cfg(test)]
mod deadline_tests {
    use super::*;

    #[test]
    fn a_parse_past_its_deadline_gives_up_and_the_next_one_starts_afresh() {
        let big = "let a = [1, 2, 3];\n".repeat(200_000);
        let past = Instant::now();
        assert!(parse_within("a.js".into(), Language::JavaScript, big, Some(past)).is_none());
        let small = parse("b.js".into(), Language::JavaScript, "let b = 1;\n".into()).unwrap();
        assert!(!small.has_syntax_errors());
        assert_eq!(small.tree.root_node().end_byte(), 11);
    }
}

#[cfg(test)]
mod config_grammar_tests {
    use super::*;

    #[test]
    fn compose_and_terraform_parse_into_trees() {
        let compose =
            "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n";
        let f = parse("compose.yml".into(), Language::Yaml, compose.into()).unwrap();
        assert!(!f.has_syntax_errors());
        assert!(f.tree.root_node().to_sexp().contains("block_mapping_pair"));
        let tf = "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = var.name\n  force_destroy = true\n}\n";
        let g = parse("main.tf".into(), Language::Hcl, tf.into()).unwrap();
        assert!(!g.has_syntax_errors());
        assert!(g.tree.root_node().to_sexp().contains("block"));
    }
}
