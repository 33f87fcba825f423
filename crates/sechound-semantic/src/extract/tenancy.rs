//! Reading what the tenant rules weigh from a call: the database queries a function makes (the
//! model of each call chain, and whether it filters on a tenant field) and the values it writes
//! to a cache (whether the key reads the caller or a tenant).

use super::code;
use crate::behaviour::{CacheWrite, Query};
use sechound_syntax::Node;
use sechound_syntax::node::{NodeExt, named_children, text};

/// Fields that hold the tenant a record belongs to, lower case without `_`/`-`.
const TENANT_FIELDS: &[&str] = &[
    "tenant",
    "tenantid",
    "tenantslug",
    "organization",
    "organizationid",
    "organizationslug",
    "organisation",
    "organisationid",
    "org",
    "orgid",
    "orgslug",
    "workspace",
    "workspaceid",
    "workspaceslug",
    "team",
    "teamid",
    "teamslug",
    "accountid",
    "companyid",
];

/// Names that read the caller, lower case without `_`: a cache key holding one is per caller.
const CALLER_PARTS: &[&str] = &[
    "user",
    "userid",
    "uid",
    "currentuser",
    "owner",
    "ownerid",
    "account",
    "member",
    "memberid",
    "session",
    "sessionid",
    "me",
    "principal",
    "sub",
    "username",
    "email",
];

fn normal(part: &str) -> String {
    part.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The tenant field a name is, when it is one: `orgId`, `organization_id`,
/// `project__organization` (a Django lookup through a relation), `Item.tenant_id`.
pub(super) fn tenant_field(name: &str) -> bool {
    name.split(['.', '"', '\''])
        .flat_map(|s| s.split("__"))
        .any(|part| TENANT_FIELDS.contains(&normal(part).as_str()))
}

/// True when a name (or one of its dotted parts) reads the caller or a tenant.
fn caller_or_tenant(name: &str) -> bool {
    tenant_field(name)
        || name
            .split(['.', ':', '/', '-', '_'])
            .filter(|s| !s.is_empty())
            .any(|part| CALLER_PARTS.contains(&normal(part).as_str()))
        || name.split('.').any(|part| {
            // `userId`, `currentUser`: camelCase parts.
            let n = normal(part);
            n.starts_with("user") || n.ends_with("userid") || n.starts_with("currentuser")
        })
}

/// Query methods of JavaScript ORMs (Mongoose, Sequelize, TypeORM, Prisma, Knex).
const JS_QUERY_METHODS: &[&str] = &[
    "find",
    "findOne",
    "findById",
    "findByPk",
    "findAll",
    "findMany",
    "findFirst",
    "findFirstOrThrow",
    "findUnique",
    "findUniqueOrThrow",
    "findOneBy",
    "findOneOrFail",
    "findBy",
    "findAndCount",
    "findAndCountAll",
    "count",
    "countDocuments",
    "aggregate",
    "update",
    "updateOne",
    "updateMany",
    "delete",
    "deleteOne",
    "deleteMany",
    "destroy",
    "findByIdAndUpdate",
    "findByIdAndDelete",
    "findByIdAndRemove",
    "findOneAndUpdate",
    "findOneAndDelete",
    "where",
    "exists",
    "distinct",
];

/// Query methods of Python ORMs (Django, SQLAlchemy, SQLModel, Flask-SQLAlchemy, Tortoise).
const PY_QUERY_METHODS: &[&str] = &[
    "filter",
    "filter_by",
    "get",
    "all",
    "exclude",
    "where",
    "first",
    "one",
    "one_or_none",
    "count",
    "update",
    "delete",
    "values",
    "values_list",
    "aggregate",
    "annotate",
    "get_or_404",
    "first_or_404",
    "select",
    "get_object_or_404",
    "get_list_or_404",
    "exists",
];

/// Calls whose first argument names the model queried: `db.query(Order)`, `select(Item)`,
/// `session.get(Item, id)`, `getRepository(Order)`, `get_object_or_404(Project, pk=pk)`.
const MODEL_ARG_METHODS: &[&str] = &[
    "query",
    "select",
    "get",
    "getRepository",
    "get_object_or_404",
    "get_list_or_404",
    "delete",
];

/// A model name from the last segment of what a query is called on: `Order`, `orderRepository`,
/// `orderModel`, and the `x` of `prisma.x`.
fn model_of(base: &str) -> Option<String> {
    let segments: Vec<&str> = base.split('.').collect();
    let last = *segments.last()?;
    // Django `Project.objects`, Flask-SQLAlchemy `Item.query`.
    if matches!(last, "objects" | "query") && segments.len() >= 2 {
        let model = segments[segments.len() - 2];
        return model
            .starts_with(|c: char| c.is_ascii_uppercase())
            .then(|| model.to_ascii_lowercase());
    }
    for suffix in ["Repository", "Repo", "Model"] {
        if let Some(stem) = last.strip_suffix(suffix)
            && !stem.is_empty()
            && !stem.ends_with('_')
        {
            return Some(stem.to_ascii_lowercase());
        }
    }
    if segments.len() >= 2 && matches!(segments[segments.len() - 2], "prisma" | "db" | "models") {
        return Some(last.to_ascii_lowercase());
    }
    let upper = last.starts_with(|c: char| c.is_ascii_uppercase())
        && last.chars().any(|c| c.is_ascii_lowercase())
        && ![
            "Service",
            "Controller",
            "Object",
            "Array",
            "Promise",
            "JSON",
            "Math",
            "Reflect",
        ]
        .iter()
        .any(|s| last.ends_with(s));
    upper.then(|| last.to_ascii_lowercase())
}

/// A capitalised identifier naming a model (`Order`), as a model name.
fn model_arg(node: Node<'_>, src: &str) -> Option<String> {
    let t = text(node, src);
    (node.kind() == "identifier"
        && t.starts_with(|c: char| c.is_ascii_uppercase())
        && t.chars().any(|c| c.is_ascii_lowercase()))
    .then(|| t.to_ascii_lowercase())
}

/// The keys and names a query's arguments read, for the tenant field: object keys and the names
/// of values in JavaScript.
fn js_keys(node: Node<'_>, src: &str, out: &mut Vec<String>, depth: usize) {
    if depth > 8 || out.len() > 40 {
        return;
    }
    let node = sechound_syntax::js::unwrap(node);
    match node.kind() {
        "identifier" | "property_identifier" | "shorthand_property_identifier" => {
            out.push(text(node, src).to_string())
        }
        "string" => {
            if let Some(s) = sechound_syntax::js::string_value(node, src) {
                out.push(s);
            }
        }
        "member_expression" => {
            if let Some(path) = sechound_syntax::js::dotted_path(node, src) {
                out.push(path);
            }
        }
        "arrow_function" | "function_expression" | "function" => {}
        _ => {
            for child in named_children(node) {
                js_keys(child, src, out, depth + 1);
            }
        }
    }
}

/// [`js_keys`] for Python: keyword names, dictionary keys and the names of values.
fn py_keys(node: Node<'_>, src: &str, out: &mut Vec<String>, depth: usize) {
    if depth > 8 || out.len() > 40 {
        return;
    }
    match node.kind() {
        "identifier" => out.push(text(node, src).to_string()),
        "string" => {
            if let Some(s) = sechound_syntax::python::string_value(node, src) {
                out.push(s);
            }
        }
        "attribute" => {
            if let Some(path) = sechound_syntax::python::dotted_path(node, src) {
                out.push(path);
            } else {
                for child in named_children(node) {
                    py_keys(child, src, out, depth + 1);
                }
            }
        }
        "lambda" => {}
        _ => {
            for child in named_children(node) {
                py_keys(child, src, out, depth + 1);
            }
        }
    }
}

/// True when `call` is the receiver of a further call (`X.find()` in `X.find().sort()`): the
/// chain is read once, from its outermost call.
fn inner_of_chain(call: Node<'_>, ancestors: &[Node<'_>], member: &str, call_kind: &str) -> bool {
    let mut child = call;
    for a in ancestors.iter().rev() {
        match a.kind() {
            "await_expression" | "parenthesized_expression" | "non_null_expression" | "await" => {
                child = *a;
                continue;
            }
            k if k == member => {
                return a.field("object") == Some(child);
            }
            k if k == call_kind => return false,
            _ => return false,
        }
    }
    false
}

/// A JavaScript query chain ending at `call`.
pub(super) fn js_query(call: Node<'_>, ancestors: &[Node<'_>], src: &str) -> Option<Query> {
    use sechound_syntax::js::{arguments, callee, method_name, unwrap};
    if inner_of_chain(call, ancestors, "member_expression", "call_expression") {
        return None;
    }
    // The chain's calls and whether it queries a model, by names only: most calls of a file
    // are no query, and their arguments are not read.
    let mut chain: Vec<Node<'_>> = Vec::new();
    let mut current = call;
    let mut is_query = false;
    let mut model: Option<String> = None;
    for _ in 0..12 {
        let name = method_name(current, src)?;
        chain.push(current);
        is_query |= JS_QUERY_METHODS.contains(&name);
        if MODEL_ARG_METHODS.contains(&name)
            && let Some(m) = arguments(current)
                .first()
                .and_then(|a| model_arg(unwrap(*a), src))
        {
            model = Some(m);
        }
        let function = unwrap(callee(current)?);
        if function.kind() != "member_expression" {
            break;
        }
        let object = unwrap(function.field("object")?);
        if object.kind() == "call_expression" {
            current = object;
            continue;
        }
        if model.is_none() {
            model = sechound_syntax::js::dotted_path(object, src).and_then(|b| model_of(&b));
        }
        break;
    }
    if !is_query {
        return None;
    }
    let model = model?;
    let mut keys: Vec<String> = Vec::new();
    let mut by_caller = false;
    let mut narrowed: Option<String> = None;
    for current in chain {
        let mut here = Vec::new();
        for a in &arguments(current) {
            js_keys(*a, src, &mut here, 0);
            by_caller |= super::behaviour::js_reads_caller(*a, src);
            narrowed = narrowed.or_else(|| js_narrowing(*a, src, 0));
        }
        keys.extend(
            here.into_iter()
                .filter(|k| tenant_field(k) || caller_path(k)),
        );
    }
    Some(Query {
        line: 0,
        model,
        code: code(call, src),
        by_caller: by_caller || keys.iter().any(|k| caller_path(k)),
        tenant: keys.into_iter().find(|k| tenant_field(k)),
        narrowed_by: narrowed,
    })
}

/// A Python query chain ending at `call`.
pub(super) fn py_query(call: Node<'_>, ancestors: &[Node<'_>], src: &str) -> Option<Query> {
    use sechound_syntax::python::{method_name, positional_args, unwrap};
    if inner_of_chain(call, ancestors, "attribute", "call") {
        return None;
    }
    // The chain's calls and whether it queries a model, by names only (as for JavaScript).
    let mut chain: Vec<Node<'_>> = Vec::new();
    let mut current = call;
    let mut is_query = false;
    let mut model: Option<String> = None;
    for _ in 0..12 {
        let name = method_name(current, src)?;
        chain.push(current);
        is_query |= PY_QUERY_METHODS.contains(&name);
        if MODEL_ARG_METHODS.contains(&name)
            && let Some(m) = positional_args(current)
                .first()
                .and_then(|a| model_arg(unwrap(*a), src))
        {
            model = Some(m);
        }
        let function = unwrap(current.field("function")?);
        if function.kind() != "attribute" {
            break;
        }
        let object = unwrap(function.field("object")?);
        if object.kind() == "call" {
            current = object;
            continue;
        }
        if model.is_none() {
            model = sechound_syntax::python::dotted_path(object, src)
                .filter(|b| {
                    // A bare capitalised name is a model only for ORMs queried on the class
                    // (Tortoise, Peewee: `Item.filter(…)`); `X.objects`, `X.query` always.
                    b.contains('.')
                        || matches!(name, "filter" | "get" | "all" | "exclude" | "filter_by")
                })
                .and_then(|b| model_of(&b));
        }
        break;
    }
    if !is_query {
        return None;
    }
    let model = model?;
    let mut keys: Vec<String> = Vec::new();
    let mut by_caller = false;
    let mut narrowed: Option<String> = None;
    for current in chain {
        if let Some(list) = current.field("arguments") {
            let mut here = Vec::new();
            py_keys(list, src, &mut here, 0);
            keys.extend(
                here.into_iter()
                    .filter(|k| tenant_field(k) || caller_path(k)),
            );
            by_caller |= super::behaviour::py_reads_caller(list, src);
            narrowed = narrowed.or_else(|| py_narrowing(list, src, 0));
        }
    }
    Some(Query {
        line: 0,
        model,
        code: code(call, src),
        by_caller: by_caller || keys.iter().any(|k| caller_path(k)),
        tenant: keys.into_iter().find(|k| tenant_field(k)),
        narrowed_by: narrowed,
    })
}

/// True for a name that reads the signed-in user: `request.user`, `req.user`,
/// `self.request.user`, `current_user`, `currentUser` (with or without a field after them).
fn caller_path(path: &str) -> bool {
    let segments: Vec<&str> = path.split('.').collect();
    matches!(segments.first(), Some(&("current_user" | "currentUser")))
        || segments
            .windows(2)
            .any(|w| matches!(w[0], "request" | "req") && w[1] == "user")
}

/// True for a key that names a record or a parent record: `pk`, `id`, `_id`, `project_id`,
/// `projectId`, `project__id`, `id__in`.
fn narrowing_key(key: &str) -> bool {
    let key = key.trim_matches(['"', '\'']);
    let base = key.split("__").next().unwrap_or(key);
    // A unique handle (a share link's anchor or token, a slug) names one record too.
    matches!(
        base,
        "pk" | "id" | "_id" | "uuid" | "slug" | "code" | "token" | "anchor" | "key" | "hash"
    ) || base.ends_with("_slug")
        || base.ends_with("_token")
        || base.ends_with("_code")
        || base.ends_with("_id")
        || base.ends_with("Id")
        || base.ends_with("_pk")
        || base.ends_with("_uuid")
        || key.ends_with("__id")
        || key.ends_with("__pk")
}

/// A value that holds a record or its id rather than a literal: `project`, `obj.id`, `pk`.
fn record_value(key: &str, value: &str) -> bool {
    let last = value.rsplit('.').next().unwrap_or(value);
    value == key
        || matches!(last, "id" | "pk" | "_id")
        || last.ends_with("_id")
        || last.ends_with("Id")
}

/// The first key of a JavaScript query object that narrows it to one record or a parent.
fn js_narrowing(node: Node<'_>, src: &str, depth: usize) -> Option<String> {
    if depth > 6 {
        return None;
    }
    let node = sechound_syntax::js::unwrap(node);
    match node.kind() {
        "shorthand_property_identifier" => {
            let key = text(node, src);
            narrowing_key(key).then(|| key.to_string())
        }
        "pair" => {
            let key = text(node.field("key")?, src).trim_matches(['"', '\'', '`']);
            let value = node.field("value")?;
            if narrowing_key(key) && !sechound_syntax::js::is_literal(value, src) {
                return Some(key.to_string());
            }
            js_narrowing(value, src, depth + 1)
        }
        "object" | "array" => named_children(node)
            .into_iter()
            .find_map(|c| js_narrowing(c, src, depth + 1)),
        "identifier" if depth == 0 => {
            // `Order.findById(id)`: the id itself.
            let t = text(node, src);
            narrowing_key(t).then(|| t.to_string())
        }
        "member_expression" if depth == 0 => {
            let path = sechound_syntax::js::dotted_path(node, src)?;
            let last = path.rsplit('.').next()?;
            narrowing_key(last).then(|| last.to_string())
        }
        _ => None,
    }
}

/// The first keyword (or dictionary key) of a Python query that narrows it to one record or a
/// parent: `pk=pk`, `project_id=project_id`, `project=project`, `owner=check`.
fn py_narrowing(node: Node<'_>, src: &str, depth: usize) -> Option<String> {
    if depth > 4 {
        return None;
    }
    match node.kind() {
        "keyword_argument" => {
            let key = text(node.field("name")?, src);
            let value = node.field("value")?;
            let written = text(value, src);
            let literal = sechound_syntax::python::is_literal(value, src);
            (!literal && (narrowing_key(key) || record_value(key, written)))
                .then(|| key.to_string())
        }
        "comparison_operator" => {
            // `Item.id == item_id`, `Item.project_id == project.id`.
            let left = node.named_child(0)?;
            let path = sechound_syntax::python::dotted_path(left, src)?;
            let last = path.rsplit('.').next()?;
            narrowing_key(last).then(|| last.to_string())
        }
        "argument_list" | "boolean_operator" | "call" => named_children(node)
            .into_iter()
            .find_map(|c| py_narrowing(c, src, depth + 1)),
        _ => None,
    }
}

/// Methods that write a value under a key.
const CACHE_SET: &[&str] = &[
    "set", "setex", "setEx", "psetex", "hset", "hSet", "put", "add",
];

/// True when what a method is called on is a cache or a Redis client.
fn cache_receiver(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let last = lower.rsplit('.').next().unwrap_or(&lower);
    last.contains("cache") || last.contains("redis") || last == "kv"
}

/// A key built in place: a string, a template or f-string, a concatenation or a `format`.
fn built_key(node: Node<'_>) -> bool {
    matches!(
        node.kind(),
        "string"
            | "template_string"
            | "binary_expression"
            | "binary_operator"
            | "concatenated_string"
    ) || (node.kind() == "call"
        && node
            .field("function")
            .is_some_and(|f| f.kind() == "attribute"))
}

/// `redis.set(`stats:${id}`, value)` in JavaScript.
pub(super) fn js_cache_write(call: Node<'_>, src: &str) -> Option<CacheWrite> {
    use sechound_syntax::js::{arguments, method_name, receiver, unwrap};
    let name = method_name(call, src)?;
    if !CACHE_SET.contains(&name) {
        return None;
    }
    let on = sechound_syntax::js::dotted_path(receiver(call)?, src)?;
    if !cache_receiver(&on) {
        return None;
    }
    let args = arguments(call);
    if args.len() < 2 {
        return None;
    }
    let key = unwrap(args[0]);
    if !built_key(key) {
        return None;
    }
    let mut names = Vec::new();
    js_keys(key, src, &mut names, 0);
    let written = text(key, src);
    Some(CacheWrite {
        line: 0,
        code: code(call, src),
        key: written.to_string(),
        keyed_by_caller: names.iter().any(|n| caller_or_tenant(n))
            || caller_or_tenant(&literal_words(written)),
    })
}

/// `cache.set(f"dashboard:{pk}", value)` in Python.
pub(super) fn py_cache_write(call: Node<'_>, src: &str) -> Option<CacheWrite> {
    use sechound_syntax::python::{keyword_arg, method_name, positional_args, receiver, unwrap};
    let name = method_name(call, src)?;
    if !CACHE_SET.contains(&name) {
        return None;
    }
    let on = sechound_syntax::python::dotted_path(receiver(call)?, src)?;
    if !cache_receiver(&on) {
        return None;
    }
    let args = positional_args(call);
    let key = args
        .first()
        .copied()
        .or_else(|| keyword_arg(call, src, "key"))?;
    if args.len() + usize::from(keyword_arg(call, src, "value").is_some()) < 2 {
        return None;
    }
    let key = unwrap(key);
    if !built_key(key) {
        return None;
    }
    let mut names = Vec::new();
    py_keys(key, src, &mut names, 0);
    let written = text(key, src);
    Some(CacheWrite {
        line: 0,
        code: code(call, src),
        key: written.to_string(),
        keyed_by_caller: names.iter().any(|n| caller_or_tenant(n))
            || caller_or_tenant(&literal_words(written)),
    })
}

/// The words of a key's literal text, joined by `.`: `"dash:user:"` → `dash.user`.
fn literal_words(key: &str) -> String {
    key.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tenant_fields_and_models() {
        assert!(tenant_field("orgId"));
        assert!(tenant_field("organization_id"));
        assert!(tenant_field("project__organization"));
        assert!(tenant_field("Item.tenant_id"));
        assert!(!tenant_field("ownerId"));
        assert!(!tenant_field("organizer"));
        assert_eq!(model_of("Order").as_deref(), Some("order"));
        assert_eq!(model_of("prisma.order").as_deref(), Some("order"));
        assert_eq!(model_of("this.orderRepository").as_deref(), Some("order"));
        assert_eq!(model_of("Project.objects").as_deref(), Some("project"));
        assert_eq!(model_of("users"), None);
        assert_eq!(model_of("UsersService"), None);
        assert!(caller_or_tenant("req.user.orgId"));
        assert!(caller_or_tenant("userId"));
        assert!(!caller_or_tenant("projectId"));
        assert!(!caller_or_tenant(&literal_words("`stats:${projectId}`")));
    }
}
