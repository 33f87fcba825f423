//! Local bindings of a function scope, shared by the JavaScript and Python taint analyses.
//!
//! A scope lists, for one function (or the module), the parameters and every assignment to a
//! plain name, with the byte offset where it takes effect. Looking a name up at a position gives
//! the last replacing binding before it plus the augmenting ones (`+=`) after it: an
//! approximation of reaching definitions that ignores branches, which suits short handlers.

use std::cell::RefCell;
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
}

#[derive(Clone, Copy)]
pub(crate) enum BoundValue<'t> {
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
}

impl<'t> Scope<'t> {
    pub fn bind(&mut self, name: &str, position: usize, value: BoundValue<'t>, augments: bool) {
        self.bindings.push(Binding {
            name: name.to_string(),
            position,
            value,
            augments,
        });
    }

    /// The bindings that give `name` its value at `position`; when none precede it (hoisting,
    /// a closure called later), every binding of the name.
    fn reaching(&self, name: &str, position: usize) -> Vec<&Binding<'t>> {
        let all: Vec<&Binding<'t>> = self.bindings.iter().filter(|b| b.name == name).collect();
        let before: Vec<&Binding<'t>> = all
            .iter()
            .copied()
            .filter(|b| b.position <= position)
            .collect();
        if before.is_empty() {
            return all;
        }
        let last_plain = before.iter().rposition(|b| !b.augments).unwrap_or(0);
        before[last_plain..].to_vec()
    }
}

/// Scopes of one file, collected on first use.
pub(crate) struct Scopes<'t> {
    function_kinds: &'static [&'static str],
    collect: fn(Node<'t>, &str) -> Scope<'t>,
    cache: RefCell<HashMap<usize, Rc<Scope<'t>>>>,
}

impl<'t> Scopes<'t> {
    pub fn new(
        function_kinds: &'static [&'static str],
        collect: fn(Node<'t>, &str) -> Scope<'t>,
    ) -> Scopes<'t> {
        Scopes {
            function_kinds,
            collect,
            cache: RefCell::new(HashMap::new()),
        }
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
        let position = ident.start_byte();
        let mut current = ident.parent();
        while let Some(node) = current {
            if self.function_kinds.contains(&node.kind()) || node.parent().is_none() {
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
            current = node.parent();
        }
        Vec::new()
    }
}
