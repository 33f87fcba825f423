//! JavaScript and TypeScript syntax helpers: literals, calls, member chains, object options.
//!
//! The TypeScript grammar is a superset of the JavaScript one, so every helper here works on
//! trees of either language.

pub mod taint;
pub mod value;

use crate::node::NodeExt;
use crate::node::{named_children, text};
use tree_sitter::Node;

/// Node kinds that open a function scope.
pub const FUNCTION_KINDS: &[&str] = &[
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "method_definition",
    "generator_function_declaration",
    "generator_function",
];

/// Strips wrappers that do not change a value: parentheses, `await`, TypeScript casts and
/// non-null assertions.
pub fn unwrap(node: Node<'_>) -> Node<'_> {
    let mut current = node;
    loop {
        let inner = match current.kind() {
            "parenthesized_expression" | "await_expression" | "non_null_expression" => {
                current.named_child(0)
            }
            "as_expression" | "satisfies_expression" => current.named_child(0),
            "type_assertion" => current.named_child(1),
            _ => None,
        };
        match inner {
            Some(n) if n.kind() != "comment" => current = n,
            _ => return current,
        }
    }
}

/// The value of a string literal, or of a template literal with no substitutions.
pub fn string_value(node: Node<'_>, src: &str) -> Option<String> {
    let node = unwrap(node);
    match node.kind() {
        "string" | "template_string" => {
            if node.kind() == "template_string"
                && named_children(node)
                    .iter()
                    .any(|c| c.kind() == "template_substitution")
            {
                return None;
            }
            let raw = text(node, src);
            Some(raw[1..raw.len().saturating_sub(1).max(1)].to_string())
        }
        _ => None,
    }
}

/// True for literals whose value is fixed in the source: strings and templates without
/// substitutions, numbers, booleans, `null`, `undefined`, regular expressions.
pub fn is_literal(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    match node.kind() {
        "number" | "true" | "false" | "null" | "undefined" | "regex" => true,
        "string" | "template_string" => string_value(node, src).is_some(),
        "identifier" => text(node, src) == "undefined",
        _ => false,
    }
}

/// The callee of a call or the constructor of a `new` expression.
pub fn callee(call: Node<'_>) -> Option<Node<'_>> {
    match call.kind() {
        "call_expression" => call.field("function"),
        "new_expression" => call.field("constructor"),
        _ => None,
    }
}

/// Dotted name of an identifier or member chain (`app.use`, `this.db.query`, `process.env.X`);
/// a subscript with a string key reads as a property. `None` when the chain holds a call or a
/// computed key.
pub fn dotted_path(node: Node<'_>, src: &str) -> Option<String> {
    let node = unwrap(node);
    match node.kind() {
        "identifier" | "this" | "property_identifier" | "super" => {
            Some(text(node, src).to_string())
        }
        "member_expression" => {
            let object = dotted_path(node.field("object")?, src)?;
            let property = node.field("property")?;
            Some(format!("{object}.{}", text(property, src)))
        }
        "subscript_expression" => {
            let object = dotted_path(node.field("object")?, src)?;
            let key = string_value(node.field("index")?, src)?;
            Some(format!("{object}.{key}"))
        }
        _ => None,
    }
}

/// Dotted name of the function a call invokes (`jwt.sign`, `require`, `express.static`).
pub fn callee_path(call: Node<'_>, src: &str) -> Option<String> {
    crate::memo::callee(call, || dotted_path(callee(call)?, src))
}

/// The last segment of the callee: `query` for `db.query(...)` or `query(...)`.
pub fn method_name<'s>(call: Node<'_>, src: &'s str) -> Option<&'s str> {
    let callee = unwrap(callee(call)?);
    match callee.kind() {
        "identifier" => Some(text(callee, src)),
        "member_expression" => Some(text(callee.field("property")?, src)),
        _ => None,
    }
}

/// The object a method is called on: `db` in `db.query(...)`.
pub fn receiver(call: Node<'_>) -> Option<Node<'_>> {
    let callee = unwrap(callee(call)?);
    (callee.kind() == "member_expression")
        .then(|| callee.field("object"))
        .flatten()
}

/// The argument expressions of a call or `new` expression, comments excluded.
pub fn arguments(call: Node<'_>) -> Vec<Node<'_>> {
    call.field("arguments")
        .map(|args| {
            named_children(args)
                .into_iter()
                .filter(|n| n.kind() != "comment")
                .collect()
        })
        .unwrap_or_default()
}

/// The key of an object `pair` as text: identifiers, strings and numbers.
pub fn pair_key<'s>(pair: Node<'_>, src: &'s str) -> Option<&'s str> {
    let key = pair.field("key")?;
    let raw = text(key, src);
    match key.kind() {
        "property_identifier" | "number" => Some(raw),
        "string" => Some(raw.get(1..raw.len().saturating_sub(1))?),
        _ => None,
    }
}

/// The value given for `key` in an object literal: a `pair` value, a shorthand property or a
/// method. `None` when the object does not set it (spreads are not followed).
pub fn object_property<'t>(object: Node<'t>, src: &str, key: &str) -> Option<Node<'t>> {
    let object = unwrap(object);
    if object.kind() != "object" {
        return None;
    }
    for child in named_children(object) {
        match child.kind() {
            "pair" if pair_key(child, src) == Some(key) => {
                return child.field("value");
            }
            "shorthand_property_identifier" if text(child, src) == key => return Some(child),
            "method_definition" if child.field("name").is_some_and(|n| text(n, src) == key) => {
                return Some(child);
            }
            _ => {}
        }
    }
    None
}

/// True when an object literal contains a spread (`{...options}`), so missing keys may be set.
pub fn object_has_spread(object: Node<'_>) -> bool {
    named_children(unwrap(object))
        .iter()
        .any(|c| c.kind() == "spread_element")
}

/// The innermost function around `node`, if any.
pub fn enclosing_function(node: Node<'_>) -> Option<Node<'_>> {
    crate::node::ancestor(node, FUNCTION_KINDS)
}

/// `X` for `process.env.X`, `process.env["X"]` or `env.X` destructured from `process`.
pub fn env_var_name(node: Node<'_>, src: &str) -> Option<String> {
    let path = dotted_path(node, src)?;
    path.strip_prefix("process.env.")
        .or_else(|| path.strip_prefix("import.meta.env."))
        .filter(|name| !name.contains('.'))
        .map(str::to_string)
}

/// The `<module>` of `require('<module>')`.
pub fn required_module(call: Node<'_>, src: &str) -> Option<String> {
    if callee_path(call, src)? != "require" {
        return None;
    }
    string_value(*arguments(call).first()?, src)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, parse};

    fn first<'t>(root: Node<'t>, kind: &str) -> Node<'t> {
        let mut found = None;
        crate::node::walk(root, |n| {
            if found.is_none() && n.kind() == kind {
                found = Some(n);
            }
            found.is_none()
        });
        found.unwrap_or_else(|| panic!("no {kind}"))
    }

    #[test]
    fn reads_calls_members_and_literals() {
        let f = parse(
            "a.ts".into(),
            Language::TypeScript,
            "app.use(cors({ origin: '*', credentials: true, 'x-y': `t` }), process.env['JWT_SECRET']!);"
                .into(),
        )
        .unwrap();
        let src = f.text();
        let call = first(f.tree.root_node(), "call_expression");
        assert_eq!(callee_path(call, src).as_deref(), Some("app.use"));
        assert_eq!(method_name(call, src), Some("use"));
        let args = arguments(call);
        assert_eq!(args.len(), 2);
        assert_eq!(env_var_name(args[1], src).as_deref(), Some("JWT_SECRET"));
        let object = first(f.tree.root_node(), "object");
        let origin = object_property(object, src, "origin").unwrap();
        assert_eq!(string_value(origin, src).as_deref(), Some("*"));
        assert_eq!(
            string_value(object_property(object, src, "x-y").unwrap(), src).as_deref(),
            Some("t")
        );
        assert_eq!(
            text(object_property(object, src, "credentials").unwrap(), src),
            "true"
        );
        assert!(object_property(object, src, "methods").is_none());
    }
}
