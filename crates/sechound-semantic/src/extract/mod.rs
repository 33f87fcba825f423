//! Summarising one parsed file: one walk of its tree, with the symbolic taint engine answering
//! where values come from.

mod js;
mod python;

use crate::FileSummary;
use sechound_syntax::js::taint::JsTaint;
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::python::taint::PyTaint;
use sechound_syntax::{CodeFile, Node, Origin};

/// The symbolic taint engine of a file, in its language.
pub enum Engine<'a, 'f> {
    Js(&'a JsTaint<'f>),
    Python(&'a PyTaint<'f>),
}

/// Summarises `file` with the symbolic engine the rules used on it (so the calls and functions
/// their pending flows number are the ones summarised). `None` for files that are not JavaScript,
/// TypeScript or Python.
pub fn summarize<'f>(
    file: &'f CodeFile,
    engine: Engine<'_, 'f>,
    module: &ModuleRecord,
) -> FileSummary {
    match engine {
        Engine::Js(taint) => js::summarize(file, taint, module),
        Engine::Python(taint) => python::summarize(file, taint, module),
    }
}

/// Visits every node of `root` in source order with the chain of its ancestors (outermost
/// first), without recursion: nesting in the reviewed code is unbounded.
fn walk_with_ancestors<'t>(root: Node<'t>, mut visit: impl FnMut(Node<'t>, &[Node<'t>])) {
    let mut cursor = root.walk();
    let mut ancestors: Vec<Node<'t>> = Vec::new();
    loop {
        let node = cursor.node();
        visit(node, &ancestors);
        if cursor.goto_first_child() {
            ancestors.push(node);
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
            ancestors.pop();
        }
    }
}

fn line(node: Node<'_>) -> u32 {
    node.start_position().row as u32 + 1
}

/// The start of a node's text, on one line and shortened: a step of a flow quotes it.
fn code(node: Node<'_>, src: &str) -> String {
    let text = &src[node.byte_range()];
    let mut end = text.len().min(240);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head: String = text[..end].split_whitespace().collect::<Vec<_>>().join(" ");
    if head.chars().count() > 80 || end < text.len() {
        let cut: String = head.chars().take(80).collect();
        format!("{cut}…")
    } else {
        head
    }
}

/// True when some origin is worth recording for the linker.
fn has_origins(args: &[Vec<Origin>]) -> bool {
    args.iter().any(|a| !a.is_empty())
}
