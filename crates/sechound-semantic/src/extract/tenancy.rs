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
    let mut current = call;
    let mut is_query = false;
    let mut model: Option<String> = None;
    let mut keys: Vec<String> = Vec::new();
    let mut by_caller = false;
    for _ in 0..12 {
        let name = method_name(current, src)?;
        is_query |= JS_QUERY_METHODS.contains(&name);
        let args = arguments(current);
        if MODEL_ARG_METHODS.contains(&name)
            && let Some(m) = args.first().and_then(|a| model_arg(unwrap(*a), src))
        {
            model = Some(m);
        }
        for a in &args {
            js_keys(*a, src, &mut keys, 0);
            by_caller |= super::behaviour::js_reads_caller(*a, src);
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
    Some(Query {
        line: 0,
        model,
        code: code(call, src),
        tenant: keys.into_iter().find(|k| tenant_field(k)),
        by_caller,
    })
}

/// A Python query chain ending at `call`.
pub(super) fn py_query(call: Node<'_>, ancestors: &[Node<'_>], src: &str) -> Option<Query> {
    use sechound_syntax::python::{method_name, positional_args, unwrap};
    if inner_of_chain(call, ancestors, "attribute", "call") {
        return None;
    }
    let mut current = call;
    let mut is_query = false;
    let mut model: Option<String> = None;
    let mut keys: Vec<String> = Vec::new();
    let mut by_caller = false;
    for _ in 0..12 {
        let name = method_name(current, src)?;
        is_query |= PY_QUERY_METHODS.contains(&name);
        if MODEL_ARG_METHODS.contains(&name)
            && let Some(m) = positional_args(current)
                .first()
                .and_then(|a| model_arg(unwrap(*a), src))
        {
            model = Some(m);
        }
        if let Some(list) = current.field("arguments") {
            py_keys(list, src, &mut keys, 0);
            by_caller |= super::behaviour::py_reads_caller(list, src);
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
    Some(Query {
        line: 0,
        model,
        code: code(call, src),
        tenant: keys.into_iter().find(|k| tenant_field(k)),
        by_caller,
    })
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
