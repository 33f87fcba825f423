//! The HCL of one `.tf` (or `.tfvars`) file as written: blocks, attributes and expressions,
//! read once from the tree-sitter tree. Nothing here is evaluated; [`super::eval`] gives the
//! expressions their values in a module instance.
//!
//! tree-sitter-hcl leaves the operands of unary and binary operations flat (`!var.b` is a
//! unary `!var` followed by `.b`), so operations are rebuilt here from the token sequence with
//! HCL's precedence.

use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Language, Node};
use std::cell::Cell;

/// Nesting beyond this (expressions or blocks) is read as unknown: real configurations nest a
/// few levels, and a hostile file must not exhaust the stack.
const MAX_DEPTH: usize = 128;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// One level deeper while it lives; `None` past [`MAX_DEPTH`].
struct Deeper;

impl Deeper {
    fn enter() -> Option<Deeper> {
        DEPTH.with(|d| {
            if d.get() >= MAX_DEPTH {
                None
            } else {
                d.set(d.get() + 1);
                Some(Deeper)
            }
        })
    }
}

impl Drop for Deeper {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

use std::ops::Range;

#[derive(Debug, Clone)]
pub(crate) struct Ast {
    pub kind: AstKind,
    pub range: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

#[derive(Debug, Clone)]
pub(crate) enum Step {
    Attr(String),
    Index(Box<Ast>),
    /// `[*]` or `.*` followed by the steps applied to each element.
    Splat(Vec<Step>),
}

#[derive(Debug, Clone)]
pub(crate) enum Part {
    Lit(String),
    Interp(Box<Ast>),
    /// `%{if}` / `%{for}`: not evaluated.
    Directive,
}

#[derive(Debug, Clone)]
pub(crate) enum AstKind {
    Str(String),
    Num(f64),
    Bool(bool),
    Null,
    /// A quoted string with interpolations or directives.
    Template(Vec<Part>),
    /// A heredoc: its raw text (between the markers), and the interpolations inside it with
    /// their byte offsets in that text.
    Heredoc {
        raw: String,
        parts: Vec<(Range<usize>, Option<Box<Ast>>)>,
    },
    Tuple(Vec<Ast>),
    /// Keys: a bare identifier or a string literal as written, else an expression.
    Object(Vec<(Key, Ast)>),
    /// `name` followed by steps: `var.x[0].y`.
    Traversal(String, Vec<Step>),
    /// Any other expression followed by steps: `f(x).y`, `(expr)[0]`.
    Postfix(Box<Ast>, Vec<Step>),
    /// Name, arguments, and whether the last argument is expanded (`f(list...)`).
    Call(String, Vec<Ast>, bool),
    Cond(Box<Ast>, Box<Ast>, Box<Ast>),
    Binary(BinOp, Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
    Neg(Box<Ast>),
    For(Box<ForExpr>),
    Unknown,
}

#[derive(Debug, Clone)]
pub(crate) enum Key {
    Name(String),
    Expr(Ast),
}

#[derive(Debug, Clone)]
pub(crate) struct ForExpr {
    pub key_var: Option<String>,
    pub value_var: String,
    pub collection: Ast,
    /// `Some` for `{ for ... : k => v }`.
    pub key: Option<Ast>,
    pub value: Ast,
    pub cond: Option<Ast>,
    pub grouping: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct RawAttr {
    pub name: String,
    pub range: Range<usize>,
    pub expr: Ast,
}

#[derive(Debug, Clone)]
pub(crate) struct RawBlock {
    pub kind: String,
    pub labels: Vec<String>,
    pub head: Range<usize>,
    pub attrs: Vec<RawAttr>,
    pub blocks: Vec<RawBlock>,
}

impl RawBlock {
    pub fn attr(&self, name: &str) -> Option<&RawAttr> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// One parsed file.
#[derive(Debug)]
pub(crate) struct RawFile {
    pub path: String,
    pub blocks: Vec<RawBlock>,
    /// Top-level attributes (a `.tfvars` file).
    pub attrs: Vec<RawAttr>,
    /// The file has syntax errors: blocks and attributes containing them were left out.
    pub broken: bool,
    /// Byte offset of each line start, for `file:line` in messages.
    pub lines: Vec<usize>,
    pub text: String,
}

impl RawFile {
    pub fn parse(path: &str, text: String) -> RawFile {
        let lines = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let parsed = sechound_syntax::parse(path.to_string(), Language::Hcl, text.clone());
        let (blocks, attrs, broken) = match &parsed {
            Some(file) => {
                let root = file.tree.root_node();
                let (attrs, blocks) = named_children(root)
                    .into_iter()
                    .find(|n| n.kind() == "body")
                    .map(|body| read_body(body, file.text()))
                    .unwrap_or_default();
                (blocks, attrs, root.has_error())
            }
            None => (Vec::new(), Vec::new(), true),
        };
        RawFile {
            path: path.to_string(),
            blocks,
            attrs,
            broken,
            lines,
            text,
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines.partition_point(|&start| start <= offset).max(1)
    }
}

fn read_body(body: Node<'_>, src: &str) -> (Vec<RawAttr>, Vec<RawBlock>) {
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
                attrs.push(RawAttr {
                    name: text(*name, src).to_string(),
                    range: child.byte_range(),
                    expr: expression(*expr, src),
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

fn read_block(node: Node<'_>, src: &str) -> Option<RawBlock> {
    let _deeper = Deeper::enter()?;
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
    Some(RawBlock {
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

pub(crate) fn unescape(raw: &str) -> String {
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

fn unknown(node: Node<'_>) -> Ast {
    Ast {
        kind: AstKind::Unknown,
        range: node.byte_range(),
    }
}

/// One item of an operation's flattened token sequence.
enum Token<'t> {
    Op(&'t str),
    Term(Node<'t>),
    Post(Node<'t>),
}

fn flatten<'t>(node: Node<'t>, out: &mut Vec<Token<'t>>) {
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        if !child.is_named() {
            match child.kind() {
                "!" | "-" | "*" | "/" | "%" | "+" | ">" | ">=" | "<" | "<=" | "==" | "!="
                | "&&" | "||" => out.push(Token::Op(child.kind())),
                _ => {}
            }
            continue;
        }
        match child.kind() {
            "operation" | "binary_operation" | "unary_operation" => flatten(child, out),
            "get_attr" | "index" | "splat" => out.push(Token::Post(child)),
            "comment" => {}
            _ => out.push(Token::Term(child)),
        }
    }
}

/// An `expression` node (or any node that stands for one).
pub(crate) fn expression(node: Node<'_>, src: &str) -> Ast {
    let Some(_deeper) = Deeper::enter() else {
        return unknown(node);
    };
    let range = node.byte_range();
    match node.kind() {
        "expression" => {}
        "literal_value" | "collection_value" | "template_expr" | "for_expr" => {
            return match named_children(node).first() {
                Some(inner) => term(*inner, src),
                None => unknown(node),
            };
        }
        _ => return term(node, src),
    }
    let children = named_children(node);
    if let [only] = children.as_slice()
        && only.kind() == "conditional"
    {
        let parts: Vec<Node<'_>> = named_children(*only)
            .into_iter()
            .filter(|c| c.kind() == "expression")
            .collect();
        return match parts.as_slice() {
            [c, a, b] => Ast {
                kind: AstKind::Cond(
                    Box::new(expression(*c, src)),
                    Box::new(expression(*a, src)),
                    Box::new(expression(*b, src)),
                ),
                range,
            },
            _ => unknown(node),
        };
    }
    let mut tokens = Vec::new();
    flatten(node, &mut tokens);
    let mut at = 0;
    let parsed = binary(&tokens, &mut at, 1, src);
    match parsed {
        Some(mut ast) if at == tokens.len() => {
            ast.range = range;
            ast
        }
        _ => unknown(node),
    }
}

fn precedence(op: &str) -> Option<(u8, BinOp)> {
    Some(match op {
        "||" => (1, BinOp::Or),
        "&&" => (2, BinOp::And),
        "==" => (3, BinOp::Eq),
        "!=" => (3, BinOp::Ne),
        "<" => (4, BinOp::Lt),
        "<=" => (4, BinOp::Le),
        ">" => (4, BinOp::Gt),
        ">=" => (4, BinOp::Ge),
        "+" => (5, BinOp::Add),
        "-" => (5, BinOp::Sub),
        "*" => (6, BinOp::Mul),
        "/" => (6, BinOp::Div),
        "%" => (6, BinOp::Mod),
        _ => return None,
    })
}

/// Precedence climbing over the flattened tokens.
fn binary(tokens: &[Token<'_>], at: &mut usize, min: u8, src: &str) -> Option<Ast> {
    let mut left = unary(tokens, at, src)?;
    while let Some(Token::Op(op)) = tokens.get(*at) {
        let Some((level, bin)) = precedence(op) else {
            break;
        };
        if level < min {
            break;
        }
        *at += 1;
        let right = binary(tokens, at, level + 1, src)?;
        let range = left.range.start..right.range.end;
        left = Ast {
            kind: AstKind::Binary(bin, Box::new(left), Box::new(right)),
            range,
        };
    }
    Some(left)
}

fn unary(tokens: &[Token<'_>], at: &mut usize, src: &str) -> Option<Ast> {
    match tokens.get(*at)? {
        Token::Op(op @ ("!" | "-")) => {
            *at += 1;
            let inner = unary(tokens, at, src)?;
            let range = inner.range.clone();
            Some(Ast {
                kind: if *op == "!" {
                    AstKind::Not(Box::new(inner))
                } else {
                    AstKind::Neg(Box::new(inner))
                },
                range,
            })
        }
        Token::Term(node) => {
            *at += 1;
            let mut steps = Vec::new();
            let mut end = node.end_byte();
            while let Some(Token::Post(post)) = tokens.get(*at) {
                steps.extend(step(*post, src));
                end = post.end_byte();
                *at += 1;
            }
            let base = if node.kind() == "variable_expr" {
                return Some(Ast {
                    kind: AstKind::Traversal(text(*node, src).to_string(), steps),
                    range: node.start_byte()..end,
                });
            } else {
                expression(*node, src)
            };
            if steps.is_empty() {
                return Some(base);
            }
            Some(Ast {
                range: base.range.start..end,
                kind: AstKind::Postfix(Box::new(base), steps),
            })
        }
        _ => None,
    }
}

fn step(node: Node<'_>, src: &str) -> Vec<Step> {
    match node.kind() {
        "get_attr" => named_children(node)
            .into_iter()
            .find(|c| c.kind() == "identifier")
            .map(|id| vec![Step::Attr(text(id, src).to_string())])
            .unwrap_or_default(),
        "index" => {
            let Some(inner) = named_children(node).into_iter().next() else {
                return Vec::new();
            };
            match inner.kind() {
                "new_index" => named_children(inner)
                    .into_iter()
                    .find(|c| c.kind() == "expression")
                    .map(|e| vec![Step::Index(Box::new(expression(e, src)))])
                    .unwrap_or_default(),
                // `.0` (legacy index)
                _ => {
                    let digits = text(inner, src).trim_start_matches('.');
                    let kind = digits.parse().map(AstKind::Num).unwrap_or(AstKind::Unknown);
                    vec![Step::Index(Box::new(Ast {
                        kind,
                        range: inner.byte_range(),
                    }))]
                }
            }
        }
        "splat" => {
            let Some(inner) = named_children(node).into_iter().next() else {
                return Vec::new();
            };
            let rest = named_children(inner)
                .into_iter()
                .flat_map(|c| step(c, src))
                .collect();
            vec![Step::Splat(rest)]
        }
        _ => Vec::new(),
    }
}

fn term(node: Node<'_>, src: &str) -> Ast {
    let range = node.byte_range();
    let children = named_children(node);
    let kind = match node.kind() {
        "expression" | "literal_value" | "collection_value" | "template_expr" | "for_expr" => {
            return expression(node, src);
        }
        "variable_expr" => AstKind::Traversal(text(node, src).to_string(), Vec::new()),
        "bool_lit" => AstKind::Bool(text(node, src).trim() == "true"),
        "null_lit" => AstKind::Null,
        "numeric_lit" => text(node, src)
            .trim()
            .parse()
            .map(AstKind::Num)
            .unwrap_or(AstKind::Unknown),
        "string_lit" | "quoted_template" => match string_lit(node, src) {
            Some(s) => AstKind::Str(s),
            None => {
                let mut parts = Vec::new();
                for part in &children {
                    match part.kind() {
                        "template_literal" => parts.push(Part::Lit(unescape(text(*part, src)))),
                        "template_interpolation" => {
                            match named_children(*part)
                                .into_iter()
                                .find(|c| c.kind() == "expression")
                            {
                                Some(e) => parts.push(Part::Interp(Box::new(expression(e, src)))),
                                None => parts.push(Part::Directive),
                            }
                        }
                        "template_directive" => parts.push(Part::Directive),
                        _ => {}
                    }
                }
                AstKind::Template(parts)
            }
        },
        "heredoc_template" => heredoc(node, &children, src),
        "tuple" => AstKind::Tuple(
            children
                .iter()
                .filter(|c| c.kind() == "expression")
                .map(|c| expression(*c, src))
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
                let key_ast = expression(*key, src);
                let key = match &key_ast.kind {
                    AstKind::Traversal(name, steps) if steps.is_empty() => Key::Name(name.clone()),
                    AstKind::Str(s) => Key::Name(s.clone()),
                    _ => Key::Expr(key_ast),
                };
                entries.push((key, expression(*value, src)));
            }
            AstKind::Object(entries)
        }
        "function_call" => {
            let name = children
                .first()
                .filter(|c| c.kind() == "identifier")
                .map(|c| text(*c, src).to_string())
                .unwrap_or_default();
            let (args, expand) = children
                .iter()
                .find(|c| c.kind() == "function_arguments")
                .map(|a| {
                    let inner = named_children(*a);
                    (
                        inner
                            .iter()
                            .filter(|c| c.kind() == "expression")
                            .map(|c| expression(*c, src))
                            .collect(),
                        inner.iter().any(|c| c.kind() == "ellipsis"),
                    )
                })
                .unwrap_or_default();
            AstKind::Call(name, args, expand)
        }
        "for_tuple_expr" | "for_object_expr" => match for_expr(node, &children, src) {
            Some(f) => AstKind::For(Box::new(f)),
            None => AstKind::Unknown,
        },
        "conditional" | "operation" => return expression_like(node, src),
        _ => AstKind::Unknown,
    };
    Ast { kind, range }
}

/// A node that is an expression without the `expression` wrapper.
fn expression_like(node: Node<'_>, src: &str) -> Ast {
    let range = node.byte_range();
    if node.kind() == "conditional" {
        let parts: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|c| c.kind() == "expression")
            .collect();
        if let [c, a, b] = parts.as_slice() {
            return Ast {
                kind: AstKind::Cond(
                    Box::new(expression(*c, src)),
                    Box::new(expression(*a, src)),
                    Box::new(expression(*b, src)),
                ),
                range,
            };
        }
        return unknown(node);
    }
    let mut tokens = Vec::new();
    flatten(node, &mut tokens);
    let mut at = 0;
    match binary(&tokens, &mut at, 1, src) {
        Some(mut ast) if at == tokens.len() => {
            ast.range = range;
            ast
        }
        _ => unknown(node),
    }
}

fn for_expr(node: Node<'_>, children: &[Node<'_>], src: &str) -> Option<ForExpr> {
    let intro = children.iter().find(|c| c.kind() == "for_intro")?;
    let intro_children = named_children(*intro);
    let names: Vec<String> = intro_children
        .iter()
        .filter(|c| c.kind() == "identifier")
        .map(|c| text(*c, src).to_string())
        .collect();
    let collection = intro_children
        .iter()
        .find(|c| c.kind() == "expression")
        .map(|c| expression(*c, src))?;
    let (key_var, value_var) = match names.as_slice() {
        [v] => (None, v.clone()),
        [k, v] => (Some(k.clone()), v.clone()),
        _ => return None,
    };
    let exprs: Vec<Ast> = children
        .iter()
        .filter(|c| c.kind() == "expression")
        .map(|c| expression(*c, src))
        .collect();
    let cond = children
        .iter()
        .find(|c| c.kind() == "for_cond")
        .and_then(|c| {
            named_children(*c)
                .into_iter()
                .find(|e| e.kind() == "expression")
        })
        .map(|e| expression(e, src));
    let object = node.kind() == "for_object_expr";
    let (key, value) = match (object, exprs.as_slice()) {
        (false, [v]) => (None, v.clone()),
        (true, [k, v]) => (Some(k.clone()), v.clone()),
        _ => return None,
    };
    Some(ForExpr {
        key_var,
        value_var,
        collection,
        key,
        value,
        cond,
        grouping: children.iter().any(|c| c.kind() == "ellipsis"),
    })
}

fn heredoc(node: Node<'_>, children: &[Node<'_>], src: &str) -> AstKind {
    let ids: Vec<&Node<'_>> = children
        .iter()
        .filter(|c| c.kind() == "heredoc_identifier")
        .collect();
    let (Some(first), Some(last)) = (ids.first(), ids.last()) else {
        return AstKind::Unknown;
    };
    if first.id() == last.id() {
        return AstKind::Str(String::new());
    }
    let (start, end) = (first.end_byte(), last.start_byte());
    let raw_full = src.get(start..end).unwrap_or("");
    let skip = usize::from(raw_full.starts_with('\n'));
    let raw = raw_full[skip..].to_string();
    let base = start + skip;
    let indented = text(node, src).starts_with("<<-");
    let mut parts = Vec::new();
    for part in children {
        if matches!(part.kind(), "template_interpolation" | "template_directive")
            && part.start_byte() >= base
        {
            let inner = if part.kind() == "template_interpolation" {
                named_children(*part)
                    .into_iter()
                    .find(|c| c.kind() == "expression")
                    .map(|e| Box::new(expression(e, src)))
            } else {
                None
            };
            parts.push((part.start_byte() - base..part.end_byte() - base, inner));
        }
    }
    if parts.is_empty() {
        let text = if indented { dedent(&raw) } else { raw };
        return AstKind::Str(text);
    }
    AstKind::Heredoc { raw, parts }
}

/// `<<-` heredocs drop the smallest indentation of their lines.
pub(crate) fn dedent(raw: &str) -> String {
    let indent = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    raw.lines()
        .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
        + if raw.ends_with('\n') { "\n" } else { "" }
}
