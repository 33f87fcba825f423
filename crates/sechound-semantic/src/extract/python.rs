//! Summaries of Python files.

use super::{add_returns, code, has_origins, line, local_targets, nameable};
use crate::summary::{CallSite, Callee, ClassSummary, FileSummary, FunctionSummary, ModuleValue};
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::python::taint::PyTaint;
use sechound_syntax::python::value::ValueReader;
use sechound_syntax::python::{FUNCTION_KINDS, dotted_path, positional_args, unwrap};
use sechound_syntax::value::Value;
use sechound_syntax::{BoundValue, CodeFile, Family, Node, Origin};
use std::collections::HashMap;

/// What one walk of a Python tree collects for the summary.
pub struct Collector<'f> {
    src: &'f str,
    functions: Vec<FunctionSummary>,
    classes: Vec<ClassSummary>,
    class_nodes: Vec<(usize, usize)>,
    instances: Vec<(String, String)>,
    candidates: Vec<Node<'f>>,
    /// Returned expressions, with the function (by number) when it is known at the visit.
    returns: Vec<(u32, Node<'f>)>,
    self_fields: Vec<(usize, String, Node<'f>)>,
    /// Module-level names and the expressions they hold, with the definition.
    values: Vec<(String, Node<'f>, Node<'f>)>,
    /// Class-level attributes: class, name, value as written (if any), line.
    attributes: Vec<(usize, String, Option<Node<'f>>, u32)>,
    /// What functions do to a request.
    watcher: super::behaviour::Watcher<'f>,
}

impl<'f> Collector<'f> {
    pub fn new(file: &'f CodeFile) -> Collector<'f> {
        Collector {
            src: file.text(),
            functions: Vec::new(),
            classes: Vec::new(),
            class_nodes: Vec::new(),
            instances: Vec::new(),
            candidates: Vec::new(),
            returns: Vec::new(),
            self_fields: Vec::new(),
            values: Vec::new(),
            attributes: Vec::new(),
            watcher: super::behaviour::Watcher::new(file.text()),
        }
    }

    /// Records what `node` contributes, given its ancestors (outermost first), in source order.
    pub fn visit(&mut self, node: Node<'f>, ancestors: &[Node<'f>]) {
        let src = self.src;
        let kind = node.kind();
        self.watcher.visit_py(node, ancestors);
        match kind {
            "class_definition" => {
                if let Some(name) = node.field("name") {
                    self.classes
                        .push(read_class(node, text(name, src).to_string(), src));
                    self.class_nodes.push((node.start_byte(), node.end_byte()));
                }
            }
            "function_definition" | "lambda" => {
                let index = self.functions.len() as u32;
                // A method: the nearest class or function around it is a class.
                let owner = ancestors
                    .iter()
                    .rev()
                    .find(|a| a.kind() == "class_definition" || FUNCTION_KINDS.contains(&a.kind()));
                let class = owner
                    .filter(|o| o.kind() == "class_definition")
                    .and_then(|o| self.class_nodes.iter().rposition(|c| c.0 == o.start_byte()))
                    .map(|i| i as u32);
                let name = match kind {
                    "function_definition" => node.field("name").map(|n| text(n, src).to_string()),
                    _ => ancestors
                        .last()
                        .filter(|p| p.kind() == "assignment")
                        .and_then(|p| p.field("left"))
                        .filter(|l| l.kind() == "identifier")
                        .map(|l| text(l, src).to_string()),
                };
                if let (Some(class), Some(name)) = (class, &name) {
                    self.classes[class as usize]
                        .methods
                        .push((name.clone(), index));
                }
                let top_level = owner.is_none() && name.is_some();
                self.functions.push(FunctionSummary {
                    name,
                    class,
                    top_level,
                    object: None,
                    start: node.start_byte(),
                    line: line(node),
                    end_line: node.end_position().row as u32 + 1,
                    params: params(node, src),
                    returns: Vec::new(),
                    value: None,
                });
                if kind == "lambda"
                    && let Some(body) = node.field("body")
                {
                    self.returns.push((index, body));
                }
            }
            "return_statement" => {
                // The function is looked up when the summary is finished.
                if let Some(value) = node.named_child(0) {
                    self.returns.push((u32::MAX, value));
                }
            }
            "call" => self.candidates.push(node),
            "assignment" => {
                let Some(left) = node.field("left") else {
                    return;
                };
                // The scope the assignment is written in: a class body, a function, the module.
                let scope = ancestors
                    .iter()
                    .rev()
                    .find(|a| a.kind() == "class_definition" || FUNCTION_KINDS.contains(&a.kind()));
                if let Some(class) = scope.filter(|s| s.kind() == "class_definition")
                    && left.kind() == "identifier"
                    && let Some(index) = self
                        .class_nodes
                        .iter()
                        .rposition(|c| c.0 == class.start_byte())
                {
                    // `DEBUG: bool = True`, `SECRET_KEY: str` in a class body.
                    self.attributes.push((
                        index,
                        text(left, src).to_string(),
                        node.field("right"),
                        line(node),
                    ));
                    return;
                }
                let Some(right) = node.field("right") else {
                    return;
                };
                if left.kind() == "identifier" && scope.is_none() {
                    self.values.push((text(left, src).to_string(), right, node));
                    if let Some(class) = called_name(unwrap(right), src) {
                        self.instances.push((text(left, src).to_string(), class));
                    }
                } else if let Some(field) =
                    dotted_path(left, src).and_then(|p| p.strip_prefix("self.").map(str::to_string))
                    && !field.contains('.')
                {
                    self.self_fields.push((node.start_byte(), field, right));
                }
            }
            _ => {}
        }
    }

    /// The summary, with the origins the taint engine gives returned values and arguments.
    pub fn finish(
        self,
        file: &'f CodeFile,
        taint: &PyTaint<'f>,
        module: &ModuleRecord,
    ) -> FileSummary {
        let src = self.src;
        let shallow = src.len() > crate::MAX_SUMMARY_BYTES;
        let reader = ValueReader::new(taint, module, src);
        let values: Vec<ModuleValue> = self
            .values
            .iter()
            .map(|(name, value, definition)| ModuleValue {
                name: name.clone(),
                value: reader.value(*value),
                line: line(*definition),
                end_line: definition.end_position().row as u32 + 1,
                code: code(*definition, src),
            })
            .collect();
        let mut classes = self.classes;
        for (class, name, value, at) in &self.attributes {
            let value = value.map_or(Value::Unknown, |v| reader.value(v));
            if let Some(c) = classes.get_mut(*class) {
                c.attributes.push((name.clone(), value, *at));
            }
        }
        let mut functions = self.functions;
        let class_nodes = self.class_nodes;
        let instances = self.instances;
        let candidates = self.candidates;
        let self_fields = self.self_fields;
        let returns: Vec<(u32, Node<'f>)> = self
            .returns
            .into_iter()
            .filter_map(|(f, value)| {
                let f = if f == u32::MAX {
                    taint.function_around(value)?
                } else {
                    f
                };
                Some((f, value))
            })
            .collect();
        // `self.repo = Repo()` / `self.repo = repo` (a parameter typed `Repo`).
        for (position, field, value) in self_fields {
            let Some(owner) = class_nodes
                .iter()
                .rposition(|(s, e)| *s <= position && position < *e)
            else {
                continue;
            };
            let value = unwrap(value);
            let class = called_name(value, src).or_else(|| {
                (value.kind() == "identifier")
                    .then(|| match taint.bindings(value).last() {
                        Some(BoundValue::Param(param)) => {
                            param.field("type").and_then(|t| annotation_class(t, src))
                        }
                        _ => None,
                    })
                    .flatten()
            });
            if let Some(class) = class {
                classes[owner].fields.push((field, class));
            }
        }
        let returns = if shallow { Vec::new() } else { returns };
        add_returns(
            &mut functions,
            &returns,
            |_, f| nameable(f),
            |value| taint.origins(value).0,
        );
        let top_names: Vec<&str> = module.exports.iter().map(|e| e.name.as_str()).collect();
        let mut known_args: HashMap<u32, Arguments> = HashMap::new();
        // Test code is not reached from request handlers: its calls are not summarised (the
        // flows of its own findings still are).
        let candidates = if shallow || sechound_syntax::is_test_path(&file.path) {
            Vec::new()
        } else {
            candidates
        };
        for call in candidates {
            if !worth_resolving(call, module, &top_names, src) {
                continue;
            }
            let resolvable = match classify(call, taint, &classes, &class_nodes, src) {
                Callee::Unknown => false,
                Callee::Path(path) => {
                    let head = path.split('.').next().unwrap_or(&path);
                    top_names.contains(&head) || module.import_at(head, call.start_byte()).is_some()
                }
                _ => true,
            };
            if !resolvable {
                continue;
            }
            let (args, keywords) = arguments(call, taint, src);
            if has_origins(&args) || keywords.iter().any(|(_, o)| !o.is_empty()) {
                known_args.insert(taint.number_call(call), (args, keywords));
            }
        }
        let behaviour = self.watcher.finish(
            |n| taint.function_around(n),
            |n| reader.value(n),
            |n| super::behaviour::bound_expression(taint.bindings(n)),
            &functions,
        );
        let mut calls = Vec::new();
        let mut index = 0;
        let mut local_done: Vec<u32> = Vec::new();
        // Reading what local functions return can number further calls: go on until every
        // numbered call has its site, so that no origin names a call the linker cannot find.
        loop {
            if shallow {
                break;
            }
            while let Some(call) = taint.call(index) {
                let callee = classify(call, taint, &classes, &class_nodes, src);
                // The linker reads the arguments of calls it can resolve only.
                let (args, keywords) = if matches!(callee, Callee::Unknown) {
                    (Vec::new(), Vec::new())
                } else {
                    known_args
                        .remove(&index)
                        .unwrap_or_else(|| arguments(call, taint, src))
                };
                calls.push(CallSite {
                    caller: taint.function_around(call),
                    callee,
                    args,
                    keywords,
                    line: line(call),
                    code: code(call, src),
                });
                index += 1;
            }
            // Local functions some call here invokes: what they return matters too.
            let targets = local_targets(&calls, &local_done);
            if targets.is_empty() {
                break;
            }
            add_returns(
                &mut functions,
                &returns,
                |function, f| targets.contains(&function) && !nameable(f),
                |value| taint.origins(value).0,
            );
            local_done.extend(targets);
        }
        FileSummary {
            path: file.path.clone(),
            family: Family::Python,
            module: module.clone(),
            functions,
            classes,
            calls,
            instances,
            objects: Vec::new(),
            values,
            loaded: Vec::new(),
            behaviour,
            shallow,
        }
    }
}

type Arguments = (Vec<Vec<Origin>>, Vec<(String, Vec<Origin>)>);

fn arguments<'f>(call: Node<'f>, taint: &PyTaint<'f>, src: &str) -> Arguments {
    let args = positional_args(call)
        .into_iter()
        .map(|a| taint.origins(a).0)
        .collect();
    let mut keywords = Vec::new();
    if let Some(list) = call.field("arguments") {
        for arg in named_children(list) {
            if arg.kind() == "keyword_argument"
                && let (Some(name), Some(value)) = (arg.field("name"), arg.field("value"))
            {
                keywords.push((text(name, src).to_string(), taint.origins(value).0));
            }
        }
    }
    (args, keywords)
}

fn params(function: Node<'_>, src: &str) -> Vec<String> {
    let Some(params) = function.field("parameters") else {
        return Vec::new();
    };
    named_children(params)
        .into_iter()
        .filter(|p| p.kind() != "comment")
        .map(|p| match p.kind() {
            "identifier" => text(p, src).to_string(),
            "typed_parameter" => p
                .named_child(0)
                .map(|n| text(n, src).to_string())
                .unwrap_or_default(),
            _ => p
                .field("name")
                .map(|n| text(n, src).to_string())
                .unwrap_or_else(|| text(p, src).to_string()),
        })
        .collect()
}

fn read_class(node: Node<'_>, name: String, src: &str) -> ClassSummary {
    let mut class = ClassSummary {
        name,
        bases: Vec::new(),
        methods: Vec::new(),
        fields: Vec::new(),
        attributes: Vec::new(),
        settings: false,
        line: line(node),
    };
    if let Some(bases) = node.field("superclasses") {
        for base in named_children(bases) {
            if let Some(path) = dotted_path(base, src) {
                class.bases.push(path);
            }
        }
    }
    // pydantic (v1 `pydantic.BaseSettings`, v2 `pydantic_settings.BaseSettings`).
    class.settings = class
        .bases
        .iter()
        .any(|b| b.rsplit('.').next() == Some("BaseSettings"));
    // Class-level annotations: `repo: Repo` (dataclasses, pydantic, injected services).
    if let Some(body) = node.field("body") {
        for statement in named_children(body) {
            if statement.kind() != "expression_statement" {
                continue;
            }
            for assignment in named_children(statement) {
                if assignment.kind() == "assignment"
                    && let (Some(left), Some(ty)) =
                        (assignment.field("left"), assignment.field("type"))
                    && left.kind() == "identifier"
                    && let Some(class_name) = annotation_class(ty, src)
                {
                    class.fields.push((text(left, src).to_string(), class_name));
                }
            }
        }
    }
    class
}

/// The class an annotation names: `Repo` for `Repo`, `Optional[Repo]`, `Repo | None`,
/// `Annotated[Repo, Depends(...)]`.
fn annotation_class(annotation: Node<'_>, src: &str) -> Option<String> {
    let raw = text(annotation, src).trim();
    let mut inner = raw;
    for wrapper in [
        "Optional[",
        "typing.Optional[",
        "Annotated[",
        "typing.Annotated[",
    ] {
        if let Some(rest) = inner.strip_prefix(wrapper) {
            inner = rest;
        }
    }
    let first = inner.split([',', '|', ']', '[']).next()?.trim();
    let valid = !first.is_empty()
        && first
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        && first
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || first.contains('.'));
    valid.then(|| first.to_string())
}

/// Whether a call's callee has a shape the linker may resolve: an imported or top-level name, a
/// member of one, a method on `self`/`cls` or on a local (looked up later).
fn worth_resolving(call: Node<'_>, module: &ModuleRecord, top_names: &[&str], src: &str) -> bool {
    let Some(function) = call.field("function").map(unwrap) else {
        return false;
    };
    let known = |name: &str| {
        top_names.contains(&name) || module.import_at(name, call.start_byte()).is_some()
    };
    match function.kind() {
        "identifier" => known(text(function, src)),
        "attribute" => {
            let mut root = function;
            let mut depth = 0;
            while root.kind() == "attribute" {
                match root.field("object").map(unwrap) {
                    Some(object) => root = object,
                    None => return false,
                }
                depth += 1;
            }
            root.kind() == "identifier" && {
                let name = text(root, src);
                matches!(name, "self" | "cls") || known(name) || depth == 1
            }
        }
        _ => false,
    }
}

/// `X` in `X(…)` when `X` is a plain or dotted name (a class, maybe).
fn called_name(value: Node<'_>, src: &str) -> Option<String> {
    if value.kind() != "call" {
        return None;
    }
    let path = dotted_path(value.field("function")?, src)?;
    // Classes are capitalised by convention; `get_db()` or `dict()` are not instances to follow.
    let last = path.rsplit('.').next().unwrap_or(&path);
    last.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(path)
}

fn classify<'f>(
    call: Node<'f>,
    taint: &PyTaint<'f>,
    classes: &[ClassSummary],
    class_nodes: &[(usize, usize)],
    src: &str,
) -> Callee {
    let Some(function) = call.field("function").map(unwrap) else {
        return Callee::Unknown;
    };
    let own_class = || {
        class_nodes
            .iter()
            .rposition(|(s, e)| *s <= call.start_byte() && call.start_byte() < *e)
            .map(|i| i as u32)
    };
    match function.kind() {
        "identifier" => match taint.bindings(function).last() {
            None => Callee::Path(text(function, src).to_string()),
            // A function defined in the enclosing function, or a lambda held in a local.
            Some(BoundValue::Expr(value)) => match taint.function_number(unwrap(*value)) {
                Some(function) => Callee::Local(function),
                None => Callee::Unknown,
            },
            _ => Callee::Unknown,
        },
        "attribute" => {
            let (Some(object), Some(attribute)) = (
                function.field("object").map(unwrap),
                function.field("attribute"),
            ) else {
                return Callee::Unknown;
            };
            let method = text(attribute, src).to_string();
            match object.kind() {
                "identifier" if matches!(text(object, src), "self" | "cls") => match own_class() {
                    Some(class) => Callee::Own { class, method },
                    None => Callee::Unknown,
                },
                "identifier" => match taint.bindings(object).last() {
                    None => Callee::Path(format!("{}.{method}", text(object, src))),
                    Some(BoundValue::Expr(value)) => match called_name(unwrap(*value), src) {
                        Some(class) => Callee::Instance { class, method },
                        None => Callee::Unknown,
                    },
                    Some(BoundValue::Param(param)) => {
                        match param.field("type").and_then(|t| annotation_class(t, src)) {
                            Some(class) => Callee::Instance { class, method },
                            None => Callee::Unknown,
                        }
                    }
                    Some(BoundValue::Part(_)) => Callee::Unknown,
                },
                "attribute" => {
                    // `self.repo.find(…)`: the field's class.
                    if let Some(path) = dotted_path(object, src)
                        && let Some(field) = path.strip_prefix("self.")
                        && !field.contains('.')
                        && let Some(class) = own_class()
                        && let Some(field_class) = classes[class as usize].field_class(field)
                    {
                        return Callee::Instance {
                            class: field_class.to_string(),
                            method,
                        };
                    }
                    match dotted_path(function, src) {
                        Some(path) if !path.starts_with("self.") => Callee::Path(path),
                        _ => Callee::Unknown,
                    }
                }
                _ => Callee::Unknown,
            }
        }
        _ => Callee::Unknown,
    }
}
