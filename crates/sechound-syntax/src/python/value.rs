//! What a Python expression can be ([`Value`]), through local bindings and imports; names from
//! other files stay references for the linker.

use super::taint::PyTaint;
use super::{dotted_path, env_read, positional_args, string_value, unwrap};
use crate::BoundValue;
use crate::js::value::{compare, with_default};
use crate::modules::ModuleRecord;
use crate::node::{NodeExt, named_children, text};
use crate::value::{MAX_MEMBERS, MAX_VALUE_DEPTH, Value};
use tree_sitter::Node;

/// Reads values of one Python file.
pub struct ValueReader<'a, 'f> {
    taint: &'a PyTaint<'f>,
    module: &'a ModuleRecord,
    src: &'f str,
}

impl<'a, 'f> ValueReader<'a, 'f> {
    pub fn new(taint: &'a PyTaint<'f>, module: &'a ModuleRecord, src: &'f str) -> Self {
        ValueReader { taint, module, src }
    }

    /// What `expr` can be.
    pub fn value(&self, expr: Node<'f>) -> Value {
        self.eval(expr, 0)
    }

    fn eval(&self, expr: Node<'f>, depth: u32) -> Value {
        if depth > MAX_VALUE_DEPTH {
            return Value::Unknown;
        }
        let src = self.src;
        let node = unwrap(expr);
        let next = depth + 1;
        if let Some((name, default)) = env_read(node, src) {
            return Value::Env {
                name,
                default: default.map(|d| Box::new(self.eval(d, next))),
            };
        }
        match node.kind() {
            "string" | "concatenated_string" => match string_value(node, src) {
                Some(s) => Value::Str(s),
                None => Value::Concat(
                    named_children(node)
                        .into_iter()
                        .filter_map(|c| match c.kind() {
                            "interpolation" => c.field("expression").map(|e| self.eval(e, next)),
                            "string_content" => Some(Value::Str(text(c, src).to_string())),
                            _ => None,
                        })
                        .collect(),
                ),
            },
            "integer" | "float" => Value::Num(text(node, src).to_string()),
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "none" => Value::Null,
            "identifier" => self.identifier(node, next),
            "attribute" => match (node.field("object"), node.field("attribute")) {
                (Some(object), Some(attribute)) => {
                    self.eval(object, next).member(text(attribute, src))
                }
                _ => Value::Unknown,
            },
            "subscript" => {
                let key = node.field("subscript").and_then(|k| string_value(k, src));
                match (node.field("value"), key) {
                    (Some(value), Some(key)) => self.eval(value, next).member(&key),
                    _ => Value::Unknown,
                }
            }
            "boolean_operator" => {
                let operator = node.child(1).map(|o| text(o, src)).unwrap_or("");
                match (node.field("left"), node.field("right")) {
                    (Some(left), Some(right)) if operator == "or" => {
                        with_default(self.eval(left, next), self.eval(right, next))
                    }
                    _ => Value::Unknown,
                }
            }
            "comparison_operator" => {
                let parts = named_children(node);
                let operator = node.child(1).map(|o| text(o, src)).unwrap_or("");
                match (parts.first(), parts.get(1), operator) {
                    (Some(a), Some(b), "==" | "!=") => {
                        compare(self.eval(*a, next), self.eval(*b, next), operator == "!=")
                    }
                    _ => Value::Unknown,
                }
            }
            "conditional_expression" => {
                let parts = named_children(node);
                match (parts.first(), parts.get(2)) {
                    (Some(a), Some(b)) => Value::either(self.eval(*a, next), self.eval(*b, next)),
                    _ => Value::Unknown,
                }
            }
            "dictionary" => Value::Object(
                named_children(node)
                    .into_iter()
                    .filter(|c| c.kind() == "pair")
                    .take(MAX_MEMBERS)
                    .filter_map(|pair| {
                        let key = string_value(pair.field("key")?, src)?;
                        Some((key, self.eval(pair.field("value")?, next)))
                    })
                    .collect(),
            ),
            "list" | "tuple" | "set" => Value::List(
                named_children(node)
                    .into_iter()
                    .filter(|c| c.kind() != "comment")
                    .take(MAX_MEMBERS)
                    .map(|c| self.eval(c, next))
                    .collect(),
            ),
            "call" => self.call(node, next),
            _ => Value::Unknown,
        }
    }

    fn identifier(&self, ident: Node<'f>, depth: u32) -> Value {
        let name = text(ident, self.src);
        let bindings = self.taint.bindings(ident);
        if bindings.is_empty() {
            return match self.module.import_at(name, ident.start_byte()) {
                Some(import) => Value::Import {
                    module: import.module.clone(),
                    name: import.name.clone(),
                    path: Vec::new(),
                },
                None => Value::Unknown,
            };
        }
        bindings
            .into_iter()
            .map(|b| match b {
                BoundValue::Expr(value) => self.eval(value, depth),
                _ => Value::Unknown,
            })
            .reduce(|a, b| if a == b { a } else { Value::either(a, b) })
            .unwrap_or(Value::Unknown)
    }

    fn call(&self, call: Node<'f>, depth: u32) -> Value {
        let src = self.src;
        let Some(function) = call.field("function").map(unwrap) else {
            return Value::Unknown;
        };
        // `os.getenv("DEBUG", "false").lower() == "true"`: string methods keep the value.
        if function.kind() == "attribute"
            && let Some(method) = function.field("attribute").map(|a| text(a, src))
            && matches!(method, "lower" | "upper" | "strip" | "casefold")
            && let Some(object) = function.field("object")
        {
            return lowercase(self.eval(object, depth));
        }
        let Some(path) = dotted_path(function, src) else {
            return Value::Unknown;
        };
        let args: Vec<Node<'f>> = positional_args(call);
        match path.as_str() {
            "str" | "bool" => args
                .first()
                .map_or(Value::Unknown, |a| self.eval(*a, depth)),
            _ => Value::Call {
                callee: path,
                args: args.into_iter().map(|a| self.eval(a, depth)).collect(),
            },
        }
    }
}

/// The value with its strings lower-cased (`.lower()`), environment defaults included.
fn lowercase(value: Value) -> Value {
    match value {
        Value::Str(s) => Value::Str(s.to_lowercase()),
        Value::Env { name, default } => Value::Env {
            name,
            default: default.map(|d| Box::new(lowercase(*d))),
        },
        Value::OneOf(parts) => Value::OneOf(parts.into_iter().map(lowercase).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, parse};

    fn value_of_use(code: &str) -> Value {
        let file = parse("t.py".into(), Language::Python, code.into()).unwrap();
        let src = file.text();
        let module = crate::modules::python::read(file.tree.root_node(), src);
        let taint = PyTaint::new(&file);
        let mut target = None;
        crate::node::walk(file.tree.root_node(), |n| {
            if n.kind() == "call" && super::super::callee_path(n, src).as_deref() == Some("use") {
                target = positional_args(n).first().copied();
            }
            true
        });
        ValueReader::new(&taint, &module, src).value(target.expect("use(…)"))
    }

    #[test]
    fn reads_env_defaults_comparisons_and_imports() {
        let v = value_of_use("DEBUG = os.getenv('DEBUG', 'True') == 'True'\nuse(DEBUG)\n");
        assert!(v.can_be_true());
        let v = value_of_use(
            "DEBUG = os.environ.get('DEBUG', 'false').lower() == 'true'\nuse(DEBUG)\n",
        );
        assert!(!v.can_be_true());
        let v = value_of_use("ORIGINS = os.getenv('ORIGINS') or '*'\nuse(ORIGINS)\n");
        assert!(v.can_be_str("*"));
        let v = value_of_use("from app.core.config import settings\nuse(settings.DEBUG)\n");
        assert!(v.has_references());
    }
}
