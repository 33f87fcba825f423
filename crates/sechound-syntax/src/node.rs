//! Language-neutral helpers over tree-sitter nodes.

use std::cell::RefCell;
use std::collections::HashMap;
use tree_sitter::Node;

/// Field lookups by name, remembered: tree-sitter finds a field id by comparing the name with
/// every field name of the grammar, on every call.
pub trait NodeExt<'t> {
    /// The child under field `name` (`child_by_field_name`, with the field id cached).
    fn field(&self, name: &'static str) -> Option<Node<'t>>;
}

thread_local! {
    /// (grammar, field name) → field id. A grammar is known by its number of node kinds, which
    /// differs between every grammar sechound loads (checked in a test).
    static FIELD_IDS: RefCell<HashMap<(usize, usize, usize), Option<std::num::NonZeroU16>>> =
        RefCell::new(HashMap::new());
}

impl<'t> NodeExt<'t> for Node<'t> {
    fn field(&self, name: &'static str) -> Option<Node<'t>> {
        let language = self.language();
        let key = (
            language.node_kind_count(),
            name.as_ptr() as usize,
            name.len(),
        );
        let id = FIELD_IDS.with(|ids| {
            *ids.borrow_mut()
                .entry(key)
                .or_insert_with(|| language.field_id_for_name(name))
        })?;
        self.child_by_field_id(id.get())
    }
}

/// The source text of `node`.
pub fn text<'s>(node: Node<'_>, src: &'s str) -> &'s str {
    &src[node.byte_range()]
}

/// The node's text on one line, whitespace collapsed, cut to `max` characters with `…`.
pub fn short_text(node: Node<'_>, src: &str, max: usize) -> String {
    let collapsed = text(node, src)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if collapsed.chars().count() > max {
        let cut: String = collapsed.chars().take(max).collect();
        format!("{cut}…")
    } else {
        collapsed
    }
}

/// The named children of `node`.
pub fn named_children<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

/// The first ancestor (excluding `node`) whose kind is one of `kinds`.
pub fn ancestor<'t>(node: Node<'t>, kinds: &[&str]) -> Option<Node<'t>> {
    let mut current = node.parent();
    while let Some(n) = current {
        if kinds.contains(&n.kind()) {
            return Some(n);
        }
        current = n.parent();
    }
    None
}

/// Visits `root` and its descendants in document order; `visit` returns false to skip a subtree.
pub fn walk<'t>(root: Node<'t>, mut visit: impl FnMut(Node<'t>) -> bool) {
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        let descend = visit(node);
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node() == root {
                return;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

/// True when `inner` lies within `outer` (or is it).
pub fn contains(outer: Node<'_>, inner: Node<'_>) -> bool {
    outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
}

#[cfg(test)]
mod field_tests {
    use super::*;
    use crate::Language;

    #[test]
    fn every_grammar_has_its_own_kind_count() {
        let mut counts: Vec<usize> = Language::ALL
            .iter()
            .map(|l| l.grammar().node_kind_count())
            .collect();
        let all = counts.len();
        counts.sort_unstable();
        counts.dedup();
        assert_eq!(counts.len(), all, "field ids are cached per kind count");
    }

    #[test]
    fn cached_fields_match_tree_sitter() {
        let js = crate::parse("a.js".into(), Language::JavaScript, "f(x)".into()).unwrap();
        let py = crate::parse("a.py".into(), Language::Python, "f(x)".into()).unwrap();
        for file in [&js, &py] {
            let mut call = None;
            walk(file.tree.root_node(), |n| {
                if n.kind().contains("call") {
                    call = Some(n);
                }
                true
            });
            let call = call.unwrap();
            assert_eq!(
                call.field("arguments"),
                call.child_by_field_name("arguments")
            );
            assert_eq!(call.field("function"), call.child_by_field_name("function"));
        }
    }
}
