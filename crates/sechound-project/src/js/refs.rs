//! What the names in a route registration stand for, before the linked program resolves them
//! across files: local aliases followed (`const isLoggedIn = sessionHandler.isLoggedInMiddleware`
//! with `const sessionHandler = new SessionHandler(db)` is `SessionHandler.isLoggedInMiddleware`),
//! guards and handlers as names to resolve, the `if`s a declaration is under, and prefixes that
//! are not literals as values for the linker.

use crate::facts::{ConditionFact, GuardTarget, HandlerAt};
use sechound_syntax::js::{arguments, callee, dotted_path, string_value, unwrap};
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text};
use sechound_syntax::value::Value;
use sechound_syntax::{Node, js::FUNCTION_KINDS};
use std::collections::HashMap;

/// Local names bound with `const`/`let`/`var` anywhere in the file, with where they are bound
/// and to what.
#[derive(Default)]
pub(crate) struct Aliases<'t> {
    by_name: HashMap<String, Vec<(usize, Node<'t>)>>,
}

impl<'t> Aliases<'t> {
    /// Records `const name = value` (called for every declarator the reader's walk meets).
    pub(crate) fn record(&mut self, declarator: Node<'t>, src: &str) {
        if let (Some(name), Some(value)) = (declarator.field("name"), declarator.field("value"))
            && name.kind() == "identifier"
        {
            self.by_name
                .entry(text(name, src).to_string())
                .or_default()
                .push((declarator.start_byte(), unwrap(value)));
        }
    }

    /// The value `name` is bound to nearest before `position`.
    fn value(&self, name: &str, position: usize) -> Option<Node<'t>> {
        self.by_name
            .get(name)?
            .iter()
            .filter(|(at, _)| *at < position)
            .max_by_key(|(at, _)| *at)
            .map(|(_, v)| *v)
    }

    /// `dotted` with its head replaced by what a local alias holds, repeatedly: a member chain
    /// (`sessionHandler.isLoggedIn`), a constructed class (`new SessionHandler(db)` is
    /// `SessionHandler`). Imports and top-level functions are left for the linker.
    pub(crate) fn follow(&self, dotted: &str, position: usize, src: &str) -> String {
        let mut current = dotted.to_string();
        for _ in 0..6 {
            let (head, rest) = match current.split_once('.') {
                Some((h, r)) => (h.to_string(), Some(r.to_string())),
                None => (current.clone(), None),
            };
            let Some(value) = self.value(&head, position) else {
                break;
            };
            let replacement = match value.kind() {
                "new_expression" => callee(value).and_then(|c| dotted_path(c, src)),
                "identifier" | "member_expression" => dotted_path(value, src),
                _ => None,
            };
            let Some(replacement) = replacement.filter(|r| *r != head) else {
                break;
            };
            current = match rest {
                Some(rest) => format!("{replacement}.{rest}"),
                None => replacement,
            };
        }
        current
    }
}

/// What a middleware argument's code is: a name (`isLoggedIn`), a call of one
/// (`security.isAuthorized()`, `passport.authenticate('jwt')`).
pub(crate) fn guard_target(arg: Node<'_>, src: &str, aliases: &Aliases<'_>) -> Option<GuardTarget> {
    let arg = unwrap(arg);
    match arg.kind() {
        "identifier" | "member_expression" => Some(GuardTarget {
            name: aliases.follow(&dotted_path(arg, src)?, arg.start_byte(), src),
            called: false,
            argument: None,
        }),
        "call_expression" => {
            let function = unwrap(callee(arg)?);
            // `expressjwt({...}).unless({...})`: the guard is the inner call.
            if function.kind() == "member_expression"
                && function
                    .field("property")
                    .is_some_and(|p| text(p, src) == "unless")
                && let Some(inner) = function.field("object")
                && unwrap(inner).kind() == "call_expression"
            {
                return guard_target(inner, src, aliases);
            }
            let name = dotted_path(function, src)?;
            Some(GuardTarget {
                name: aliases.follow(&name, arg.start_byte(), src),
                called: true,
                argument: arguments(arg).first().and_then(|a| string_value(*a, src)),
            })
        }
        _ => None,
    }
}

/// Where a route's handler code is.
pub(crate) fn handler_at(handler: Node<'_>, src: &str, aliases: &Aliases<'_>) -> Option<HandlerAt> {
    let handler = unwrap(handler);
    if FUNCTION_KINDS.contains(&handler.kind()) {
        return Some(HandlerAt::Inline(handler.start_byte()));
    }
    match handler.kind() {
        "identifier" | "member_expression" => Some(HandlerAt::Name(aliases.follow(
            &dotted_path(handler, src)?,
            handler.start_byte(),
            src,
        ))),
        "call_expression" => {
            let mut names = Vec::new();
            collect_callees(handler, src, aliases, &mut names);
            (!names.is_empty()).then_some(HandlerAt::Built(names))
        }
        _ => None,
    }
}

/// Callees of the calls under `node`, inner calls first (`asyncHandler(search())` gives
/// `search`, `asyncHandler`), and names passed to them.
fn collect_callees(node: Node<'_>, src: &str, aliases: &Aliases<'_>, out: &mut Vec<String>) {
    let node = unwrap(node);
    if node.kind() != "call_expression" {
        return;
    }
    for arg in arguments(node) {
        collect_callees(arg, src, aliases, out);
        if let Some(name) = dotted_path(arg, src) {
            out.push(aliases.follow(&name, arg.start_byte(), src));
        }
    }
    if let Some(name) = callee(node).and_then(|f| dotted_path(f, src)) {
        out.push(aliases.follow(&name, node.start_byte(), src));
    }
}

/// The `if`s `node` is under (outermost first), up to the module.
pub(crate) fn conditions(node: Node<'_>, src: &str, record: &ModuleRecord) -> Vec<ConditionFact> {
    let mut out = Vec::new();
    let mut child = node;
    let mut current = node.parent();
    while let Some(parent) = current {
        if matches!(parent.kind(), "if_statement" | "ternary_expression")
            && let Some(condition) = parent.field("condition")
            && condition != child
        {
            let negated = parent.field("consequence") != Some(child);
            let inner = unwrap(condition);
            let written = short_text(inner, src, 80);
            out.push(ConditionFact {
                text: if negated {
                    format!("not ({written})")
                } else {
                    written
                },
                line: condition.start_position().row as u32 + 1,
                subject: subject(inner, src, record),
            });
        }
        child = parent;
        current = parent.parent();
    }
    out.reverse();
    out
}

/// What a condition reads: the side of a comparison that is a name, or the name tested.
fn subject(condition: Node<'_>, src: &str, record: &ModuleRecord) -> Option<Value> {
    let condition = unwrap(condition);
    let node = match condition.kind() {
        "binary_expression" => [condition.field("left"), condition.field("right")]
            .into_iter()
            .flatten()
            .find(|s| dotted_path(*s, src).is_some())?,
        "unary_expression" => condition.field("argument")?,
        _ => condition,
    };
    let value = value(node, src, record);
    (value != Value::Unknown).then_some(value)
}

/// What an expression is, without the taint engine: literals, templates, names (imported or
/// module-level) and members of them. The linker resolves the names.
pub(crate) fn value(node: Node<'_>, src: &str, record: &ModuleRecord) -> Value {
    let node = unwrap(node);
    if let Some(s) = string_value(node, src) {
        return Value::Str(s);
    }
    if let Some(name) = sechound_syntax::js::env_var_name(node, src) {
        return Value::Env {
            name,
            default: None,
        };
    }
    match node.kind() {
        "template_string" => Value::Concat(
            named_children(node)
                .into_iter()
                .filter_map(|c| match c.kind() {
                    "string_fragment" => Some(Value::Str(text(c, src).to_string())),
                    "template_substitution" => c.named_child(0).map(|e| value(e, src, record)),
                    _ => None,
                })
                .collect(),
        ),
        "binary_expression" if node.field("operator").is_some_and(|o| text(o, src) == "+") => {
            Value::Concat(
                [node.field("left"), node.field("right")]
                    .into_iter()
                    .flatten()
                    .map(|p| value(p, src, record))
                    .collect(),
            )
        }
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
        "member_expression" => match (node.field("object"), node.field("property")) {
            (Some(object), Some(property)) => {
                value(object, src, record).member(text(property, src))
            }
            _ => Value::Unknown,
        },
        _ => Value::Unknown,
    }
}
