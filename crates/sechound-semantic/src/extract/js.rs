//! Summaries of JavaScript and TypeScript files.

use super::{code, has_origins, line, walk_with_ancestors};
use crate::summary::{CallSite, Callee, ClassSummary, FileSummary, FunctionSummary};
use sechound_syntax::js::taint::JsTaint;
use sechound_syntax::js::{FUNCTION_KINDS, arguments, callee, dotted_path, pair_key, unwrap};
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{BoundValue, CodeFile, Family, Node, Origin};

const CLASS_KINDS: &[&str] = &["class_declaration", "class", "abstract_class_declaration"];

pub(super) fn summarize<'f>(
    file: &'f CodeFile,
    taint: &JsTaint<'f>,
    module: &ModuleRecord,
) -> FileSummary {
    let src = file.text();
    let function_nodes = taint.functions();
    let mut functions: Vec<FunctionSummary> = Vec::with_capacity(function_nodes.len());
    let mut classes: Vec<ClassSummary> = Vec::new();
    let mut class_nodes: Vec<(usize, usize)> = Vec::new();
    let mut instances = Vec::new();
    let mut objects = Vec::new();
    let mut candidates = Vec::new();
    let mut returns: Vec<(u32, Node<'_>)> = Vec::new();
    let top_names = top_level_names(file.tree.root_node(), src);
    walk_with_ancestors(file.tree.root_node(), |node, ancestors| {
        let kind = node.kind();
        if CLASS_KINDS.contains(&kind) {
            let name = node
                .child_by_field_name("name")
                .map(|n| text(n, src).to_string())
                .or_else(|| bound_name(ancestors, src));
            if let Some(name) = name {
                classes.push(read_class(node, name, src));
                class_nodes.push((node.start_byte(), node.end_byte()));
            }
        } else if FUNCTION_KINDS.contains(&kind) {
            let index = functions.len() as u32;
            debug_assert_eq!(
                function_nodes.get(index as usize).map(|f| f.id()),
                Some(node.id())
            );
            let inside_function = ancestors.iter().any(|a| FUNCTION_KINDS.contains(&a.kind()));
            let class = (kind == "method_definition")
                .then(|| innermost_class(&class_nodes, node.start_byte()))
                .flatten();
            let name = function_name(node, ancestors, src);
            if let (Some(class), Some(name)) = (class, &name) {
                classes[class as usize].methods.push((name.clone(), index));
                if name == "constructor" {
                    read_constructor_fields(node, src, &mut classes[class as usize]);
                }
            }
            let top_level = !inside_function
                && class.is_none()
                && name.as_ref().is_some_and(|n| top_names.contains(n));
            let object = object_of_member(node, ancestors);
            functions.push(FunctionSummary {
                name,
                class,
                top_level,
                object,
                start: node.start_byte(),
                line: line(node),
                params: params(node, src),
                returns: Vec::new(),
            });
            // `x => expr`: the expression is what it returns.
            if let Some(body) = node.child_by_field_name("body")
                && body.kind() != "statement_block"
            {
                returns.push((index, body));
            }
        } else if kind == "return_statement" {
            if let (Some(value), Some(function)) =
                (node.named_child(0), taint.function_around(node))
            {
                returns.push((function, value));
            }
        } else if kind == "call_expression" || kind == "new_expression" {
            candidates.push(node);
        } else if kind == "variable_declarator"
            && !ancestors.iter().any(|a| FUNCTION_KINDS.contains(&a.kind()))
            && let (Some(name), Some(value)) = (
                node.child_by_field_name("name"),
                node.child_by_field_name("value"),
            )
            && name.kind() == "identifier"
        {
            let value = unwrap(value);
            if let Some(class) = constructed_class(value, src) {
                instances.push((text(name, src).to_string(), class));
            } else if value.kind() == "object" {
                objects.push((text(name, src).to_string(), value.start_byte()));
            }
        } else if kind == "assignment_expression"
            && let (Some(left), Some(right)) = (
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
            )
            && let Some(field) =
                dotted_path(left, src).and_then(|p| p.strip_prefix("this.").map(str::to_string))
            && !field.contains('.')
            && let Some(class) = constructed_class(unwrap(right), src)
            && let Some(owner) = innermost_class(&class_nodes, node.start_byte())
        {
            // `this.repo = new Repo()`.
            classes[owner as usize].fields.push((field, class));
        }
    });
    for (function, value) in returns {
        let origins = taint.origins(value).0;
        if let Some(f) = functions.get_mut(function as usize) {
            for origin in origins {
                if !f.returns.contains(&origin) {
                    f.returns.push(origin);
                }
            }
        }
    }
    // Calls to something the linker may resolve that pass a value with an origin.
    for call in candidates {
        if call.kind() != "call_expression" {
            continue;
        }
        let resolvable = match classify(call, taint, &classes, &class_nodes, module, src) {
            Callee::Unknown => false,
            // A global the file neither declares nor imports (`console.log`, `parseInt`).
            Callee::Path(path) => {
                let head = path.split('.').next().unwrap_or(&path);
                top_names.iter().any(|n| n == head) || module.import_of(head).is_some()
            }
            _ => true,
        };
        if !resolvable {
            continue;
        }
        let args: Vec<Vec<Origin>> = arguments(call)
            .into_iter()
            .map(|a| taint.origins(a).0)
            .collect();
        if has_origins(&args) {
            taint.number_call(call);
        }
    }
    let mut calls = Vec::new();
    let mut index = 0;
    while let Some(call) = taint.call(index) {
        let args: Vec<Vec<Origin>> = arguments(call)
            .into_iter()
            .map(|a| taint.origins(a).0)
            .collect();
        let callee = classify(call, taint, &classes, &class_nodes, module, src);
        calls.push(CallSite {
            caller: taint.function_around(call),
            callee,
            args,
            keywords: Vec::new(),
            line: line(call),
            code: code(call, src),
        });
        index += 1;
    }
    FileSummary {
        path: file.path.clone(),
        family: Family::Js,
        module: module.clone(),
        functions,
        classes,
        calls,
        instances,
        objects,
    }
}

/// Where the object literal starts when a function is one of its members.
fn object_of_member(node: Node<'_>, ancestors: &[Node<'_>]) -> Option<usize> {
    let parent = ancestors.last()?;
    let object = match (node.kind(), parent.kind()) {
        ("method_definition", "object") => *parent,
        (_, "pair") => *ancestors.get(ancestors.len().checked_sub(2)?)?,
        _ => return None,
    };
    (object.kind() == "object").then(|| object.start_byte())
}

/// Names declared at module level: functions and variables (any of them may hold a function).
fn top_level_names(root: Node<'_>, src: &str) -> Vec<String> {
    let mut names = Vec::new();
    let declaration = |node: Node<'_>, names: &mut Vec<String>| match node.kind() {
        "function_declaration" | "generator_function_declaration" | "class_declaration" => {
            if let Some(name) = node.child_by_field_name("name") {
                names.push(text(name, src).to_string());
            }
        }
        "lexical_declaration" | "variable_declaration" => {
            for declarator in named_children(node) {
                if let Some(name) = declarator.child_by_field_name("name")
                    && name.kind() == "identifier"
                {
                    names.push(text(name, src).to_string());
                }
            }
        }
        _ => {}
    };
    for statement in named_children(root) {
        match statement.kind() {
            "export_statement" => {
                if let Some(d) = statement.child_by_field_name("declaration") {
                    declaration(d, &mut names);
                }
            }
            // `exports.find = function (…) {…}`: reachable by that name.
            "expression_statement" => {
                if let Some(expr) = statement.named_child(0)
                    && expr.kind() == "assignment_expression"
                    && let Some(left) = expr.child_by_field_name("left")
                    && let Some(path) = dotted_path(left, src)
                    && let Some(name) = path
                        .strip_prefix("module.exports.")
                        .or_else(|| path.strip_prefix("exports."))
                {
                    names.push(name.to_string());
                }
            }
            _ => declaration(statement, &mut names),
        }
    }
    names
}

/// The name a function is declared or bound under.
fn function_name(node: Node<'_>, ancestors: &[Node<'_>], src: &str) -> Option<String> {
    if let Some(name) = node.child_by_field_name("name") {
        return Some(text(name, src).to_string());
    }
    let parent = *ancestors.last()?;
    match parent.kind() {
        "pair" => pair_key(parent, src).map(str::to_string),
        "assignment_expression" => {
            let path = dotted_path(parent.child_by_field_name("left")?, src)?;
            Some(path.rsplit('.').next().unwrap_or(&path).to_string())
        }
        _ => bound_name(ancestors, src),
    }
}

/// `x` in `const x = <node>` (the node's parent is the declarator, possibly through parentheses
/// or a type assertion).
fn bound_name(ancestors: &[Node<'_>], src: &str) -> Option<String> {
    let declarator = ancestors
        .iter()
        .rev()
        .take(3)
        .find(|a| a.kind() == "variable_declarator" || a.kind() == "public_field_definition")?;
    let name = declarator
        .child_by_field_name("name")
        .or_else(|| declarator.child_by_field_name("property"))?;
    matches!(name.kind(), "identifier" | "property_identifier").then(|| text(name, src).to_string())
}

fn params(function: Node<'_>, src: &str) -> Vec<String> {
    let params = function
        .child_by_field_name("parameters")
        .or_else(|| function.child_by_field_name("parameter"));
    let Some(params) = params else {
        return Vec::new();
    };
    if params.kind() != "formal_parameters" {
        return vec![text(params, src).to_string()];
    }
    named_children(params)
        .into_iter()
        .filter(|p| p.kind() != "comment")
        .map(|p| {
            let pattern = p.child_by_field_name("pattern").unwrap_or(p);
            match pattern.kind() {
                "identifier" => text(pattern, src).to_string(),
                "object_pattern" => "{…}".to_string(),
                "array_pattern" => "[…]".to_string(),
                _ => pattern
                    .child_by_field_name("left")
                    .map(|l| text(l, src).to_string())
                    .unwrap_or_else(|| "…".to_string()),
            }
        })
        .collect()
}

fn innermost_class(class_nodes: &[(usize, usize)], position: usize) -> Option<u32> {
    class_nodes
        .iter()
        .enumerate()
        .rev()
        .find(|(_, (s, e))| *s <= position && position < *e)
        .map(|(i, _)| i as u32)
}

fn read_class(node: Node<'_>, name: String, src: &str) -> ClassSummary {
    let mut class = ClassSummary {
        name,
        bases: Vec::new(),
        methods: Vec::new(),
        fields: Vec::new(),
        line: line(node),
    };
    for child in named_children(node) {
        match child.kind() {
            "class_heritage" => {
                for clause in named_children(child) {
                    let value = if clause.kind() == "extends_clause" {
                        clause.child_by_field_name("value")
                    } else if clause.kind() == "identifier" || clause.kind() == "member_expression"
                    {
                        Some(clause)
                    } else {
                        None
                    };
                    if let Some(base) = value.and_then(|v| dotted_path(v, src)) {
                        class.bases.push(base);
                    }
                }
            }
            "class_body" => {
                for member in named_children(child) {
                    if member.kind() != "public_field_definition" {
                        continue;
                    }
                    let Some(name) = member.child_by_field_name("name") else {
                        continue;
                    };
                    let typed = member
                        .child_by_field_name("type")
                        .and_then(|t| type_name(t, src));
                    let constructed = member
                        .child_by_field_name("value")
                        .and_then(|v| constructed_class(unwrap(v), src));
                    if let Some(class_name) = typed.or(constructed) {
                        class.fields.push((text(name, src).to_string(), class_name));
                    }
                }
            }
            _ => {}
        }
    }
    class
}

/// `constructor(private readonly users: UsersService, repo: Repo)`: parameter properties are
/// fields; a typed parameter assigned to `this.x` is too (read from the assignments later).
fn read_constructor_fields(constructor: Node<'_>, src: &str, class: &mut ClassSummary) {
    let Some(params) = constructor.child_by_field_name("parameters") else {
        return;
    };
    for param in named_children(params) {
        let has_modifier = named_children(param)
            .iter()
            .any(|c| matches!(c.kind(), "accessibility_modifier" | "override_modifier"))
            || text(param, src).trim_start().starts_with("readonly ");
        let (Some(pattern), Some(ty)) = (
            param.child_by_field_name("pattern"),
            param.child_by_field_name("type"),
        ) else {
            continue;
        };
        if has_modifier
            && pattern.kind() == "identifier"
            && let Some(name) = type_name(ty, src)
        {
            class.fields.push((text(pattern, src).to_string(), name));
        }
    }
}

/// The class a type annotation names: `UsersService` for `: UsersService`,
/// `: Repository<User>` gives `Repository`.
fn type_name(annotation: Node<'_>, src: &str) -> Option<String> {
    let ty = if annotation.kind() == "type_annotation" {
        annotation.named_child(0)?
    } else {
        annotation
    };
    match ty.kind() {
        "type_identifier" => Some(text(ty, src).to_string()),
        "generic_type" => ty
            .child_by_field_name("name")
            .map(|n| text(n, src).to_string()),
        "nested_type_identifier" => Some(text(ty, src).to_string()),
        _ => None,
    }
}

/// `X` in `new X(…)`.
fn constructed_class(value: Node<'_>, src: &str) -> Option<String> {
    (value.kind() == "new_expression")
        .then(|| callee(value).and_then(|c| dotted_path(c, src)))
        .flatten()
}

/// What a call invokes, as far as this file can tell.
fn classify<'f>(
    call: Node<'f>,
    taint: &JsTaint<'f>,
    classes: &[ClassSummary],
    class_nodes: &[(usize, usize)],
    module: &ModuleRecord,
    src: &str,
) -> Callee {
    let Some(function) = callee(call).map(unwrap) else {
        return Callee::Unknown;
    };
    match function.kind() {
        "identifier" => {
            let name = text(function, src);
            if module.import_of(name).is_some() {
                return Callee::Path(name.to_string());
            }
            match taint.bindings(function).last() {
                None => Callee::Path(name.to_string()),
                Some(BoundValue::Expr(value)) => {
                    let value = unwrap(*value);
                    match taint.function_number(value) {
                        Some(_) => Callee::Path(name.to_string()),
                        None => Callee::Unknown,
                    }
                }
                _ => Callee::Unknown,
            }
        }
        "member_expression" => {
            let (Some(object), Some(property)) = (
                function.child_by_field_name("object").map(unwrap),
                function.child_by_field_name("property"),
            ) else {
                return Callee::Unknown;
            };
            let method = text(property, src).to_string();
            let own_class = || innermost_class(class_nodes, call.start_byte());
            match object.kind() {
                "this" => match own_class() {
                    Some(class) => Callee::Own { class, method },
                    None => Callee::Unknown,
                },
                "member_expression" => {
                    // `this.users.find(…)`: the field's class.
                    let inner = object.child_by_field_name("object").map(unwrap);
                    if inner.is_some_and(|i| i.kind() == "this")
                        && let Some(field) = object.child_by_field_name("property")
                        && let Some(class) = own_class()
                        && let Some(field_class) =
                            classes[class as usize].field_class(text(field, src))
                    {
                        return Callee::Instance {
                            class: field_class.to_string(),
                            method,
                        };
                    }
                    match dotted_path(function, src) {
                        Some(path) if rooted_at_import(&path, module) => Callee::Path(path),
                        _ => Callee::Unknown,
                    }
                }
                "identifier" if module.import_of(text(object, src)).is_some() => {
                    Callee::Path(format!("{}.{method}", text(object, src)))
                }
                "identifier" => {
                    let bindings = taint.bindings(object);
                    match bindings.last() {
                        None => Callee::Path(format!("{}.{method}", text(object, src))),
                        Some(BoundValue::Expr(value)) => {
                            match constructed_class(unwrap(*value), src) {
                                Some(class) => Callee::Instance { class, method },
                                None => Callee::Unknown,
                            }
                        }
                        Some(BoundValue::Param(param)) => match param
                            .child_by_field_name("type")
                            .and_then(|t| type_name(t, src))
                        {
                            Some(class) => Callee::Instance { class, method },
                            None => Callee::Unknown,
                        },
                        Some(BoundValue::Part(_)) => Callee::Unknown,
                    }
                }
                _ => Callee::Unknown,
            }
        }
        _ => Callee::Unknown,
    }
}

fn rooted_at_import(path: &str, module: &ModuleRecord) -> bool {
    let head = path.split('.').next().unwrap_or(path);
    module.import_of(head).is_some()
}
