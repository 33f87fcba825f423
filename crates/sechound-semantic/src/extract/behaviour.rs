//! Reading what functions do to a request ([`Behaviour`]) during the summary's walk: nodes of
//! interest are kept as the walk meets them (with what their ancestors say about the conditions
//! around them), and grouped by function when the summary is finished.

use super::{code, line};
use crate::behaviour::{
    Behaviour, CacheWrite, Lifecycle, Load, Pass, Query, Reject, RejectKind, TokenCheck,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::value::Value;
use sechound_syntax::{BoundValue, Node};
use std::collections::BTreeMap;

/// A role a condition requires: an expression whose value names it, or a flag's name.
#[derive(Clone, Copy)]
enum RoleRef<'f> {
    Expr(Node<'f>),
    Flag(&'static str),
}

/// Nodes of interest met by the walk, per language.
pub(super) struct Watcher<'f> {
    src: &'f str,
    rejects: Vec<(Node<'f>, RejectKind, Vec<RoleRef<'f>>)>,
    /// `raise name` (Python): what `name` holds is read when the summary is finished.
    raised: Vec<(Node<'f>, Node<'f>, Vec<RoleRef<'f>>)>,
    passes: Vec<(Node<'f>, bool, bool)>,
    identity: Vec<Node<'f>>,
    owner: Vec<Node<'f>>,
    loads: Vec<(Node<'f>, Load)>,
    /// Calls whose name says a privileged action (`impersonate`, `purgeQueue`, `set_role`).
    actions: Vec<(Node<'f>, String)>,
    checks: Vec<(Node<'f>, TokenCheck)>,
    /// Database queries and cache writes (see `tenancy.rs`).
    queries: Vec<(Node<'f>, Query)>,
    cache_writes: Vec<(Node<'f>, CacheWrite)>,
    lifecycle: Vec<(Node<'f>, Lifecycle)>,
    /// Start of the innermost function of the last identity read kept (one per function).
    last_identity: Option<usize>,
}

/// Status codes that refuse a caller.
const REFUSED: [u16; 2] = [401, 403];

/// Members and names that hold the caller's identity.
const IDENTITY_WORDS: &[&str] = &[
    "session",
    "user",
    "currentUser",
    "current_user",
    "authorization",
    "Authorization",
    "isAuthenticated",
    "is_authenticated",
    "userId",
    "user_id",
    "token",
    "accessToken",
    "access_token",
    "jwt",
    "auth",
    "authHeader",
    "auth_header",
    "header",
    "cookie",
    "bearer",
    "apiKey",
    "api_key",
    "credentials",
    "identity",
    "principal",
    "claims",
    "sessionId",
    "session_id",
];

/// Calls that read or check the caller's identity.
const IDENTITY_CALLS: &[&str] = &[
    "verify",
    "jwtVerify",
    "verifyAsync",
    "verifyToken",
    "verifyAccessToken",
    "verifyIdToken",
    "decode",
    "jwtFrom",
    "getSession",
    "getServerSession",
    "getToken",
    "isAuthenticated",
    "authenticate",
    "getCurrentUser",
    "getUser",
    "validateToken",
    "decode_token",
    "decode_access_token",
    "verify_token",
    "verify_jwt",
    "verify_jwt_in_request",
    "get_jwt_identity",
    "get_current_user",
    "verify_id_token",
    "get_user",
    "is_authenticated",
];

/// Header and session keys that hold credentials.
const CREDENTIAL_KEYS: &[&str] = &[
    "authorization",
    "x-api-key",
    "x-auth-token",
    "token",
    "user",
    "user_id",
    "userid",
    "access_token",
    "jwt",
];

/// Fields that say which user or tenant a record belongs to.
const OWNER_FIELDS: &[&str] = &[
    "owner",
    "ownerId",
    "owner_id",
    "userId",
    "UserId",
    "user_id",
    "user",
    "author",
    "authorId",
    "author_id",
    "createdBy",
    "created_by",
    "organization",
    "organizationId",
    "organization_id",
    "orgId",
    "org_id",
    "tenant",
    "tenantId",
    "tenant_id",
    "accountId",
    "account_id",
    "customerId",
    "customer_id",
];

/// Segments of an expression that reads the caller.
const CALLER_WORDS: &[&str] = &[
    "user",
    "currentUser",
    "current_user",
    "session",
    "auth",
    "identity",
    "principal",
    "caller",
    "requester",
    "viewer",
    "me",
    "userId",
    "user_id",
    "currentUserId",
    "current_user_id",
];

/// Calls that load, change or delete records.
const LOAD_METHODS: &[&str] = &[
    "findById",
    "findByPk",
    "findUnique",
    "findUniqueOrThrow",
    "findOne",
    "findOneOrFail",
    "findFirst",
    "findFirstOrThrow",
    "findOneBy",
    "findBy",
    "find",
    "get",
    "get_or_404",
    "first_or_404",
    "get_object_or_404",
    "filter_by",
    "filter",
    "where",
    "update",
    "updateOne",
    "delete",
    "deleteOne",
    "destroy",
    "remove",
    "findByIdAndUpdate",
    "findByIdAndDelete",
    "findByIdAndRemove",
    "query",
    "getById",
    "getOne",
    "select",
    "execute",
];

/// Methods that change or delete the records a query selects.
const WRITE_METHODS: &[&str] = &[
    "update",
    "updateOne",
    "updateMany",
    "delete",
    "deleteOne",
    "deleteMany",
    "destroy",
    "remove",
    "findByIdAndUpdate",
    "findByIdAndDelete",
    "findByIdAndRemove",
    "findOneAndUpdate",
    "findOneAndDelete",
    "update_one",
    "delete_one",
];

/// True when the load `call` (calling `name`) writes: its own method writes, or a writing
/// method is called on its result (`Model.objects.filter(pk=pk).update(...)`,
/// `User.where({ id }).destroy()`), through any chain of further query methods.
fn writes(call: Node<'_>, name: &str, src: &str) -> bool {
    if WRITE_METHODS.contains(&name) {
        return true;
    }
    let mut at = call;
    // `call` → `member/attribute` whose object is `call` → the call of that member.
    for _ in 0..4 {
        let Some(member) = at.parent().filter(|p| {
            matches!(p.kind(), "member_expression" | "attribute")
                && p.field("object").is_some_and(|o| o.id() == at.id())
        }) else {
            return false;
        };
        let Some(next) = member
            .parent()
            .filter(|p| p.kind() == "call_expression" || p.kind() == "call")
        else {
            return false;
        };
        let method = member
            .field("property")
            .or_else(|| member.field("attribute"));
        if method.is_some_and(|m| WRITE_METHODS.contains(&text(m, src))) {
            return true;
        }
        at = next;
    }
    false
}

/// Fields and flags that hold a role or permission.
const ROLE_FIELDS: &[&str] = &[
    "role",
    "roles",
    "userRole",
    "user_role",
    "permission",
    "permissions",
    "scope",
    "scopes",
    "group",
    "groups",
    "authority",
    "authorities",
];

const ROLE_FLAGS: &[(&str, &str)] = &[
    ("isAdmin", "admin"),
    ("is_admin", "admin"),
    ("admin", "admin"),
    ("isSuperuser", "superuser"),
    ("is_superuser", "superuser"),
    ("isSuperAdmin", "superadmin"),
    ("isStaff", "staff"),
    ("is_staff", "staff"),
];

fn role_flag(name: &str) -> Option<&'static str> {
    ROLE_FLAGS.iter().find(|(f, _)| *f == name).map(|(_, r)| *r)
}

fn last_segment(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// `401` and `403` from a literal or a name (`HTTP_401_UNAUTHORIZED`, `HttpStatus.FORBIDDEN`).
fn refused_status(node: Node<'_>, src: &str) -> Option<u16> {
    let t = text(node, src).trim();
    if let Ok(n) = t.parse::<u16>() {
        return REFUSED.contains(&n).then_some(n);
    }
    let last = last_segment(t).to_ascii_uppercase();
    if last.contains("401") || last == "UNAUTHORIZED" || last.ends_with("_UNAUTHORIZED") {
        Some(401)
    } else if last.contains("403") || last == "FORBIDDEN" || last.ends_with("_FORBIDDEN") {
        Some(403)
    } else {
        None
    }
}

/// An exception whose name says authentication or permission failed.
fn auth_exception(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [
        "unauthori",
        "unauthentic",
        "forbidden",
        "permissiondenied",
        "notauthenticated",
        "authenticationfailed",
        "accessdenied",
        "autherror",
        "authenticationerror",
        "authorizationerror",
        "invalidtoken",
        "tokenexpired",
        "notloggedin",
        "loginrequired",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A redirect target that is a login page.
fn login_target(target: &str) -> bool {
    let lower = target.to_ascii_lowercase();
    ["login", "signin", "sign-in", "sign_in", "/auth", "auth."]
        .iter()
        .any(|w| lower.contains(w))
}

fn identity_word(name: &str) -> bool {
    IDENTITY_WORDS.contains(&name)
}

/// True when an expression's dotted form reads the caller (`req.user.id`, `current_user`).
fn reads_caller(path: &str) -> bool {
    path.split('.').any(|s| CALLER_WORDS.contains(&s))
}

impl<'f> Watcher<'f> {
    pub(super) fn new(src: &'f str) -> Watcher<'f> {
        Watcher {
            src,
            rejects: Vec::new(),
            raised: Vec::new(),
            passes: Vec::new(),
            identity: Vec::new(),
            owner: Vec::new(),
            loads: Vec::new(),
            actions: Vec::new(),
            checks: Vec::new(),
            queries: Vec::new(),
            cache_writes: Vec::new(),
            lifecycle: Vec::new(),
            last_identity: None,
        }
    }

    fn identity_at(&mut self, node: Node<'f>, ancestors: &[Node<'f>], function_kinds: &[&str]) {
        let function = ancestors
            .iter()
            .rev()
            .find(|a| function_kinds.contains(&a.kind()))
            .map(|f| f.start_byte());
        if function.is_none() || function == self.last_identity {
            return;
        }
        self.last_identity = function;
        self.identity.push(node);
    }

    /// Groups what was met by function. `around` gives the function a node is in, `value` what
    /// an expression can be, `bound` what a Python name is last bound to; `functions` are the
    /// file's functions (parameters named like credentials are identity reads).
    pub(super) fn finish(
        self,
        around: impl Fn(Node<'f>) -> Option<u32>,
        value: impl Fn(Node<'f>) -> Value,
        bound: impl Fn(Node<'f>) -> Option<Node<'f>>,
        functions: &[crate::summary::FunctionSummary],
    ) -> Vec<Behaviour> {
        let src = self.src;
        let mut out: BTreeMap<u32, Behaviour> = BTreeMap::new();
        fn slot(out: &mut BTreeMap<u32, Behaviour>, function: u32) -> &mut Behaviour {
            out.entry(function).or_insert_with(|| Behaviour {
                function,
                ..Behaviour::default()
            })
        }
        let roles = |refs: &[RoleRef<'f>]| -> Vec<Value> {
            let mut out: Vec<Value> = Vec::new();
            for r in refs {
                let v = match r {
                    RoleRef::Expr(n) => value(*n),
                    RoleRef::Flag(f) => Value::Str(f.to_string()),
                };
                if !out.contains(&v) {
                    out.push(v);
                }
            }
            out
        };
        for (node, kind, refs) in &self.rejects {
            let Some(function) = around(*node) else {
                continue;
            };
            let reject = Reject {
                line: line(*node),
                code: code(*node, src),
                kind: kind.clone(),
                roles: roles(refs),
                without_identity: refused_without_identity(*node, src),
            };
            slot(&mut out, function).rejects.push(reject);
        }
        for (statement, name, refs) in &self.raised {
            let Some(function) = around(*statement) else {
                continue;
            };
            let held = bound(*name).map(sechound_syntax::python::unwrap);
            let kind = held
                .filter(|h| h.kind() == "call")
                .and_then(|call| python_exception(call, src))
                .unwrap_or_else(|| {
                    let n = text(*name, src).to_string();
                    if auth_exception(&n) {
                        RejectKind::AuthError(n)
                    } else {
                        RejectKind::Error(n)
                    }
                });
            let reject = Reject {
                line: line(*statement),
                code: code(*statement, src),
                kind,
                roles: roles(refs),
                without_identity: refused_without_identity(*statement, src),
            };
            slot(&mut out, function).rejects.push(reject);
        }
        for node in &self.identity {
            if let Some(function) = around(*node) {
                let b = slot(&mut out, function);
                if b.identity.is_none() {
                    b.identity = Some(line(*node));
                }
            }
        }
        for (index, f) in functions.iter().enumerate() {
            if f.params
                .iter()
                .any(|p| CREDENTIAL_PARAMS.contains(&p.as_str()))
            {
                let b = slot(&mut out, index as u32);
                if b.identity.is_none() {
                    b.identity = Some(f.line);
                }
            }
        }
        for node in &self.owner {
            if let Some(function) = around(*node) {
                let l = line(*node);
                let b = slot(&mut out, function);
                if !b.owner_checks.contains(&l) {
                    b.owner_checks.push(l);
                }
            }
        }
        for (node, load) in &self.loads {
            if let Some(function) = around(*node) {
                slot(&mut out, function).loads.push(Load {
                    line: line(*node),
                    ..load.clone()
                });
            }
        }
        for (node, query) in &self.queries {
            if let Some(function) = around(*node) {
                slot(&mut out, function).queries.push(Query {
                    line: line(*node),
                    ..query.clone()
                });
            }
        }
        for (node, write) in &self.cache_writes {
            if let Some(function) = around(*node) {
                slot(&mut out, function).cache_writes.push(CacheWrite {
                    line: line(*node),
                    ..write.clone()
                });
            }
        }
        for (node, action) in &self.actions {
            if let Some(function) = around(*node) {
                let l = line(*node);
                let b = slot(&mut out, function);
                if !b.actions.iter().any(|(at, _)| *at == l) {
                    b.actions.push((l, action.clone()));
                }
            }
        }
        for (node, check) in &self.checks {
            if let Some(function) = around(*node) {
                slot(&mut out, function).checks.push((line(*node), *check));
            }
        }
        // Names bound to an encrypted value, per function (`const enc = encrypt(secret)`).
        let encrypted_names: Vec<(Option<u32>, &str)> = self
            .lifecycle
            .iter()
            .filter_map(|(node, work)| match work {
                Lifecycle::Encrypts { field, .. } => Some((around(*node), field.as_str())),
                _ => None,
            })
            .collect();
        let encrypt_calls: Vec<std::ops::Range<usize>> = self
            .lifecycle
            .iter()
            .filter(|(_, w)| matches!(w, Lifecycle::Encrypts { .. }))
            .map(|(n, _)| n.byte_range())
            .collect();
        for (node, work) in &self.lifecycle {
            let mut work = work.clone();
            if let Lifecycle::WritesSecondFactor {
                field,
                clears,
                encrypted,
            } = &mut work
            {
                // Turning a second factor on adds protection: only secrets and switching off
                // count.
                if !*clears && super::lifecycle::second_factor_switch(field) {
                    continue;
                }
                let range = node.byte_range();
                let value = node
                    .field("right")
                    .or_else(|| node.field("value"))
                    .map(|v| text(v, src).trim());
                let function = around(*node);
                *encrypted = encrypt_calls
                    .iter()
                    .any(|c| c.start >= range.start && c.end <= range.end)
                    || value.is_some_and(|v| {
                        encrypted_names
                            .iter()
                            .any(|(f, name)| *f == function && *name == v)
                    });
            }
            if let Some(function) = around(*node) {
                slot(&mut out, function).lifecycle.push((line(*node), work));
            }
        }
        // Hand-ons only matter for functions that do something else a guard does.
        for (node, without_identity, conditional) in &self.passes {
            let Some(function) = around(*node) else {
                continue;
            };
            if let Some(b) = out.get_mut(&function) {
                b.passes.push(Pass {
                    line: line(*node),
                    code: code(*node, src),
                    without_identity: *without_identity,
                    conditional: *conditional,
                });
            }
        }
        out.into_values().collect()
    }
}

/// Words of a name that say it holds the caller's identity (`loggedInUser`, `is_authenticated`,
/// `sessionToken`), split at case changes and underscores.
const CALLER_NAME_WORDS: &[&str] = &[
    "user",
    "session",
    "token",
    "jwt",
    "auth",
    "authenticated",
    "authorization",
    "logged",
    "principal",
    "identity",
    "claims",
    "credentials",
    "bearer",
];

/// Segments of a dotted name that say it is request input, not the caller
/// (`req.body.user`, `request.args["token"]`).
const INPUT_SEGMENTS: &[&str] = &["body", "params", "query", "args", "form"];

fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if c == '_' || c == '-' {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// A term of a condition that holds when the caller is identified: a name, member or call whose
/// segments say identity (`req.session.userId`, `loggedInUser?.data?.email`,
/// `req.isAuthenticated()`, `current_user.is_authenticated`), and that is not request input.
fn caller_term(node: Node<'_>, src: &str) -> bool {
    let node = match node.kind() {
        "parenthesized_expression" => match node.named_child(0) {
            Some(inner) => return caller_term(inner, src),
            None => return false,
        },
        "call_expression" | "call" => match node.field("function") {
            Some(f) => f,
            None => return false,
        },
        _ => node,
    };
    if !matches!(
        node.kind(),
        "identifier" | "member_expression" | "attribute" | "subscript_expression" | "subscript"
    ) {
        return false;
    }
    let mut segments: Vec<&str> = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if segments.len() > 12 {
            break;
        }
        match n.kind() {
            "identifier" | "property_identifier" => segments.push(text(n, src)),
            "member_expression" | "attribute" | "subscript_expression" | "subscript" => {
                for field in ["object", "property", "attribute", "value"] {
                    if let Some(c) = n.field(field) {
                        stack.push(c);
                    }
                }
            }
            _ => {}
        }
    }
    // Request input, or an error's fields (`err.noSuchUser` from a failed sign-in).
    if segments
        .iter()
        .any(|s| INPUT_SEGMENTS.contains(s) || matches!(*s, "err" | "error" | "e" | "ex" | "exc"))
    {
        return false;
    }
    segments.iter().any(|s| {
        name_words(s)
            .iter()
            .any(|w| CALLER_NAME_WORDS.contains(&w.as_str()))
    })
}

/// A condition that is false without identity: a caller term, or a conjunction with one.
fn identified(condition: Node<'_>, src: &str) -> bool {
    match condition.kind() {
        "parenthesized_expression" => condition.named_child(0).is_some_and(|c| identified(c, src)),
        "binary_expression" => {
            condition.field("operator").map(|o| text(o, src)) == Some("&&")
                && [condition.field("left"), condition.field("right")]
                    .into_iter()
                    .flatten()
                    .any(|c| identified(c, src))
        }
        "boolean_operator" => {
            condition.field("operator").map(|o| text(o, src)) == Some("and")
                && named_children(condition)
                    .into_iter()
                    .any(|c| identified(c, src))
        }
        _ => caller_term(condition, src),
    }
}

/// A condition that is true without identity: `!user`, `token === null`, `not
/// current_user.is_authenticated`, `user is None`, or a disjunction with one.
fn unidentified(condition: Node<'_>, src: &str) -> bool {
    let empty = |n: Node<'_>| matches!(text(n, src), "null" | "undefined" | "None");
    match condition.kind() {
        "parenthesized_expression" => condition
            .named_child(0)
            .is_some_and(|c| unidentified(c, src)),
        "unary_expression" => {
            condition.field("operator").map(|o| text(o, src)) == Some("!")
                && condition
                    .field("argument")
                    .is_some_and(|a| identified(a, src))
        }
        "not_operator" => condition
            .field("argument")
            .is_some_and(|a| identified(a, src)),
        "binary_expression" => {
            let op = condition.field("operator").map(|o| text(o, src));
            let (Some(left), Some(right)) = (condition.field("left"), condition.field("right"))
            else {
                return false;
            };
            match op {
                Some("||") => unidentified(left, src) || unidentified(right, src),
                Some("===" | "==") => {
                    (empty(right) && caller_term(left, src))
                        || (empty(left) && caller_term(right, src))
                }
                _ => false,
            }
        }
        "boolean_operator" => {
            condition.field("operator").map(|o| text(o, src)) == Some("or")
                && named_children(condition)
                    .into_iter()
                    .any(|c| unidentified(c, src))
        }
        "comparison_operator" => {
            let operands = named_children(condition);
            let t = text(condition, src);
            operands.len() == 2
                && empty(operands[1])
                && caller_term(operands[0], src)
                && !t.contains("is not")
                && !t.contains("!=")
        }
        _ => false,
    }
}

/// True when a rejection carries an explicit status that is not a refusal of the caller
/// (`raise HTTPException(status_code=400)`, `next(createError(400))`, `throw new
/// HttpError(404)`): a bad request or a failed sign-in, not a missing identity.
fn other_status(node: Node<'_>, src: &str) -> bool {
    let thrown = match node.kind() {
        "raise_statement" | "throw_statement" => node.named_child(0),
        "call_expression" => node.field("arguments").and_then(|a| a.named_child(0)),
        _ => None,
    };
    let Some(thrown) = thrown else {
        return false;
    };
    if !matches!(thrown.kind(), "call" | "call_expression" | "new_expression") {
        return false;
    }
    let Some(arguments) = thrown.field("arguments") else {
        return false;
    };
    let status = |n: Node<'_>| -> Option<u16> {
        let t = text(n, src).trim();
        if let Ok(code) = t.parse::<u16>() {
            return Some(code);
        }
        // `status.HTTP_400_BAD_REQUEST`, `HttpStatus.BAD_REQUEST` (named: taken as said).
        let last = last_segment(t);
        last.strip_prefix("HTTP_")
            .and_then(|r| r.get(..3))
            .and_then(|d| d.parse().ok())
    };
    for arg in named_children(arguments) {
        let value = match arg.kind() {
            "keyword_argument" => {
                if arg.field("name").map(|n| text(n, src)) != Some("status_code") {
                    continue;
                }
                arg.field("value")
            }
            _ => Some(arg),
        };
        if let Some(code) = value.and_then(status) {
            return (100..600).contains(&code) && !REFUSED.contains(&code);
        }
    }
    false
}

/// The line of the condition that sends a request without identity to `node` (a rejection), in
/// the function `node` is written in: `node` in the body of `if (!user)`, or in the `else` of
/// `if (user)` (an `if` without `elif`s in Python).
fn refused_without_identity(node: Node<'_>, src: &str) -> Option<u32> {
    if other_status(node, src) {
        return None;
    }
    let mut child = node;
    let mut current = node.parent();
    while let Some(a) = current {
        if JS_FUNCTIONS.contains(&a.kind()) || PY_FUNCTIONS.contains(&a.kind()) {
            return None;
        }
        if a.kind() == "if_statement"
            && let Some(condition) = a.field("condition")
            && condition != child
        {
            if a.field("consequence") == Some(child) {
                if unidentified(condition, src) {
                    return Some(line(a));
                }
            } else if child.kind() == "else_clause"
                && !named_children(a).iter().any(|c| c.kind() == "elif_clause")
                && identified(condition, src)
            {
                return Some(line(a));
            }
        }
        child = a;
        current = a.parent();
    }
    None
}

/// Library calls that throw (raise) when the token is missing or invalid, rather than returning
/// something the caller must test: `jwt.verify`, `this.jwtService.verify(Async)`, jose's
/// `jwtVerify`, PyJWT's `jwt.decode` with algorithms, `verify_jwt_in_request`.
fn throwing_verify(path: &str, name: &str) -> bool {
    let receiver = path
        .rsplit('.')
        .nth(1)
        .map(|r| r.to_ascii_lowercase())
        .unwrap_or_default();
    match name {
        "verify" | "verifyAsync" | "decode" => receiver.contains("jwt") || receiver == "jose",
        "jwtVerify" | "verifyIdToken" | "verify_jwt_in_request" | "verify_id_token" => true,
        _ => false,
    }
}

/// True when `node` is inside the body of a `try` of its own function (its exception is caught
/// there, and the `catch`/`except` decides what happens).
fn caught(node: Node<'_>, ancestors: &[Node<'_>], functions: &[&str], try_kind: &str) -> bool {
    let mut child = node;
    for a in ancestors.iter().rev() {
        if functions.contains(&a.kind()) {
            return false;
        }
        if a.kind() == try_kind && a.field("body") == Some(child) {
            return true;
        }
        child = *a;
    }
    false
}

/// Parameters that receive credentials or the caller (a FastAPI dependency on a security scheme
/// or on another dependency that resolves the user).
const CREDENTIAL_PARAMS: &[&str] = &[
    "token",
    "user",
    "current_user",
    "principal",
    "credentials",
    "authorization",
    "api_key",
    "access_token",
    "bearer",
];

// ---- JavaScript and TypeScript ----

const JS_FUNCTIONS: &[&str] = sechound_syntax::js::FUNCTION_KINDS;

impl<'f> Watcher<'f> {
    /// Records what a JavaScript node says, given its ancestors (outermost first).
    pub(super) fn visit_js(&mut self, node: Node<'f>, ancestors: &[Node<'f>]) {
        match node.kind() {
            "call_expression" => self.js_call(node, ancestors),
            "new_expression" => {
                if let Some(status) = js_status_option(node, self.src) {
                    let refs = js_roles(node, ancestors, self.src);
                    self.rejects.push((node, RejectKind::Status(status), refs));
                }
            }
            "throw_statement" => {
                let Some(thrown) = node.named_child(0).map(sechound_syntax::js::unwrap) else {
                    return;
                };
                let kind = js_exception(thrown, self.src);
                let refs = js_roles(node, ancestors, self.src);
                self.rejects.push((node, kind, refs));
            }
            "assignment_expression" => {
                self.js_session_assignment(node);
                // `ctx.status = 401`, `res.statusCode = 403`.
                if let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
                    && let Some(path) = sechound_syntax::js::dotted_path(left, self.src)
                    && matches!(last_segment(&path), "status" | "statusCode")
                    && let Some(status) = refused_status(right, self.src)
                {
                    let refs = js_roles(node, ancestors, self.src);
                    self.rejects.push((node, RejectKind::Status(status), refs));
                }
            }
            "return_statement" => self.js_return(node, ancestors),
            "member_expression" => {
                if let Some(property) = node.field("property")
                    && identity_word(text(property, self.src))
                {
                    self.identity_at(node, ancestors, JS_FUNCTIONS);
                }
            }
            "binary_expression" => {
                let operator = node.field("operator").map(|o| text(o, self.src));
                if matches!(operator, Some("===" | "!==" | "==" | "!="))
                    && let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
                    && [left, right].iter().any(|side| {
                        sechound_syntax::js::dotted_path(*side, self.src)
                            .is_some_and(|p| super::lifecycle::stored_password(&p))
                    })
                {
                    self.lifecycle.push((node, Lifecycle::VerifiesPassword));
                }
                if matches!(operator, Some("===" | "!==" | "==" | "!="))
                    && let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
                    && owner_comparison(
                        sechound_syntax::js::dotted_path(left, self.src),
                        sechound_syntax::js::dotted_path(right, self.src),
                    )
                {
                    self.owner.push(node);
                }
            }
            "unary_expression" => {
                // `delete req.session.user`
                if node.child(0).is_some_and(|o| text(o, self.src) == "delete")
                    && let Some(argument) = node.field("argument")
                    && sechound_syntax::js::dotted_path(argument, self.src)
                        .is_some_and(|p| p.split('.').any(|s| s == "session"))
                {
                    self.lifecycle.push((node, Lifecycle::Revokes));
                }
            }
            "pair" => {
                self.js_factor_pair(node);
                // `{ where: { userId: req.user.id } }`, `{ owner: user._id }`.
                // `{ UserId: req.body.UserId }` (a value a guard set from the token): a query
                // filtered by its owner field counts too.
                if let Some(key) = sechound_syntax::js::pair_key(node, self.src)
                    && OWNER_FIELDS.contains(&key)
                    && let Some(value) = node.field("value")
                    && sechound_syntax::js::dotted_path(value, self.src).is_some_and(|p| {
                        reads_caller(&p)
                            || (p.contains('.') && OWNER_FIELDS.contains(&last_segment(&p)))
                    })
                {
                    self.owner.push(node);
                }
            }
            _ => {}
        }
    }

    fn js_call(&mut self, call: Node<'f>, ancestors: &[Node<'f>]) {
        use sechound_syntax::js::{arguments, callee, method_name, receiver, string_value, unwrap};
        let src = self.src;
        if let Some(query) = super::tenancy::js_query(call, ancestors, src) {
            self.queries.push((call, query));
        }
        if let Some(write) = super::tenancy::js_cache_write(call, src) {
            self.cache_writes.push((call, write));
        }
        let Some(function) = callee(call).map(unwrap) else {
            return;
        };
        let Some(name) = method_name(call, src) else {
            return;
        };
        let args = arguments(call);
        let has_receiver = receiver(call).is_some();
        match name {
            "status" | "sendStatus" | "code" | "writeHead" | "throw" if has_receiver => {
                if let Some(status) = args.first().and_then(|a| refused_status(unwrap(*a), src)) {
                    let refs = js_roles(call, ancestors, src);
                    self.rejects.push((call, RejectKind::Status(status), refs));
                }
                return;
            }
            "redirect" => {
                let target = args.iter().find_map(|a| {
                    let a = unwrap(*a);
                    string_value(a, src)
                        .or_else(|| {
                            // `new URL('/login', req.url)`
                            (a.kind() == "new_expression")
                                .then(|| arguments(a).first().and_then(|u| string_value(*u, src)))
                                .flatten()
                        })
                        .or_else(|| {
                            (a.kind() == "template_string").then(|| text(a, src).to_string())
                        })
                });
                if let Some(target) = target.filter(|t| login_target(t)) {
                    let refs = js_roles(call, ancestors, src);
                    self.rejects
                        .push((call, RejectKind::LoginRedirect(target), refs));
                }
                return;
            }
            "next" if function.kind() == "identifier" => {
                match args.first() {
                    None => {
                        let (without, conditional) = js_pass_conditions(call, ancestors, src);
                        self.passes.push((call, without, conditional));
                    }
                    Some(arg) => {
                        let route =
                            string_value(*arg, src).is_some_and(|s| s == "route" || s == "router");
                        if !route {
                            let refs = js_roles(call, ancestors, src);
                            self.rejects.push((call, RejectKind::NextError, refs));
                        }
                    }
                }
                return;
            }
            _ => {}
        }
        if let Some(status) = js_status_option(call, src) {
            let refs = js_roles(call, ancestors, src);
            self.rejects.push((call, RejectKind::Status(status), refs));
        }
        if IDENTITY_CALLS.contains(&name) {
            self.identity_at(call, ancestors, JS_FUNCTIONS);
        }
        let path = sechound_syntax::js::callee_path(call, src).unwrap_or_default();
        if let Some(check) = token_check(&path, name, false) {
            self.checks.push((call, check));
            // `jwt.verify(token, key)` throws on a bad token; with a callback it does not.
            let callback = args
                .last()
                .is_some_and(|a| JS_FUNCTIONS.contains(&unwrap(*a).kind()));
            if check == TokenCheck::Verifies
                && throwing_verify(&path, name)
                && !callback
                // `request.jwtVerify()` (@fastify/jwt) reads the token off the request itself.
                && (!args.is_empty()
                    || (name == "jwtVerify"
                        && matches!(path.rsplit('.').nth(1), Some("request" | "req"))))
                && !caught(call, ancestors, JS_FUNCTIONS, "try_statement")
            {
                self.rejects
                    .push((call, RejectKind::Throws(path.clone()), Vec::new()));
            }
        }
        if LOAD_METHODS.contains(&name) {
            let mut names = Vec::new();
            for arg in &args {
                js_names(*arg, src, &mut names, 0);
            }
            if !names.is_empty() {
                let by_caller = args.iter().any(|a| {
                    reads_caller_under(*a, 0, &|n| {
                        matches!(n.kind(), "member_expression" | "identifier")
                            .then(|| sechound_syntax::js::dotted_path(n, src))
                            .flatten()
                    })
                });
                if has_receiver
                    && path
                        .split('.')
                        .rev()
                        .nth(1)
                        .is_some_and(|r| r.to_ascii_lowercase().contains("token"))
                {
                    self.checks.push((call, TokenCheck::LooksUpToken));
                }
                let mut sent = Vec::new();
                for arg in &args {
                    sent_names(*arg, 0, &mut sent, &|n| js_sent(n, src));
                }
                self.loads.push((
                    call,
                    Load {
                        line: 0,
                        names,
                        by_caller,
                        sent,
                        method: name.to_string(),
                        callee: path.clone(),
                        writes: writes(call, name, src),
                    },
                ));
            }
        }
        // A stored session or token consulted by a service or repository
        // (`sessionService.updateByHash(...)`, `this.refreshTokens.findOneBy(...)`): the token
        // is checked against storage, so it can be revoked.
        if has_receiver
            && stored_session_check(name)
            && !self.checks.iter().any(|(c, _)| c.id() == call.id())
            && path.split('.').rev().nth(1).is_some_and(|r| {
                let r = r.to_ascii_lowercase();
                (r.contains("session") || r.contains("token"))
                    && !matches!(path.split('.').next(), Some("req" | "request" | "ctx"))
            })
        {
            self.checks.push((call, TokenCheck::LooksUpToken));
        }
        if let Some(action) = privileged_action(name) {
            self.actions.push((call, action));
        }
        // String arguments matter only on a key-value store (`redis.del('refresh:' + id)`):
        // read them there alone, not for every call.
        let strings: Vec<String> = if super::lifecycle::keyed_store_call(&path) {
            args.iter()
                .filter_map(|a| {
                    let a = unwrap(*a);
                    string_value(a, src).or_else(|| {
                        matches!(a.kind(), "template_string" | "binary_expression")
                            .then(|| text(a, src).to_string())
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        let no_session = args.iter().any(|a| {
            let a = unwrap(*a);
            a.kind() == "object"
                && sechound_syntax::js::object_property(a, src, "session")
                    .is_some_and(|v| text(v, src) == "false")
        });
        let facts = super::lifecycle::CallFacts {
            path: &path,
            name,
            strings,
            first_arg: args.first().map(|a| text(*a, src)),
            password_kw: false,
            no_session,
            secret_and_token: args.iter().any(|a| {
                let a = unwrap(*a);
                a.kind() == "object"
                    && sechound_syntax::js::object_property(a, src, "secret").is_some()
                    && sechound_syntax::js::object_property(a, src, "token").is_some()
            }),
            python: false,
        };
        self.record_lifecycle(call, &facts, ancestors);
    }

    /// What a call does to sessions and second factors (either language), and a value it
    /// encrypts for a field (`apiKey: encrypt(key)`).
    fn record_lifecycle(
        &mut self,
        call: Node<'f>,
        facts: &super::lifecycle::CallFacts<'_>,
        ancestors: &[Node<'f>],
    ) {
        if let Some(work) = super::lifecycle::call(facts) {
            self.lifecycle.push((call, work));
        }
        if super::lifecycle::encrypts(facts.name)
            && let Some(field) = written_to(ancestors, self.src)
        {
            self.lifecycle.push((
                call,
                Lifecycle::Encrypts {
                    helper: facts.path.to_string(),
                    field,
                },
            ));
        }
    }

    /// `req.session.userId = user.id` keeps a server-side session, `req.session = null` drops
    /// it; `user.totpSecret = secret` writes a second factor.
    fn js_session_assignment(&mut self, node: Node<'f>) {
        let src = self.src;
        let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
            return;
        };
        let Some(path) = sechound_syntax::js::dotted_path(left, src) else {
            return;
        };
        let segments: Vec<&str> = path.split('.').collect();
        let value = text(right, src);
        if segments.len() >= 2
            && matches!(segments[0], "req" | "request" | "ctx")
            && segments[1] == "session"
        {
            if segments.len() == 2 && super::lifecycle::clears(value) {
                self.lifecycle.push((node, Lifecycle::Revokes));
            } else if segments.len() == 3 && super::lifecycle::identity_session_key(segments[2]) {
                if super::lifecycle::clears(value) {
                    self.lifecycle.push((node, Lifecycle::Revokes));
                } else {
                    self.lifecycle
                        .push((node, Lifecycle::StoresSession(code(node, src))));
                }
            }
            return;
        }
        let last = last_segment(&path);
        if segments.len() >= 2
            && !super::lifecycle::request_input(&path)
            && super::lifecycle::second_factor_field(last)
            && let Some(write) = super::lifecycle::second_factor_write(last.to_string(), value)
        {
            self.lifecycle.push((node, write));
        }
    }

    /// `{ totpSecret: secret }` given to a call that writes a record (`user.update({...})`).
    fn js_factor_pair(&mut self, node: Node<'f>) {
        let src = self.src;
        let Some(key) = sechound_syntax::js::pair_key(node, src) else {
            return;
        };
        if !super::lifecycle::second_factor_field(key) {
            return;
        }
        let Some(value) = node.field("value") else {
            return;
        };
        // The object is an argument of a call, perhaps under `$set` / `data`.
        let mut at = node.parent();
        for _ in 0..4 {
            let Some(n) = at else { return };
            if n.kind() == "arguments" {
                let writes = n
                    .parent()
                    .and_then(|call| sechound_syntax::js::method_name(call, src))
                    .is_some_and(|m| {
                        let m = m.to_ascii_lowercase();
                        [
                            "update", "create", "save", "set", "insert", "upsert", "patch",
                        ]
                        .iter()
                        .any(|w| m.starts_with(w) || m.contains("andupdate"))
                    });
                if writes
                    && let Some(write) =
                        super::lifecycle::second_factor_write(key.to_string(), text(value, src))
                {
                    self.lifecycle.push((node, write));
                }
                return;
            }
            at = n.parent();
        }
    }

    fn js_return(&mut self, node: Node<'f>, ancestors: &[Node<'f>]) {
        let src = self.src;
        let Some(function) = ancestors
            .iter()
            .rev()
            .find(|a| JS_FUNCTIONS.contains(&a.kind()))
        else {
            return;
        };
        let name = function.field("name").map(|n| text(n, src));
        if name != Some("canActivate") {
            return;
        }
        let value = node.named_child(0).map(sechound_syntax::js::unwrap);
        match value.map(|v| v.kind()) {
            Some("true") => {
                let (without, conditional) = js_pass_conditions(node, ancestors, src);
                self.passes.push((node, without, conditional));
            }
            // `return false`, or a result the guard computes (it decides).
            Some(_) => {
                let refs = js_roles(node, ancestors, src);
                self.rejects.push((node, RejectKind::Deny, refs));
            }
            None => {}
        }
    }
}

/// The field or name an encrypting call's value is written to: the nearest pair key, keyword,
/// assigned member or declared name among its ancestors (a few levels up, `.toString()` and
/// `await` between), in either language.
fn written_to(ancestors: &[Node<'_>], src: &str) -> Option<String> {
    for a in ancestors.iter().rev().take(6) {
        let target = match a.kind() {
            "pair" => a.field("key"),
            "keyword_argument" => a.field("name"),
            "assignment_expression" | "assignment" => a.field("left"),
            "variable_declarator" => a.field("name"),
            "arguments"
            | "argument_list"
            | "call_expression"
            | "call"
            | "member_expression"
            | "attribute"
            | "await_expression"
            | "await"
            | "parenthesized_expression"
            | "template_string"
            | "template_substitution" => continue,
            _ => return None,
        }?;
        let t = text(target, src).trim_matches(|c| c == '"' || c == '\'');
        return Some(last_segment(t).to_string());
    }
    None
}

/// `{ status: 401 }` among the arguments of a response call (`NextResponse.json(body, { status:
/// 401 })`, `new Response(null, { status: 403 })`).
fn js_status_option(call: Node<'_>, src: &str) -> Option<u16> {
    let args = sechound_syntax::js::arguments(call);
    if args.len() < 2 {
        return None;
    }
    args.iter()
        .map(|a| sechound_syntax::js::unwrap(*a))
        .filter(|a| a.kind() == "object")
        .find_map(|o| {
            sechound_syntax::js::object_property(o, src, "status")
                .and_then(|s| refused_status(s, src))
        })
}

/// What a thrown value is.
fn js_exception(thrown: Node<'_>, src: &str) -> RejectKind {
    use sechound_syntax::js::{arguments, callee, dotted_path, unwrap};
    let name = callee(thrown)
        .and_then(|c| dotted_path(c, src))
        .or_else(|| dotted_path(thrown, src))
        .unwrap_or_else(|| "an error".to_string());
    let short = last_segment(&name).to_string();
    if matches!(thrown.kind(), "new_expression" | "call_expression") {
        for arg in arguments(thrown) {
            if let Some(status) = refused_status(unwrap(arg), src) {
                return RejectKind::Status(status);
            }
        }
    }
    if auth_exception(&name) {
        RejectKind::AuthError(short)
    } else {
        RejectKind::Error(short)
    }
}

/// The last segment of every name read under `node` (bounded).
fn js_names(node: Node<'_>, src: &str, out: &mut Vec<String>, depth: usize) {
    if depth > 4 || out.len() > 12 {
        return;
    }
    let node = sechound_syntax::js::unwrap(node);
    match node.kind() {
        "identifier" | "property_identifier" | "shorthand_property_identifier" => {
            out.push(text(node, src).to_string())
        }
        "member_expression" | "subscript_expression" => {
            if let Some(path) = sechound_syntax::js::dotted_path(node, src) {
                out.push(last_segment(&path).to_string());
            }
        }
        "object"
        | "pair"
        | "array"
        | "template_string"
        | "template_substitution"
        | "binary_expression"
        | "call_expression"
        | "arguments" => {
            for child in named_children(node) {
                if node.kind() == "pair" && node.field("key") == Some(child) {
                    continue;
                }
                js_names(child, src, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// Whether a hand-on is under a condition, and under one that says the caller has no identity.
fn js_pass_conditions(node: Node<'_>, ancestors: &[Node<'_>], src: &str) -> (bool, bool) {
    let mut conditional = false;
    let mut without = false;
    let mut child = node;
    for a in ancestors.iter().rev() {
        if JS_FUNCTIONS.contains(&a.kind()) {
            break;
        }
        match a.kind() {
            "if_statement" | "ternary_expression" => {
                let condition = a.field("condition");
                if condition != Some(child) {
                    conditional = true;
                    if let Some(condition) = condition {
                        let in_consequence = a.field("consequence") == Some(child);
                        let negated = js_negated_identity(condition, src);
                        let positive = !negated && js_identity_expr(condition, src);
                        if (in_consequence && negated) || (!in_consequence && positive) {
                            without = true;
                        }
                    }
                }
            }
            "catch_clause" | "switch_case" => conditional = true,
            "binary_expression" => {
                let op = a.field("operator").map(|o| text(o, src));
                if matches!(op, Some("&&" | "||" | "??")) {
                    conditional = true;
                }
            }
            _ => {}
        }
        child = *a;
    }
    (without, conditional)
}

/// `!token`, `!req.isAuthenticated()`, `token == null`, `typeof token === 'undefined'`.
fn js_negated_identity(condition: Node<'_>, src: &str) -> bool {
    use sechound_syntax::js::unwrap;
    let condition = unwrap(condition);
    match condition.kind() {
        "unary_expression" => {
            condition.field("operator").map(|o| text(o, src)) == Some("!")
                && condition
                    .field("argument")
                    .is_some_and(|a| js_identity_expr(a, src))
        }
        "binary_expression" => {
            let op = condition.field("operator").map(|o| text(o, src));
            let (Some(left), Some(right)) = (condition.field("left"), condition.field("right"))
            else {
                return false;
            };
            match op {
                Some("||") => js_negated_identity(left, src) || js_negated_identity(right, src),
                Some("===" | "==") => {
                    let empty = |n: Node<'_>| {
                        matches!(text(unwrap(n), src), "null" | "undefined" | "'undefined'")
                    };
                    (empty(right) && js_identity_expr(left, src))
                        || (empty(left) && js_identity_expr(right, src))
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// An expression that reads the caller's identity: a name or member of an identity word, or a
/// call of an identity check.
fn js_identity_expr(node: Node<'_>, src: &str) -> bool {
    use sechound_syntax::js::{callee, dotted_path, unwrap};
    let node = unwrap(node);
    let path = match node.kind() {
        "call_expression" => callee(node).and_then(|c| dotted_path(c, src)),
        "unary_expression" => return false,
        _ => dotted_path(node, src),
    };
    path.is_some_and(|p| {
        let last = last_segment(&p);
        identity_word(last) || IDENTITY_CALLS.contains(&last)
    })
}

/// The roles the conditions around a rejection compare (the conditions it is under, and the
/// `if`s before it in its block that return early).
fn js_roles<'f>(node: Node<'f>, ancestors: &[Node<'f>], src: &str) -> Vec<RoleRef<'f>> {
    let mut conditions = Vec::new();
    let mut child = node;
    for a in ancestors.iter().rev() {
        if JS_FUNCTIONS.contains(&a.kind()) {
            break;
        }
        match a.kind() {
            "if_statement" | "ternary_expression" => {
                if let Some(c) = a.field("condition")
                    && c != child
                {
                    conditions.push(c);
                }
            }
            "statement_block" => {
                let mut previous = child.prev_named_sibling();
                let mut seen = 0;
                while let Some(p) = previous
                    && seen < 4
                {
                    if p.kind() == "if_statement"
                        && let Some(c) = p.field("condition")
                    {
                        conditions.push(c);
                    }
                    previous = p.prev_named_sibling();
                    seen += 1;
                }
            }
            "binary_expression" => {
                if let Some(left) = a.field("left")
                    && left != child
                {
                    conditions.push(left);
                }
            }
            _ => {}
        }
        child = *a;
    }
    let mut out = Vec::new();
    for condition in conditions {
        js_role_refs(condition, src, &mut out, 0);
    }
    out
}

fn js_role_refs<'f>(node: Node<'f>, src: &str, out: &mut Vec<RoleRef<'f>>, depth: usize) {
    use sechound_syntax::js::{arguments, dotted_path, method_name, receiver, unwrap};
    if depth > 6 || out.len() > 8 {
        return;
    }
    let node = unwrap(node);
    let role_field =
        |n: Node<'_>| dotted_path(n, src).is_some_and(|p| ROLE_FIELDS.contains(&last_segment(&p)));
    match node.kind() {
        "binary_expression" => {
            let op = node.field("operator").map(|o| text(o, src));
            let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
                return;
            };
            if matches!(op, Some("===" | "!==" | "==" | "!=")) {
                if role_field(left) {
                    out.push(RoleRef::Expr(right));
                } else if role_field(right) {
                    out.push(RoleRef::Expr(left));
                }
            } else {
                js_role_refs(left, src, out, depth + 1);
                js_role_refs(right, src, out, depth + 1);
            }
        }
        "unary_expression" | "parenthesized_expression" => {
            if let Some(inner) = node.named_child(0) {
                js_role_refs(inner, src, out, depth + 1);
            }
        }
        "call_expression" => {
            if matches!(
                method_name(node, src),
                Some("includes" | "indexOf" | "some" | "has" | "hasRole" | "hasAnyRole")
            ) {
                let args = arguments(node);
                if let Some(r) = receiver(node) {
                    if role_field(r) {
                        if let Some(a) = args.first() {
                            out.push(RoleRef::Expr(*a));
                        }
                    } else if args.first().is_some_and(|a| role_field(*a)) {
                        out.push(RoleRef::Expr(r));
                    }
                }
            }
        }
        "member_expression" | "identifier" => {
            if let Some(path) = dotted_path(node, src)
                && let Some(flag) = role_flag(last_segment(&path))
            {
                out.push(RoleRef::Flag(flag));
            }
        }
        _ => {}
    }
}

/// True when an expression under `node` (bounded) reads the caller's identity (`req.user.id`,
/// `current_user`, `request.user`), not a value the caller sends (`req.params.userId`).
fn reads_caller_under(
    node: Node<'_>,
    depth: usize,
    dotted: &dyn Fn(Node<'_>) -> Option<String>,
) -> bool {
    if depth > 5 {
        return false;
    }
    if let Some(path) = dotted(node) {
        let segments: Vec<&str> = path.split('.').collect();
        let sent = segments.iter().any(|s| {
            matches!(
                *s,
                "params" | "query" | "body" | "path_params" | "query_params"
            )
        });
        // `req.user.id`, `current_user.id`, `session.userId`: a caller word before the last
        // segment; alone, only names that cannot be a value from the path.
        let caller = segments[..segments.len() - 1]
            .iter()
            .any(|s| CALLER_WORDS.contains(s))
            || matches!(path.as_str(), "current_user" | "currentUser" | "me");
        return !sent && caller;
    }
    named_children(node)
        .into_iter()
        .any(|c| reads_caller_under(c, depth + 1, dotted))
}

/// True when a JavaScript expression reads the caller's identity (`req.user.orgId`).
pub(super) fn js_reads_caller(node: Node<'_>, src: &str) -> bool {
    reads_caller_under(node, 0, &|n| {
        matches!(n.kind(), "member_expression" | "identifier")
            .then(|| sechound_syntax::js::dotted_path(n, src))
            .flatten()
    })
}

/// True when a Python expression reads the caller's identity (`request.user.organization`).
pub(super) fn py_reads_caller(node: Node<'_>, src: &str) -> bool {
    reads_caller_under(node, 0, &|n| {
        matches!(n.kind(), "attribute" | "identifier")
            .then(|| sechound_syntax::python::dotted_path(n, src))
            .flatten()
    })
}

/// `item.ownerId !== req.user.id`: a record's owner compared with the caller.
fn owner_comparison(left: Option<String>, right: Option<String>) -> bool {
    let (Some(left), Some(right)) = (left, right) else {
        return false;
    };
    let owner = |p: &str| p.contains('.') && OWNER_FIELDS.contains(&last_segment(p));
    (owner(&left) && reads_caller(&right) && !owner_only(&right))
        || (owner(&right) && reads_caller(&left) && !owner_only(&left))
}

/// `item.user` on both sides reads no caller.
fn owner_only(path: &str) -> bool {
    !path
        .split('.')
        .any(|s| CALLER_WORDS.contains(&s) && !OWNER_FIELDS.contains(&s))
        && !path.starts_with("req.")
        && !path.starts_with("request.")
}

/// Method names that consult a stored session or token record (not ones that only create it).
fn stored_session_check(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "find",
        "get",
        "update",
        "delete",
        "remove",
        "destroy",
        "exists",
        "validate",
        "verify",
        "revoke",
        "consume",
        "rotate",
        "check",
        "is",
        "has",
        "invalidate",
        "use",
    ];
    let lower = name.to_ascii_lowercase();
    PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// What a call of `path` (its last segment `name`) does with tokens and signatures.
fn token_check(path: &str, name: &str, python_decode_verifies: bool) -> Option<TokenCheck> {
    match name {
        "verify"
        | "jwtVerify"
        | "verifyAsync"
        | "verifyToken"
        | "verifyAccessToken"
        | "verifyRefreshToken"
        | "verify_token"
        | "verify_refresh_token"
        | "decode_token"
        | "verify_jwt"
        | "verify_jwt_in_request"
        | "verifyIdToken"
        | "verify_id_token" => Some(TokenCheck::Verifies),
        "decode" if path.ends_with("jwt.decode") || path == "decode" => {
            Some(if python_decode_verifies {
                TokenCheck::Verifies
            } else {
                TokenCheck::DecodesUnverified
            })
        }
        "jwtDecode" | "jwt_decode" => Some(TokenCheck::DecodesUnverified),
        "constructEvent"
        | "constructEventAsync"
        | "construct_event"
        | "createHmac"
        | "timingSafeEqual"
        | "compare_digest"
        | "verifyWebhook"
        | "verify_webhook"
        | "validateRequest"
        | "validate_request"
        | "verify_signature"
        | "verifySignature" => Some(TokenCheck::VerifiesSignature),
        "new" if path == "hmac.new" => Some(TokenCheck::VerifiesSignature),
        _ => None,
    }
}

// ---- Python ----

const PY_FUNCTIONS: &[&str] = sechound_syntax::python::FUNCTION_KINDS;

impl<'f> Watcher<'f> {
    /// Records what a Python node says, given its ancestors (outermost first).
    pub(super) fn visit_py(&mut self, node: Node<'f>, ancestors: &[Node<'f>]) {
        let src = self.src;
        match node.kind() {
            "call" => self.py_call(node, ancestors),
            "raise_statement" => {
                let Some(raised) = node.named_child(0).map(sechound_syntax::python::unwrap) else {
                    return;
                };
                let refs = py_roles(node, ancestors, src);
                match raised.kind() {
                    "call" => {
                        let kind = python_exception(raised, src).unwrap_or_else(|| {
                            RejectKind::Error(
                                sechound_syntax::python::callee_path(raised, src)
                                    .map(|p| last_segment(&p).to_string())
                                    .unwrap_or_else(|| "an error".into()),
                            )
                        });
                        self.rejects.push((node, kind, refs));
                    }
                    "identifier" => self.raised.push((node, raised, refs)),
                    "attribute" => {
                        let name =
                            sechound_syntax::python::dotted_path(raised, src).unwrap_or_default();
                        let short = last_segment(&name).to_string();
                        let kind = if auth_exception(&short) {
                            RejectKind::AuthError(short)
                        } else {
                            RejectKind::Error(short)
                        };
                        self.rejects.push((node, kind, refs));
                    }
                    _ => {}
                }
            }
            "return_statement" => self.py_return(node, ancestors),
            "attribute" => {
                if let Some(attribute) = node.field("attribute")
                    && identity_word(text(attribute, src))
                    && let Some(object) = node.field("object")
                    && sechound_syntax::python::dotted_path(object, src).is_some_and(|o| {
                        matches!(
                            last_segment(&o),
                            "request" | "req" | "g" | "ctx" | "websocket"
                        )
                    })
                {
                    self.identity_at(node, ancestors, PY_FUNCTIONS);
                }
            }
            "identifier" if text(node, src) == "current_user" => {
                self.identity_at(node, ancestors, PY_FUNCTIONS);
            }
            "assignment" => self.py_session_assignment(node),
            "function_definition" => {
                // `@require_sudo_mode`, `@fresh_login_required`: the view asks the caller to
                // sign in again, which counts as checking the password.
                if let Some(parent) = node.parent()
                    && parent.kind() == "decorated_definition"
                    && let Some(body) = node.field("body")
                    && named_children(parent).iter().any(|d| {
                        d.kind() == "decorator"
                            && super::lifecycle::words(text(*d, src)).iter().any(|w| {
                                matches!(
                                    w.as_str(),
                                    "sudo"
                                        | "reauth"
                                        | "reauthenticate"
                                        | "reauthenticated"
                                        | "fresh"
                                )
                            })
                    })
                {
                    self.lifecycle.push((body, Lifecycle::VerifiesPassword));
                }
            }
            // `del session["user_id"]`
            "delete_statement" if text(node, src).contains("session[") => {
                self.lifecycle.push((node, Lifecycle::Revokes));
            }
            "comparison_operator" => {
                let operands = named_children(node);
                if operands.len() == 2
                    && operands.iter().any(|o| {
                        sechound_syntax::python::dotted_path(*o, src)
                            .is_some_and(|p| super::lifecycle::stored_password(&p))
                    })
                {
                    self.lifecycle.push((node, Lifecycle::VerifiesPassword));
                }
                if operands.len() == 2
                    && owner_comparison(
                        sechound_syntax::python::dotted_path(operands[0], src),
                        sechound_syntax::python::dotted_path(operands[1], src),
                    )
                {
                    self.owner.push(node);
                }
            }
            "keyword_argument" => {
                if let (Some(name), Some(value)) = (node.field("name"), node.field("value"))
                    && super::lifecycle::second_factor_field(text(name, src))
                    && node
                        .parent()
                        .and_then(|list| list.parent())
                        .and_then(|call| sechound_syntax::python::method_name(call, src))
                        .is_some_and(|m| {
                            let m = m.to_ascii_lowercase();
                            ["update", "create", "save", "set", "insert", "upsert"]
                                .iter()
                                .any(|w| m.starts_with(w))
                        })
                    && let Some(write) = super::lifecycle::second_factor_write(
                        text(name, src).to_string(),
                        text(value, src),
                    )
                {
                    self.lifecycle.push((node, write));
                }
                if let (Some(name), Some(value)) = (node.field("name"), node.field("value"))
                    && OWNER_FIELDS.contains(&text(name, src))
                    && sechound_syntax::python::dotted_path(value, src)
                        .is_some_and(|p| reads_caller(&p))
                {
                    self.owner.push(node);
                }
            }
            _ => {}
        }
    }

    fn py_call(&mut self, call: Node<'f>, ancestors: &[Node<'f>]) {
        use sechound_syntax::python::{
            callee_path, keyword_arg, method_name, positional_args, string_value,
        };
        let src = self.src;
        if let Some(query) = super::tenancy::py_query(call, ancestors, src) {
            self.queries.push((call, query));
        }
        if let Some(write) = super::tenancy::py_cache_write(call, src) {
            self.cache_writes.push((call, write));
        }
        let Some(name) = method_name(call, src) else {
            return;
        };
        let path = callee_path(call, src).unwrap_or_default();
        let args = positional_args(call);
        if name == "abort"
            && let Some(status) = args.first().and_then(|a| refused_status(*a, src))
        {
            let refs = py_roles(call, ancestors, src);
            self.rejects.push((call, RejectKind::Status(status), refs));
            return;
        }
        if matches!(
            name,
            "redirect" | "HttpResponseRedirect" | "RedirectResponse" | "redirect_to_login"
        ) {
            let mut target = None;
            if name == "redirect_to_login" {
                target = Some("the login page".to_string());
            }
            for arg in args.iter().copied().chain(keyword_arg(call, src, "url")) {
                let arg = sechound_syntax::python::unwrap(arg);
                let found = string_value(arg, src).or_else(|| {
                    // `redirect(url_for("auth.login"))`
                    (arg.kind() == "call")
                        .then(|| {
                            positional_args(arg)
                                .first()
                                .and_then(|a| string_value(*a, src))
                        })
                        .flatten()
                });
                if let Some(found) = found
                    && login_target(&found)
                {
                    target = Some(found);
                }
            }
            if let Some(target) = target {
                let refs = py_roles(call, ancestors, src);
                self.rejects
                    .push((call, RejectKind::LoginRedirect(target), refs));
            }
            return;
        }
        if let Some(status) = python_response_status(call, name, src) {
            let refs = py_roles(call, ancestors, src);
            self.rejects.push((call, RejectKind::Status(status), refs));
            return;
        }
        if IDENTITY_CALLS.contains(&name)
            || (matches!(name, "get" | "getlist" | "pop")
                && args
                    .first()
                    .and_then(|a| string_value(*a, src))
                    .is_some_and(|k| CREDENTIAL_KEYS.contains(&k.to_ascii_lowercase().as_str())))
        {
            self.identity_at(call, ancestors, PY_FUNCTIONS);
        }
        let decode_verifies = name == "decode"
            && keyword_arg(call, src, "algorithms").is_some()
            && !keyword_arg(call, src, "options")
                .is_some_and(|o| text(o, src).contains("verify_signature"));
        if let Some(check) = token_check(&path, name, decode_verifies) {
            self.checks.push((call, check));
            // `jwt.decode(token, key, algorithms=[...])` raises on a bad token.
            if check == TokenCheck::Verifies
                && throwing_verify(&path, name)
                && !caught(call, ancestors, PY_FUNCTIONS, "try_statement")
            {
                self.rejects
                    .push((call, RejectKind::Throws(path.clone()), Vec::new()));
            }
        }
        if LOAD_METHODS.contains(&name) {
            let mut names = Vec::new();
            if let Some(list) = call.field("arguments") {
                py_names(list, src, &mut names, 0);
            }
            if !names.is_empty() {
                let by_caller = call.field("arguments").is_some_and(|list| {
                    reads_caller_under(list, 0, &|n| {
                        matches!(n.kind(), "attribute" | "identifier")
                            .then(|| sechound_syntax::python::dotted_path(n, src))
                            .flatten()
                    })
                });
                if path
                    .split('.')
                    .rev()
                    .nth(1)
                    .is_some_and(|r| r.to_ascii_lowercase().contains("token"))
                    || path.split('.').any(|s| s.contains("Token"))
                {
                    self.checks.push((call, TokenCheck::LooksUpToken));
                }
                let mut sent = Vec::new();
                if let Some(list) = call.field("arguments") {
                    sent_names(list, 0, &mut sent, &|n| py_sent(n, src));
                }
                self.loads.push((
                    call,
                    Load {
                        line: 0,
                        names,
                        by_caller,
                        sent,
                        method: name.to_string(),
                        callee: path.clone(),
                        writes: writes(call, name, src),
                    },
                ));
            }
        }
        // A stored session consulted by a service or repository (`session_service.get_by_hash`,
        // `UserSession.objects.filter`); `db.session` and `self.session` are database sessions.
        let segments: Vec<&str> = path.split('.').collect();
        if segments.len() > 1
            && stored_session_check(name)
            && !self.checks.iter().any(|(c, _)| c.id() == call.id())
            && !matches!(segments[0], "request" | "req")
            && (segments[..segments.len() - 1].iter().any(|s| {
                let lower = s.to_ascii_lowercase();
                lower.contains("session")
                    && !matches!(
                        lower.as_str(),
                        "session" | "db_session" | "async_session" | "dbsession"
                    )
                    && !s.ends_with("Session")
            }) || segments
                .iter()
                .any(|s| s.ends_with("Session") && !matches!(*s, "Session" | "AsyncSession")))
        {
            self.checks.push((call, TokenCheck::LooksUpToken));
        }
        if let Some(action) = privileged_action(name) {
            self.actions.push((call, action));
        }
        let strings: Vec<String> = if super::lifecycle::keyed_store_call(&path) {
            args.iter().filter_map(|a| string_value(*a, src)).collect()
        } else {
            Vec::new()
        };
        let facts = super::lifecycle::CallFacts {
            path: &path,
            name,
            strings,
            first_arg: args.first().map(|a| text(*a, src)),
            password_kw: keyword_arg(call, src, "password").is_some(),
            no_session: false,
            secret_and_token: false,
            python: true,
        };
        self.record_lifecycle(call, &facts, ancestors);
    }

    /// `session["user_id"] = user.id` keeps a session (`= None` drops it);
    /// `profile.totp = secret` writes a second factor.
    fn py_session_assignment(&mut self, node: Node<'f>) {
        let src = self.src;
        let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
            return;
        };
        let value = text(right, src);
        if left.kind() == "subscript" {
            let Some(object) = left.field("value") else {
                return;
            };
            let object = sechound_syntax::python::dotted_path(object, src).unwrap_or_default();
            if !(object == "session" || object.ends_with(".session")) || object.starts_with("db.") {
                return;
            }
            let key = left
                .field("subscript")
                .and_then(|k| sechound_syntax::python::string_value(k, src));
            if key.is_some_and(|k| super::lifecycle::identity_session_key(&k)) {
                let work = if super::lifecycle::clears(value) {
                    Lifecycle::Revokes
                } else {
                    Lifecycle::StoresSession(code(node, src))
                };
                self.lifecycle.push((node, work));
            }
            return;
        }
        if left.kind() != "attribute" {
            return;
        }
        let Some(path) = sechound_syntax::python::dotted_path(left, src) else {
            return;
        };
        let last = last_segment(&path);
        if path.contains('.')
            && !super::lifecycle::request_input(&path)
            && super::lifecycle::second_factor_field(last)
            && let Some(write) = super::lifecycle::second_factor_write(last.to_string(), value)
        {
            self.lifecycle.push((node, write));
        }
    }

    fn py_return(&mut self, node: Node<'f>, ancestors: &[Node<'f>]) {
        let src = self.src;
        let Some(function) = ancestors
            .iter()
            .rev()
            .find(|a| PY_FUNCTIONS.contains(&a.kind()))
        else {
            return;
        };
        let value = node.named_child(0);
        // `return jsonify(...), 401`
        if let Some(v) = value
            && matches!(v.kind(), "expression_list" | "tuple")
            && let Some(status) = named_children(v)
                .get(1)
                .and_then(|s| refused_status(*s, src))
        {
            let refs = py_roles(node, ancestors, src);
            self.rejects.push((node, RejectKind::Status(status), refs));
            return;
        }
        let name = function.field("name").map(|n| text(n, src));
        if matches!(name, Some("has_permission" | "has_object_permission")) {
            match value.map(|v| v.kind()) {
                Some("true") => {}
                Some(_) => {
                    let refs = py_roles(node, ancestors, src);
                    self.rejects.push((node, RejectKind::Deny, refs));
                    return;
                }
                None => {}
            }
        }
        let (without, conditional) = py_pass_conditions(node, ancestors, src);
        self.passes.push((node, without, conditional));
    }
}

/// What an exception call raises: `HTTPException(401)`, `HTTPException(status_code=403)`,
/// `PermissionDenied()`, `AuthenticationFailed(...)`.
fn python_exception(call: Node<'_>, src: &str) -> Option<RejectKind> {
    use sechound_syntax::python::{callee_path, keyword_arg, positional_args};
    let path = callee_path(call, src)?;
    let name = last_segment(&path).to_string();
    let status = positional_args(call)
        .first()
        .copied()
        .or_else(|| keyword_arg(call, src, "status_code"))
        .and_then(|s| refused_status(s, src));
    if let Some(status) = status {
        return Some(RejectKind::Status(status));
    }
    Some(if auth_exception(&name) {
        RejectKind::AuthError(name)
    } else {
        RejectKind::Error(name)
    })
}

/// A response refusing the caller: `HttpResponseForbidden()`, `JSONResponse(status_code=401)`,
/// `Response(status=403)`.
fn python_response_status(call: Node<'_>, name: &str, src: &str) -> Option<u16> {
    use sechound_syntax::python::keyword_arg;
    match name {
        "HttpResponseForbidden" => Some(403),
        n if n.ends_with("Response") => keyword_arg(call, src, "status_code")
            .or_else(|| keyword_arg(call, src, "status"))
            .and_then(|s| refused_status(s, src)),
        _ => None,
    }
}

fn py_names(node: Node<'_>, src: &str, out: &mut Vec<String>, depth: usize) {
    if depth > 4 || out.len() > 12 {
        return;
    }
    match node.kind() {
        "identifier" => out.push(text(node, src).to_string()),
        "attribute" | "subscript" => {
            if let Some(path) = sechound_syntax::python::dotted_path(node, src) {
                out.push(last_segment(&path).to_string());
            } else if let Some(key) = node
                .field("subscript")
                .and_then(|k| sechound_syntax::python::string_value(k, src))
            {
                out.push(key);
            }
        }
        "argument_list"
        | "keyword_argument"
        | "comparison_operator"
        | "boolean_operator"
        | "list"
        | "tuple"
        | "dictionary"
        | "pair"
        | "call"
        | "binary_operator" => {
            for child in named_children(node) {
                if node.kind() == "keyword_argument" && node.field("name") == Some(child) {
                    continue;
                }
                py_names(child, src, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn py_pass_conditions(node: Node<'_>, ancestors: &[Node<'_>], src: &str) -> (bool, bool) {
    let mut conditional = false;
    let mut without = false;
    let mut child = node;
    for a in ancestors.iter().rev() {
        if PY_FUNCTIONS.contains(&a.kind()) {
            break;
        }
        match a.kind() {
            "if_statement" | "elif_clause" => {
                let condition = a.field("condition");
                if condition != Some(child) {
                    conditional = true;
                    if let Some(condition) = condition {
                        let in_consequence = a.field("consequence") == Some(child);
                        let negated = py_negated_identity(condition, src);
                        if in_consequence && negated {
                            without = true;
                        }
                    }
                }
            }
            "else_clause" | "except_clause" | "conditional_expression" | "boolean_operator" => {
                conditional = true
            }
            _ => {}
        }
        child = *a;
    }
    (without, conditional)
}

/// `not token`, `token is None`, `user == None`.
fn py_negated_identity(condition: Node<'_>, src: &str) -> bool {
    match condition.kind() {
        "not_operator" => condition
            .field("argument")
            .is_some_and(|a| py_identity_expr(a, src)),
        "comparison_operator" => {
            let operands = named_children(condition);
            operands.len() == 2
                && text(operands[1], src) == "None"
                && py_identity_expr(operands[0], src)
                && !text(condition, src).contains("is not")
                && !text(condition, src).contains("!=")
        }
        "boolean_operator" => named_children(condition)
            .into_iter()
            .any(|c| py_negated_identity(c, src)),
        "parenthesized_expression" => condition
            .named_child(0)
            .is_some_and(|c| py_negated_identity(c, src)),
        _ => false,
    }
}

fn py_identity_expr(node: Node<'_>, src: &str) -> bool {
    use sechound_syntax::python::{callee_path, dotted_path};
    let path = match node.kind() {
        "call" => callee_path(node, src),
        _ => dotted_path(node, src),
    };
    path.is_some_and(|p| {
        let last = last_segment(&p);
        identity_word(last) || IDENTITY_CALLS.contains(&last)
    })
}

fn py_roles<'f>(node: Node<'f>, ancestors: &[Node<'f>], src: &str) -> Vec<RoleRef<'f>> {
    let mut conditions = Vec::new();
    let mut child = node;
    for a in ancestors.iter().rev() {
        if PY_FUNCTIONS.contains(&a.kind()) {
            break;
        }
        match a.kind() {
            "if_statement" | "elif_clause" => {
                if let Some(c) = a.field("condition")
                    && c != child
                {
                    conditions.push(c);
                }
            }
            "block" => {
                let mut previous = child.prev_named_sibling();
                let mut seen = 0;
                while let Some(p) = previous
                    && seen < 4
                {
                    if p.kind() == "if_statement"
                        && let Some(c) = p.field("condition")
                    {
                        conditions.push(c);
                    }
                    previous = p.prev_named_sibling();
                    seen += 1;
                }
            }
            _ => {}
        }
        child = *a;
    }
    let mut out = Vec::new();
    for condition in conditions {
        py_role_refs(condition, src, &mut out, 0);
    }
    out
}

fn py_role_refs<'f>(node: Node<'f>, src: &str, out: &mut Vec<RoleRef<'f>>, depth: usize) {
    use sechound_syntax::python::{dotted_path, method_name, positional_args, receiver};
    if depth > 6 || out.len() > 8 {
        return;
    }
    let role_field = |n: Node<'_>| {
        dotted_path(n, src).is_some_and(|p| ROLE_FIELDS.contains(&last_segment(&p)))
            || (n.kind() == "subscript"
                && n.field("subscript")
                    .and_then(|k| sechound_syntax::python::string_value(k, src))
                    .is_some_and(|k| ROLE_FIELDS.contains(&k.as_str())))
            || (n.kind() == "call"
                && method_name(n, src) == Some("get")
                && positional_args(n)
                    .first()
                    .and_then(|k| sechound_syntax::python::string_value(*k, src))
                    .is_some_and(|k| ROLE_FIELDS.contains(&k.as_str())))
    };
    match node.kind() {
        "comparison_operator" => {
            let operands = named_children(node);
            if operands.len() == 2 {
                if role_field(operands[0]) {
                    out.push(RoleRef::Expr(operands[1]));
                } else if role_field(operands[1]) {
                    out.push(RoleRef::Expr(operands[0]));
                }
            }
        }
        "not_operator" | "parenthesized_expression" => {
            if let Some(inner) = node.named_child(0) {
                py_role_refs(inner, src, out, depth + 1);
            }
        }
        "boolean_operator" => {
            for c in named_children(node) {
                py_role_refs(c, src, out, depth + 1);
            }
        }
        "call" => {
            if matches!(
                method_name(node, src),
                Some("has_perm" | "has_perms" | "has_role" | "has_any_role")
            ) && let Some(a) = positional_args(node).first()
            {
                out.push(RoleRef::Expr(*a));
            } else if matches!(method_name(node, src), Some("issubset" | "intersection"))
                && receiver(node).is_some_and(role_field)
                && let Some(a) = positional_args(node).first()
            {
                out.push(RoleRef::Expr(*a));
            }
        }
        "attribute" | "identifier" => {
            if let Some(path) = dotted_path(node, src)
                && let Some(flag) = role_flag(last_segment(&path))
            {
                out.push(RoleRef::Flag(flag));
            }
        }
        _ => {}
    }
}

/// The expression a Python name is last bound to, from the taint engine's bindings.
pub(super) fn bound_expression<'f>(bindings: Vec<BoundValue<'f>>) -> Option<Node<'f>> {
    match bindings.last()? {
        BoundValue::Expr(e) => Some(*e),
        _ => None,
    }
}

/// Collects the fields of request data an expression reads (`id` for `req.params.id`,
/// `order_id` for `request.args.get("order_id")`), through `read`, which names the field a
/// node reads from the request if it does.
fn sent_names(
    node: Node<'_>,
    depth: usize,
    out: &mut Vec<String>,
    read: &dyn Fn(Node<'_>) -> Option<String>,
) {
    if depth > 6 || out.len() > 8 {
        return;
    }
    if let Some(field) = read(node) {
        if !out.contains(&field) {
            out.push(field);
        }
        return;
    }
    for child in named_children(node) {
        sent_names(child, depth + 1, out, read);
    }
}

/// Parts of a request that hold what the client sent.
const SENT_PARTS: &[&str] = &[
    "params",
    "query",
    "body",
    "path_params",
    "query_params",
    "args",
    "form",
    "GET",
    "POST",
    "json",
    "data",
    "values",
];

/// Names a request object goes by.
const REQUEST_NAMES: &[&str] = &["req", "request", "ctx", "event"];

/// `req.params.id`, `req.body.orderId`, `ctx.request.query.id`: the field read.
fn js_sent(node: Node<'_>, src: &str) -> Option<String> {
    if !matches!(node.kind(), "member_expression" | "subscript_expression") {
        return None;
    }
    let path = sechound_syntax::js::dotted_path(node, src)?;
    sent_field(&path)
}

/// `request.args.get("id")`, `request.GET["id"]`, `request.json["id"]`, `request.query_params["id"]`.
fn py_sent(node: Node<'_>, src: &str) -> Option<String> {
    use sechound_syntax::python::{dotted_path, positional_args, string_value};
    match node.kind() {
        "call" => {
            let function = node.field("function")?;
            let path = dotted_path(function, src)?;
            let (object, method) = path.rsplit_once('.')?;
            if method != "get" {
                return None;
            }
            let key = positional_args(node)
                .first()
                .and_then(|a| string_value(*a, src))?;
            sent_field(&format!("{object}.{key}"))
        }
        "subscript" => {
            let object = dotted_path(node.field("value")?, src)?;
            let key = string_value(node.field("subscript")?, src)?;
            sent_field(&format!("{object}.{key}"))
        }
        "attribute" => sent_field(&dotted_path(node, src)?),
        _ => None,
    }
}

/// The field a dotted read of request data names: `req.params.id` → `id`.
fn sent_field(path: &str) -> Option<String> {
    let segments: Vec<&str> = path.split('.').collect();
    if segments.len() < 3 {
        return None;
    }
    let from_request =
        REQUEST_NAMES.contains(&segments[0]) || (segments[0] == "self" && segments[1] == "request");
    let part = segments[1..segments.len() - 1]
        .iter()
        .any(|s| SENT_PARTS.contains(s));
    (from_request && part).then(|| segments[segments.len() - 1].to_string())
}

/// Words of a call's name that say it acts on other users or on the whole system.
const ACTION_WORDS: &[&[&str]] = &[
    &["impersonate"],
    &["impersonation"],
    &["purge"],
    &["replay"],
    &["requeue"],
    &["redrive"],
    &["promote"],
    &["demote"],
    &["set", "role"],
    &["set", "roles"],
    &["change", "role"],
    &["update", "role"],
    &["grant", "role"],
    &["assign", "role"],
    &["grant", "admin"],
    &["make", "admin"],
    &["set", "plan"],
    &["change", "plan"],
    &["update", "plan"],
    &["set", "quota"],
    &["change", "quota"],
    &["update", "quota"],
    &["set", "quotas"],
    &["update", "quotas"],
    &["set", "limits"],
    &["update", "limits"],
    &["export", "all"],
    &["delete", "all"],
    &["reset", "all"],
    &["ban", "user"],
    &["suspend", "user"],
    &["disable", "user"],
];

/// The words of a camelCase or snake_case name, lower case.
fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c == '_' || c == '-' {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The action a call's name says, when it says a privileged one: `purgeDeadLetters` → `purge`,
/// `set_user_role` → `set role`.
fn privileged_action(name: &str) -> Option<String> {
    let w = words(name);
    ACTION_WORDS
        .iter()
        .find(|phrase| {
            // Every word of the phrase, in order (others may sit between: `set_user_role`).
            let mut at = 0;
            phrase.iter().all(|p| {
                while at < w.len() {
                    at += 1;
                    if w[at - 1] == *p {
                        return true;
                    }
                }
                false
            })
        })
        .map(|phrase| phrase.join(" "))
}

#[cfg(test)]
mod access_tests {
    use super::*;

    #[test]
    fn reads_privileged_actions_from_call_names() {
        assert_eq!(
            privileged_action("purgeDeadLetters").as_deref(),
            Some("purge")
        );
        assert_eq!(
            privileged_action("set_user_role").as_deref(),
            Some("set role")
        );
        assert_eq!(
            privileged_action("updateQuota").as_deref(),
            Some("update quota")
        );
        assert_eq!(
            privileged_action("impersonateUser").as_deref(),
            Some("impersonate")
        );
        assert_eq!(
            privileged_action("exportAllUsers").as_deref(),
            Some("export all")
        );
        assert_eq!(privileged_action("updateProfile"), None);
        assert_eq!(privileged_action("settings"), None);
        assert_eq!(privileged_action("replace"), None);
        assert_eq!(privileged_action("getRoles"), None);
    }

    #[test]
    fn reads_the_field_of_request_data() {
        assert_eq!(sent_field("req.params.id").as_deref(), Some("id"));
        assert_eq!(sent_field("req.body.orderId").as_deref(), Some("orderId"));
        assert_eq!(
            sent_field("request.args.order_id").as_deref(),
            Some("order_id")
        );
        assert_eq!(sent_field("req.user.id"), None);
        assert_eq!(sent_field("params.id"), None);
    }
}
