//! A small owned model of a Terraform module (the `*.tf` files of one directory), shared by the
//! `tf.*` rules: blocks with their labels, attributes and nested blocks, and the values of
//! `var.x` (a variable's `default`) and `local.x` (a `locals {}` entry) resolved across the
//! sibling files. Anything the model cannot resolve is `None`: rules then stay quiet.
//!
//! Sibling files are parsed once per thread and kept by path and content, so the eleven rules
//! that look at a directory do not parse it eleven times (they still read it: the cache is
//! checked against the text, never trusted blindly across repositories).

use crate::CheckContext;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Language, Node};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// What stands for an interpolation in the text of a [`Value::Template`].
pub const INTERPOLATED: &str = "__interpolated__";

/// An HCL expression, as far as the rules need it.
#[derive(Debug, Clone)]
pub enum Value {
    /// A string without interpolation (quoted or heredoc), escapes decoded.
    Str(String),
    Bool(bool),
    Num(f64),
    Null,
    Tuple(Vec<Expr>),
    /// Keys as written, without quotes.
    Object(Vec<(String, Expr)>),
    /// A traversal: `var.x` → `["var", "x"]`; index steps are left out.
    Ref(Vec<String>),
    Call(String, Vec<Expr>),
    /// A heredoc with interpolations, each replaced by [`INTERPOLATED`]: not a literal, but
    /// its text can still be read (a JSON policy with `${aws_s3_bucket.b.arn}` in it).
    Template(String),
    /// A string with interpolations, or any other expression: not a literal.
    Other,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub value: Value,
    /// Byte range in the file the expression comes from.
    pub range: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Attr {
    pub name: String,
    pub range: Range<usize>,
    pub expr: Expr,
}

#[derive(Debug, Clone)]
pub struct Block {
    /// `resource`, `variable`, `ingress`...
    pub kind: String,
    pub labels: Vec<String>,
    /// From the block's first byte to its `{` (the line to point at).
    pub head: Range<usize>,
    pub attrs: Vec<Attr>,
    pub blocks: Vec<Block>,
}

impl Block {
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.name == name)
    }

    pub fn block(&self, kind: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.kind == kind)
    }

    pub fn blocks<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }

    /// The resource type (`aws_s3_bucket`) of a `resource`/`data` block.
    pub fn ty(&self) -> &str {
        self.labels.first().map(String::as_str).unwrap_or("")
    }

    /// The resource name (`logs`) of a `resource`/`data` block, or a variable's name.
    pub fn name(&self) -> &str {
        match self.kind.as_str() {
            "resource" | "data" => self.labels.get(1),
            _ => self.labels.first(),
        }
        .map(String::as_str)
        .unwrap_or("")
    }

    /// `aws_s3_bucket.logs`
    pub fn address(&self) -> String {
        format!("{}.{}", self.ty(), self.name())
    }
}

/// One parsed `.tf` file.
#[derive(Debug)]
pub struct TfFile {
    pub blocks: Vec<Block>,
    /// The file has syntax errors: blocks and attributes containing them were left out.
    pub broken: bool,
}

/// The `.tf` files of the directory of the file under review; `files[0]` is that file.
pub struct Module {
    pub files: Vec<Arc<TfFile>>,
}

/// A block and the index of the file it was found in (0 = the file under review).
pub type Found<'a> = (usize, &'a Block);

impl Module {
    /// The module of the file `cx` checks: that file and its `*.tf` siblings.
    pub fn load(cx: &CheckContext<'_>) -> Module {
        let path = cx.file.path.clone();
        let current = cached(&path, cx.src(), || {
            from_tree(cx.file.tree.root_node(), cx.src())
        });
        let mut files = vec![current];
        let dir = parent(&path);
        for sibling in cx.repo.paths() {
            if sibling == &path || !sibling.ends_with(".tf") || parent(sibling) != dir {
                continue;
            }
            let Some(source) = cx.repo.read(sibling) else {
                continue;
            };
            let parsed = cached(sibling, &source, || {
                match sechound_syntax::parse(sibling.clone(), Language::Hcl, source.clone()) {
                    Some(file) => from_tree(file.tree.root_node(), file.text()),
                    None => TfFile {
                        blocks: Vec::new(),
                        broken: true,
                    },
                }
            });
            files.push(parsed);
        }
        Module { files }
    }

    /// Top-level blocks of the file under review.
    pub fn local_blocks(&self) -> &[Block] {
        &self.files[0].blocks
    }

    /// `resource "TYPE" ...` blocks of the file under review.
    pub fn local_resources<'a>(&'a self, ty: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.local_blocks()
            .iter()
            .filter(move |b| b.kind == "resource" && b.ty() == ty)
    }

    /// `resource "TYPE" ...` blocks of every file of the module.
    pub fn resources<'a>(&'a self, ty: &'a str) -> impl Iterator<Item = Found<'a>> + 'a {
        self.files.iter().enumerate().flat_map(move |(i, f)| {
            f.blocks
                .iter()
                .filter(move |b| b.kind == "resource" && b.ty() == ty)
                .map(move |b| (i, b))
        })
    }

    /// The literal `expr` stands for, following `var.x` to its default and `local.x` to its
    /// value (up to a few steps). `None` when it is not a literal in the end.
    pub fn resolve<'a>(&'a self, expr: &'a Expr) -> Option<&'a Expr> {
        let mut current = expr;
        for _ in 0..6 {
            match &current.value {
                Value::Ref(path) if path.len() == 2 && path[0] == "var" => {
                    current = self.variable_default(&path[1])?;
                }
                Value::Ref(path) if path.len() == 2 && path[0] == "local" => {
                    current = self.local(&path[1])?;
                }
                Value::Ref(_) | Value::Call(..) | Value::Template(_) | Value::Other => return None,
                _ => return Some(current),
            }
        }
        None
    }

    pub fn variable(&self, name: &str) -> Option<&Block> {
        self.files
            .iter()
            .flat_map(|f| &f.blocks)
            .find(|b| b.kind == "variable" && b.labels.first().is_some_and(|l| l == name))
    }

    fn variable_default(&self, name: &str) -> Option<&Expr> {
        self.variable(name)?.attr("default").map(|a| &a.expr)
    }

    fn local(&self, name: &str) -> Option<&Expr> {
        self.files
            .iter()
            .flat_map(|f| &f.blocks)
            .filter(|b| b.kind == "locals")
            .find_map(|b| b.attr(name))
            .map(|a| &a.expr)
    }

    pub fn str_of<'a>(&'a self, expr: &'a Expr) -> Option<&'a str> {
        match &self.resolve(expr)?.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn bool_of(&self, expr: &Expr) -> Option<bool> {
        match &self.resolve(expr)?.value {
            Value::Bool(b) => Some(*b),
            Value::Str(s) if s == "true" => Some(true),
            Value::Str(s) if s == "false" => Some(false),
            _ => None,
        }
    }

    pub fn num_of(&self, expr: &Expr) -> Option<f64> {
        match &self.resolve(expr)?.value {
            Value::Num(n) => Some(*n),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// The strings of a string or a list of strings; `None` if any element is not a literal.
    pub fn strings_of(&self, expr: &Expr) -> Option<Vec<String>> {
        match &self.resolve(expr)?.value {
            Value::Str(s) => Some(vec![s.clone()]),
            Value::Tuple(items) => items
                .iter()
                .map(|i| self.str_of(i).map(str::to_string))
                .collect(),
            _ => None,
        }
    }

    /// Resources of type `ty` in the module whose `attr` points at `target` (by reference
    /// `target_type.target_name.*`, or by a literal equal to `target_literal`). The second value
    /// is true when some resource of that type points somewhere the model cannot tell.
    pub fn attached<'a>(
        &'a self,
        ty: &'a str,
        attr: &str,
        target: &Block,
        target_literal: Option<&str>,
    ) -> (Vec<Found<'a>>, bool) {
        let mut found = Vec::new();
        // A broken file may hold the resource the rule looks for.
        let mut unknown = self.files.iter().any(|f| f.broken);
        for (i, block) in self.resources(ty) {
            let Some(a) = block.attr(attr) else {
                continue;
            };
            match self.points_at(&a.expr, target, target_literal) {
                Some(true) => found.push((i, block)),
                Some(false) => {}
                None => unknown = true,
            }
        }
        (found, unknown)
    }

    /// Whether `expr` designates `target`: `Some(true)`/`Some(false)`, `None` when unknown.
    pub fn points_at(
        &self,
        expr: &Expr,
        target: &Block,
        target_literal: Option<&str>,
    ) -> Option<bool> {
        if let Value::Ref(path) = &expr.value
            && path.len() >= 2
            && path[0] != "var"
            && path[0] != "local"
        {
            if path[0] == "module" || path[0] == "data" {
                return None;
            }
            return Some(path[0] == target.ty() && path[1] == target.name());
        }
        if let Value::Other | Value::Template(_) = &expr.value {
            // `"${aws_s3_bucket.logs.id}"` and similar templates.
            return None;
        }
        match (self.str_of(expr), target_literal) {
            (Some(s), Some(t)) => Some(s == t),
            (Some(_), None) => Some(false),
            (None, _) => None,
        }
    }
}

/// `a/b/main.tf` → `a/b`; `main.tf` → ``.
fn parent(path: &str) -> &str {
    path.rsplit_once('/').map(|(d, _)| d).unwrap_or("")
}

thread_local! {
    /// Per path, the text last parsed and what it gave (texts are compared, not hashed: a
    /// byte comparison is cheaper than hashing, and never confuses two files).
    static CACHE: RefCell<HashMap<String, (String, Arc<TfFile>)>> = RefCell::new(HashMap::new());
}

fn cached(path: &str, text: &str, build: impl FnOnce() -> TfFile) -> Arc<TfFile> {
    let hit = CACHE.with(|c| {
        c.borrow()
            .get(path)
            .filter(|(seen, _)| seen == text)
            .map(|(_, file)| file.clone())
    });
    if let Some(hit) = hit {
        return hit;
    }
    let built = Arc::new(build());
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() > 4096 {
            cache.clear();
        }
        cache.insert(path.to_string(), (text.to_string(), built.clone()));
    });
    built
}

fn from_tree(root: Node<'_>, src: &str) -> TfFile {
    let blocks = named_children(root)
        .into_iter()
        .find(|n| n.kind() == "body")
        .map(|body| read_body(body, src).1)
        .unwrap_or_default();
    TfFile {
        blocks,
        broken: root.has_error(),
    }
}

fn read_body(body: Node<'_>, src: &str) -> (Vec<Attr>, Vec<Block>) {
    let mut attrs = Vec::new();
    let mut blocks = Vec::new();
    for child in named_children(body) {
        if child.has_error() {
            continue;
        }
        match child.kind() {
            "attribute" => {
                let children = named_children(child);
                let (Some(name), Some(expr)) = (
                    children.iter().find(|c| c.kind() == "identifier"),
                    children.iter().find(|c| c.kind() == "expression"),
                ) else {
                    continue;
                };
                attrs.push(Attr {
                    name: text(*name, src).to_string(),
                    range: child.byte_range(),
                    expr: read_expr(*expr, src),
                });
            }
            "block" => {
                if let Some(block) = read_block(child, src) {
                    blocks.push(block);
                }
            }
            _ => {}
        }
    }
    (attrs, blocks)
}

fn read_block(node: Node<'_>, src: &str) -> Option<Block> {
    let depth = DEPTH.get();
    if depth >= MAX_DEPTH {
        return None;
    }
    DEPTH.set(depth + 1);
    let block = read_nested_block(node, src);
    DEPTH.set(depth);
    block
}

fn read_nested_block(node: Node<'_>, src: &str) -> Option<Block> {
    let children = named_children(node);
    let kind = text(*children.first().filter(|c| c.kind() == "identifier")?, src).to_string();
    let mut labels = Vec::new();
    let mut head_end = node.end_byte();
    let mut attrs = Vec::new();
    let mut blocks = Vec::new();
    for child in &children[1..] {
        match child.kind() {
            "string_lit" => labels.push(string_lit(*child, src).unwrap_or_default()),
            "identifier" => labels.push(text(*child, src).to_string()),
            "block_start" => head_end = child.end_byte(),
            "body" => (attrs, blocks) = read_body(*child, src),
            _ => {}
        }
    }
    Some(Block {
        kind,
        labels,
        head: node.start_byte()..head_end,
        attrs,
        blocks,
    })
}

/// The text of a `string_lit` / `quoted_template` without interpolation, escapes decoded.
fn string_lit(node: Node<'_>, src: &str) -> Option<String> {
    let mut out = String::new();
    for part in named_children(node) {
        match part.kind() {
            "template_literal" => out.push_str(&unescape(text(part, src))),
            "quoted_template_start" | "quoted_template_end" => {}
            _ => return None,
        }
    }
    Some(out)
}

fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out.replace("$${", "${").replace("%%{", "%{")
}

fn read_expr(node: Node<'_>, src: &str) -> Expr {
    let range = node.byte_range();
    Expr {
        value: read_value(node, src),
        range,
    }
}

/// Values and blocks nested deeper than this read as [`Value::Other`] and are left out: no
/// configuration nests so deep, and following 20,000 nested brackets in hostile input exhausted
/// the stack (and dropping such a value would again).
const MAX_DEPTH: usize = 128;

thread_local! {
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn read_value(node: Node<'_>, src: &str) -> Value {
    let depth = DEPTH.get();
    if depth >= MAX_DEPTH {
        return Value::Other;
    }
    DEPTH.set(depth + 1);
    let value = read_nested_value(node, src);
    DEPTH.set(depth);
    value
}

fn read_nested_value(node: Node<'_>, src: &str) -> Value {
    let children = named_children(node);
    match node.kind() {
        "expression" => {
            let Some(first) = children.first() else {
                return Value::Other;
            };
            if first.kind() == "variable_expr" {
                let mut path = vec![text(*first, src).to_string()];
                for step in &children[1..] {
                    match step.kind() {
                        "get_attr" => {
                            if let Some(id) = named_children(*step)
                                .into_iter()
                                .find(|c| c.kind() == "identifier")
                            {
                                path.push(text(id, src).to_string());
                            }
                        }
                        "index" | "new_index" | "legacy_index" => {}
                        _ => return Value::Other,
                    }
                }
                return Value::Ref(path);
            }
            if children.len() == 1 {
                read_value(*first, src)
            } else {
                Value::Other
            }
        }
        "literal_value" | "collection_value" | "template_expr" => children
            .first()
            .map(|c| read_value(*c, src))
            .unwrap_or(Value::Other),
        "string_lit" | "quoted_template" => {
            if let Some(literal) = string_lit(node, src) {
                return Value::Str(literal);
            }
            // `"${var.cidr_blocks}"` (Terraform 0.11 style) is the inner expression itself.
            let parts: Vec<&Node<'_>> = children
                .iter()
                .filter(|c| !matches!(c.kind(), "quoted_template_start" | "quoted_template_end"))
                .collect();
            match parts.as_slice() {
                [only] if only.kind() == "template_interpolation" => named_children(**only)
                    .into_iter()
                    .find(|c| c.kind() == "expression")
                    .map(|inner| read_value(inner, src))
                    .unwrap_or(Value::Other),
                _ => Value::Other,
            }
        }
        "heredoc_template" => {
            // The raw text between the two identifiers, interpolations replaced by a marker.
            let ids: Vec<&Node<'_>> = children
                .iter()
                .filter(|c| c.kind() == "heredoc_identifier")
                .collect();
            let (Some(first), Some(last)) = (ids.first(), ids.last()) else {
                return Value::Other;
            };
            if first.id() == last.id() {
                return Value::Str(String::new());
            }
            let (start, end) = (first.end_byte(), last.start_byte());
            let mut out = String::new();
            let mut at = start;
            let mut interpolated = false;
            for part in &children {
                if matches!(part.kind(), "template_interpolation" | "template_directive") {
                    out.push_str(src.get(at..part.start_byte()).unwrap_or(""));
                    out.push_str(INTERPOLATED);
                    at = part.end_byte();
                    interpolated = true;
                }
            }
            out.push_str(src.get(at..end).unwrap_or(""));
            let out = out.strip_prefix('\n').map(str::to_string).unwrap_or(out);
            if interpolated {
                Value::Template(out)
            } else {
                Value::Str(out)
            }
        }
        "bool_lit" => Value::Bool(text(node, src).trim() == "true"),
        "numeric_lit" => text(node, src)
            .trim()
            .parse()
            .map(Value::Num)
            .unwrap_or(Value::Other),
        "null_lit" => Value::Null,
        "operation" => match children.first() {
            Some(unary)
                if unary.kind() == "unary_operation" && text(*unary, src).starts_with('-') =>
            {
                match named_children(*unary).first().map(|v| read_value(*v, src)) {
                    Some(Value::Num(n)) => Value::Num(-n),
                    _ => Value::Other,
                }
            }
            _ => Value::Other,
        },
        "tuple" => Value::Tuple(
            children
                .iter()
                .filter(|c| c.kind() == "expression")
                .map(|c| read_expr(*c, src))
                .collect(),
        ),
        "object" => {
            let mut entries = Vec::new();
            for elem in children.iter().filter(|c| c.kind() == "object_elem") {
                let parts: Vec<Node<'_>> = named_children(*elem)
                    .into_iter()
                    .filter(|c| c.kind() == "expression")
                    .collect();
                let [key, value] = parts.as_slice() else {
                    continue;
                };
                let key = match read_value(*key, src) {
                    Value::Ref(path) if path.len() == 1 => path[0].clone(),
                    Value::Str(s) => s,
                    _ => continue,
                };
                entries.push((key, read_expr(*value, src)));
            }
            Value::Object(entries)
        }
        "function_call" => {
            let name = children
                .first()
                .filter(|c| c.kind() == "identifier")
                .map(|c| text(*c, src).to_string())
                .unwrap_or_default();
            let args = children
                .iter()
                .find(|c| c.kind() == "function_arguments")
                .map(|a| {
                    named_children(*a)
                        .into_iter()
                        .filter(|c| c.kind() == "expression")
                        .map(|c| read_expr(c, src))
                        .collect()
                })
                .unwrap_or_default();
            Value::Call(name, args)
        }
        _ => Value::Other,
    }
}

/// Parses a JSON document (a policy in a heredoc or a string) as an HCL expression: JSON objects,
/// arrays, strings, numbers and literals are valid HCL. Ranges in the result are meaningless.
pub fn parse_json(json: &str) -> Option<Value> {
    let trimmed = json.trim();
    if !trimmed.starts_with('{') {
        return None;
    }
    let wrapped = format!("x = {trimmed}\n");
    let file = sechound_syntax::parse("policy.tf".into(), Language::Hcl, wrapped)?;
    if file.has_syntax_errors() {
        return None;
    }
    let body = named_children(file.tree.root_node())
        .into_iter()
        .find(|n| n.kind() == "body")?;
    let (attrs, _) = read_body(body, file.text());
    attrs.into_iter().next().map(|a| a.expr.value)
}

/// The node of the file under review that covers `range` best (for `cx.strength`).
pub fn node_at<'f>(cx: &CheckContext<'f>, range: &Range<usize>) -> Option<Node<'f>> {
    cx.file
        .tree
        .root_node()
        .descendant_for_byte_range(range.start, range.end)
}

/// Records a strength at `range` of the file under review.
pub fn strength_at(cx: &mut CheckContext<'_>, range: &Range<usize>, title: impl Into<String>) {
    if let Some(node) = node_at(cx, range) {
        cx.strength(node, title);
    }
}

impl Module {
    /// Resources of type `ty` (`aws_s3_bucket_versioning`...) whose `bucket` designates `bucket`,
    /// and whether some resource of that type points at a bucket the model cannot tell.
    pub fn bucket_configs<'a>(&'a self, bucket: &Block, ty: &'a str) -> (Vec<Found<'a>>, bool) {
        let literal = bucket
            .attr("bucket")
            .and_then(|a| self.str_of(&a.expr))
            .map(str::to_string);
        self.attached(ty, "bucket", bucket, literal.as_deref())
    }

    /// True when the bucket has a separate configuration resource of type `ty`, or when one of
    /// that type exists whose bucket the model cannot tell (then nothing should be reported).
    pub fn bucket_has(&self, bucket: &Block, ty: &str) -> bool {
        let (found, unknown) = self.bucket_configs(bucket, ty);
        !found.is_empty() || unknown
    }
}

/// How to name the bucket a configuration resource applies to: `aws_s3_bucket.logs` when it
/// refers to one, else the resource's own address.
pub fn target_name(block: &Block, attr: &str) -> String {
    match block.attr(attr).map(|a| &a.expr.value) {
        Some(Value::Ref(path)) if path.len() >= 2 && path[0] != "var" && path[0] != "local" => {
            format!("{}.{}", path[0], path[1])
        }
        _ => block.address(),
    }
}

/// Declares the boilerplate of a Terraform rule: family, the node it runs on (the whole file,
/// once), and a body taking the module and the context.
macro_rules! terraform_rule {
    ($rule:ident, |$m:ident, $cx:ident| $body:block) => {
        impl $crate::CodeRule for $rule {
            fn meta(&self) -> &'static sechound_core::RuleMeta {
                &Self::META
            }

            fn family(&self) -> sechound_syntax::Family {
                sechound_syntax::Family::Terraform
            }

            fn node_kinds(&self) -> &'static [&'static str] {
                &["config_file"]
            }

            fn check<'f>(
                &self,
                _root: sechound_syntax::Node<'f>,
                $cx: &mut $crate::CheckContext<'f>,
            ) {
                // Every Terraform rule reads the same module: build it once per file.
                let $m = $cx.derived(|| $crate::terraform::model::Module::load($cx));
                let $m = &*$m;
                $body
            }
        }
    };
}
pub(crate) use terraform_rule;

/// How a value was reached, for messages: `` (the default of `var.x`)`` when `expr` is a
/// variable (the value may be overridden per environment), else empty.
pub fn via(expr: &Expr) -> String {
    match &expr.value {
        Value::Ref(path) if path.len() == 2 && path[0] == "var" => {
            format!(" (the default of `var.{}`)", path[1])
        }
        _ => String::new(),
    }
}

/// Medium confidence when the value is a variable's default, which an environment may override.
pub fn confidence_of(exprs: &[&Expr]) -> sechound_core::Confidence {
    if exprs.iter().any(|e| !via(e).is_empty()) {
        sechound_core::Confidence::Medium
    } else {
        sechound_core::Confidence::High
    }
}
