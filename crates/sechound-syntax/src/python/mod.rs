//! Python syntax helpers: literals, calls and keyword arguments, attribute chains, decorators.

pub mod taint;
pub mod value;

use crate::node::NodeExt;
use crate::node::{named_children, text};
use std::sync::OnceLock;
use tree_sitter::Node;

/// Field ids of the Python grammar for the fields the helpers read on every call: looking a
/// field up by name searches the grammar's field names each time.
struct Fields {
    function: u16,
    object: u16,
    attribute: u16,
    arguments: u16,
    name: u16,
    value: u16,
}

fn fields() -> &'static Fields {
    static FIELDS: OnceLock<Fields> = OnceLock::new();
    FIELDS.get_or_init(|| {
        let grammar = crate::Language::Python.grammar();
        let id = |name: &str| grammar.field_id_for_name(name).map_or(0, |id| id.get());
        Fields {
            function: id("function"),
            object: id("object"),
            attribute: id("attribute"),
            arguments: id("arguments"),
            name: id("name"),
            value: id("value"),
        }
    })
}

/// Node kinds that open a function scope.
pub const FUNCTION_KINDS: &[&str] = &["function_definition", "lambda"];

/// Strips parentheses and `await`.
pub fn unwrap(node: Node<'_>) -> Node<'_> {
    let mut current = node;
    while matches!(current.kind(), "parenthesized_expression" | "await") {
        match current.named_child(0) {
            Some(inner) if inner.kind() != "comment" => current = inner,
            _ => break,
        }
    }
    current
}

/// The value of a string literal without interpolation (implicitly concatenated strings are
/// joined). Escapes are kept as written.
pub fn string_value(node: Node<'_>, src: &str) -> Option<String> {
    let node = unwrap(node);
    match node.kind() {
        "string" => {
            let mut value = String::new();
            for child in named_children(node) {
                match child.kind() {
                    "string_content" | "escape_sequence" => value.push_str(text(child, src)),
                    "interpolation" => return None,
                    _ => {}
                }
            }
            Some(value)
        }
        "concatenated_string" => named_children(node)
            .into_iter()
            .map(|part| string_value(part, src))
            .collect(),
        _ => None,
    }
}

/// True for an f-string (a string with `{…}` interpolations).
pub fn is_fstring(node: Node<'_>) -> bool {
    let node = unwrap(node);
    node.kind() == "string"
        && named_children(node)
            .iter()
            .any(|c| c.kind() == "interpolation")
}

/// True for literals fixed in the source: plain strings, numbers, `True`, `False`, `None`.
pub fn is_literal(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    match node.kind() {
        "integer" | "float" | "true" | "false" | "none" => true,
        "string" | "concatenated_string" => string_value(node, src).is_some(),
        _ => false,
    }
}

/// Dotted name of an identifier or attribute chain (`os.environ.get`, `self.request.GET`).
pub fn dotted_path(node: Node<'_>, src: &str) -> Option<String> {
    let node = unwrap(node);
    match node.kind() {
        "identifier" => Some(text(node, src).to_string()),
        "attribute" => {
            let object = dotted_path(node.child_by_field_id(fields().object)?, src)?;
            let attribute = node.child_by_field_id(fields().attribute)?;
            Some(format!("{object}.{}", text(attribute, src)))
        }
        _ => None,
    }
}

/// Dotted name of the function a call invokes.
pub fn callee_path(call: Node<'_>, src: &str) -> Option<String> {
    crate::memo::callee(call, || {
        dotted_path(call.child_by_field_id(fields().function)?, src)
    })
}

/// The last segment of the callee: `execute` for `cursor.execute(...)`.
pub fn method_name<'s>(call: Node<'_>, src: &'s str) -> Option<&'s str> {
    let function = unwrap(call.child_by_field_id(fields().function)?);
    match function.kind() {
        "identifier" => Some(text(function, src)),
        "attribute" => Some(text(function.child_by_field_id(fields().attribute)?, src)),
        _ => None,
    }
}

/// The object a method is called on: `cursor` in `cursor.execute(...)`.
pub fn receiver(call: Node<'_>) -> Option<Node<'_>> {
    let function = unwrap(call.child_by_field_id(fields().function)?);
    (function.kind() == "attribute")
        .then(|| function.child_by_field_id(fields().object))
        .flatten()
}

/// Positional arguments of a call (splats included, keywords and comments excluded).
pub fn positional_args(call: Node<'_>) -> Vec<Node<'_>> {
    call.child_by_field_id(fields().arguments)
        .map(|args| {
            named_children(args)
                .into_iter()
                .filter(|n| !matches!(n.kind(), "keyword_argument" | "comment"))
                .collect()
        })
        .unwrap_or_default()
}

/// Keyword arguments of a call as `(name, value)`.
pub fn keyword_args<'t, 's>(call: Node<'t>, src: &'s str) -> Vec<(&'s str, Node<'t>)> {
    call.child_by_field_id(fields().arguments)
        .map(|args| {
            named_children(args)
                .into_iter()
                .filter(|n| n.kind() == "keyword_argument")
                .filter_map(|kw| {
                    Some((
                        text(kw.child_by_field_id(fields().name)?, src),
                        kw.child_by_field_id(fields().value)?,
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The value passed as keyword `name`.
pub fn keyword_arg<'t>(call: Node<'t>, src: &str, name: &str) -> Option<Node<'t>> {
    keyword_args(call, src)
        .into_iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The innermost function around `node`.
pub fn enclosing_function(node: Node<'_>) -> Option<Node<'_>> {
    crate::node::ancestor(node, FUNCTION_KINDS)
}

/// The decorator expressions of a function or class definition (`app.get("/x")`, `login_required`).
pub fn decorators(definition: Node<'_>) -> Vec<Node<'_>> {
    match definition.parent() {
        Some(parent) if parent.kind() == "decorated_definition" => named_children(parent)
            .into_iter()
            .filter(|c| c.kind() == "decorator")
            .filter_map(|d| d.named_child(0))
            .collect(),
        _ => Vec::new(),
    }
}

/// Name of the environment variable read by `os.getenv("X")`, `os.environ.get("X")`,
/// `os.environ["X"]` or `environ.get("X")`, with the default expression when one is given.
pub fn env_read<'t>(node: Node<'t>, src: &str) -> Option<(String, Option<Node<'t>>)> {
    let node = unwrap(node);
    match node.kind() {
        "call" => {
            let path = callee_path(node, src)?;
            if !matches!(
                path.as_str(),
                "os.getenv" | "getenv" | "os.environ.get" | "environ.get" | "os.environ.setdefault"
            ) {
                return None;
            }
            let positional = positional_args(node);
            let name = string_value(*positional.first()?, src)?;
            let default = positional
                .get(1)
                .copied()
                .or_else(|| keyword_arg(node, src, "default"));
            Some((name, default))
        }
        "subscript" => {
            let value = dotted_path(node.field("value")?, src)?;
            if !matches!(value.as_str(), "os.environ" | "environ") {
                return None;
            }
            let key = string_value(node.field("subscript")?, src)?;
            Some((key, None))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, parse};

    fn calls(code: &str) -> (crate::CodeFile, Vec<usize>) {
        let file = parse("t.py".into(), Language::Python, code.into()).unwrap();
        (file, Vec::new())
    }

    #[test]
    fn reads_calls_and_env() {
        let (file, _) = calls(
            "x = os.getenv('JWT_SECRET', 'dev')\ny = os.environ['DB']\nz = f'{a}'\nw = 'a' 'b'\n",
        );
        let src = file.text();
        let root = file.tree.root_node();
        let mut rights = Vec::new();
        crate::node::walk(root, |n| {
            if n.kind() == "assignment" {
                rights.push(n.field("right").unwrap());
            }
            true
        });
        let (name, default) = env_read(rights[0], src).unwrap();
        assert_eq!(name, "JWT_SECRET");
        assert_eq!(string_value(default.unwrap(), src).as_deref(), Some("dev"));
        assert_eq!(env_read(rights[1], src).unwrap().0, "DB");
        assert!(is_fstring(rights[2]));
        assert_eq!(string_value(rights[2], src), None);
        assert_eq!(string_value(rights[3], src).as_deref(), Some("ab"));
        assert_eq!(callee_path(rights[0], src).as_deref(), Some("os.getenv"));
        assert_eq!(method_name(rights[0], src), Some("getenv"));
    }
}
