//! What the Python injection rules share: naming the request data that reaches a sink, how a
//! string was built from it, and the fixed text in front of the first piece of request data.

use crate::{CheckContext, RawFlow};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text};
use sechound_syntax::python::{callee_path, unwrap};
use sechound_syntax::{Node, TaintTrace};

/// Request data reaching a sink: where it was read and how it got into the argument.
pub(crate) struct Flow {
    pub trace: TaintTrace,
    /// "an f-string", "`%` formatting", ... when the argument is a string built around the data.
    pub built_as: Option<&'static str>,
    /// What the finding records: the local source, or the parameters and calls the semantic
    /// layer must show request data reaching.
    pub raw: RawFlow,
}

impl Flow {
    /// "`request.args.get('q')` (line 4)" or "the route parameter `item_id` (line 2)".
    pub fn source(&self) -> String {
        if self.raw.is_pending() {
            return self.raw.source().to_string();
        }
        let source = self.trace.source.as_str();
        if source.contains(['.', '(', '[']) {
            format!("`{source}` (line {})", self.trace.line)
        } else {
            let name = source.split([':', '=']).next().unwrap_or(source).trim();
            format!("the route parameter `{name}` (line {})", self.trace.line)
        }
    }

    /// "`request.args.get('q')` (line 4) reaches `cursor.execute()` through an f-string".
    pub fn describe(&self, sink: &str) -> String {
        match self.built_as {
            Some(how) => format!("{} reaches `{sink}` through {how}", self.source()),
            None => format!("{} reaches `{sink}`", self.source()),
        }
    }

    pub fn is_pending(&self) -> bool {
        self.raw.is_pending()
    }
}

/// The flow of request data into `arg`, if any; a pending flow when `arg` comes from a
/// parameter or a call the semantic layer may follow to request data.
pub(crate) fn tainted_flow<'f>(cx: &CheckContext<'f>, arg: Node<'f>) -> Option<Flow> {
    let raw = RawFlow::of(&cx.py_flow().origins(arg))?;
    let trace = match &raw {
        RawFlow::Local(trace) => trace.clone(),
        RawFlow::Pending(_) => TaintTrace {
            source: raw.source().to_string(),
            line: 0,
        },
    };
    Some(Flow {
        trace,
        built_as: built_as(cx, arg),
        raw,
    })
}

/// How a string expression is put together, following one local assignment.
pub(crate) fn built_as<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> Option<&'static str> {
    let node = cx.py_taint().resolve(expr);
    let src = cx.src();
    match node.kind() {
        "string" if sechound_syntax::python::is_fstring(node) => Some("an f-string"),
        "binary_operator" => match node.field("operator").map(|o| text(o, src)) {
            Some("%") => Some("`%` formatting"),
            Some("+") => Some("string concatenation"),
            _ => None,
        },
        "call" => {
            let path = callee_path(node, src);
            match path.as_deref() {
                Some("os.path.join" | "posixpath.join") => Some("`os.path.join()`"),
                Some("Path" | "pathlib.Path" | "PurePath") => Some("`Path()`"),
                Some(p) if p.ends_with(".format") => Some("`.format()`"),
                // `", ".join(parts)`: the callee has no dotted path because its receiver is a literal.
                None if sechound_syntax::python::method_name(node, src) == Some("format") => {
                    Some("`.format()`")
                }
                None if sechound_syntax::python::method_name(node, src) == Some("join") => {
                    Some("`.join()`")
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The callee as the reader sees it, e.g. `cursor.execute()`.
pub(crate) fn sink_name(call: Node<'_>, src: &str) -> String {
    let function = call
        .field("function")
        .map(|f| short_text(f, src, 50))
        .unwrap_or_default();
    format!("{function}()")
}

/// The text that is fixed in the source before the first piece of request data in a string
/// built from parts (f-string, `+`, `%`, `.format()`), following local assignments; untainted
/// non-literal parts read as `<expr>`. `None` when the expression is not such a string or when
/// the request data comes first.
pub(crate) fn fixed_prefix<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> Option<String> {
    let mut prefix = String::new();
    let complete = collect_prefix(cx, expr, &mut prefix, 0)?;
    // `complete` is true when no tainted part was found at all: there is no prefix question.
    (!complete && !prefix.is_empty()).then_some(prefix)
}

/// Appends the fixed text of `expr` to `out`. Returns `Some(true)` when the whole expression is
/// fixed, `Some(false)` when a tainted part stopped the walk, `None` when the shape is unknown.
fn collect_prefix<'f>(
    cx: &CheckContext<'f>,
    expr: Node<'f>,
    out: &mut String,
    depth: u32,
) -> Option<bool> {
    if depth > 8 {
        return None;
    }
    let src = cx.src();
    let taint = cx.py_taint();
    let node = taint.resolve(expr);
    if !taint.is_tainted(node) {
        match sechound_syntax::python::string_value(node, src) {
            Some(value) => out.push_str(&value),
            None => out.push_str("<expr>"),
        }
        return Some(true);
    }
    match node.kind() {
        "string" => {
            for child in named_children(node) {
                match child.kind() {
                    "string_content" | "escape_sequence" => out.push_str(text(child, src)),
                    "interpolation" => {
                        let inner = child.field("expression")?;
                        if taint.is_tainted(inner) {
                            return Some(false);
                        }
                        out.push_str("<expr>");
                    }
                    _ => {}
                }
            }
            Some(true)
        }
        "concatenated_string" => {
            for part in named_children(node) {
                if !collect_prefix(cx, part, out, depth + 1)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        "binary_operator" => {
            let operator = text(node.field("operator")?, src);
            let left = node.field("left")?;
            let right = node.field("right")?;
            match operator {
                "+" | "/" => {
                    if !collect_prefix(cx, left, out, depth + 1)? {
                        return Some(false);
                    }
                    if operator == "/" {
                        out.push('/');
                    }
                    collect_prefix(cx, right, out, depth + 1)
                }
                "%" => {
                    let template = sechound_syntax::python::string_value(unwrap(left), src)?;
                    let fixed = template.split('%').next().unwrap_or_default();
                    out.push_str(fixed);
                    Some(false)
                }
                _ => None,
            }
        }
        "call" => {
            let function = unwrap(node.field("function")?);
            if function.kind() == "attribute" && text(function.field("attribute")?, src) == "format"
            {
                let template = function.field("object")?;
                let template = sechound_syntax::python::string_value(unwrap(template), src)?;
                out.push_str(template.split('{').next().unwrap_or_default());
                return Some(false);
            }
            // Other calls that carry request data (`str(x)`, `x.strip()`): the data comes first.
            Some(false)
        }
        _ => Some(false),
    }
}

/// True when the function around `node` (or the module) mentions any of `needles`.
pub(crate) fn function_mentions(node: Node<'_>, src: &str, needles: &[&str]) -> bool {
    let scope = sechound_syntax::python::enclosing_function(node).unwrap_or_else(|| {
        let mut root = node;
        while let Some(parent) = root.parent() {
            root = parent;
        }
        root
    });
    let body = text(scope, src);
    needles.iter().any(|n| body.contains(n))
}

/// True when the file's text mentions `needle` (an import check without resolving imports).
pub(crate) fn file_mentions(cx: &CheckContext<'_>, needle: &str) -> bool {
    cx.file_contains(needle)
}

/// True when a `from <module> import ...` line of the file imports `name`.
pub(crate) fn imports_name(cx: &CheckContext<'_>, module: &str, name: &str) -> bool {
    cx.python_from_imports()
        .iter()
        .any(|(m, names)| m == module && names.iter().any(|n| n == name))
}
