//! Shared by the JavaScript injection rules: does request data reach a sink, which parts of a
//! built string are fixed, and how to word the flow in a finding.

use crate::{CheckContext, RawFlow};
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee, enclosing_function, method_name, receiver, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::{Node, TaintTrace};

/// Request data reaching a sink: where it entered and the local that carries it.
pub(crate) struct Flow {
    pub trace: TaintTrace,
    /// The variable handed to the sink when it is not the source itself (`sql` in `db.query(sql)`).
    pub via: Option<String>,
    /// True when the source is on the sink's line (its line number is then left out).
    same_line: bool,
    /// What the finding records: the local source, or the parameters and calls the semantic
    /// layer must show request data reaching.
    pub raw: RawFlow,
}

impl Flow {
    #[cfg(test)]
    pub fn for_test(trace: TaintTrace) -> Flow {
        Flow {
            raw: RawFlow::Local(trace.clone()),
            trace,
            via: None,
            same_line: false,
        }
    }

    /// "`req.query.id` reaches `db.query` through `sql`".
    pub fn describe(&self, sink: &str) -> String {
        let mut out = if self.raw.is_pending() {
            format!("{} reaches `{sink}`", self.raw.source())
        } else if self.same_line {
            format!("`{}` reaches `{sink}`", self.trace.source)
        } else {
            format!(
                "`{}` (line {}) reaches `{sink}`",
                self.trace.source, self.trace.line
            )
        };
        if let Some(via) = &self.via {
            out.push_str(&format!(" through `{via}`"));
        }
        out
    }

    /// True when the value comes from a parameter or a call that only the whole program can
    /// follow to request data.
    pub fn is_pending(&self) -> bool {
        self.raw.is_pending()
    }
}

/// The request data `expr` carries, if any, with the variable that carries it; a pending flow
/// when `expr` comes from a parameter or a call the semantic layer may follow to request data.
pub(crate) fn tainted_flow<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> Option<Flow> {
    let origins = cx.js_flow().origins(expr);
    Some(with_via(cx, expr, RawFlow::of(&origins)?))
}

/// Like [`tainted_flow`] but only for request data that arrives unconverted (it may be an object).
/// Local only: the semantic layer follows values, not whether a caller converted them to a
/// string first, so a flow through a parameter could not tell `String(req.body.x)` from
/// `req.body.x`.
pub(crate) fn unconverted_flow<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> Option<Flow> {
    let trace = cx.js_taint().trace_unconverted(expr)?;
    Some(with_via(cx, expr, RawFlow::Local(trace)))
}

fn with_via<'f>(cx: &CheckContext<'f>, expr: Node<'f>, raw: RawFlow) -> Flow {
    let trace = match &raw {
        RawFlow::Local(trace) => trace.clone(),
        RawFlow::Pending(_) => TaintTrace {
            source: raw.source().to_string(),
            line: 0,
        },
    };
    let node = unwrap(expr);
    let via = (node.kind() == "identifier")
        .then(|| cx.text(node).to_string())
        .filter(|name| raw.is_pending() || !trace.source.contains(name.as_str()));
    let same_line = node.start_position().row as u32 + 1 == trace.line;
    Flow {
        trace,
        via,
        same_line,
        raw,
    }
}

/// The callee as a reader names it: `db.query`, `this.dataSource.query`.
pub(crate) fn sink_name(call: Node<'_>, src: &str) -> String {
    let Some(function) = callee(call) else {
        return "the call".to_string();
    };
    if let Some(path) = sechound_syntax::js::dotted_path(function, src)
        && path.chars().count() <= 40
    {
        return path;
    }
    let full = short_text(function, src, 200);
    if full.chars().count() <= 40 && !text(function, src).contains('\n') {
        return full;
    }
    match method_name(call, src) {
        Some(method) => format!("….{method}"),
        None => short_text(function, src, 40),
    }
}

/// A piece of a string built by `+`, a template literal or `.concat`.
#[derive(Clone, Copy)]
pub(crate) enum Piece<'f> {
    Text(Node<'f>),
    Value(Node<'f>),
}

/// Splits a built string into its fixed text and its values, following local variables that
/// hold strings. `'SELECT * FROM t WHERE id = ' + id` gives a text piece and a value piece.
pub(crate) fn string_pieces<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> Vec<Piece<'f>> {
    let mut out = Vec::new();
    collect_pieces(cx, expr, 0, &mut out);
    out
}

fn collect_pieces<'f>(cx: &CheckContext<'f>, expr: Node<'f>, depth: u32, out: &mut Vec<Piece<'f>>) {
    let node = unwrap(expr);
    if depth > 8 {
        out.push(Piece::Value(node));
        return;
    }
    match node.kind() {
        "string" => out.push(Piece::Text(node)),
        "template_string" => {
            for child in named_children(node) {
                match child.kind() {
                    "template_substitution" => {
                        if let Some(inner) = child.named_child(0) {
                            collect_pieces(cx, inner, depth + 1, out);
                        }
                    }
                    "comment" => {}
                    _ => out.push(Piece::Text(child)),
                }
            }
        }
        "binary_expression" if node.field("operator").map(|o| cx.text(o)) == Some("+") => {
            if let (Some(left), Some(right)) = (node.field("left"), node.field("right")) {
                collect_pieces(cx, left, depth + 1, out);
                collect_pieces(cx, right, depth + 1, out);
            }
        }
        "call_expression" if method_name(node, cx.src()) == Some("concat") => {
            if let Some(object) = receiver(node) {
                collect_pieces(cx, object, depth + 1, out);
            }
            for arg in arguments(node) {
                collect_pieces(cx, arg, depth + 1, out);
            }
        }
        "identifier" => {
            let resolved = cx.js_taint().resolve(node);
            if resolved != node
                && matches!(
                    resolved.kind(),
                    "string" | "template_string" | "binary_expression"
                )
            {
                collect_pieces(cx, resolved, depth + 1, out);
            } else {
                out.push(Piece::Value(node));
            }
        }
        _ => out.push(Piece::Value(node)),
    }
}

/// The literal text of a piece (quotes of a string literal removed).
pub(crate) fn piece_text<'f>(piece: &Piece<'f>, src: &'f str) -> &'f str {
    match piece {
        Piece::Text(node) if node.kind() == "string" => {
            let raw = text(*node, src);
            raw.get(1..raw.len().saturating_sub(1)).unwrap_or("")
        }
        Piece::Text(node) => text(*node, src),
        Piece::Value(_) => "",
    }
}

/// All fixed text of a built string, values left out.
pub(crate) fn fixed_text(cx: &CheckContext<'_>, pieces: &[Piece<'_>]) -> String {
    pieces.iter().map(|p| piece_text(p, cx.src())).collect()
}

/// True when a built string is a dynamic value or a string construction (`+`, template with
/// substitutions, `.concat`), not an object, array or function.
pub(crate) fn is_string_construction(pieces: &[Piece<'_>]) -> bool {
    pieces.len() > 1
}

/// How much of a URL the fixed text at its start pins down.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum UrlPrefix {
    /// Nothing fixed before the first value: the value may be a whole URL.
    None,
    /// A scheme and host followed by `/`, or a configured base followed by `/`: the origin is fixed.
    FixedOrigin,
    /// A path on the same site: `/app/` + value.
    LocalPath,
    /// Some text is fixed, but the host is still open (`'https://' + host`, `'/' + next`).
    Partial,
}

/// Classifies the start of a built URL. A value the request does not control (a configured
/// base URL such as `config.apiUrl`) followed by `/` counts as a fixed origin.
pub(crate) fn url_prefix<'f>(cx: &CheckContext<'f>, pieces: &[Piece<'f>]) -> UrlPrefix {
    let src = cx.src();
    let mut prefix = String::new();
    let mut leading_constant_value = false;
    for (index, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Text(_) => prefix.push_str(piece_text(piece, src)),
            Piece::Value(value) => {
                if index == 0 && !cx.js_taint().is_tainted(*value) {
                    leading_constant_value = true;
                    continue;
                }
                break;
            }
        }
    }
    if pieces.iter().all(|p| matches!(p, Piece::Text(_))) {
        return UrlPrefix::FixedOrigin;
    }
    if leading_constant_value {
        return if prefix.starts_with('/') || prefix.starts_with('?') {
            UrlPrefix::FixedOrigin
        } else if prefix.is_empty() {
            UrlPrefix::None
        } else {
            UrlPrefix::Partial
        };
    }
    if let Some(scheme_end) = prefix.find("://") {
        let after = &prefix[scheme_end + 3..];
        return match after.find(['/', '?', '#']) {
            Some(end) if end > 0 && !after[..end].contains('@') => UrlPrefix::FixedOrigin,
            _ => UrlPrefix::Partial,
        };
    }
    let bytes = prefix.as_bytes();
    if bytes.first() == Some(&b'/')
        && bytes.len() > 1
        && !matches!(bytes[1], b'/' | b'\\')
        && prefix[1..].contains(|c: char| c.is_ascii_alphanumeric())
    {
        return UrlPrefix::LocalPath;
    }
    if prefix.is_empty() {
        UrlPrefix::None
    } else {
        UrlPrefix::Partial
    }
}

/// Names of the local variables an expression reads (to look for checks on them).
pub(crate) fn identifiers_in<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> Vec<String> {
    let mut names = Vec::new();
    walk(expr, |n| {
        if matches!(n.kind(), "identifier" | "shorthand_property_identifier") {
            names.push(cx.text(n).to_string());
        }
        // `req.query.next` itself, for checks written on the request value directly.
        if n.kind() == "member_expression"
            && let Some(path) = sechound_syntax::js::dotted_path(n, cx.src())
            && path.contains('.')
        {
            names.push(path);
        }
        true
    });
    // A value built elsewhere: also the variables its definition reads.
    let resolved = cx.js_taint().resolve(expr);
    if resolved != unwrap(expr) {
        walk(resolved, |n| {
            if n.kind() == "identifier" {
                names.push(cx.text(n).to_string());
            }
            true
        });
    }
    names.retain(|n| {
        !matches!(
            n.as_str(),
            "req" | "request" | "res" | "ctx" | "path" | "undefined"
        )
    });
    names.sort();
    names.dedup();
    names
}

/// True when the function around `sink` tests one of `names` in a condition (an `if`, a ternary,
/// a `&&`/`||` guard) that also mentions one of `checks`: the usual shape of an allow-list or a
/// prefix check before the sink.
pub(crate) fn guarded_by_check(
    cx: &CheckContext<'_>,
    sink: Node<'_>,
    names: &[String],
    checks: &[&str],
) -> bool {
    let Some(function) = enclosing_function(sink) else {
        return false;
    };
    let mut guarded = false;
    walk(function, |n| {
        if guarded {
            return false;
        }
        if n != function
            && FUNCTION_KINDS.contains(&n.kind())
            && !sechound_syntax::node::contains(n, sink)
        {
            return false;
        }
        let condition = match n.kind() {
            "if_statement" | "while_statement" | "ternary_expression" => n.field("condition"),
            "binary_expression"
                if matches!(n.field("operator").map(|o| cx.text(o)), Some("&&" | "||")) =>
            {
                n.field("left")
            }
            _ => None,
        };
        if let Some(condition) = condition {
            let condition_text = cx.text(condition);
            let mentions_name = names.iter().any(|name| contains_word(condition_text, name));
            let has_check = checks.iter().any(|check| condition_text.contains(check));
            if mentions_name && has_check {
                guarded = true;
            }
        }
        true
    });
    guarded
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(start, _)| {
        let before = haystack[..start].chars().next_back();
        let after = haystack[start + word.len()..].chars().next();
        let boundary =
            |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '$'));
        boundary(before) && boundary(after)
    })
}

/// [`unconverted_flow`], or a pending flow when `expr` is a parameter of its function: the
/// whole program then decides whether request data reaches it (a caller's conversion is not
/// seen, so rules state medium confidence or accept it for object-shaped sinks).
pub(crate) fn unconverted_or_param_flow<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> Option<Flow> {
    if let Some(flow) = unconverted_flow(cx, expr) {
        return Some(flow);
    }
    let node = unwrap(expr);
    // `{ slug }` names the binding `slug` as much as `{ slug: slug }` does.
    if !matches!(node.kind(), "identifier" | "shorthand_property_identifier") {
        return None;
    }
    let bindings = cx.js_taint().bindings(node);
    let all_params = !bindings.is_empty()
        && bindings
            .iter()
            .all(|b| matches!(b, sechound_syntax::BoundValue::Param(_)));
    if !all_params {
        return None;
    }
    tainted_flow(cx, expr).filter(Flow::is_pending)
}
