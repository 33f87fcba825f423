//! What an expression can be: a small abstract value that rules ask instead of matching how a
//! value is spelled. Literals, environment reads with their defaults, one-of (both arms of `?:`,
//! `||`, `??`, `or`, `if`/`else`), strings built from parts, objects and lists with their members,
//! and references the linker resolves across files (an imported name, a module-level name, an
//! instance of a class, a call to a helper).

use crate::modules::ImportedName;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    /// A number as written.
    Num(String),
    Bool(bool),
    Null,
    /// An environment variable, and what is used when it is unset.
    Env {
        name: String,
        default: Option<Box<Value>>,
    },
    /// Any one of these.
    OneOf(Vec<Value>),
    /// A string built from parts (template literal, f-string, `+`).
    Concat(Vec<Value>),
    Object(Vec<(String, Value)>),
    List(Vec<Value>),
    /// A name imported from another module, and the members read off it.
    Import {
        module: String,
        name: ImportedName,
        path: Vec<String>,
    },
    /// A module-level name of the same file, and the members read off it.
    Global {
        name: String,
        path: Vec<String>,
    },
    /// An instance of the class written so (`Settings()`, `new Config()`).
    Instance(String),
    /// What a call returns: the callee as written and the values of its arguments.
    Call {
        callee: String,
        args: Vec<Value>,
    },
    /// Parameter `n` of the function whose return value this is (function value summaries).
    Param(u32),
    Unknown,
}

/// Members read and calls followed at most, so values built in a loop or a cycle end.
pub const MAX_VALUE_DEPTH: u32 = 16;

/// Members of an object or list literal read at most: configuration is small, generated tables
/// are not.
pub const MAX_MEMBERS: usize = 64;

impl Value {
    /// `a` or `b`: one value when both are the same, a flat one-of otherwise.
    pub fn either(a: Value, b: Value) -> Value {
        let mut parts = Vec::new();
        for v in [a, b] {
            match v {
                Value::OneOf(inner) => parts.extend(inner),
                other => parts.push(other),
            }
        }
        parts.dedup();
        if parts.len() == 1 {
            parts.pop().unwrap_or(Value::Unknown)
        } else {
            Value::OneOf(parts)
        }
    }

    /// Every value this can be, one-ofs and environment defaults flattened (an unset variable
    /// takes its default; a set one is unknown).
    pub fn alternatives(&self) -> Vec<&Value> {
        let mut out = Vec::new();
        self.collect_alternatives(&mut out);
        out
    }

    fn collect_alternatives<'v>(&'v self, out: &mut Vec<&'v Value>) {
        match self {
            Value::OneOf(parts) => parts.iter().for_each(|p| p.collect_alternatives(out)),
            Value::Env {
                default: Some(default),
                ..
            } => {
                out.push(self);
                default.collect_alternatives(out);
            }
            other => out.push(other),
        }
    }

    /// The member `name` of an object value; `Unknown` when it has none or is not an object.
    pub fn member(&self, name: &str) -> Value {
        match self {
            Value::Object(members) => members
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::Unknown),
            Value::OneOf(parts) => parts
                .iter()
                .map(|p| p.member(name))
                .reduce(Value::either)
                .unwrap_or(Value::Unknown),
            Value::Import {
                module,
                name: n,
                path,
            } => {
                let mut path = path.clone();
                path.push(name.to_string());
                Value::Import {
                    module: module.clone(),
                    name: n.clone(),
                    path,
                }
            }
            Value::Global { name: n, path } => {
                let mut path = path.clone();
                path.push(name.to_string());
                Value::Global {
                    name: n.clone(),
                    path,
                }
            }
            _ => Value::Unknown,
        }
    }

    /// True when some part of the value refers to another file or name the linker must resolve.
    pub fn has_references(&self) -> bool {
        match self {
            Value::Import { .. }
            | Value::Global { .. }
            | Value::Instance(_)
            | Value::Call { .. } => true,
            Value::Env { default, .. } => default.as_ref().is_some_and(|d| d.has_references()),
            Value::OneOf(parts) | Value::Concat(parts) | Value::List(parts) => {
                parts.iter().any(Value::has_references)
            }
            Value::Object(members) => members.iter().any(|(_, v)| v.has_references()),
            _ => false,
        }
    }

    /// The text of a string value, `None` for anything else.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// True when the value can be `true` (the boolean, or a string a setting parser reads as
    /// true), including an environment default.
    pub fn can_be_true(&self) -> bool {
        self.alternatives().iter().any(|v| match v {
            Value::Bool(b) => *b,
            Value::Str(s) => matches!(
                s.trim().to_ascii_lowercase().as_str(),
                "true" | "1" | "yes" | "on"
            ),
            Value::Num(n) => n.trim() == "1",
            _ => false,
        })
    }

    /// The environment default that makes the value `true`, if that is how it can be true: a
    /// read like `process.env.DEBUG || 'true'` or a settings field `DEBUG: bool = True`.
    pub fn true_by_default(&self) -> Option<&str> {
        self.alternatives().iter().find_map(|v| match v {
            Value::Env {
                name,
                default: Some(default),
            } if default.can_be_true() => Some(name.as_str()),
            _ => None,
        })
    }

    /// True when the value can be the string `needle` itself or a list that holds it.
    pub fn can_be_str(&self, needle: &str) -> bool {
        self.alternatives().iter().any(|v| match v {
            Value::Str(s) => s.trim() == needle,
            Value::List(items) => items.iter().any(|i| i.can_be_str(needle)),
            _ => false,
        })
    }

    /// A short description for messages: `'*'`, `true`, `process.env.X` (default `'*'`).
    pub fn describe(&self) -> String {
        match self {
            Value::Str(s) => format!("'{s}'"),
            Value::Num(n) => n.clone(),
            Value::Bool(b) => b.to_string(),
            Value::Null => "null".to_string(),
            Value::Env { name, default } => match default {
                Some(d) => format!(
                    "the environment variable `{name}` (default {})",
                    d.describe()
                ),
                None => format!("the environment variable `{name}`"),
            },
            Value::OneOf(parts) => {
                // What is known of a value is what a reader can check; unknown parts (a value
                // set at run time) are left out when something is known.
                let known: Vec<String> = parts
                    .iter()
                    .filter(|p| **p != Value::Unknown)
                    .map(Value::describe)
                    .collect();
                if known.is_empty() {
                    "a value sechound cannot resolve".to_string()
                } else {
                    known.join(" or ")
                }
            }
            Value::List(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(Value::describe)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Concat(_) => "a built string".to_string(),
            Value::Object(_) => "an object".to_string(),
            _ => "a value sechound cannot resolve".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternatives_follow_defaults_and_one_ofs() {
        let v = Value::either(
            Value::Env {
                name: "CORS_ORIGIN".into(),
                default: Some(Box::new(Value::Str("*".into()))),
            },
            Value::List(vec![Value::Str("https://a".into())]),
        );
        assert!(v.can_be_str("*"));
        assert!(!v.can_be_true());
        let debug = Value::Env {
            name: "DEBUG".into(),
            default: Some(Box::new(Value::Bool(true))),
        };
        assert!(debug.can_be_true());
        assert_eq!(debug.true_by_default(), Some("DEBUG"));
        assert!(Value::Str("TRUE".into()).can_be_true());
        assert!(!Value::Str("false".into()).can_be_true());
    }

    #[test]
    fn members_of_objects_and_references() {
        let config = Value::Object(vec![(
            "cors".into(),
            Value::Object(vec![("origin".into(), Value::Str("*".into()))]),
        )]);
        assert_eq!(
            config.member("cors").member("origin"),
            Value::Str("*".into())
        );
        let imported = Value::Import {
            module: "./config".into(),
            name: ImportedName::Default,
            path: vec![],
        };
        assert!(imported.member("cors").has_references());
    }
}
