//! Local bindings of a function scope, shared by the JavaScript and Python taint analyses.
//!
//! A scope lists, for one function (or the module), the parameters and every assignment to a
//! plain name, with the byte offset where it takes effect. Looking a name up at a position gives
//! the last replacing binding before it plus the augmenting ones (`+=`) after it: an
//! approximation of reaching definitions that ignores branches, which suits short handlers.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use tree_sitter::Node;

pub(crate) struct Binding<'t> {
    pub name: String,
    /// Byte offset at which the binding takes effect.
    pub position: usize,
    pub value: BoundValue<'t>,
    /// `+=` and friends: adds to the previous value instead of replacing it.
    pub augments: bool,
    /// The byte range of the innermost branch (an `if` arm, a loop body, a `try` block, a
    /// `case`) the binding is written in: it replaces the earlier value only for uses inside
    /// that range. `None` outside any branch of its function.
    pub branch: Option<(usize, usize)>,
}

#[derive(Clone, Copy)]
pub enum BoundValue<'t> {
    /// `x = <expr>`.
    Expr(Node<'t>),
    /// `{ key: x } = <expr>`, `a, b = <expr>`, `for x in <expr>`: part of the value.
    Part(Node<'t>),
    /// A parameter of the scope's function (the parameter node).
    Param(Node<'t>),
}

#[derive(Default)]
pub(crate) struct Scope<'t> {
    pub bindings: Vec<Binding<'t>>,
    /// Indexes into `bindings` per name, built on the first lookup: a module or a bundle's
    /// outer function can bind thousands of names.
    by_name: OnceCell<HashMap<String, Vec<usize>>>,
}

impl<'t> Scope<'t> {
    pub fn bind(&mut self, name: &str, position: usize, value: BoundValue<'t>, augments: bool) {
        self.bind_in(name, position, value, augments, None);
    }

    /// Like [`Scope::bind`], for a binding written inside the branch `branch`.
    pub fn bind_in(
        &mut self,
        name: &str,
        position: usize,
        value: BoundValue<'t>,
        augments: bool,
        branch: Option<(usize, usize)>,
    ) {
        self.bindings.push(Binding {
            name: name.to_string(),
            position,
            value,
            augments,
            branch,
        });
    }

    /// The bindings that give `name` its value at `position`: the last one before it that
    /// surely replaced the value (written outside any branch, or in a branch around the
    /// position) and every later one (augmenting, or written in a branch that may not have
    /// run); when none precede it (hoisting, a closure called later), every binding of the name.
    fn reaching(&self, name: &str, position: usize) -> Vec<&Binding<'t>> {
        let index = self.by_name.get_or_init(|| {
            let mut index: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, binding) in self.bindings.iter().enumerate() {
                index.entry(binding.name.clone()).or_default().push(i);
            }
            index
        });
        let all: Vec<&Binding<'t>> = index
            .get(name)
            .map(|ids| ids.iter().map(|i| &self.bindings[*i]).collect())
            .unwrap_or_default();
        let before: Vec<&Binding<'t>> = all
            .iter()
            .copied()
            .filter(|b| b.position <= position)
            .collect();
        if before.is_empty() {
            return all;
        }
        let replaces = |b: &&Binding<'t>| {
            !b.augments
                && b.branch
                    .is_none_or(|(start, end)| start <= position && position < end)
        };
        let last_plain = before.iter().rposition(replaces).unwrap_or(0);
        before[last_plain..].to_vec()
    }
}

/// Scopes of one file, collected on first use.
pub(crate) struct Scopes<'t> {
    root: Node<'t>,
    function_kinds: &'static [&'static str],
    collect: fn(Node<'t>, &str) -> Scope<'t>,
    cache: RefCell<HashMap<usize, Rc<Scope<'t>>>>,
    /// Every function of the file in source order, with the index of the function around it:
    /// finding the functions around a position this way avoids tree-sitter's `parent()`,
    /// which walks down from the root each time.
    functions: OnceCell<Vec<FunctionSpan<'t>>>,
    /// Answers already given, per identifier node: several rules ask about the same
    /// identifier in turn.
    answers: RefCell<HashMap<usize, Vec<BoundValue<'t>>>>,
}

struct FunctionSpan<'t> {
    start: usize,
    end: usize,
    node: Node<'t>,
    outer: Option<usize>,
}

impl<'t> Scopes<'t> {
    pub fn new(
        root: Node<'t>,
        function_kinds: &'static [&'static str],
        collect: fn(Node<'t>, &str) -> Scope<'t>,
    ) -> Scopes<'t> {
        Scopes {
            root,
            function_kinds,
            collect,
            cache: RefCell::new(HashMap::new()),
            functions: OnceCell::new(),
            answers: RefCell::new(HashMap::new()),
        }
    }

    fn functions(&self) -> &[FunctionSpan<'t>] {
        self.functions.get_or_init(|| {
            let mut spans: Vec<FunctionSpan<'t>> = Vec::new();
            let mut open: Vec<usize> = Vec::new();
            let mut cursor = self.root.walk();
            loop {
                let node = cursor.node();
                // Keywords share some kind names (`function`): only named nodes are functions.
                if node.is_named() && self.function_kinds.contains(&node.kind()) {
                    while open
                        .last()
                        .is_some_and(|&i| spans[i].end <= node.start_byte())
                    {
                        open.pop();
                    }
                    spans.push(FunctionSpan {
                        start: node.start_byte(),
                        end: node.end_byte(),
                        node,
                        outer: open.last().copied(),
                    });
                    open.push(spans.len() - 1);
                }
                if cursor.goto_first_child() {
                    continue;
                }
                loop {
                    if cursor.goto_next_sibling() {
                        break;
                    }
                    if !cursor.goto_parent() {
                        return spans;
                    }
                }
            }
        })
    }

    /// Every function of the file in source order.
    pub fn function_nodes(&self) -> Vec<Node<'t>> {
        self.functions().iter().map(|s| s.node).collect()
    }

    /// The position of `function` in [`Scopes::function_nodes`].
    pub fn function_number(&self, function: Node<'t>) -> Option<u32> {
        let spans = self.functions();
        let at = spans.partition_point(|s| s.start < function.start_byte());
        spans[at..]
            .iter()
            .take_while(|s| s.start == function.start_byte())
            .position(|s| s.node.id() == function.id())
            .map(|i| (at + i) as u32)
    }

    /// The functions around byte `position`, innermost first.
    pub fn functions_around(&self, position: usize) -> Vec<Node<'t>> {
        let spans = self.functions();
        let after = spans.partition_point(|s| s.start <= position);
        let mut found = Vec::new();
        // The last function starting at or before `position`, or one of its outer functions,
        // is the innermost one that contains it.
        let mut candidate = after.checked_sub(1);
        while let Some(i) = candidate {
            let span = &spans[i];
            if span.start <= position && position < span.end {
                found.push(span.node);
            }
            candidate = span.outer;
        }
        found
    }

    fn scope(&self, node: Node<'t>, src: &str) -> Rc<Scope<'t>> {
        if let Some(scope) = self.cache.borrow().get(&node.id()) {
            return Rc::clone(scope);
        }
        let scope = Rc::new((self.collect)(node, src));
        self.cache.borrow_mut().insert(node.id(), Rc::clone(&scope));
        scope
    }

    /// The values `name` may hold at `ident`'s position, from the innermost scope that binds it.
    /// Empty when no enclosing scope binds the name (a global or an import).
    pub fn reaching_values(&self, ident: Node<'t>, name: &str, src: &str) -> Vec<BoundValue<'t>> {
        // Every caller asks about the identifier's own name: the node alone is the key.
        let key = ident.id();
        if let Some(known) = self.answers.borrow().get(&key) {
            return known.clone();
        }
        let values = self.lookup(ident, name, src);
        self.answers.borrow_mut().insert(key, values.clone());
        values
    }

    fn lookup(&self, ident: Node<'t>, name: &str, src: &str) -> Vec<BoundValue<'t>> {
        let position = ident.start_byte();
        let mut around = self.functions_around(position);
        // A function node that is the identifier itself is not around it.
        around.retain(|f| f.id() != ident.id());
        around.push(self.root);
        for node in around {
            let scope = self.scope(node, src);
            let values: Vec<BoundValue<'t>> = scope
                .reaching(name, position)
                .into_iter()
                .map(|b| b.value)
                .collect();
            if !values.is_empty() {
                return values;
            }
        }
        Vec::new()
    }
}

/// Visits every named node of a function body in source order without entering nested
/// functions, with the innermost branch (an `if` arm, a loop body, a `try` block, a `case`)
/// around it. `is_branch(parent_kind, field, child_kind)` says which children are branches.
/// One cursor walk, no recursion: nesting in the reviewed code is unbounded.
pub(crate) fn walk_body<'t>(
    body: Node<'t>,
    function_kinds: &[&str],
    is_branch: impl Fn(&str, Option<&str>, &str) -> bool,
    mut visit: impl FnMut(Node<'t>, Option<(usize, usize)>),
) {
    let mut cursor = body.walk();
    let mut regions: Vec<(usize, usize)> = Vec::new();
    let mut parents: Vec<&'t str> = Vec::new();
    loop {
        let node = cursor.node();
        let kind = node.kind();
        while regions.last().is_some_and(|r| r.1 <= node.start_byte()) {
            regions.pop();
        }
        if let Some(parent) = parents.last()
            && node.is_named()
            && is_branch(parent, cursor.field_name(), kind)
        {
            regions.push((node.start_byte(), node.end_byte()));
        }
        let nested = !parents.is_empty() && function_kinds.contains(&kind);
        if !nested {
            if node.is_named() {
                visit(node, regions.last().copied());
            }
            if cursor.goto_first_child() {
                parents.push(kind);
                continue;
            }
        }
        loop {
            if parents.is_empty() {
                return;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
            parents.pop();
        }
    }
}
