//! Gives the expressions of one module instance their values, as far as they are known before
//! `terraform plan`: literals, `var.*` (a caller's argument, a `.tfvars` value or the default),
//! `local.*`, `each.*` / `count.index` of literal `for_each` / `count`, iterators of `dynamic`
//! blocks and `for` expressions, conditionals, operators and the common functions. What is only
//! known at apply time (resource attributes, data sources, module outputs) stays a
//! [`Value::Ref`]; anything else that cannot be computed is [`Value::Other`].
//!
//! Values substituted from elsewhere (a variable, a local) are placed at the range of the
//! reference, so every range in an evaluated block lies in the file that block was written in;
//! how a variable got its value is kept in [`Expr::via`].

use super::model::{Attr, Block, Expr, Hop, How, INTERPOLATED, TfFile, Value};
use super::syntax::{Ast, AstKind, BinOp, Key, Part, RawAttr, RawBlock, Step};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

/// Steps of evaluation allowed for one attribute: enough for real configurations, a bound for
/// pathological ones (a local that doubles itself twenty times).
const FUEL: u32 = 50_000;
/// `count` and `for_each` larger than this are evaluated once, with unknown `count.index` /
/// `each`.
const MAX_EXPANSION: usize = 32;

/// The expression definitely fails (an attribute missing from a known object, an index out of
/// range): what `try()` and `can()` look for.
#[derive(Debug)]
pub(crate) struct Fail;

type Eval = Result<Expr, Fail>;

/// Names bound in an expression: `each`, `count`, a `dynamic` iterator, a `for` variable.
pub(crate) struct Scope<'a> {
    name: &'a str,
    value: &'a Expr,
    parent: Option<&'a Scope<'a>>,
}

impl<'a> Scope<'a> {
    fn get(scope: Option<&'a Scope<'a>>, name: &str) -> Option<&'a Expr> {
        let mut current = scope;
        while let Some(s) = current {
            if s.name == name {
                return Some(s.value);
            }
            current = s.parent;
        }
        None
    }
}

pub(crate) fn expr(value: Value, range: Range<usize>) -> Expr {
    Expr {
        value,
        range,
        via: None,
    }
}

fn other(range: &Range<usize>) -> Eval {
    Ok(expr(Value::Other, range.clone()))
}

/// The value of `e` placed at `range` (every nested range too).
pub(crate) fn placed(e: &Expr, range: &Range<usize>) -> Expr {
    let value = match &e.value {
        Value::Tuple(items) => Value::Tuple(items.iter().map(|i| placed(i, range)).collect()),
        Value::Object(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), placed(v, range)))
                .collect(),
        ),
        Value::Call(name, args) => Value::Call(
            name.clone(),
            args.iter().map(|a| placed(a, range)).collect(),
        ),
        v => v.clone(),
    };
    Expr {
        value,
        range: range.clone(),
        via: e.via.clone(),
    }
}

/// The value with references to resources turned into unknowns: a caller's
/// `aws_s3_bucket.logs.id` does not name this module's `aws_s3_bucket.logs`.
pub(crate) fn foreign(e: &Expr) -> Expr {
    let value = match &e.value {
        Value::Ref(_) => Value::Other,
        Value::Tuple(items) => Value::Tuple(items.iter().map(foreign).collect()),
        Value::Object(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), foreign(v)))
                .collect(),
        ),
        Value::Call(name, args) => Value::Call(name.clone(), args.iter().map(foreign).collect()),
        v => v.clone(),
    };
    Expr {
        value,
        range: e.range.clone(),
        via: e.via.clone(),
    }
}

/// Prepends a hop to the provenance of `e` and everything in it.
pub(crate) fn with_hop(e: &Expr, hop: &Arc<Hop>) -> Expr {
    let value = match &e.value {
        Value::Tuple(items) => Value::Tuple(items.iter().map(|i| with_hop(i, hop)).collect()),
        Value::Object(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), with_hop(v, hop)))
                .collect(),
        ),
        v => v.clone(),
    };
    let mut chained = Hop::clone(hop);
    chained.next = e.via.clone();
    Expr {
        value,
        range: e.range.clone(),
        via: Some(Arc::new(chained)),
    }
}

/// Evaluates the expressions of one module instance.
pub(crate) struct Evaluator<'w> {
    /// `var.NAME` values: arguments, `.tfvars` values or defaults, with their provenance.
    inputs: &'w HashMap<String, Expr>,
    /// `local.NAME` expressions.
    locals: HashMap<&'w str, &'w Ast>,
    memo: RefCell<HashMap<String, Expr>>,
    busy: RefCell<HashSet<String>>,
    fuel: Cell<u32>,
    /// Current nesting of `eval`, bounded like the syntax (locals referring to locals add up).
    depth: Cell<usize>,
}

impl<'w> Evaluator<'w> {
    pub fn new(inputs: &'w HashMap<String, Expr>, blocks: &[&'w [RawBlock]]) -> Evaluator<'w> {
        let mut locals = HashMap::new();
        for list in blocks {
            for block in list.iter().filter(|b| b.kind == "locals") {
                for attr in &block.attrs {
                    locals.entry(attr.name.as_str()).or_insert(&attr.expr);
                }
            }
        }
        Evaluator {
            inputs,
            locals,
            memo: RefCell::new(HashMap::new()),
            busy: RefCell::new(HashSet::new()),
            fuel: Cell::new(FUEL),
            depth: Cell::new(0),
        }
    }

    /// The value of a top-level expression (unknown where it fails).
    pub fn value(&self, ast: &Ast, scope: Option<&Scope<'_>>) -> Expr {
        self.fuel.set(FUEL);
        self.eval(ast, scope)
            .unwrap_or_else(|_| expr(Value::Other, ast.range.clone()))
    }

    fn local(&self, name: &str, range: &Range<usize>) -> Eval {
        if let Some(known) = self.memo.borrow().get(name) {
            return Ok(placed(known, range));
        }
        let Some(ast) = self.locals.get(name).copied() else {
            return other(range);
        };
        if !self.busy.borrow_mut().insert(name.to_string()) {
            return other(range);
        }
        let result = self.eval(ast, None);
        self.busy.borrow_mut().remove(name);
        let value = result?;
        if self.fuel.get() > 0 {
            self.memo
                .borrow_mut()
                .insert(name.to_string(), value.clone());
        }
        Ok(placed(&value, range))
    }

    fn eval(&self, ast: &Ast, scope: Option<&Scope<'_>>) -> Eval {
        let fuel = self.fuel.get();
        if fuel == 0 || self.depth.get() >= 256 {
            return other(&ast.range);
        }
        self.fuel.set(fuel - 1);
        self.depth.set(self.depth.get() + 1);
        let result = self.eval_inner(ast, scope);
        self.depth.set(self.depth.get() - 1);
        result
    }

    fn eval_inner(&self, ast: &Ast, scope: Option<&Scope<'_>>) -> Eval {
        let range = &ast.range;
        let value = match &ast.kind {
            AstKind::Str(s) => Value::Str(s.clone()),
            AstKind::Num(n) => Value::Num(*n),
            AstKind::Bool(b) => Value::Bool(*b),
            AstKind::Null => Value::Null,
            AstKind::Unknown => Value::Other,
            AstKind::Template(parts) => return self.template(parts, range, scope),
            AstKind::Heredoc { raw, parts } => return self.heredoc(raw, parts, range, scope),
            AstKind::Tuple(items) => Value::Tuple(
                items
                    .iter()
                    .map(|i| self.eval(i, scope))
                    .collect::<Result<_, _>>()?,
            ),
            AstKind::Object(entries) => {
                let mut out = Vec::new();
                for (key, value) in entries {
                    let key = match key {
                        Key::Name(name) => name.clone(),
                        Key::Expr(e) => match text_of(&self.eval(e, scope)?.value) {
                            Some(k) => k,
                            None => return other(range),
                        },
                    };
                    out.push((key, self.eval(value, scope)?));
                }
                Value::Object(out)
            }
            AstKind::Traversal(name, steps) => return self.traversal(name, steps, range, scope),
            AstKind::Postfix(base, steps) => {
                let base = self.eval(base, scope)?;
                return self.steps(base, steps, range, scope);
            }
            AstKind::Call(name, args, expand) => {
                return self.call(name, args, *expand, range, scope);
            }
            AstKind::Cond(c, a, b) => {
                let cond = self.eval(c, scope)?;
                return match truth(&cond.value) {
                    Some(true) => self.eval(a, scope),
                    Some(false) => self.eval(b, scope),
                    None => {
                        let (a, b) = (self.eval(a, scope), self.eval(b, scope));
                        match (a, b) {
                            (Ok(a), Ok(b)) if same(&a.value, &b.value) == Some(true) => Ok(a),
                            _ => other(range),
                        }
                    }
                };
            }
            AstKind::Not(inner) => match truth(&self.eval(inner, scope)?.value) {
                Some(b) => Value::Bool(!b),
                None => Value::Other,
            },
            AstKind::Neg(inner) => match number(&self.eval(inner, scope)?.value) {
                Some(n) => Value::Num(-n),
                None => Value::Other,
            },
            AstKind::Binary(op, a, b) => return self.binary(*op, a, b, range, scope),
            AstKind::For(f) => {
                let collection = self.eval(&f.collection, scope)?;
                let items: Vec<(Expr, Expr)> = match &collection.value {
                    Value::Tuple(items) => items
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (expr(Value::Num(i as f64), range.clone()), v.clone()))
                        .collect(),
                    Value::Object(entries) => entries
                        .iter()
                        .map(|(k, v)| (expr(Value::Str(k.clone()), range.clone()), v.clone()))
                        .collect(),
                    Value::Null => return Err(Fail),
                    _ => return other(range),
                };
                let mut tuple = Vec::new();
                let mut object: Vec<(String, Expr)> = Vec::new();
                for (k, v) in &items {
                    let value_scope = Scope {
                        name: &f.value_var,
                        value: v,
                        parent: scope,
                    };
                    let key_scope;
                    let inner = match &f.key_var {
                        Some(name) => {
                            key_scope = Scope {
                                name,
                                value: k,
                                parent: Some(&value_scope),
                            };
                            &key_scope
                        }
                        None => &value_scope,
                    };
                    if let Some(cond) = &f.cond {
                        match truth(&self.eval(cond, Some(inner))?.value) {
                            Some(true) => {}
                            Some(false) => continue,
                            None => return other(range),
                        }
                    }
                    let value = self.eval(&f.value, Some(inner))?;
                    match &f.key {
                        None => tuple.push(value),
                        Some(key) => {
                            let Some(key) = text_of(&self.eval(key, Some(inner))?.value) else {
                                return other(range);
                            };
                            if f.grouping {
                                match object.iter_mut().find(|(k, _)| *k == key) {
                                    Some((
                                        _,
                                        Expr {
                                            value: Value::Tuple(list),
                                            ..
                                        },
                                    )) => list.push(value),
                                    _ => object.push((
                                        key,
                                        expr(Value::Tuple(vec![value]), range.clone()),
                                    )),
                                }
                            } else {
                                object.retain(|(k, _)| *k != key);
                                object.push((key, value));
                            }
                        }
                    }
                }
                if f.key.is_some() {
                    Value::Object(object)
                } else {
                    Value::Tuple(tuple)
                }
            }
        };
        Ok(expr(value, range.clone()))
    }

    fn traversal(
        &self,
        name: &str,
        steps: &[Step],
        range: &Range<usize>,
        scope: Option<&Scope<'_>>,
    ) -> Eval {
        if let Some(bound) = Scope::get(scope, name) {
            return self.steps(placed(bound, range), steps, range, scope);
        }
        let first = match steps.first() {
            Some(Step::Attr(a)) => Some(a.as_str()),
            _ => None,
        };
        match (name, first) {
            ("var", Some(var)) => match self.inputs.get(var) {
                Some(value) => self.steps(placed(value, range), &steps[1..], range, scope),
                None => other(range),
            },
            ("local", Some(local)) => {
                let value = self.local(local, range)?;
                self.steps(value, &steps[1..], range, scope)
            }
            ("each" | "count" | "self" | "path" | "terraform" | "var" | "local", _) => other(range),
            _ => {
                // A resource, data source or module output: known only at apply time.
                let mut path = vec![name.to_string()];
                collect_names(steps, &mut path);
                Ok(expr(Value::Ref(path), range.clone()))
            }
        }
    }

    fn steps(
        &self,
        mut current: Expr,
        steps: &[Step],
        range: &Range<usize>,
        scope: Option<&Scope<'_>>,
    ) -> Eval {
        for (i, step) in steps.iter().enumerate() {
            current = match step {
                Step::Attr(name) => match &current.value {
                    Value::Object(entries) => match entries.iter().find(|(k, _)| k == name) {
                        Some((_, v)) => v.clone(),
                        None => return Err(Fail),
                    },
                    Value::Null
                    | Value::Tuple(_)
                    | Value::Str(_)
                    | Value::Num(_)
                    | Value::Bool(_) => return Err(Fail),
                    _ => return other(range),
                },
                Step::Index(index) => {
                    let index = self.eval(index, scope)?;
                    match (&current.value, &index.value) {
                        (Value::Tuple(items), Value::Num(n)) => {
                            match items.get(*n as usize).filter(|_| *n >= 0.0) {
                                Some(v) => v.clone(),
                                None => return Err(Fail),
                            }
                        }
                        (Value::Object(entries), key) => {
                            let Some(key) = text_of(key) else {
                                return other(range);
                            };
                            match entries.iter().find(|(k, _)| *k == key) {
                                Some((_, v)) => v.clone(),
                                None => return Err(Fail),
                            }
                        }
                        (Value::Null, _) => return Err(Fail),
                        _ => return other(range),
                    }
                }
                Step::Splat(inner) => {
                    let items = match &current.value {
                        Value::Tuple(items) => items.clone(),
                        Value::Null => Vec::new(),
                        Value::Object(_) => vec![current.clone()],
                        _ => return other(range),
                    };
                    let mapped = items
                        .into_iter()
                        .map(|item| self.steps(item, inner, range, scope))
                        .collect::<Result<Vec<_>, _>>()?;
                    let rest = self.steps(
                        expr(Value::Tuple(mapped), range.clone()),
                        &steps[i + 1..],
                        range,
                        scope,
                    )?;
                    return Ok(rest);
                }
            };
        }
        Ok(placed(&current, range))
    }

    fn binary(
        &self,
        op: BinOp,
        a: &Ast,
        b: &Ast,
        range: &Range<usize>,
        scope: Option<&Scope<'_>>,
    ) -> Eval {
        let left = self.eval(a, scope)?;
        if matches!(op, BinOp::And | BinOp::Or) {
            let l = truth(&left.value);
            match (op, l) {
                (BinOp::And, Some(false)) => return Ok(expr(Value::Bool(false), range.clone())),
                (BinOp::Or, Some(true)) => return Ok(expr(Value::Bool(true), range.clone())),
                _ => {}
            }
            let r = truth(&self.eval(b, scope)?.value);
            let value = match (op, l, r) {
                (BinOp::And, _, Some(false)) => Value::Bool(false),
                (BinOp::Or, _, Some(true)) => Value::Bool(true),
                (_, Some(l), Some(r)) => {
                    Value::Bool(if op == BinOp::And { l && r } else { l || r })
                }
                _ => Value::Other,
            };
            return Ok(expr(value, range.clone()));
        }
        let right = self.eval(b, scope)?;
        let value = match op {
            BinOp::Eq | BinOp::Ne => match same(&left.value, &right.value) {
                Some(eq) => Value::Bool(eq == (op == BinOp::Eq)),
                None => Value::Other,
            },
            _ => match (number(&left.value), number(&right.value)) {
                (Some(l), Some(r)) => match op {
                    BinOp::Lt => Value::Bool(l < r),
                    BinOp::Le => Value::Bool(l <= r),
                    BinOp::Gt => Value::Bool(l > r),
                    BinOp::Ge => Value::Bool(l >= r),
                    BinOp::Add => Value::Num(l + r),
                    BinOp::Sub => Value::Num(l - r),
                    BinOp::Mul => Value::Num(l * r),
                    BinOp::Div if r != 0.0 => Value::Num(l / r),
                    BinOp::Mod if r != 0.0 => Value::Num(l % r),
                    _ => Value::Other,
                },
                _ => Value::Other,
            },
        };
        Ok(expr(value, range.clone()))
    }

    fn template(&self, parts: &[Part], range: &Range<usize>, scope: Option<&Scope<'_>>) -> Eval {
        // `"${x}"` is `x` itself, whatever its type.
        if let [Part::Interp(inner)] = parts {
            return Ok(placed(&self.eval(inner, scope)?, range));
        }
        let mut out = String::new();
        let mut known = true;
        let mut via = None;
        for part in parts {
            match part {
                Part::Lit(s) => out.push_str(s),
                Part::Interp(inner) => {
                    let value = self.eval(inner, scope)?;
                    match text_of(&value.value) {
                        Some(s) => {
                            out.push_str(&s);
                            via = via.or(value.via);
                        }
                        None => {
                            out.push_str(INTERPOLATED);
                            known = false;
                        }
                    }
                }
                Part::Directive => {
                    out.push_str(INTERPOLATED);
                    known = false;
                }
            }
        }
        let value = if known {
            Value::Str(out)
        } else {
            Value::Template(out)
        };
        Ok(Expr {
            value,
            range: range.clone(),
            via,
        })
    }

    fn heredoc(
        &self,
        raw: &str,
        parts: &[(Range<usize>, Option<Box<Ast>>)],
        range: &Range<usize>,
        scope: Option<&Scope<'_>>,
    ) -> Eval {
        let mut out = String::new();
        let mut at = 0;
        let mut known = true;
        for (span, inner) in parts {
            out.push_str(raw.get(at..span.start).unwrap_or(""));
            let text = match inner {
                Some(inner) => text_of(&self.eval(inner, scope)?.value),
                None => None,
            };
            match text {
                Some(t) => out.push_str(&t),
                None => {
                    out.push_str(INTERPOLATED);
                    known = false;
                }
            }
            at = span.end;
        }
        out.push_str(raw.get(at..).unwrap_or(""));
        Ok(expr(
            if known {
                Value::Str(out)
            } else {
                Value::Template(out)
            },
            range.clone(),
        ))
    }

    fn call(
        &self,
        name: &str,
        args: &[Ast],
        expand: bool,
        range: &Range<usize>,
        scope: Option<&Scope<'_>>,
    ) -> Eval {
        match name {
            "try" => {
                for arg in args {
                    match self.eval(arg, scope) {
                        Ok(value) if known(&value.value) => return Ok(placed(&value, range)),
                        Ok(_) => return other(range),
                        Err(_) => continue,
                    }
                }
                return Err(Fail);
            }
            "can" => {
                let Some(arg) = args.first() else {
                    return other(range);
                };
                return Ok(expr(
                    match self.eval(arg, scope) {
                        Ok(value) if known(&value.value) => Value::Bool(true),
                        Ok(_) => Value::Other,
                        Err(_) => Value::Bool(false),
                    },
                    range.clone(),
                ));
            }
            _ => {}
        }
        let mut values: Vec<Expr> = args
            .iter()
            .map(|a| self.eval(a, scope))
            .collect::<Result<_, _>>()?;
        if expand {
            match values.pop().map(|v| v.value) {
                Some(Value::Tuple(items)) => values.extend(items),
                _ => return other(range),
            }
        }
        let value = builtin(name, &values).unwrap_or_else(|| Value::Call(name.to_string(), values));
        Ok(expr(value, range.clone()))
    }

    /// Evaluates a block (not its `count` / `for_each` expansion) in `scope`; `dynamic` blocks
    /// become the blocks they generate.
    pub fn block(&self, raw: &RawBlock, scope: Option<&Scope<'_>>, key: Option<String>) -> Block {
        let attrs = raw.attrs.iter().map(|a| self.attr(a, scope)).collect();
        let mut blocks = Vec::new();
        for nested in &raw.blocks {
            if nested.kind == "dynamic" {
                blocks.extend(self.dynamic(nested, scope));
            } else {
                blocks.push(self.block(nested, scope, None));
            }
        }
        Block {
            kind: raw.kind.clone(),
            labels: raw.labels.clone(),
            head: raw.head.clone(),
            attrs,
            blocks,
            key,
        }
    }

    fn attr(&self, raw: &RawAttr, scope: Option<&Scope<'_>>) -> Attr {
        self.fuel.set(FUEL);
        Attr {
            name: raw.name.clone(),
            range: raw.range.clone(),
            expr: self
                .eval(&raw.expr, scope)
                .unwrap_or_else(|_| expr(Value::Other, raw.expr.range.clone())),
        }
    }

    /// `dynamic "NAME" { for_each = ..., iterator = ..., content { ... } }`: one `NAME` block per
    /// element when the collection is known (none when it is empty), else one block whose
    /// iterator is unknown.
    fn dynamic(&self, raw: &RawBlock, scope: Option<&Scope<'_>>) -> Vec<Block> {
        let Some(label) = raw.labels.first() else {
            return Vec::new();
        };
        let Some(content) = raw.blocks.iter().find(|b| b.kind == "content") else {
            return Vec::new();
        };
        let iterator = raw
            .attr("iterator")
            .and_then(|a| match &a.expr.kind {
                AstKind::Traversal(name, steps) if steps.is_empty() => Some(name.clone()),
                _ => None,
            })
            .unwrap_or_else(|| label.clone());
        let each = raw
            .attr("for_each")
            .map(|a| self.value(&a.expr, scope))
            .map(|e| elements(&e));
        let make = |binding: &Expr| {
            let inner = Scope {
                name: &iterator,
                value: binding,
                parent: scope,
            };
            let mut block = self.block(content, Some(&inner), None);
            block.kind = label.clone();
            block.labels = Vec::new();
            block.head = raw.head.clone();
            block
        };
        match each {
            Some(Some(items)) => items
                .iter()
                .take(MAX_EXPANSION)
                .map(|(k, v)| make(&iteration(k, v, &raw.head)))
                .collect(),
            _ => vec![make(&expr(Value::Other, raw.head.clone()))],
        }
    }

    /// A top-level block with its `count` / `for_each` expansion: no block for `count = 0` or
    /// an empty `for_each`, one per instance when they are known and small, else one with
    /// unknown `count.index` / `each`.
    pub fn expand(&self, raw: &RawBlock) -> Vec<Block> {
        if let Some(count) = raw.attr("count") {
            let value = self.value(&count.expr, None);
            let n = number(&value.value);
            return match n {
                Some(n) if n <= 0.0 => Vec::new(),
                Some(n) if (n as usize) <= MAX_EXPANSION => (0..n as usize)
                    .map(|i| {
                        let binding = expr(
                            Value::Object(vec![(
                                "index".into(),
                                expr(Value::Num(i as f64), raw.head.clone()),
                            )]),
                            raw.head.clone(),
                        );
                        let scope = Scope {
                            name: "count",
                            value: &binding,
                            parent: None,
                        };
                        self.block(raw, Some(&scope), None)
                    })
                    .collect(),
                _ => vec![self.block(raw, None, None)],
            };
        }
        if let Some(each) = raw.attr("for_each") {
            let value = self.value(&each.expr, None);
            return match elements(&value) {
                Some(items) if items.len() <= MAX_EXPANSION => items
                    .iter()
                    .map(|(k, v)| {
                        let binding = iteration(k, v, &raw.head);
                        let scope = Scope {
                            name: "each",
                            value: &binding,
                            parent: None,
                        };
                        self.block(raw, Some(&scope), text_of(&k.value))
                    })
                    .collect(),
                _ => vec![self.block(raw, None, None)],
            };
        }
        vec![self.block(raw, None, None)]
    }

    /// The bindings of each instance of a `count` / `for_each` block, for a module call: `None`
    /// for one instance with no binding (no meta-argument, or one that is not known).
    pub fn instances(&self, raw: &RawBlock) -> Vec<(Option<String>, Option<Expr>)> {
        if let Some(count) = raw.attr("count") {
            return match number(&self.value(&count.expr, None).value) {
                Some(n) if n <= 0.0 => Vec::new(),
                Some(n) if (n as usize) <= MAX_EXPANSION && n > 1.0 => (0..n as usize)
                    .map(|i| {
                        (
                            Some(format!("[{i}]")),
                            Some(expr(
                                Value::Object(vec![(
                                    "index".into(),
                                    expr(Value::Num(i as f64), raw.head.clone()),
                                )]),
                                raw.head.clone(),
                            )),
                        )
                    })
                    .collect(),
                _ => vec![(None, None)],
            };
        }
        if let Some(each) = raw.attr("for_each") {
            let value = self.value(&each.expr, None);
            return match elements(&value) {
                Some(items) if items.len() <= MAX_EXPANSION => items
                    .iter()
                    .map(|(k, v)| {
                        (
                            text_of(&k.value).map(|k| format!("[\"{k}\"]")),
                            Some(iteration(k, v, &raw.head)),
                        )
                    })
                    .collect(),
                _ => vec![(None, None)],
            };
        }
        vec![(None, None)]
    }

    /// Evaluates `raw` in the binding `name` = `binding` (a module call's `each`/`count`).
    pub fn value_in(&self, ast: &Ast, name: &str, binding: Option<&Expr>) -> Expr {
        match binding {
            Some(value) => {
                let scope = Scope {
                    name,
                    value,
                    parent: None,
                };
                self.value(ast, Some(&scope))
            }
            None => self.value(ast, None),
        }
    }
}

/// `{ key, value }` for one element of a `for_each` or `dynamic` collection.
fn iteration(key: &Expr, value: &Expr, at: &Range<usize>) -> Expr {
    expr(
        Value::Object(vec![
            ("key".into(), placed(key, at)),
            ("value".into(), value.clone()),
        ]),
        at.clone(),
    )
}

/// The (key, value) elements of a known collection: a map's entries, a set's strings (key and
/// value both the string), a list's elements (keyed by index, as `dynamic` does).
fn elements(e: &Expr) -> Option<Vec<(Expr, Expr)>> {
    match &e.value {
        Value::Object(entries) => Some(
            entries
                .iter()
                .map(|(k, v)| (expr(Value::Str(k.clone()), e.range.clone()), v.clone()))
                .collect(),
        ),
        Value::Tuple(items) => Some(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| match &v.value {
                    Value::Str(_) => (v.clone(), v.clone()),
                    _ => (expr(Value::Num(i as f64), e.range.clone()), v.clone()),
                })
                .collect(),
        ),
        Value::Null => Some(Vec::new()),
        _ => None,
    }
}

fn collect_names(steps: &[Step], path: &mut Vec<String>) {
    for step in steps {
        match step {
            Step::Attr(name) => path.push(name.clone()),
            Step::Splat(inner) => collect_names(inner, path),
            Step::Index(_) => {}
        }
    }
}

/// Whether a value is fully known (no reference, call or unknown inside).
pub(crate) fn known(v: &Value) -> bool {
    match v {
        Value::Str(_) | Value::Bool(_) | Value::Num(_) | Value::Null => true,
        Value::Tuple(items) => items.iter().all(|i| known(&i.value)),
        Value::Object(entries) => entries.iter().all(|(_, e)| known(&e.value)),
        _ => false,
    }
}

pub(crate) fn truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Str(s) if s == "true" => Some(true),
        Value::Str(s) if s == "false" => Some(false),
        _ => None,
    }
}

pub(crate) fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Num(n) => Some(*n),
        Value::Str(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A primitive as text (what string interpolation gives).
pub(crate) fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(format!("{}", *n as i64)),
        Value::Num(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Structural equality; `None` when either side is not fully known.
pub(crate) fn same(a: &Value, b: &Value) -> Option<bool> {
    if !known(a) || !known(b) {
        return None;
    }
    Some(match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Num(x), Value::Num(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|(p, q)| same(&p.value, &q.value) == Some(true))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter().all(|(k, v)| {
                    y.iter()
                        .find(|(k2, _)| k2 == k)
                        .is_some_and(|(_, w)| same(&v.value, &w.value) == Some(true))
                })
        }
        _ => false,
    })
}

/// The functions evaluated before plan; `None` leaves the call as a [`Value::Call`].
fn builtin(name: &str, args: &[Expr]) -> Option<Value> {
    let arg = |i: usize| args.get(i).map(|a| &a.value);
    let all_known = args.iter().all(|a| known(&a.value));
    let list = |v: Option<&Value>| match v {
        Some(Value::Tuple(items)) => Some(items.clone()),
        _ => None,
    };
    Some(match name {
        "tostring" | "tonumber" | "tobool" | "tolist" | "toset" | "tomap" | "nonsensitive"
        | "sensitive" => match (name, arg(0)?) {
            ("tostring", v) => text_of(v).map(Value::Str).unwrap_or_else(|| v.clone()),
            ("tonumber", v) => number(v).map(Value::Num).unwrap_or(Value::Other),
            ("tobool", v) => truth(v).map(Value::Bool).unwrap_or(Value::Other),
            ("toset", Value::Tuple(items)) => {
                let mut out: Vec<Expr> = Vec::new();
                for item in items {
                    if !out
                        .iter()
                        .any(|o| same(&o.value, &item.value) == Some(true))
                    {
                        out.push(item.clone());
                    }
                }
                Value::Tuple(out)
            }
            (_, v) => v.clone(),
        },
        "length" => match arg(0)? {
            Value::Tuple(items) => Value::Num(items.len() as f64),
            Value::Object(entries) => Value::Num(entries.len() as f64),
            Value::Str(s) => Value::Num(s.chars().count() as f64),
            _ => Value::Other,
        },
        "keys" | "values" => match arg(0)? {
            Value::Object(entries) => Value::Tuple(
                entries
                    .iter()
                    .map(|(k, v)| {
                        if name == "keys" {
                            expr(Value::Str(k.clone()), v.range.clone())
                        } else {
                            v.clone()
                        }
                    })
                    .collect(),
            ),
            _ => Value::Other,
        },
        "lookup" => match (arg(0)?, arg(1).and_then(text_of)) {
            (Value::Object(entries), Some(key)) => match entries.iter().find(|(k, _)| *k == key) {
                Some((_, v)) => v.value.clone(),
                None => arg(2)?.clone(),
            },
            _ => Value::Other,
        },
        "coalesce" => {
            for a in args {
                match &a.value {
                    Value::Null => continue,
                    Value::Str(s) if s.is_empty() => continue,
                    v if known(v) => return Some(v.clone()),
                    _ => return Some(Value::Other),
                }
            }
            Value::Other
        }
        "coalescelist" => {
            for a in args {
                match &a.value {
                    Value::Tuple(items) if items.is_empty() => continue,
                    Value::Tuple(_) => return Some(a.value.clone()),
                    _ => return Some(Value::Other),
                }
            }
            Value::Other
        }
        "concat" => {
            let mut out = Vec::new();
            for a in args {
                match &a.value {
                    Value::Tuple(items) => out.extend(items.iter().cloned()),
                    _ => return Some(Value::Other),
                }
            }
            Value::Tuple(out)
        }
        "merge" => {
            let mut out: Vec<(String, Expr)> = Vec::new();
            for a in args {
                match &a.value {
                    Value::Object(entries) => {
                        for (k, v) in entries {
                            out.retain(|(o, _)| o != k);
                            out.push((k.clone(), v.clone()));
                        }
                    }
                    Value::Null => {}
                    _ => return Some(Value::Other),
                }
            }
            Value::Object(out)
        }
        "flatten" => {
            fn flat(items: &[Expr], out: &mut Vec<Expr>) -> bool {
                for item in items {
                    match &item.value {
                        Value::Tuple(inner) => {
                            if !flat(inner, out) {
                                return false;
                            }
                        }
                        Value::Other | Value::Ref(_) | Value::Call(..) => return false,
                        _ => out.push(item.clone()),
                    }
                }
                true
            }
            let mut out = Vec::new();
            match arg(0)? {
                Value::Tuple(items) if flat(items, &mut out) => Value::Tuple(out),
                _ => Value::Other,
            }
        }
        "compact" => match list(arg(0))? {
            items if items.iter().all(|i| known(&i.value)) => Value::Tuple(
                items
                    .into_iter()
                    .filter(|i| {
                        !matches!(&i.value, Value::Null)
                            && text_of(&i.value).is_some_and(|s| !s.is_empty())
                    })
                    .collect(),
            ),
            _ => Value::Other,
        },
        "distinct" => match list(arg(0))? {
            items if items.iter().all(|i| known(&i.value)) => {
                let mut out: Vec<Expr> = Vec::new();
                for item in items {
                    if !out
                        .iter()
                        .any(|o| same(&o.value, &item.value) == Some(true))
                    {
                        out.push(item);
                    }
                }
                Value::Tuple(out)
            }
            _ => Value::Other,
        },
        "contains" => match (list(arg(0)), arg(1)) {
            (Some(items), Some(v)) if all_known => {
                Value::Bool(items.iter().any(|i| same(&i.value, v) == Some(true)))
            }
            _ => Value::Other,
        },
        "element" => match (list(arg(0)), arg(1).and_then(number)) {
            (Some(items), Some(i)) if !items.is_empty() && i >= 0.0 => {
                items[(i as usize) % items.len()].value.clone()
            }
            _ => Value::Other,
        },
        "one" => match list(arg(0))? {
            items if items.is_empty() => Value::Null,
            items if items.len() == 1 => items[0].value.clone(),
            _ => Value::Other,
        },
        "lower" | "upper" | "trimspace" => match arg(0)? {
            Value::Str(s) => Value::Str(match name {
                "lower" => s.to_lowercase(),
                "upper" => s.to_uppercase(),
                _ => s.trim().to_string(),
            }),
            _ => Value::Other,
        },
        "join" => match (arg(0)?, list(arg(1))) {
            (Value::Str(sep), Some(items)) => {
                let parts: Option<Vec<String>> = items.iter().map(|i| text_of(&i.value)).collect();
                parts
                    .map(|p| Value::Str(p.join(sep)))
                    .unwrap_or(Value::Other)
            }
            _ => Value::Other,
        },
        "split" => match (arg(0)?, arg(1)?) {
            (Value::Str(sep), Value::Str(s)) if !sep.is_empty() => Value::Tuple(
                s.split(sep.as_str())
                    .map(|p| expr(Value::Str(p.to_string()), args[1].range.clone()))
                    .collect(),
            ),
            _ => Value::Other,
        },
        "replace" => match (arg(0)?, arg(1)?, arg(2)?) {
            (Value::Str(s), Value::Str(from), Value::Str(to))
                if !from.starts_with('/') && !from.is_empty() =>
            {
                Value::Str(s.replace(from.as_str(), to))
            }
            _ => Value::Other,
        },
        "startswith" | "endswith" => match (arg(0)?, arg(1)?) {
            (Value::Str(s), Value::Str(p)) => Value::Bool(if name == "startswith" {
                s.starts_with(p.as_str())
            } else {
                s.ends_with(p.as_str())
            }),
            _ => Value::Other,
        },
        "format" => {
            let Value::Str(pattern) = arg(0)? else {
                return Some(Value::Other);
            };
            let mut out = String::new();
            let mut rest = args[1..].iter();
            let mut chars = pattern.chars().peekable();
            while let Some(c) = chars.next() {
                if c != '%' {
                    out.push(c);
                    continue;
                }
                match chars.next() {
                    Some('%') => out.push('%'),
                    Some('s' | 'd' | 'v') => match rest.next().and_then(|a| text_of(&a.value)) {
                        Some(t) => out.push_str(&t),
                        None => return Some(Value::Other),
                    },
                    _ => return Some(Value::Other),
                }
            }
            Value::Str(out)
        }
        "max" | "min" => {
            let nums: Option<Vec<f64>> = args.iter().map(|a| number(&a.value)).collect();
            match nums {
                Some(n) if !n.is_empty() => Value::Num(if name == "max" {
                    n.into_iter().fold(f64::MIN, f64::max)
                } else {
                    n.into_iter().fold(f64::MAX, f64::min)
                }),
                _ => Value::Other,
            }
        }
        "alltrue" | "anytrue" => {
            let items = list(arg(0))?;
            let bools: Option<Vec<bool>> = items.iter().map(|i| truth(&i.value)).collect();
            match bools {
                Some(b) if name == "alltrue" => Value::Bool(b.iter().all(|x| *x)),
                Some(b) => Value::Bool(b.iter().any(|x| *x)),
                None => Value::Other,
            }
        }
        "zipmap" => match (list(arg(0)), list(arg(1))) {
            (Some(k), Some(v)) if k.len() == v.len() => {
                let keys: Option<Vec<String>> = k.iter().map(|i| text_of(&i.value)).collect();
                match keys {
                    Some(keys) => Value::Object(keys.into_iter().zip(v).collect()),
                    None => Value::Other,
                }
            }
            _ => Value::Other,
        },
        "jsondecode" => match arg(0)? {
            Value::Str(s) => super::model::parse_json(s).unwrap_or(Value::Other),
            _ => Value::Other,
        },
        _ => return None,
    })
}

/// The value converted to a variable's declared `type`, as far as it matters here: objects
/// gain their missing `optional(...)` attributes (null, or the declared default) and lose
/// undeclared ones, through `map(...)`, `list(...)` and `set(...)`. Anything else is returned
/// unchanged.
pub(crate) fn conform(value: &Expr, ty: &Ast) -> Expr {
    let AstKind::Call(kind, args, _) = &ty.kind else {
        return value.clone();
    };
    let with = |v: Value| Expr {
        value: v,
        range: value.range.clone(),
        via: value.via.clone(),
    };
    match (kind.as_str(), args.as_slice(), &value.value) {
        ("object", [shape], Value::Object(entries)) => {
            let AstKind::Object(fields) = &shape.kind else {
                return value.clone();
            };
            let mut out = Vec::new();
            for (key, field_ty) in fields {
                let Key::Name(name) = key else {
                    return value.clone();
                };
                let present = entries
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v)
                    .filter(|v| !matches!(v.value, Value::Null));
                match (&field_ty.kind, present) {
                    (AstKind::Call(f, opt, _), None) if f == "optional" => {
                        let filled = match opt.get(1) {
                            Some(default) => {
                                let d = literal(default);
                                match opt.first() {
                                    Some(inner) => conform(&placed(&d, &value.range), inner),
                                    None => placed(&d, &value.range),
                                }
                            }
                            None => with(Value::Null),
                        };
                        out.push((name.clone(), filled));
                    }
                    (AstKind::Call(f, opt, _), Some(v)) if f == "optional" => {
                        let converted = match opt.first() {
                            Some(inner) => conform(v, inner),
                            None => v.clone(),
                        };
                        out.push((name.clone(), converted));
                    }
                    (_, Some(v)) => out.push((name.clone(), conform(v, field_ty))),
                    (_, None) => {
                        if let Some((_, null)) = entries.iter().find(|(k, _)| k == name) {
                            out.push((name.clone(), null.clone()));
                        }
                    }
                }
            }
            with(Value::Object(out))
        }
        ("map", [inner], Value::Object(entries)) => with(Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), conform(v, inner)))
                .collect(),
        )),
        ("list" | "set", [inner], Value::Tuple(items)) => with(Value::Tuple(
            items.iter().map(|i| conform(i, inner)).collect(),
        )),
        _ => value.clone(),
    }
}

/// A `.tfvars` file, a variable's `default` or any expression that needs no instance.
pub(crate) fn literal(ast: &Ast) -> Expr {
    let inputs = HashMap::new();
    let evaluator = Evaluator::new(&inputs, &[]);
    evaluator.value(ast, None)
}

/// Evaluates every block of the files of one instance.
pub(crate) fn evaluate_files(
    evaluator: &Evaluator<'_>,
    files: &[&super::syntax::RawFile],
) -> Vec<TfFile> {
    files
        .iter()
        .map(|raw| TfFile {
            blocks: raw
                .blocks
                .iter()
                .flat_map(|b| match b.kind.as_str() {
                    "resource" | "data" | "module" => evaluator.expand(b),
                    _ => vec![evaluator.block(b, None, None)],
                })
                .collect(),
            broken: raw.broken,
        })
        .collect()
}

/// The provenance of a variable's value in an instance.
pub(crate) fn hop(var: &str, how: How) -> Arc<Hop> {
    Arc::new(Hop {
        var: var.to_string(),
        how,
        next: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terraform::syntax::RawFile;

    /// The value of attribute `name` in `src`, with `var.*` from `vars` (as `name = value`).
    fn value_of(src: &str, vars: &str, name: &str) -> Value {
        let var_file = RawFile::parse("vars.tfvars", vars.to_string());
        let inputs: HashMap<String, Expr> = var_file
            .attrs
            .iter()
            .map(|a| (a.name.clone(), literal(&a.expr)))
            .collect();
        let file = RawFile::parse("main.tf", src.to_string());
        let blocks = [file.blocks.as_slice()];
        let evaluator = Evaluator::new(&inputs, &blocks);
        let attr = file
            .attrs
            .iter()
            .find(|a| a.name == name)
            .expect("attribute");
        evaluator.value(&attr.expr, None).value
    }

    fn show(v: &Value) -> String {
        crate::terraform::spec::show(v)
    }

    #[test]
    fn operators_follow_hcl_precedence() {
        let vars = "b = false\nc = \"x\"\nn = 3\n";
        assert_eq!(
            show(&value_of("a = !var.b && var.c == \"x\"\n", vars, "a")),
            "true"
        );
        assert_eq!(show(&value_of("a = 1 + 2 * var.n\n", vars, "a")), "7");
        assert_eq!(
            show(&value_of(
                "a = var.n > 2 ? \"big\" : \"small\"\n",
                vars,
                "a"
            )),
            "\"big\""
        );
        assert_eq!(show(&value_of("a = -var.n + 1\n", vars, "a")), "-2");
        assert_eq!(
            show(&value_of("a = var.b || var.n == 3\n", vars, "a")),
            "true"
        );
        // An unknown operand keeps the result unknown, except where it cannot matter.
        assert!(matches!(
            value_of("a = var.unset == 1\n", vars, "a"),
            Value::Other
        ));
        assert_eq!(
            show(&value_of("a = var.b && var.unset\n", vars, "a")),
            "false"
        );
    }

    #[test]
    fn locals_functions_and_for_expressions() {
        let src = r#"
locals {
  rules = { ssh = { port = 22, open = true }, web = { port = 443, open = false } }
  base  = { encrypted = false }
}
open  = [for k, r in local.rules : k if r.open]
ports = [for r in values(local.rules) : r.port]
merged = merge(local.base, { encrypted = true }).encrypted
fallback = try(local.base.missing, "default")
count = length(local.rules)
joined = join(",", ["a", "b"])
name = "${local.base.encrypted}-x"
looked = lookup(local.rules, "web", null).port
splat = local.list[*].id
"#;
        assert_eq!(show(&value_of(src, "", "open")), "[\"ssh\"]");
        assert_eq!(show(&value_of(src, "", "ports")), "[22, 443]");
        assert_eq!(show(&value_of(src, "", "merged")), "true");
        assert_eq!(show(&value_of(src, "", "fallback")), "\"default\"");
        assert_eq!(show(&value_of(src, "", "count")), "2");
        assert_eq!(show(&value_of(src, "", "joined")), "\"a,b\"");
        assert_eq!(show(&value_of(src, "", "name")), "\"false-x\"");
        assert_eq!(show(&value_of(src, "", "looked")), "443");
        assert!(matches!(value_of(src, "", "splat"), Value::Other));
    }

    #[test]
    fn references_to_resources_stay_references() {
        let v = value_of("a = aws_s3_bucket.logs[0].id\n", "", "a");
        assert!(matches!(v, Value::Ref(p) if p == ["aws_s3_bucket", "logs", "id"]));
        let v = value_of("a = \"${aws_s3_bucket.logs.arn}/*\"\n", "", "a");
        assert!(matches!(v, Value::Template(t) if t == format!("{INTERPOLATED}/*")));
    }

    #[test]
    fn optional_object_attributes_get_their_defaults() {
        let ty = RawFile::parse(
            "t.tf",
            "t = map(object({ port = number, forward = optional(string), tls = optional(bool, true) }))\n"
                .to_string(),
        );
        let value = RawFile::parse("v.tf", "v = { web = { port = 80 } }\n".to_string());
        let converted = conform(&literal(&value.attrs[0].expr), &ty.attrs[0].expr);
        let web = match &converted.value {
            Value::Object(entries) => entries[0].1.value.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(show(&web_field(&web, "forward")), "null");
        assert_eq!(show(&web_field(&web, "tls")), "true");
        assert_eq!(show(&web_field(&web, "port")), "80");
    }

    fn web_field(v: &Value, key: &str) -> Value {
        match v {
            Value::Object(entries) => entries
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, e)| e.value.clone())
                .unwrap_or(Value::Other),
            _ => Value::Other,
        }
    }

    #[test]
    fn deep_nesting_is_read_as_unknown_without_exhausting_the_stack() {
        let deep = format!("a = {}1{}\n", "[".repeat(20_000), "]".repeat(20_000));
        let file = RawFile::parse("deep.tf", deep);
        if let Some(attr) = file.attrs.first() {
            let _ = literal(&attr.expr);
        }
        let blocks = format!("{}{}", "b {\n".repeat(5_000), "}\n".repeat(5_000));
        let _ = RawFile::parse("blocks.tf", blocks);
        let world = crate::terraform::world::World::build(vec![(
            "main.tf".into(),
            format!(
                "locals {{\n  x = {}1{}\n}}\ny = local.x\n",
                "(".repeat(3_000),
                ")".repeat(3_000)
            ),
        )]);
        assert_eq!(world.instances.len(), 1);
    }

    #[test]
    fn self_referencing_locals_do_not_loop() {
        let src = "locals {\n  a = local.b\n  b = local.a\n}\nx = local.a\n";
        assert!(matches!(value_of(src, "", "x"), Value::Other));
    }
}
