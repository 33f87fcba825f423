//! What a JavaScript or TypeScript expression can be ([`Value`]), through local bindings and
//! imports; names from other files stay references for the linker.

use super::taint::JsTaint;
use super::{arguments, callee, dotted_path, env_var_name, pair_key, string_value, unwrap};
use crate::BoundValue;
use crate::modules::{ImportedName, ModuleRecord};
use crate::node::{NodeExt, named_children, text};
use crate::value::{MAX_MEMBERS, MAX_VALUE_DEPTH, Value};
use tree_sitter::Node;

/// Reads values of one file.
pub struct ValueReader<'a, 'f> {
    taint: &'a JsTaint<'f>,
    module: &'a ModuleRecord,
    src: &'f str,
    /// Parameters read as [`Value::Param`] (a function's value summary) rather than unknown.
    pub params: bool,
}

impl<'a, 'f> ValueReader<'a, 'f> {
    pub fn new(taint: &'a JsTaint<'f>, module: &'a ModuleRecord, src: &'f str) -> Self {
        ValueReader {
            taint,
            module,
            src,
            params: false,
        }
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
        if let Some(name) = env_var_name(node, src) {
            return Value::Env {
                name,
                default: None,
            };
        }
        match node.kind() {
            "string" | "template_string" => match string_value(node, src) {
                Some(s) => Value::Str(s),
                None => Value::Concat(
                    named_children(node)
                        .into_iter()
                        .filter_map(|c| match c.kind() {
                            "template_substitution" => c.named_child(0).map(|e| self.eval(e, next)),
                            "string_fragment" => Some(Value::Str(text(c, src).to_string())),
                            _ => None,
                        })
                        .collect(),
                ),
            },
            "number" => Value::Num(text(node, src).to_string()),
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" | "undefined" => Value::Null,
            "identifier" | "shorthand_property_identifier" => self.identifier(node, next),
            "member_expression" | "subscript_expression" => {
                let Some(object) = node.field("object") else {
                    return Value::Unknown;
                };
                let key = match node.kind() {
                    "member_expression" => node.field("property").map(|p| text(p, src).to_string()),
                    _ => node.field("index").and_then(|i| string_value(i, src)),
                };
                match key {
                    Some(key) => self.eval(object, next).member(&key),
                    None => Value::Unknown,
                }
            }
            "binary_expression" => {
                let operator = node.field("operator").map(|o| text(o, src)).unwrap_or("");
                let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
                    return Value::Unknown;
                };
                match operator {
                    "||" | "??" => with_default(self.eval(left, next), self.eval(right, next)),
                    "===" | "==" | "!==" | "!=" => compare(
                        self.eval(left, next),
                        self.eval(right, next),
                        operator.starts_with('!'),
                    ),
                    "+" => Value::Concat(vec![self.eval(left, next), self.eval(right, next)]),
                    _ => Value::Unknown,
                }
            }
            "ternary_expression" => match (node.field("consequence"), node.field("alternative")) {
                (Some(a), Some(b)) => Value::either(self.eval(a, next), self.eval(b, next)),
                _ => Value::Unknown,
            },
            "object" => {
                let mut members = Vec::new();
                for child in named_children(node).into_iter().take(MAX_MEMBERS) {
                    match child.kind() {
                        "pair" => {
                            if let (Some(key), Some(value)) =
                                (pair_key(child, src), child.field("value"))
                            {
                                members.push((key.to_string(), self.eval(value, next)));
                            }
                        }
                        "shorthand_property_identifier" => {
                            members.push((text(child, src).to_string(), self.eval(child, next)));
                        }
                        "spread_element" => {
                            if let Some(inner) = child.named_child(0)
                                && let Value::Object(spread) = self.eval(inner, next)
                            {
                                members.extend(spread);
                            }
                        }
                        _ => {}
                    }
                }
                Value::Object(members)
            }
            "array" => Value::List(
                named_children(node)
                    .into_iter()
                    .filter(|c| c.kind() != "comment")
                    .take(MAX_MEMBERS)
                    .map(|c| self.eval(c, next))
                    .collect(),
            ),
            "new_expression" => match callee(node).and_then(|c| dotted_path(c, src)) {
                Some(class) => Value::Instance(class),
                None => Value::Unknown,
            },
            "call_expression" => self.call(node, next),
            "unary_expression" => Value::Unknown,
            _ => Value::Unknown,
        }
    }

    fn identifier(&self, ident: Node<'f>, depth: u32) -> Value {
        let name = text(ident, self.src);
        if name == "undefined" {
            return Value::Null;
        }
        let bindings = self.taint.bindings(ident);
        // `const { settings } = require('./settings')`: the module record knows the import.
        let from_require = bindings.iter().all(|b| match b {
            BoundValue::Expr(v) | BoundValue::Part(v) => is_require(*v, self.src),
            BoundValue::Param(_) => false,
        });
        if bindings.is_empty() || from_require {
            return match self.module.import_of(name) {
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
                BoundValue::Param(param) if self.params => super::taint::param_position(param)
                    .map_or(Value::Unknown, |(_, index)| Value::Param(index)),
                _ => Value::Unknown,
            })
            .reduce(|a, b| match (a, b) {
                // A later assignment of the same name usually replaces the earlier one; keep
                // both only when they differ.
                (a, b) if a == b => a,
                (a, b) => Value::either(a, b),
            })
            .unwrap_or(Value::Unknown)
    }

    fn call(&self, call: Node<'f>, depth: u32) -> Value {
        let src = self.src;
        let args = arguments(call);
        let Some(path) = callee(call).and_then(|c| dotted_path(c, src)) else {
            // `require('./config').x` reads as the module.
            return Value::Unknown;
        };
        match path.as_str() {
            "require" => match args.first().and_then(|a| string_value(*a, src)) {
                Some(module) => Value::Import {
                    module: module.strip_prefix("node:").unwrap_or(&module).to_string(),
                    name: ImportedName::Namespace,
                    path: Vec::new(),
                },
                None => Value::Unknown,
            },
            "String" | "Boolean" | "Number" | "JSON.parse" => args
                .first()
                .map_or(Value::Unknown, |a| self.eval(*a, depth)),
            _ => Value::Call {
                callee: path,
                args: args.into_iter().map(|a| self.eval(a, depth)).collect(),
            },
        }
    }
}

/// `require('m')` or a member of it.
fn is_require(node: Node<'_>, src: &str) -> bool {
    let mut node = unwrap(node);
    while node.kind() == "member_expression" {
        match node.field("object") {
            Some(object) => node = unwrap(object),
            None => return false,
        }
    }
    node.kind() == "call_expression" && super::callee_path(node, src).as_deref() == Some("require")
}

/// `a || b`, `a ?? b`: an environment read with `b` as its default, or either value.
pub(crate) fn with_default(left: Value, right: Value) -> Value {
    match left {
        Value::Env {
            name,
            default: None,
        } => Value::Env {
            name,
            default: Some(Box::new(right)),
        },
        other => Value::either(other, right),
    }
}

/// `process.env.X !== 'false'` and friends: a boolean whose value when the variable is unset is
/// known.
pub(crate) fn compare(left: Value, right: Value, negated: bool) -> Value {
    let (env, literal) = match (&left, &right) {
        (Value::Env { .. }, other) => (&left, other),
        (other, Value::Env { .. }) => (&right, other),
        _ => return Value::Unknown,
    };
    let Value::Env { name, default } = env else {
        return Value::Unknown;
    };
    let unset = default.as_deref().cloned().unwrap_or(Value::Null);
    let equal = match (&unset, literal) {
        (Value::Str(a), Value::Str(b)) => a == b,
        (Value::Null, Value::Null) => true,
        (Value::Null, _) => false,
        (a, b) => a == b,
    };
    Value::Env {
        name: name.clone(),
        default: Some(Box::new(Value::Bool(equal != negated))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, parse};

    fn value_of_last(code: &str) -> Value {
        let file = parse("t.ts".into(), Language::TypeScript, code.into()).unwrap();
        let src = file.text();
        let module = crate::modules::js::read(file.tree.root_node(), src);
        let taint = JsTaint::new(&file);
        let mut target = None;
        crate::node::walk(file.tree.root_node(), |n| {
            if n.kind() == "call_expression"
                && super::super::callee_path(n, src).as_deref() == Some("use")
            {
                target = arguments(n).first().copied();
            }
            true
        });
        ValueReader::new(&taint, &module, src).value(target.expect("use(…)"))
    }

    #[test]
    fn reads_literals_env_defaults_and_objects() {
        let v = value_of_last(
            "const origins = process.env.CORS_ORIGINS || '*';\nuse({ origin: origins });",
        );
        assert!(v.member("origin").can_be_str("*"));
        let v = value_of_last("const trust = process.env.TRUST_PROXY !== 'false';\nuse(trust);");
        assert!(v.can_be_true());
        assert_eq!(v.true_by_default(), Some("TRUST_PROXY"));
        let v = value_of_last("const t = process.env.TRUST_PROXY === 'true';\nuse(t);");
        assert!(!v.can_be_true());
        let v = value_of_last("let o = ['https://a'];\nif (dev) { o = ['*']; }\nuse(o);");
        assert!(v.can_be_str("*"));
    }

    #[test]
    fn imported_names_stay_references() {
        let v = value_of_last("import config from './config';\nuse(config.cors.origin);");
        assert_eq!(
            v,
            Value::Import {
                module: "./config".into(),
                name: ImportedName::Default,
                path: vec!["cors".into(), "origin".into()]
            }
        );
        let v = value_of_last("const { settings } = require('./settings');\nuse(settings.debug);");
        assert!(v.has_references());
    }
}
