use super::sinks::{file_mentions, sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::named_children;
use sechound_syntax::python::{
    callee_path, keyword_arg, method_name, positional_args, receiver, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// SQL text that carries request data, passed to a function that runs it:
    /// - DB-API and SQLAlchemy `cursor.execute()`, `executemany()`, `executescript()`,
    ///   `session.execute()`, `connection.execute()`, `exec_driver_sql()`;
    /// - SQLAlchemy `text()` / `sqlalchemy.text()` (the text is later executed as SQL);
    /// - Django `Model.objects.raw()`, `QuerySet.extra(where=..., select=..., tables=...)`
    ///   and `RawSQL()`;
    /// - pandas `read_sql()` / `read_sql_query()`.
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

/// Method names that run their first argument as SQL.
const EXECUTE_METHODS: &[&str] = &[
    "execute",
    "executemany",
    "executescript",
    "exec_driver_sql",
    "raw",
    "read_sql",
    "read_sql_query",
];

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
        let Some(name) = method_name(call, src) else {
            return;
        };
        let path = callee_path(call, src).unwrap_or_default();
        let object = receiver(call).map(|r| cx.text(r).to_ascii_lowercase());
        let is_method = object.is_some();
        // GraphQL's `schema.execute(query)` runs a GraphQL document, not SQL.
        if object.is_some_and(|o| ["schema", "graphql", "gql"].iter().any(|g| o.contains(g))) {
            return;
        }
        let query = match name {
            _ if is_method && EXECUTE_METHODS.contains(&name) => {
                positional_args(call).first().copied().or_else(|| {
                    keyword_arg(call, src, "sql").or_else(|| keyword_arg(call, src, "raw_query"))
                })
            }
            "text"
                if path == "text"
                    || path.ends_with("sqlalchemy.text")
                    || path.ends_with("sa.text")
                    || path.ends_with("sql.text") =>
            {
                if path == "text" && !file_mentions(cx, "sqlalchemy") {
                    return;
                }
                positional_args(call).first().copied()
            }
            "RawSQL" => positional_args(call).first().copied(),
            "extra" if is_method => {
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
                None
            }
            _ => None,
        };
        let Some(query) = query else { return };
        let Some(flow) = tainted_flow(cx, query) else {
            return;
        };
        let sink = sink_name(call, src);
        let message = match flow.built_as {
            Some(_) => format!(
                "{}, so the SQL statement's text depends on the request; pass the value as a bound parameter instead.",
                flow.describe(&sink)
            ),
            None => format!(
                "{} as the SQL text itself, so the client chooses the statement.",
                flow.describe(&sink)
            ),
        };
        let finding = cx.report(call, message);
        finding.flow(flow.raw.clone());
        if flow.built_as.is_none() && name == "raw" && !path.contains("objects") {
            finding.confidence(Confidence::Medium);
        }
    }
}

/// The first tainted element of an `extra()` list argument (or the argument itself).
fn first_tainted<'f>(cx: &CheckContext<'f>, value: Node<'f>) -> Option<super::sinks::Flow> {
    let value = cx.py_taint().resolve(value);
    if matches!(unwrap(value).kind(), "list" | "tuple") {
        return named_children(unwrap(value))
            .into_iter()
            .find_map(|item| tainted_flow(cx, item));
    }
    tainted_flow(cx, value)
}
