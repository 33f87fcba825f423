use super::sinks::{
    fixed_text, guarded_by_check, identifiers_in, is_string_construction, sink_name, string_pieces,
    tainted_flow,
};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{arguments, object_property, receiver, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::text;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// SQL text assembled from request data and handed to a driver or ORM that runs it as
    /// written:
    /// - `pool.query`, `connection.execute`, `sequelize.query`, TypeORM `dataSource.query` /
    ///   `manager.query` / `queryRunner.query` with a string built by `+`, a template literal or
    ///   `.concat` that includes a request value;
    /// - raw-SQL escape hatches with request data: `knex.raw`, `whereRaw` / `orWhereRaw` /
    ///   `havingRaw` / `orderByRaw` / `joinRaw`, Prisma `$queryRawUnsafe` / `$executeRawUnsafe`,
    ///   postgres.js `sql.unsafe`, `Sequelize.literal`;
    /// - TypeORM query-builder conditions written as text (`.where("u.name = '" + name + "'")`);
    /// - the `{ text }` / `{ sql }` option objects of pg and mysql2 built the same way.
    ///
    /// Request data is `req.query`, `req.params`, `req.body`, headers and cookies of Express and
    /// Fastify, NestJS `@Query`/`@Param`/`@Body`/`@Headers` parameters, the Koa context and
    /// socket message payloads, followed through local variables of the handler.
    ///
    /// ## Why it matters
    /// A quote in the value ends the literal and the rest is executed as SQL: reading other
    /// tables, bypassing a login, changing or deleting data.
    ///
    /// ## Not reported
    /// Placeholders with a separate values array (`query('… WHERE id = $1', [id])`,
    /// `knex.raw('… = ?', [id])`, `replacements`), Prisma's tagged `` $queryRaw`…${id}` ``
    /// (it binds the values), knex and TypeORM builder methods given values rather than SQL text,
    /// values converted first (`Number(id)`, `parseInt`, `mysql.escape(id)`), and values the
    /// function checks first in a condition (`if (!SORTABLE.includes(sort))`, a regular-expression
    /// `test`, `isUUID`): the check is assumed to be right.
    ///
    /// ## Example
    /// ```js
    /// app.get('/users', (req, res) => {
    ///   db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);          // reported
    ///   db.query('SELECT * FROM users WHERE name = $1', [req.query.name]);        // fine
    /// });
    /// ```
    pub struct SqlInjection {
        id: "js.sql-injection",
        title: "SQL built from request data",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [89],
        owasp: A03,
        effort: Minutes,
        impact: "Whoever sends the request can change the SQL statement: read any table, bypass checks in the WHERE clause, or modify and delete data.",
        recommendation: "Pass request values as bound parameters instead of text: `db.query('SELECT * FROM users WHERE id = $1', [id])` (pg), `?` with a values array (mysql2, knex.raw), `replacements`/`bind` (Sequelize), `.where('u.id = :id', { id })` (TypeORM), or Prisma's tagged `$queryRaw`. Identifiers such as a sort column must come from a fixed allow-list.",
        verification: "Send a value containing a single quote (`' OR '1'='1`) and check that it is treated as data: the query returns no extra rows and the database log shows a parameterised statement.",
    }
}

/// Methods that run their argument as SQL without any binding.
const RAW_SQL_METHODS: &[&str] = &[
    "raw",
    "whereRaw",
    "orWhereRaw",
    "andWhereRaw",
    "havingRaw",
    "orHavingRaw",
    "orderByRaw",
    "groupByRaw",
    "joinRaw",
    "$queryRawUnsafe",
    "$executeRawUnsafe",
    "unsafe",
    "literal",
];

/// Methods that run SQL text but also exist outside databases, so the text must look like SQL.
const QUERY_METHODS: &[&str] = &["query", "execute"];

/// Condition text that marks an allow-list or format check on the value before the query.
const VALUE_CHECKS: &[&str] = &[
    "includes(",
    ".has(",
    ".test(",
    "isInteger(",
    "isInt(",
    "isNumeric(",
    "isUUID(",
    "isMongoId(",
];

/// TypeORM query-builder conditions that accept SQL text.
const CONDITION_METHODS: &[&str] = &[
    "where",
    "andWhere",
    "orWhere",
    "having",
    "andHaving",
    "orHaving",
    "orderBy",
];

const SQL_WORDS: &[&str] = &[
    "select",
    "insert",
    "update",
    "delete",
    "from",
    "where",
    "values",
    "order",
    "group",
    "limit",
    "join",
    "set",
    "into",
    "call",
    "exec",
    "and",
    "or",
    "like",
    "union",
    "offset",
    "returning",
    "table",
];

impl CodeRule for SqlInjection {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        // Tagged templates (`` prisma.$queryRaw`…` ``, `` sql`…` ``) bind their values.
        if call
            .field("arguments")
            .is_none_or(|a| a.kind() != "arguments")
        {
            return;
        }
        let Some(method) = sechound_syntax::js::method_name(call, src) else {
            return;
        };
        let kind = if RAW_SQL_METHODS.contains(&method) {
            Kind::Raw
        } else if QUERY_METHODS.contains(&method) {
            Kind::Query
        } else if CONDITION_METHODS.contains(&method) && receiver(call).is_some() {
            Kind::Condition
        } else {
            return;
        };
        if method == "literal" && !sink_name(call, src).contains("equelize") {
            return;
        }
        if method == "raw" && sink_name(call, src) == "String.raw" {
            return;
        }
        let Some(first) = arguments(call).first().copied() else {
            return;
        };
        let sql = sql_argument(cx, first);
        let Some(flow) = tainted_flow(cx, sql) else {
            return;
        };
        if guarded_by_check(cx, call, &identifiers_in(cx, sql), VALUE_CHECKS) {
            return;
        }
        let pieces = string_pieces(cx, sql);
        let built = is_string_construction(&pieces);
        let fixed = fixed_text(cx, &pieces);
        let looks_like_sql = has_sql_words(&fixed);
        let confidence = match kind {
            Kind::Raw => Confidence::High,
            Kind::Query if built && looks_like_sql => Confidence::High,
            Kind::Query if built && database_receiver(call, src) => Confidence::Medium,
            Kind::Condition if built && looks_like_condition(&fixed) => Confidence::High,
            _ => return,
        };
        let sink = sink_name(call, src);
        let how = if built {
            "is concatenated into the SQL text"
        } else {
            "is used as the SQL text"
        };
        let message = format!(
            "{} and {how}, so the request can rewrite the statement.",
            flow.describe(&sink)
        );
        let finding = cx.report(call, message);
        finding.confidence(confidence).flow(flow.raw.clone());
        if confidence != Confidence::High {
            finding.severity(Severity::High);
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Raw,
    Query,
    Condition,
}

/// The SQL text of a call's first argument: the argument itself or the `text` / `sql` of a
/// pg / mysql2 query object.
fn sql_argument<'f>(cx: &CheckContext<'f>, first: Node<'f>) -> Node<'f> {
    let resolved = cx.js_taint().resolve(first);
    if resolved.kind() == "object" {
        for key in ["text", "sql", "query"] {
            if let Some(value) = object_property(resolved, cx.src(), key) {
                return value;
            }
        }
        // An options object without SQL text (a GraphQL client, a search DSL) is no SQL sink.
        return resolved;
    }
    first
}

fn has_sql_words(fixed: &str) -> bool {
    let words: Vec<String> = fixed
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let hits = words
        .iter()
        .filter(|w| SQL_WORDS.contains(&w.as_str()))
        .count();
    // One verb or clause plus anything else SQL-like: `SELECT … FROM`, `DELETE FROM`, `… WHERE`.
    let lower = fixed.to_ascii_lowercase();
    hits >= 2
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "select" | "insert" | "where"))
        || ["order by", "group by", "delete from", "insert into"]
            .iter()
            .any(|p| lower.contains(p))
}

/// `u.name = '`, `name LIKE '%`, `id IN (`: text of a SQL condition.
fn looks_like_condition(fixed: &str) -> bool {
    let lower = fixed.to_ascii_lowercase();
    lower.contains('=')
        || lower.contains(" like ")
        || lower.contains(" in (")
        || lower.contains(" in(")
        || lower.contains('<')
        || lower.contains('>')
}

fn database_receiver(call: Node<'_>, src: &str) -> bool {
    let Some(object) = receiver(call) else {
        return false;
    };
    let name = text(unwrap(object), src).to_ascii_lowercase();
    [
        "db",
        "pool",
        "client",
        "conn",
        "connection",
        "sequelize",
        "knex",
        "datasource",
        "manager",
        "queryrunner",
        "prisma",
        "sql",
        "mysql",
        "pg",
        "repository",
        "repo",
    ]
    .iter()
    .any(|hint| name.contains(hint))
}
