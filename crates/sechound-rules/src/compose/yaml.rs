//! Reading a Compose file's YAML tree: its services (with `<<: *anchor` merges), a mapping's
//! keys and values, sequence items, and scalar text without quotes.

use sechound_syntax::Node;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use std::collections::HashMap;

/// One entry under `services:`: its name, the key node (one line, for locations), and its body.
pub(crate) struct Service<'f> {
    pub name: String,
    pub key: Node<'f>,
    /// The service's own mapping, then the mappings it merges with `<<: *anchor`.
    bodies: Vec<Node<'f>>,
}

impl<'f> Service<'f> {
    /// The value of `key` in the service, its own entry first, then the merged anchors'.
    pub fn get(&self, key: &str, src: &str) -> Option<Node<'f>> {
        self.pair(key, src).and_then(|(_, value)| value)
    }

    /// The pair node and value of `key` in the service (own entry first, then merged anchors).
    pub fn pair(&self, key: &str, src: &str) -> Option<(Node<'f>, Option<Node<'f>>)> {
        self.bodies.iter().find_map(|body| {
            pairs(*body, src)
                .into_iter()
                .find(|p| p.key == key)
                .map(|p| (p.node, p.value))
        })
    }

    /// The service's unquoted `image:`, if it has one.
    pub fn image(&self, src: &str) -> Option<String> {
        self.get("image", src).and_then(|v| scalar(v, src))
    }

    /// True when the service builds its image (`build:`), so `image:` only names the result.
    pub fn builds(&self, src: &str) -> bool {
        self.pair("build", src).is_some()
    }

    /// True when `node` lies in the service's own body (not in an anchor it merges).
    pub fn owns(&self, node: Node<'_>) -> bool {
        self.bodies
            .first()
            .is_some_and(|body| sechound_syntax::node::contains(*body, node))
    }
}

/// One `key: value` of a block or flow mapping.
pub(crate) struct Pair<'f> {
    /// The key, unquoted.
    pub key: String,
    /// The `block_mapping_pair` / `flow_pair` node.
    pub node: Node<'f>,
    pub value: Option<Node<'f>>,
}

/// The services of a Compose file: the entries of the top-level `services:` mapping, or, in the
/// legacy version-1 format without `services:`, the top-level entries that have an `image` or a
/// `build`.
pub(crate) fn services<'f>(root: Node<'f>, src: &str) -> Vec<Service<'f>> {
    let anchors = anchors(root, src);
    let Some(top) = top_mapping(root, src) else {
        return Vec::new();
    };
    let top_pairs = pairs(top, src);
    let entries: Vec<Pair<'f>> = match top_pairs.iter().find(|p| p.key == "services") {
        Some(services) => services
            .value
            .and_then(|v| mapping(v, src, &anchors))
            .map(|m| pairs(m, src))
            .unwrap_or_default(),
        None => top_pairs
            .into_iter()
            .filter(|p| {
                p.value
                    .and_then(|v| mapping(v, src, &anchors))
                    .is_some_and(|m| {
                        pairs(m, src)
                            .iter()
                            .any(|q| q.key == "image" || q.key == "build")
                    })
            })
            .collect(),
    };
    entries
        .into_iter()
        .filter_map(|entry| {
            let body = mapping(entry.value?, src, &anchors)?;
            let mut bodies = vec![body];
            collect_merges(body, src, &anchors, &mut bodies);
            let key = entry.node.field("key")?;
            Some(Service {
                name: entry.key,
                key,
                bodies,
            })
        })
        .collect()
}

/// Follows `<<: *anchor` and `<<: [*a, *b]` merges of `body`, depth first.
fn collect_merges<'f>(
    body: Node<'f>,
    src: &str,
    anchors: &HashMap<String, Node<'f>>,
    out: &mut Vec<Node<'f>>,
) {
    let Some(merge) = pairs(body, src).into_iter().find(|p| p.key == "<<") else {
        return;
    };
    let Some(value) = merge.value else { return };
    let targets = if sequence(value).is_some() {
        items(value)
    } else {
        vec![value]
    };
    for target in targets {
        if let Some(merged) = mapping(target, src, anchors)
            && !out.contains(&merged)
        {
            out.push(merged);
            collect_merges(merged, src, anchors, out);
        }
    }
}

/// The document's top-level mapping.
fn top_mapping<'f>(root: Node<'f>, src: &str) -> Option<Node<'f>> {
    let document = named_children(root)
        .into_iter()
        .find(|n| n.kind() == "document")?;
    named_children(document)
        .into_iter()
        .find_map(|n| mapping(n, src, &HashMap::new()))
}

/// Anchor name → the node it is attached to (`&name` on a block or flow node).
pub(crate) fn anchors<'f>(root: Node<'f>, src: &str) -> HashMap<String, Node<'f>> {
    let mut out = HashMap::new();
    walk(root, |n| {
        if n.kind() == "anchor"
            && let Some(parent) = n.parent()
            && let Some(name) = named_children(n)
                .into_iter()
                .find(|c| c.kind() == "anchor_name")
        {
            out.insert(text(name, src).to_string(), parent);
        }
        true
    });
    out
}

/// The mapping held by a block or flow node (skipping its anchor or tag), following an alias
/// (`*name`) through `anchors`.
pub(crate) fn mapping<'f>(
    node: Node<'f>,
    src: &str,
    anchors: &HashMap<String, Node<'f>>,
) -> Option<Node<'f>> {
    match node.kind() {
        "block_mapping" | "flow_mapping" => Some(node),
        "block_node" | "flow_node" => {
            named_children(node)
                .into_iter()
                .find_map(|c| match c.kind() {
                    "block_mapping" | "flow_mapping" => Some(c),
                    "alias" => {
                        let name = named_children(c)
                            .into_iter()
                            .find(|n| n.kind() == "alias_name")?;
                        let target = *anchors.get(text(name, src))?;
                        (target != node).then(|| mapping(target, src, &HashMap::new()))?
                    }
                    _ => None,
                })
        }
        _ => None,
    }
}

/// The sequence held by a block or flow node, if it holds one.
pub(crate) fn sequence(node: Node<'_>) -> Option<Node<'_>> {
    match node.kind() {
        "block_sequence" | "flow_sequence" => Some(node),
        "block_node" | "flow_node" => named_children(node)
            .into_iter()
            .find(|c| matches!(c.kind(), "block_sequence" | "flow_sequence")),
        _ => None,
    }
}

/// The items of a sequence node (each a block or flow node); empty when `node` is no sequence.
pub(crate) fn items(node: Node<'_>) -> Vec<Node<'_>> {
    let Some(sequence) = sequence(node) else {
        return Vec::new();
    };
    named_children(sequence)
        .into_iter()
        .filter_map(|item| match item.kind() {
            "block_sequence_item" => named_children(item).into_iter().next(),
            "flow_node" | "flow_pair" => Some(item),
            _ => None,
        })
        .collect()
}

/// The pairs of a mapping node (or of the mapping a block/flow node holds).
pub(crate) fn pairs<'f>(node: Node<'f>, src: &str) -> Vec<Pair<'f>> {
    let Some(mapping) = mapping(node, src, &HashMap::new()) else {
        return Vec::new();
    };
    named_children(mapping)
        .into_iter()
        .filter(|p| matches!(p.kind(), "block_mapping_pair" | "flow_pair"))
        .filter_map(|p| {
            let key = p.field("key")?;
            Some(Pair {
                key: scalar(key, src)?,
                node: p,
                value: p.field("value"),
            })
        })
        .collect()
}

/// The text of a scalar node without its quotes (`"a\"b"` → `a"b`, `'it''s'` → `it's`); `None`
/// for mappings, sequences and aliases. A block scalar (`|`, `>`) gives its lines, unindented.
pub(crate) fn scalar(node: Node<'_>, src: &str) -> Option<String> {
    match node.kind() {
        "flow_node" | "block_node" => named_children(node)
            .into_iter()
            .filter(|c| !matches!(c.kind(), "anchor" | "tag"))
            .find_map(|c| scalar(c, src)),
        "plain_scalar" => Some(text(node, src).trim().to_string()),
        "double_quote_scalar" => {
            let raw = text(node, src);
            let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or("");
            let mut out = String::with_capacity(inner.len());
            let mut chars = inner.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    match chars.next() {
                        Some('n') => out.push('\n'),
                        Some('t') => out.push('\t'),
                        Some(other) => out.push(other),
                        None => {}
                    }
                } else {
                    out.push(c);
                }
            }
            Some(out)
        }
        "single_quote_scalar" => {
            let raw = text(node, src);
            let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or("");
            Some(inner.replace("''", "'"))
        }
        "block_scalar" => {
            let raw = text(node, src);
            let body = raw.split_once('\n').map(|(_, b)| b).unwrap_or("");
            Some(body.lines().map(str::trim).collect::<Vec<_>>().join("\n"))
        }
        _ => None,
    }
}

/// True for a YAML true value (`true`, `yes`, `on`, quoted or not).
pub(crate) fn is_true(node: Node<'_>, src: &str) -> bool {
    scalar(node, src)
        .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "yes" | "on" | "y"))
}

/// The service whose body contains `node`, if any.
pub(crate) fn service_of<'a, 'f>(
    services: &'a [Service<'f>],
    node: Node<'_>,
) -> Option<&'a Service<'f>> {
    services.iter().find(|s| s.owns(node))
}
