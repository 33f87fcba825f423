//! Python values the model resolves through the linked program: prefixes that are not literals
//! (`settings.API_V1_STR`, `f"{prefix}/auth"`) and what the `if`s around an inclusion read.

use crate::facts::{ConditionFact, ValueFact};
use sechound_syntax::Node;
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text};
use sechound_syntax::python::{dotted_path, string_value, unwrap};
use sechound_syntax::value::Value;

/// What an expression is, without the taint engine: literals, f-strings, names (imported or
/// module-level) and attributes of them.
pub(crate) fn value(node: Node<'_>, src: &str, record: &ModuleRecord) -> Value {
    let node = unwrap(node);
    if let Some((name, default)) = sechound_syntax::python::env_read(node, src) {
        return Value::Env {
            name,
            default: default.map(|d| Box::new(value(d, src, record))),
        };
    }
    match node.kind() {
        "string" | "concatenated_string" => match string_value(node, src) {
            Some(s) => Value::Str(s),
            None => Value::Concat(
                named_children(node)
                    .into_iter()
                    .filter_map(|c| match c.kind() {
                        "interpolation" => c.field("expression").map(|e| value(e, src, record)),
                        "string_content" => Some(Value::Str(text(c, src).to_string())),
                        _ => None,
                    })
                    .collect(),
            ),
        },
        "binary_operator" if node.child(1).is_some_and(|o| text(o, src) == "+") => Value::Concat(
            [node.field("left"), node.field("right")]
                .into_iter()
                .flatten()
                .map(|p| value(p, src, record))
                .collect(),
        ),
        "identifier" => {
            let name = text(node, src);
            match record.import_at(name, node.start_byte()) {
                Some(import) => Value::Import {
                    module: import.module.clone(),
                    name: import.name.clone(),
                    path: Vec::new(),
                },
                None => Value::Global {
                    name: name.to_string(),
                    path: Vec::new(),
                },
            }
        }
        "attribute" => match (node.field("object"), node.field("attribute")) {
            (Some(object), Some(attribute)) => {
                value(object, src, record).member(text(attribute, src))
            }
            _ => Value::Unknown,
        },
        _ => Value::Unknown,
    }
}

/// A prefix as written: the literal, or a value for the linker.
pub(crate) fn prefix(
    node: Node<'_>,
    src: &str,
    record: &ModuleRecord,
) -> (Option<String>, Option<ValueFact>) {
    if let Some(s) = string_value(node, src) {
        return (Some(s), None);
    }
    match value(node, src, record) {
        Value::Unknown => (None, None),
        v => (None, Some(ValueFact(v))),
    }
}

/// The `if`s `node` is under (outermost first), up to the module.
pub(crate) fn conditions(node: Node<'_>, src: &str, record: &ModuleRecord) -> Vec<ConditionFact> {
    let mut out = Vec::new();
    let mut child = node;
    let mut current = node.parent();
    while let Some(parent) = current {
        match parent.kind() {
            "if_statement" | "elif_clause" => {
                if let Some(condition) = parent.field("condition")
                    && condition != child
                {
                    let in_body = parent.field("consequence") == Some(child);
                    let written = short_text(condition, src, 80);
                    out.push(ConditionFact {
                        text: if in_body {
                            written
                        } else {
                            format!("not ({written})")
                        },
                        line: condition.start_position().row as u32 + 1,
                        subject: subject(condition, src, record),
                    });
                }
            }
            "else_clause" => {
                // The `if` it belongs to says the condition; recorded when its parent is met.
            }
            _ => {}
        }
        child = parent;
        current = parent.parent();
    }
    out.reverse();
    out
}

/// What a condition reads: the operand of a comparison that is a name, or the name tested.
fn subject(condition: Node<'_>, src: &str, record: &ModuleRecord) -> Option<Value> {
    let node = match condition.kind() {
        "comparison_operator" => named_children(condition)
            .into_iter()
            .find(|s| dotted_path(*s, src).is_some())?,
        "not_operator" => condition.field("argument")?,
        "boolean_operator" => named_children(condition)
            .into_iter()
            .find(|s| dotted_path(*s, src).is_some())?,
        _ => condition,
    };
    let v = value(node, src, record);
    (v != Value::Unknown).then_some(v)
}
