//! Summaries of JavaScript and TypeScript files.

use super::{add_returns, code, has_origins, line, local_targets, nameable};
use crate::summary::{CallSite, Callee, ClassSummary, FileSummary, FunctionSummary, ModuleValue};
use sechound_syntax::js::taint::JsTaint;
use sechound_syntax::js::value::ValueReader;
use sechound_syntax::js::{FUNCTION_KINDS, arguments, callee, dotted_path, pair_key, unwrap};
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::value::Value;
use sechound_syntax::{BoundValue, CodeFile, Family, Node, Origin};
use std::collections::HashMap;

const CLASS_KINDS: &[&str] = &["class_declaration", "class", "abstract_class_declaration"];

/// What one walk of a JavaScript or TypeScript tree collects for the summary.
pub struct Collector<'f> {
    src: &'f str,
    top_names: Vec<String>,
    functions: Vec<FunctionSummary>,
    classes: Vec<ClassSummary>,
    class_nodes: Vec<(usize, usize)>,
    instances: Vec<(String, String)>,
    objects: Vec<(String, usize)>,
    candidates: Vec<Node<'f>>,
    /// Returned expressions, with the function (by number) when it is known at the visit.
    returns: Vec<(Option<u32>, Node<'f>)>,
    /// Module-level names and the expressions they hold, with the definition.
    values: Vec<(String, Node<'f>, Node<'f>)>,
    /// Modules loaded with `require()` or `import()` anywhere.
    loaded: Vec<String>,
    /// What functions do to a request.
    watcher: super::behaviour::Watcher<'f>,
}

impl<'f> Collector<'f> {
    pub fn new(file: &'f CodeFile) -> Collector<'f> {
        let src = file.text();
        Collector {
            src,
            top_names: top_level_names(file.tree.root_node(), src),
            functions: Vec::new(),
            classes: Vec::new(),
            class_nodes: Vec::new(),
            instances: Vec::new(),
            objects: Vec::new(),
            candidates: Vec::new(),
            returns: Vec::new(),
            values: Vec::new(),
            loaded: Vec::new(),
            watcher: super::behaviour::Watcher::new(src),
        }
    }

    /// Records what `node` contributes, given its ancestors (outermost first). Nodes come in
    /// source order (a preorder walk), so functions are numbered as the taint engine numbers
    /// them.
    pub fn visit(&mut self, node: Node<'f>, ancestors: &[Node<'f>]) {
        let src = self.src;
        let kind = node.kind();
        self.watcher.visit_js(node, ancestors);
        if CLASS_KINDS.contains(&kind) {
            let name = node
                .field("name")
                .map(|n| text(n, src).to_string())
                .or_else(|| bound_name(ancestors, src));
            if let Some(name) = name {
                self.classes.push(read_class(node, name, src));
                self.class_nodes.push((node.start_byte(), node.end_byte()));
            }
        } else if FUNCTION_KINDS.contains(&kind) {
            let index = self.functions.len() as u32;
            let inside_function = ancestors.iter().any(|a| FUNCTION_KINDS.contains(&a.kind()));
            let name = function_name(node, ancestors, src);
            let class = match kind {
                "method_definition" => innermost_class(&self.class_nodes, node.start_byte()),
                // `this.find = (…) => …` in a constructor function, `Dao.prototype.find = …`.
                _ => self.constructor_function_method(ancestors),
            };
            if let (Some(class), Some(name)) = (class, &name) {
                let class = &mut self.classes[class as usize];
                class.methods.push((name.clone(), index));
                if name == "constructor" {
                    read_constructor_fields(node, src, class);
                }
            }
            // `exports.check = () => …` and `module.exports.check = …` are module-level too.
            let exported_member = ancestors.last().is_some_and(|a| {
                a.kind() == "assignment_expression"
                    && a.field("right") == Some(node)
                    && a.field("left").is_some_and(|l| {
                        l.kind() == "member_expression"
                            && l.field("object").is_some_and(|o| {
                                matches!(text(o, src), "exports" | "module.exports")
                            })
                    })
            });
            let top_level = !inside_function
                && class.is_none()
                && (exported_member || name.as_ref().is_some_and(|n| self.top_names.contains(n)));
            self.functions.push(FunctionSummary {
                name,
                class,
                top_level,
                object: object_of_member(node, ancestors),
                start: node.start_byte(),
                line: line(node),
                end_line: node.end_position().row as u32 + 1,
                params: params(node, src),
                returns: Vec::new(),
                value: None,
            });
            // `x => expr`: the expression is what it returns.
            if let Some(body) = node.field("body")
                && body.kind() != "statement_block"
            {
                self.returns.push((Some(index), body));
            }
        } else if kind == "return_statement" {
            if let Some(value) = node.named_child(0) {
                self.returns.push((None, value));
            }
        } else if kind == "call_expression" {
            if let Some(module) = loaded_module(node, src)
                && !self.loaded.contains(&module)
            {
                self.loaded.push(module);
            }
            self.candidates.push(node);
        } else if kind == "variable_declarator"
            && !ancestors.iter().any(|a| FUNCTION_KINDS.contains(&a.kind()))
            && let (Some(name), Some(value)) = (node.field("name"), node.field("value"))
            && name.kind() == "identifier"
        {
            self.values.push((text(name, src).to_string(), value, node));
            let value = unwrap(value);
            if let Some(class) = constructed_class(value, src) {
                self.instances.push((text(name, src).to_string(), class));
            } else if value.kind() == "object" {
                self.objects
                    .push((text(name, src).to_string(), value.start_byte()));
            }
        } else if kind == "export_statement"
            && let Some(value) = node.field("value")
        {
            // `export default { … }`.
            self.values.push(("default".to_string(), value, node));
        } else if kind == "assignment_expression"
            && !ancestors.iter().any(|a| FUNCTION_KINDS.contains(&a.kind()))
            && let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
            && let Some(target) = dotted_path(left, src)
            && let Some(name) = exported_name(&target)
        {
            // `module.exports = { … }`, `exports.port = …`.
            self.values.push((name, right, node));
        } else if kind == "assignment_expression"
            && let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
            && let Some(field) =
                dotted_path(left, src).and_then(|p| p.strip_prefix("this.").map(str::to_string))
            && !field.contains('.')
            && let Some(class) = constructed_class(unwrap(right), src)
            && let Some(owner) = innermost_class(&self.class_nodes, node.start_byte())
        {
            // `this.repo = new Repo()`.
            self.classes[owner as usize].fields.push((field, class));
        }
    }

    /// The class a function assigned as `this.<name>` inside a capitalised constructor function
    /// (`function UsersDAO(db) { this.find = … }`, `const UsersDAO = function (db) {…}`) or as
    /// `<Class>.prototype.<name>` belongs to: the constructor function stands for the class.
    fn constructor_function_method(&mut self, ancestors: &[Node<'f>]) -> Option<u32> {
        let src = self.src;
        let assignment = ancestors
            .last()
            .filter(|a| a.kind() == "assignment_expression")?;
        let target = dotted_path(assignment.field("left")?, src)?;
        let (class_name, span) = if let Some((class, _)) = target.split_once(".prototype.") {
            let function = self
                .functions
                .iter()
                .find(|f| f.top_level && f.class.is_none() && f.name.as_deref() == Some(class))?;
            (class.to_string(), (function.start, usize::MAX))
        } else {
            target.strip_prefix("this.").filter(|m| !m.contains('.'))?;
            // The constructor: the nearest function around the assignment.
            let (depth, constructor) = ancestors
                .iter()
                .enumerate()
                .rev()
                .find(|(_, a)| FUNCTION_KINDS.contains(&a.kind()))?;
            if !matches!(
                constructor.kind(),
                "function_declaration" | "function_expression" | "function"
            ) {
                return None;
            }
            let name = function_name(*constructor, &ancestors[..depth], src)?;
            (name, (constructor.start_byte(), constructor.end_byte()))
        };
        if !class_name.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if let Some(i) = self.classes.iter().position(|c| c.name == class_name) {
            return Some(i as u32);
        }
        let line = self
            .functions
            .iter()
            .find(|f| f.start == span.0)
            .map_or(0, |f| f.line);
        self.classes.push(ClassSummary {
            name: class_name,
            bases: Vec::new(),
            methods: Vec::new(),
            fields: Vec::new(),
            attributes: Vec::new(),
            settings: false,
            line,
        });
        // A prototype method has no span of its own class body to place `this` calls in.
        let end = if span.1 == usize::MAX { span.0 } else { span.1 };
        self.class_nodes.push((span.0, end));
        Some(self.classes.len() as u32 - 1)
    }

    /// The summary, with the origins the taint engine gives returned values and arguments.
    pub fn finish(
        self,
        file: &'f CodeFile,
        taint: &JsTaint<'f>,
        module: &ModuleRecord,
    ) -> FileSummary {
        let src = self.src;
        let shallow = src.len() > crate::MAX_SUMMARY_BYTES;
        let mut functions = self.functions;
        let reader = ValueReader::new(taint, module, src);
        let values = self
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
        // What top-level functions with one `return` give back, in terms of their parameters.
        // Each returned value with the number of its function, found once.
        let returns: Vec<(u32, Node<'f>)> = if shallow {
            Vec::new()
        } else {
            self.returns
                .iter()
                .filter_map(|&(function, value)| {
                    Some((function.or_else(|| taint.function_around(value))?, value))
                })
                .collect()
        };
        let mut single: HashMap<u32, Option<Node<'f>>> = HashMap::new();
        for &(function, value) in &returns {
            single
                .entry(function)
                .and_modify(|v| *v = None)
                .or_insert(Some(value));
        }
        let mut with_params = ValueReader::new(taint, module, src);
        with_params.params = true;
        for (function, value) in single {
            if let (Some(value), Some(f)) = (value, functions.get_mut(function as usize))
                && f.top_level
            {
                f.value = Some(with_params.value(value)).filter(|v| *v != Value::Unknown);
            }
        }
        let classes = self.classes;
        let class_nodes = self.class_nodes;
        let top_names = self.top_names;
        add_returns(
            &mut functions,
            &returns,
            |_, f| nameable(f),
            |value| taint.origins(value).0,
        );
        let mut known_args: HashMap<u32, Vec<Vec<Origin>>> = HashMap::new();
        // Calls to something the linker may resolve that pass a value with an origin. Cheap
        // checks on the callee's shape come first: most calls go to globals and locals.
        // Test code is not reached from request handlers: its calls are not summarised (the
        // flows of its own findings still are).
        let candidates = if shallow || sechound_syntax::is_test_path(&file.path) {
            Vec::new()
        } else {
            self.candidates
        };
        for call in candidates {
            if !worth_resolving(call, module, &top_names, src) {
                continue;
            }
            if matches!(
                classify(call, taint, &classes, &class_nodes, module, src),
                Callee::Unknown
            ) {
                continue;
            }
            let args: Vec<Vec<Origin>> = arguments(call)
                .into_iter()
                .map(|a| taint.origins(a).0)
                .collect();
            if has_origins(&args) {
                known_args.insert(taint.number_call(call), args);
            }
        }
        let behaviour = self.watcher.finish(
            |n| taint.function_around(n),
            |n| reader.value(n),
            |_| None,
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
                let callee = classify(call, taint, &classes, &class_nodes, module, src);
                // The linker reads the arguments of calls it can resolve only.
                let args: Vec<Vec<Origin>> = if matches!(callee, Callee::Unknown) {
                    Vec::new()
                } else {
                    known_args.remove(&index).unwrap_or_else(|| {
                        arguments(call)
                            .into_iter()
                            .map(|a| taint.origins(a).0)
                            .collect()
                    })
                };
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
            family: Family::Js,
            module: module.clone(),
            functions,
            classes,
            calls,
            instances: self.instances,
            objects: self.objects,
            values,
            loaded: self.loaded,
            behaviour,
            shallow,
        }
    }
}

/// Whether a call's callee has a shape the linker may resolve: an imported or top-level name, a
/// member of one, a method on `this` or on a local (looked up later).
fn worth_resolving(call: Node<'_>, module: &ModuleRecord, top_names: &[String], src: &str) -> bool {
    let Some(function) = callee(call).map(unwrap) else {
        return false;
    };
    let known =
        |name: &str| module.import_of(name).is_some() || top_names.iter().any(|n| n == name);
    match function.kind() {
        "identifier" => known(text(function, src)),
        "member_expression" => {
            let mut root = function;
            while root.kind() == "member_expression" {
                match root.field("object").map(unwrap) {
                    Some(object) => root = object,
                    None => return false,
                }
            }
            match root.kind() {
                "this" => true,
                // A local holding an instance (`svc = new Service()`) or a typed parameter.
                "identifier" => {
                    let name = text(root, src);
                    known(name) || function.field("object").map(unwrap) == Some(root)
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// The module of `require('x')` or `import('x')`.
fn loaded_module(call: Node<'_>, src: &str) -> Option<String> {
    let function = call.field("function")?;
    let is_loader = function.kind() == "import"
        || (function.kind() == "identifier" && text(function, src) == "require");
    if !is_loader {
        return None;
    }
    let module = sechound_syntax::js::string_value(*arguments(call).first()?, src)?;
    Some(module.strip_prefix("node:").unwrap_or(&module).to_string())
}

/// The exported name a CommonJS assignment target gives: `default` for `module.exports`,
/// `port` for `exports.port` or `module.exports.port`.
fn exported_name(target: &str) -> Option<String> {
    if target == "module.exports" {
        return Some("default".to_string());
    }
    target
        .strip_prefix("module.exports.")
        .or_else(|| target.strip_prefix("exports."))
        .filter(|name| !name.contains('.'))
        .map(str::to_string)
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
            if let Some(name) = node.field("name") {
                names.push(text(name, src).to_string());
            }
        }
        "lexical_declaration" | "variable_declaration" => {
            for declarator in named_children(node) {
                if let Some(name) = declarator.field("name")
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
                if let Some(d) = statement.field("declaration") {
                    declaration(d, &mut names);
                }
            }
            // `exports.find = function (…) {…}`: reachable by that name.
            "expression_statement" => {
                if let Some(expr) = statement.named_child(0)
                    && expr.kind() == "assignment_expression"
                    && let Some(left) = expr.field("left")
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
    if let Some(name) = node.field("name") {
        return Some(text(name, src).to_string());
    }
    let parent = *ancestors.last()?;
    match parent.kind() {
        "pair" => pair_key(parent, src).map(str::to_string),
        "assignment_expression" => {
            let path = dotted_path(parent.field("left")?, src)?;
            Some(path.rsplit('.').next().unwrap_or(&path).to_string())
        }
        _ => bound_name(ancestors, src).or_else(|| wrapped_export_name(ancestors, src)),
    }
}

/// `createUser` for the function in `exports.createUser = asyncHandler(async (req, res) => …)`:
/// wrapped in one call and assigned to an export, as Express controllers often are.
fn wrapped_export_name(ancestors: &[Node<'_>], src: &str) -> Option<String> {
    let [.., assignment, call, arguments] = ancestors else {
        return None;
    };
    if arguments.kind() != "arguments"
        || call.kind() != "call_expression"
        || assignment.kind() != "assignment_expression"
    {
        return None;
    }
    let path = dotted_path(assignment.field("left")?, src)?;
    let name = path
        .strip_prefix("module.exports.")
        .or_else(|| path.strip_prefix("exports."))?;
    Some(name.to_string())
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
        .field("name")
        .or_else(|| declarator.field("property"))?;
    matches!(name.kind(), "identifier" | "property_identifier").then(|| text(name, src).to_string())
}

fn params(function: Node<'_>, src: &str) -> Vec<String> {
    let params = function
        .field("parameters")
        .or_else(|| function.field("parameter"));
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
            let pattern = p.field("pattern").unwrap_or(p);
            match pattern.kind() {
                "identifier" => text(pattern, src).to_string(),
                "object_pattern" => "{…}".to_string(),
                "array_pattern" => "[…]".to_string(),
                _ => pattern
                    .field("left")
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
        attributes: Vec::new(),
        settings: false,
        line: line(node),
    };
    for child in named_children(node) {
        match child.kind() {
            "class_heritage" => {
                for clause in named_children(child) {
                    let value = if clause.kind() == "extends_clause" {
                        clause.field("value")
                    } else if clause.kind() == "identifier" || clause.kind() == "member_expression"
                    {
                        Some(clause)
                    } else {
                        None
                    };
                    // `extends AuthGuard('jwt')`: the function that builds the base.
                    let value = value.map(|v| {
                        let v = unwrap(v);
                        if v.kind() == "call_expression" {
                            callee(v).unwrap_or(v)
                        } else {
                            v
                        }
                    });
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
                    let Some(name) = member.field("name") else {
                        continue;
                    };
                    let typed = member.field("type").and_then(|t| type_name(t, src));
                    let constructed = member
                        .field("value")
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
    let Some(params) = constructor.field("parameters") else {
        return;
    };
    for param in named_children(params) {
        let has_modifier = named_children(param)
            .iter()
            .any(|c| matches!(c.kind(), "accessibility_modifier" | "override_modifier"))
            || text(param, src).trim_start().starts_with("readonly ");
        let (Some(pattern), Some(ty)) = (param.field("pattern"), param.field("type")) else {
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
        "generic_type" => ty.field("name").map(|n| text(n, src).to_string()),
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
                        Some(function) => Callee::Local(function),
                        None => Callee::Unknown,
                    }
                }
                _ => Callee::Unknown,
            }
        }
        "member_expression" => {
            let (Some(object), Some(property)) = (
                function.field("object").map(unwrap),
                function.field("property"),
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
                    let inner = object.field("object").map(unwrap);
                    if inner.is_some_and(|i| i.kind() == "this")
                        && let Some(field) = object.field("property")
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
                        Some(BoundValue::Param(param)) => {
                            match param.field("type").and_then(|t| type_name(t, src)) {
                                Some(class) => Callee::Instance { class, method },
                                None => Callee::Unknown,
                            }
                        }
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
