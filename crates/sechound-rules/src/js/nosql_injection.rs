use super::sinks::{Flow, sink_name, tainted_flow, unconverted_or_param_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{arguments, pair_key, receiver, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// MongoDB and Mongoose queries whose filter the client can turn into query operators:
    /// - the whole filter is request data: `User.find(req.query)`, `collection.deleteMany(req.body)`;
    /// - a filter field takes a request value unconverted: `User.findOne({ email: req.body.email })`,
    ///   `{ email, password }` destructured from `req.body`, `JSON.parse(req.query.filter)`.
    ///   A JSON body or a query string such as `?email[$ne]=x` makes that value an object, so
    ///   `{ "$ne": null }` matches every document;
    /// - a `$where` clause built from request data (server-side JavaScript).
    ///
    /// The filter may be built by a local function (`find(criteria())` with `const criteria =
    /// () => ({ $where: … })`: every object it returns is read), and the request value may come
    /// from another module (a route handler passing `req.query.x` to a data-access method).
    ///
    /// Methods: `find`, `findOne`, `findOneAnd{Update,Delete,Remove,Replace}`, `update{One,Many}`,
    /// `delete{One,Many}`, `replaceOne`, `countDocuments`, `count`, `exists`, `remove`, and the
    /// legacy two-argument `update(filter, update)`.
    /// NestJS `@Body()`/`@Query()` values are reported with medium confidence: a `ValidationPipe`
    /// with `@IsString()` rules may already reject objects.
    ///
    /// ## Why it matters
    /// Operator injection turns an equality test into "anything": a login matches the first user
    /// without the password, a delete removes every document, `$where` runs attacker JavaScript
    /// in the database.
    ///
    /// ## Not reported
    /// Values converted to strings or numbers first (`String(req.body.email)`, `` `${id}` ``,
    /// `Number(id)`), route parameters, headers and cookies (always strings), values under an
    /// explicit operator (`{ email: { $eq: email } }`), and ORM filters with a `where` key
    /// (Sequelize, TypeORM, Prisma); calls on the application's own services
    /// (`this.usersService.find(query)`), lodash and arrays.
    ///
    /// ## Example
    /// ```js
    /// app.post('/login', async (req, res) => {
    ///   const user = await User.findOne({ email: req.body.email });          // reported
    ///   const same = await User.findOne({ email: String(req.body.email) });  // fine
    /// });
    /// ```
    pub struct NosqlInjection {
        id: "js.nosql-injection",
        title: "MongoDB filter takes request data unconverted",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [943],
        owasp: A03,
        effort: Minutes,
        impact: "A client can send query operators instead of values: log in without a password, read or delete documents it does not own, or run JavaScript in the database through `$where`.",
        recommendation: "Convert each request value to the type the field holds before it reaches the filter (`String(req.body.email)`, `new ObjectId(id)`), validate the body with a schema (zod, joi, class-validator `@IsString()`), or compare with an explicit operator (`{ email: { $eq: email } }`). Enable `mongoose.set('sanitizeFilter', true)` or `express-mongo-sanitize` as a second line. Never build `$where` from input.",
        verification: "Send `{\"email\": {\"$ne\": null}}` (or `?email[$ne]=x`) and check that the request is rejected or matches nothing.",
    }
}

const FILTER_METHODS: &[&str] = &[
    "find",
    "findOne",
    "findOneAndUpdate",
    "findOneAndDelete",
    "findOneAndRemove",
    "findOneAndReplace",
    "updateOne",
    "updateMany",
    "deleteOne",
    "deleteMany",
    "replaceOne",
    "countDocuments",
    "count",
    "exists",
    "remove",
    "update",
];

/// Logical operators whose operands are filters themselves.
const LOGICAL_OPERATORS: &[&str] = &["$or", "$and", "$nor"];

impl CodeRule for NosqlInjection {
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
        let Some(method) = sechound_syntax::js::method_name(call, src) else {
            return;
        };
        if !FILTER_METHODS.contains(&method) {
            return;
        }
        // SQL ORMs (Bookshelf, Sequelize, Objection) share these method names and bind values
        // safely; when the package's manifest shows no MongoDB driver, there is no NoSQL store.
        if let Some(manifest) = cx.nearest_manifest("package.json")
            && ![
                "mongoose",
                "mongodb",
                "monk",
                "mongojs",
                "@nestjs/mongoose",
                "@typegoose",
                "mongoist",
            ]
            .iter()
            .any(|driver| manifest.contains(&format!("\"{driver}")))
        {
            return;
        }
        // lodash `_.find(collection, predicate)` and friends are no database calls.
        let Some(object) = receiver(call) else { return };
        let object_text = text(unwrap(object), src);
        if matches!(object_text, "_" | "lodash" | "R" | "Array") {
            return;
        }
        // `this.usersService.find(query)`: the application's own service, whose database call
        // (if any) lives elsewhere and is judged there.
        if object_text.to_ascii_lowercase().ends_with("service") {
            return;
        }
        let args = arguments(call);
        let Some(filter) = args.first().copied() else {
            return;
        };
        // Legacy `collection.update(filter, update)`; `record.update(values)` and Sequelize's
        // `Model.update(values, { where })` take values, not a filter.
        if method == "update"
            && (args.len() < 2
                || args.iter().any(|a| {
                    sechound_syntax::js::object_property(cx.js_taint().resolve(*a), src, "where")
                        .is_some()
                }))
        {
            return;
        }
        let sink = sink_name(call, src);
        let filters = filter_objects(cx, filter);
        if filters.is_empty() {
            if let Some(flow) = object_capable(cx, filter) {
                let message = format!(
                    "{} as the whole query filter, so the client chooses the fields and operators it matches on.",
                    flow.describe(&sink)
                );
                report(cx, call, &flow, message);
            }
            return;
        }
        let mut hits = Vec::new();
        for filter_node in filters {
            if sechound_syntax::js::object_property(filter_node, src, "where").is_none() {
                collect_injections(cx, filter_node, 0, &mut hits);
            }
        }
        if let Some(hit) = hits.into_iter().next() {
            let (flow, field, is_where) = hit;
            let message = if let Some(spread) = field.strip_prefix("...") {
                format!(
                    "{} spread into the query filter (`...{spread}`), so the client chooses the fields and operators it matches on.",
                    flow.describe(&sink)
                )
            } else if is_where {
                format!(
                    "{} inside a `$where` clause, so the client's text runs as JavaScript in the database.",
                    flow.describe(&sink)
                )
            } else {
                format!(
                    "{} as the value of `{field}` without conversion; an object such as `{{\"$ne\": null}}` turns the match into an operator.",
                    flow.describe(&sink)
                )
            };
            report_where(cx, call, &flow, message, is_where);
        }
    }
}

fn report<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, flow: &Flow, message: String) {
    report_where(cx, call, flow, message, false);
}

/// Operator injection needs the value to arrive as an object, which a validated body or a
/// parameter whose callers pass strings prevents: medium confidence there. Text in `$where`
/// is code whatever its type.
fn report_where<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    flow: &Flow,
    message: String,
    is_where: bool,
) {
    let from_nest = flow.trace.source.starts_with('@');
    let finding = cx.report(call, message);
    finding.flow(flow.raw.clone());
    if !is_where {
        finding.needs_object();
    }
    if !is_where && (from_nest || flow.is_pending()) {
        finding.confidence(Confidence::Medium);
    }
}

/// Request data that may be an object: unconverted, and not a route parameter, header or cookie
/// (those are always strings).
///
/// A parameter of the function waits for the whole program; whether its caller passes a
/// string-only value is not seen, so such flows are stated with medium confidence.
fn object_capable<'f>(cx: &CheckContext<'f>, value: Node<'f>) -> Option<Flow> {
    let flow = unconverted_or_param_flow(cx, value)?;
    (!crate::context::string_only_source(&flow.trace.source)).then_some(flow)
}

/// Filter fields (recursing into `$or`/`$and`/`$nor` and nested documents) whose value the
/// client can make an operator, and `$where` clauses with request text.
/// The object literals a filter argument is: the literal itself (through local names), or each
/// object a local function returns when the filter is built by calling one
/// (`find(criteria())` with `const criteria = () => ({ $where: … })`).
fn filter_objects<'f>(cx: &CheckContext<'f>, filter: Node<'f>) -> Vec<Node<'f>> {
    let taint = cx.js_taint();
    let node = taint.resolve(filter);
    if node.kind() == "object" {
        return vec![node];
    }
    if node.kind() != "call_expression" {
        return Vec::new();
    }
    let Some(function) = taint.local_function(node) else {
        return Vec::new();
    };
    sechound_syntax::js::returned_values(function)
        .into_iter()
        .map(|value| taint.resolve(value))
        .filter(|value| value.kind() == "object")
        .collect()
}

fn collect_injections<'f>(
    cx: &CheckContext<'f>,
    filter: Node<'f>,
    depth: u32,
    out: &mut Vec<(Flow, String, bool)>,
) {
    if depth > 4 {
        return;
    }
    let src = cx.src();
    for child in named_children(filter) {
        match child.kind() {
            "pair" => {
                let Some(key) = pair_key(child, src) else {
                    continue;
                };
                let Some(value) = child.field("value") else {
                    continue;
                };
                let value = unwrap(value);
                if key == "$where" {
                    if let Some(flow) = tainted_flow(cx, value) {
                        out.push((flow, key.to_string(), true));
                    }
                } else if LOGICAL_OPERATORS.contains(&key) {
                    if value.kind() == "array" {
                        for element in named_children(value) {
                            if unwrap(element).kind() == "object" {
                                collect_injections(cx, unwrap(element), depth + 1, out);
                            }
                        }
                    }
                } else if key.starts_with('$') {
                    // `{ $eq: value }`, `{ $in: [...] }`: the operator is fixed by the code.
                } else if value.kind() == "object" {
                    collect_injections(cx, value, depth + 1, out);
                } else if let Some(flow) = object_capable(cx, value) {
                    out.push((flow, key.to_string(), false));
                }
            }
            "spread_element" => {
                if let Some(inner) = child.named_child(0)
                    && let Some(flow) = object_capable(cx, inner)
                {
                    out.push((flow, format!("...{}", text(inner, src)), false));
                }
            }
            "shorthand_property_identifier" => {
                if let Some(flow) = object_capable(cx, child) {
                    out.push((flow, text(child, src).to_string(), false));
                }
            }
            _ => {}
        }
    }
}
