//! Summarising one parsed file: one walk of its tree, with the symbolic taint engine answering
//! where values come from.

mod behaviour;
mod js;
pub mod lifecycle;
mod python;
mod tenancy;

use crate::{CallSite, Callee, FileSummary, FunctionSummary};
use sechound_syntax::js::taint::JsTaint;
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::python::taint::PyTaint;
use sechound_syntax::{CodeFile, Family, Node, Origin};

/// The symbolic taint engine of a file, in its language.
pub enum Engine<'a, 'f> {
    Js(&'a JsTaint<'f>),
    Python(&'a PyTaint<'f>),
}

/// Collects what a file's summary needs while the rules walk its tree (one walk for both).
pub enum Collector<'f> {
    Js(js::Collector<'f>),
    Python(python::Collector<'f>),
}

impl<'f> Collector<'f> {
    /// A collector for JavaScript, TypeScript and Python files; `None` for other files.
    pub fn new(file: &'f CodeFile) -> Option<Collector<'f>> {
        match file.language.family() {
            Family::Js => Some(Collector::Js(js::Collector::new(file))),
            Family::Python => Some(Collector::Python(python::Collector::new(file))),
            _ => None,
        }
    }

    /// Records what a named node contributes, given its ancestors (outermost first). Nodes must
    /// come in source order.
    pub fn visit(&mut self, node: Node<'f>, ancestors: &[Node<'f>]) {
        match self {
            Collector::Js(c) => c.visit(node, ancestors),
            Collector::Python(c) => c.visit(node, ancestors),
        }
    }

    /// The summary, with the taint engine the rules used on the file (so the calls and
    /// functions their pending flows number are the ones summarised).
    pub fn finish(
        self,
        file: &'f CodeFile,
        engine: Engine<'_, 'f>,
        module: &ModuleRecord,
    ) -> FileSummary {
        match (self, engine) {
            (Collector::Js(c), Engine::Js(taint)) => c.finish(file, taint, module),
            (Collector::Python(c), Engine::Python(taint)) => c.finish(file, taint, module),
            _ => unreachable!("a file's collector and engine are of its language"),
        }
    }
}

/// Summarises `file` on its own, with one walk of its tree (tests and callers that do not run
/// the rules).
pub fn summarize<'f>(
    file: &'f CodeFile,
    engine: Engine<'_, 'f>,
    module: &ModuleRecord,
) -> FileSummary {
    let mut collector = Collector::new(file).expect("a JavaScript, TypeScript or Python file");
    let mut cursor = file.tree.walk();
    let mut ancestors: Vec<Node<'f>> = Vec::new();
    loop {
        let node = cursor.node();
        if node.is_named() {
            collector.visit(node, &ancestors);
        }
        if cursor.goto_first_child() {
            ancestors.push(node);
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return collector.finish(file, engine, module);
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

/// Gives each function of `returns` (function number, returned value) that `wanted` accepts the
/// origins of what it returns, without repeats.
fn add_returns<'f>(
    functions: &mut [FunctionSummary],
    returns: &[(u32, Node<'f>)],
    wanted: impl Fn(u32, &FunctionSummary) -> bool,
    origins: impl Fn(Node<'f>) -> Vec<Origin>,
) {
    for &(function, value) in returns {
        let Some(f) = functions.get_mut(function as usize) else {
            continue;
        };
        if !wanted(function, f) {
            continue;
        }
        for origin in origins(value) {
            if !f.returns.contains(&origin) {
                f.returns.push(origin);
            }
        }
    }
}

/// Whether the linker can look the function up from another function: top-level functions,
/// methods and object members. The results of callbacks and inner helpers are read only when a
/// call of this file invokes them (see [`local_targets`]).
fn nameable(f: &FunctionSummary) -> bool {
    f.top_level || f.class.is_some() || f.object.is_some()
}

/// Local functions a call of `calls` invokes whose returns are not read yet (not in `done`).
fn local_targets(calls: &[CallSite], done: &[u32]) -> Vec<u32> {
    calls
        .iter()
        .filter_map(|c| match c.callee {
            Callee::Local(f) if !done.contains(&f) => Some(f),
            _ => None,
        })
        .collect()
}
