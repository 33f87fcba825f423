use super::flow::{ClassSpec, check};
use super::sinks::{Flow, sink_name, tainted_flow};
use crate::sink_table::{Class, Sink};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::{NodeExt, named_children};
use sechound_syntax::python::{callee_path, keyword_arg, method_name, receiver, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// SQL text that carries request data, passed to a function that runs it:
    /// - DB-API and SQLAlchemy `cursor.execute()`, `executemany()`, `executescript()`,
    ///   `session.execute()`, `connection.execute()`, `exec_driver_sql()`;
    /// - SQLAlchemy `text()` / `sqlalchemy.text()` (the text is later executed as SQL);
    /// - Django `Model.objects.raw()`, `QuerySet.extra(where=..., select=..., tables=...)`
    ///   and `RawSQL()`;
    /// - pandas `read_sql()` / `read_sql_query()`;
    /// - psycopg's `sql.SQL()` (it marks its text as trusted SQL), and asyncpg / `databases`
    ///   `fetch()`, `fetchrow()`, `fetchval()`, `fetch_all()`, `fetch_one()` when the text
    ///   reads as SQL.
    ///
    /// SQL text built here (f-string, `%`, `+`, `.format()`) from a value whose origin cannot be
    /// followed (not a constant, configuration or a converted value), inside a request handler,
    /// is reported as a sink finding: low confidence, folded per file.
    ///
    /// The request data is followed through local assignments, f-strings, `%`, `.format()` and
    /// concatenation from Flask, Django, DRF and FastAPI/Starlette request objects and route
    /// parameters.
    ///
    /// ## Why it matters
    /// Whoever sends the request writes part of the SQL statement: they can read other users'
    /// rows, change or delete data, and sometimes run commands on the database server.
    ///
    /// ## Not reported
    /// Parameterized queries (`execute("... WHERE id = %s", (user_id,))`,
    /// `text("... WHERE id = :id").bindparams(id=user_id)`), ORM filters, SQL built only from
    /// constants, and values converted with `int()` first.
    ///
    /// ## Example
    /// ```python
    /// cursor.execute(f"SELECT * FROM users WHERE name = '{request.args['name']}'")  # reported
    /// cursor.execute("SELECT * FROM users WHERE name = %s", (request.args["name"],))  # fine
    /// ```
    pub struct SqlInjection {
        id: "py.sql-injection",
        title: "SQL statement built from request data",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [89],
        owasp: A03,
        effort: Minutes,
        impact: "A client can rewrite the SQL statement: read or change any row the database account can reach, bypass login checks, or drop tables.",
        recommendation: "Keep the SQL text constant and pass the values separately: `cursor.execute(\"SELECT * FROM users WHERE name = %s\", (name,))`, `session.execute(text(\"... WHERE id = :id\"), {\"id\": item_id})`, or use the ORM (`User.objects.filter(name=name)`). Table or column names chosen by the client must come from a fixed allow-list.",
        verification: "Send a value containing a quote (`' OR '1'='1`) and check that it is matched literally (no extra rows, no SQL error), and that the statement in the database log has a placeholder where the value was.",
    }
}

/// The `Sql` rows of the sink table. Numbers, quoting functions and SQLAlchemy's
/// `bindparam` make a value safe.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Sql,
    sanitizers: &[
        "escape_string",
        "quote_name",
        "literal",
        "bindparam",
        "Identifier",
    ],
    flow_message: Some(flow_message),
    decorated_routes_only: false,
    replaced: &[],
    trusted_receivers: &[],
    flow_confidence: Some(flow_confidence),
};

fn flow_message(flow: &Flow, sink: &str, _: &Sink) -> String {
    match flow.built_as {
        Some(_) => format!(
            "{}, so the SQL statement's text depends on the request; pass the value as a bound parameter instead.",
            flow.describe(sink)
        ),
        None => format!(
            "{} as the SQL text itself, so the client chooses the statement.",
            flow.describe(sink)
        ),
    }
}

/// A bare `.raw(text)` outside `objects.raw` may be another library's method.
fn flow_confidence<'f>(cx: &CheckContext<'f>, call: Node<'f>, flow: &Flow) -> Option<Confidence> {
    let src = cx.src();
    let path = callee_path(call, src).unwrap_or_default();
    (flow.built_as.is_none() && method_name(call, src) == Some("raw") && !path.contains("objects"))
        .then_some(Confidence::Medium)
}

impl CodeRule for SqlInjection {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        if method_name(call, src) == Some("extra") && receiver(call).is_some() {
            check_extra(cx, call);
            return;
        }
        check(cx, call, &SPEC);
    }
}

/// Django `QuerySet.extra(where=[…], select={…}, tables=[…], order_by=[…])`: each is raw SQL.
fn check_extra<'f>(cx: &mut CheckContext<'f>, call: Node<'f>) {
    let src = cx.src();
    for keyword in ["where", "select", "tables", "order_by"] {
        if let Some(value) = keyword_arg(call, src, keyword)
            && let Some(flow) = first_tainted(cx, value)
        {
            let message = format!(
                "{} and is inserted as raw SQL through `{keyword}=`.",
                flow.describe(&sink_name(call, src))
            );
            cx.report(call, message).flow(flow.raw.clone());
            return;
        }
    }
}

/// The first tainted element of an `extra()` list argument (or the argument itself).
fn first_tainted<'f>(cx: &CheckContext<'f>, value: Node<'f>) -> Option<Flow> {
    let value = cx.py_taint().resolve(value);
    if matches!(unwrap(value).kind(), "list" | "tuple" | "dictionary") {
        return named_children(unwrap(value)).into_iter().find_map(|item| {
            let item = match item.kind() {
                "pair" => item.field("value")?,
                _ => item,
            };
            tainted_flow(cx, item)
        });
    }
    tainted_flow(cx, value)
}
