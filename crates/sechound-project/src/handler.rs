//! The function a route runs, resolved through the linked program (a function written in
//! place, a name through imports and aliases, the factory that builds it), and what its code
//! visibly does that project rules weigh, read from its syntax tree: a record loaded by an id
//! from the path, the record's owner compared with the caller (or the query filtered by the
//! caller), a token verified or only decoded, a token looked up, a signature verified.

use crate::facts::{HandlerAt, RouteDecl};
use sechound_core::project::{
    Access, AccessSite, CacheSite, CodeSpan, QuerySite, SessionWork, Signal,
};
use sechound_semantic::{Behaviour, FnRef, Lifecycle, Program, RejectKind, TokenCheck};
use sechound_syntax::Origin;

/// Segments of a name that read the caller.
const CALLER_WORDS: &[&str] = &[
    "user",
    "currentUser",
    "current_user",
    "userId",
    "user_id",
    "currentUserId",
    "current_user_id",
    "owner",
    "ownerId",
    "owner_id",
    "session",
];

#[derive(Clone)]
pub(crate) struct HandlerFacts {
    pub function: Option<FnRef>,
    pub span: Option<CodeSpan>,
    pub signals: Vec<Signal>,
    pub access: Access,
}

/// The handler of `route` (declared in file `path`, full path `full_path`).
pub(crate) fn read(
    program: &Program,
    path: &str,
    route: &RouteDecl,
    full_path: &str,
) -> HandlerFacts {
    let function = resolve(program, path, route);
    let Some(function) = function else {
        return HandlerFacts {
            function: None,
            span: None,
            signals: Vec::new(),
            access: Access::default(),
        };
    };
    let (file, summary) = program.function(function);
    let mut start_line = summary.line;
    // A handler written right under its declaration (a decorated `def`, a multi-line call)
    // starts with the declaration.
    if file.path == path && start_line > route.line && summary.line <= route.line + 16 {
        start_line = route.line;
    }
    let span = CodeSpan {
        file: file.path.clone(),
        start_line,
        end_line: summary.end_line,
    };
    let mut access = access(program, function, full_path);
    // A class-based view run through the framework's `dispatch` (a DRF `ViewSet` routed with
    // `as_view({...})`): what its handler methods query and cache is read from each of them.
    // A view already read method by method (`NoteDelete.post`) keeps its own method's facts.
    let methods = match (route.framework, route.handler.as_deref()) {
        (sechound_core::project::Framework::Django, Some(name)) => {
            program.class_methods(path, name, VIEW_METHODS)
        }
        _ => Vec::new(),
    };
    if !methods.contains(&function) {
        for method in methods {
            let more = self::access(program, method, full_path);
            for q in more.queries {
                if !access.queries.contains(&q) {
                    access.queries.push(q);
                }
            }
            for w in more.cache_writes {
                if !access.cache_writes.contains(&w) {
                    access.cache_writes.push(w);
                }
            }
            if access.identity.is_none() {
                access.identity = more.identity;
            }
        }
    }
    HandlerFacts {
        function: Some(function),
        span: Some(span),
        signals: signals(program, function, full_path),
        access: Access {
            sessions: sessions(program, function),
            ..access
        },
    }
}

/// The methods of a Django or DRF class-based view that answer requests.
const VIEW_METHODS: &[&str] = &[
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "list",
    "retrieve",
    "create",
    "update",
    "partial_update",
    "destroy",
    "get_queryset",
    "get_object",
    "perform_create",
    "perform_update",
    "perform_destroy",
];

/// How many calls deep the session walk follows the handler (handler → service → store).
const SESSION_DEPTH: usize = 3;

/// What the handler and the functions it calls do to sessions, stored tokens and second
/// factors, with where.
fn sessions(program: &Program, handler: FnRef) -> Vec<(AccessSite, SessionWork)> {
    let mut out: Vec<(AccessSite, SessionWork)> = Vec::new();
    let mut seen: Vec<FnRef> = Vec::new();
    let mut queue = vec![(handler, 0usize)];
    while let Some((f, depth)) = queue.pop() {
        if seen.contains(&f) {
            continue;
        }
        seen.push(f);
        let (file, _) = program.function(f);
        for b in program.behaviour_within(f) {
            for (line, work) in &b.lifecycle {
                let Some((work, detail)) = session_work(work) else {
                    continue;
                };
                let site = AccessSite {
                    file: file.path.clone(),
                    line: *line,
                    detail,
                };
                if !out.iter().any(|(s, w)| *s == site && *w == work) {
                    out.push((site, work));
                }
            }
        }
        if depth < SESSION_DEPTH {
            for callee in program.callees_of(f) {
                queue.push((callee, depth + 1));
            }
        }
    }
    out
}

/// The project model's reading of a semantic fact, with its detail.
pub(crate) fn session_work(work: &Lifecycle) -> Option<(SessionWork, String)> {
    Some(match work {
        Lifecycle::StoresSession(code) => (SessionWork::Stores, code.clone()),
        Lifecycle::Revokes => (SessionWork::Revokes, String::new()),
        Lifecycle::VerifiesCode => (SessionWork::VerifiesCode, String::new()),
        Lifecycle::VerifiesPassword => (SessionWork::VerifiesPassword, String::new()),
        Lifecycle::WritesSecondFactor { field, clears, .. } => (
            SessionWork::WritesSecondFactor { clears: *clears },
            field.clone(),
        ),
        Lifecycle::Encrypts { .. } => return None,
    })
}

fn resolve(program: &Program, path: &str, route: &RouteDecl) -> Option<FnRef> {
    match &route.handler_at {
        Some(HandlerAt::Inline(start)) => program.function_at(path, *start),
        Some(HandlerAt::Name(name)) => program.resolve_function(path, name),
        Some(HandlerAt::Built(callees)) => callees
            .iter()
            .find_map(|c| program.resolve_function(path, c)),
        Some(HandlerAt::In { file, name }) => program.resolve_function(file, name),
        None => route
            .handler
            .as_deref()
            .filter(|h| *h != "inline function" && !h.contains(['(', ' ']))
            .and_then(|h| program.resolve_function(path, h)),
    }
}

/// What the handler's code (and the code of the functions it calls directly) does.
fn signals(program: &Program, handler: FnRef, full_path: &str) -> Vec<Signal> {
    let own = program.behaviour_within(handler);
    let mut reached: Vec<&Behaviour> = own.clone();
    for callee in program.callees_of(handler) {
        for b in program.behaviour_within(callee) {
            if !reached.contains(&b) {
                reached.push(b);
            }
        }
    }
    let params = path_params(full_path);
    let mut out = vec![Signal::HandlerRead];
    let add = |s: Signal, out: &mut Vec<Signal>| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for b in &reached {
        for (_, check) in &b.checks {
            add(
                match check {
                    TokenCheck::Verifies => Signal::VerifiesToken,
                    TokenCheck::DecodesUnverified => Signal::DecodesTokenUnverified,
                    TokenCheck::LooksUpToken => Signal::LooksUpToken,
                    TokenCheck::VerifiesSignature => Signal::VerifiesSignature,
                },
                &mut out,
            );
        }
        if !b.owner_checks.is_empty() {
            add(Signal::ChecksOwner, &mut out);
        }
        // A query given the caller (`findOne({ _id: id, owner: req.user.id })` is a pair the
        // walk already counts; `items.get(id, current_user)` passes the caller itself).
        if b.loads
            .iter()
            .any(|l| l.by_caller || l.names.iter().any(|n| CALLER_WORDS.contains(&n.as_str())))
        {
            add(Signal::ChecksOwner, &mut out);
        }
    }
    // The handler's own loads by an id of the path.
    if !params.is_empty()
        && own.iter().any(|b| {
            b.loads
                .iter()
                .any(|l| l.names.iter().any(|n| params.contains(&n.as_str())))
        })
    {
        add(Signal::LoadsByPathId, &mut out);
    }
    // A 403 the handler answers itself after reading who the caller is.
    if own.iter().any(|b| {
        b.identity.is_some()
            && b.rejects.iter().any(|r| {
                matches!(
                    r.kind,
                    RejectKind::Status(403) | RejectKind::AuthError(_) | RejectKind::Deny
                )
            })
    }) {
        add(Signal::ChecksOwner, &mut out);
    }
    out.sort();
    out
}

/// The parameter names of a path: `:id`, `{id}`, `<int:id>`, `[id]`.
pub(crate) fn path_params(path: &str) -> Vec<&str> {
    path.split('/')
        .filter_map(|s| {
            s.strip_prefix(':')
                .or_else(|| s.strip_prefix('{').and_then(|p| p.strip_suffix('}')))
                .or_else(|| {
                    s.strip_prefix('<')
                        .and_then(|p| p.strip_suffix('>'))
                        .map(|p| p.rsplit(':').next().unwrap_or(p))
                })
                .or_else(|| s.strip_prefix('[').and_then(|p| p.strip_suffix(']')))
        })
        .map(|p| p.trim_end_matches('?'))
        .map(|p| p.split(':').next().unwrap_or(p))
        .filter(|p| !p.is_empty())
        .collect()
}

/// How many calls deep the access walk follows a client id (handler → service → repository).
const ACCESS_DEPTH: usize = 4;

/// Words of a model or repository name that say it holds users, their memberships or what
/// they are allowed.
const USER_MODELS: &[&str] = &[
    "user",
    "users",
    "account",
    "accounts",
    "member",
    "members",
    "membership",
    "memberships",
    "profile",
    "profiles",
];

/// True for a name that holds an identifier: `id`, `orderId`, `item_id`, `pk`, `uuid`.
fn id_like(name: &str) -> bool {
    name == "id"
        || name == "pk"
        || name == "uuid"
        || name.ends_with("_id")
        || name.ends_with("Id")
        || name.ends_with("ID")
        || name.ends_with("_pk")
        || name.ends_with("_uuid")
        || name.ends_with("Uuid")
}

/// The lower-case words of a dotted, camelCase or snake_case name.
fn name_words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower {
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

/// What the handler and the functions it calls (following the ids the client sends into
/// them, up to [`ACCESS_DEPTH`] calls away, across modules) do about whose records they
/// touch.
fn access(program: &Program, handler: FnRef, full_path: &str) -> Access {
    let params = path_params(full_path);
    let (_, summary) = program.function(handler);
    // The handler's own parameters that carry a client id: path parameters by name
    // (FastAPI, NestJS `@Param('id') id`, Django `def view(request, pk)`), and id-like names.
    let first: Vec<String> = summary
        .params
        .iter()
        .filter(|p| params.contains(&p.as_str()) || id_like(p))
        .cloned()
        .chain(params.iter().map(|p| p.to_string()))
        .collect();
    let mut out = Access::default();
    let mut seen: Vec<FnRef> = Vec::new();
    let mut queue: Vec<(FnRef, Vec<String>, usize)> = vec![(handler, first, 0)];
    let push = |list: &mut Vec<AccessSite>, site: AccessSite| {
        if !list.contains(&site) {
            list.push(site);
        }
    };
    while let Some((f, client, depth)) = queue.pop() {
        if seen.contains(&f) {
            continue;
        }
        seen.push(f);
        let (file, function) = program.function(f);
        let path = file.path.clone();
        let site = |line: u32, detail: String| AccessSite {
            file: path.clone(),
            line,
            detail,
        };
        for b in program.behaviour_within(f) {
            for l in &b.loads {
                // A call on a call's result has no path: `db.query(Order).filter(…)`.
                let callee = if l.callee.is_empty() {
                    format!("….{}", l.method)
                } else {
                    l.callee.clone()
                };
                // `user_id` read from the path is the client's choice, not the caller.
                let scoped = l.by_caller
                    || l.names.iter().any(|n| {
                        CALLER_WORDS.contains(&n.as_str())
                            && !client.contains(n)
                            && !l.sent.contains(n)
                    });
                if scoped {
                    push(
                        &mut out.owner_checks,
                        site(l.line, format!("scopes `{callee}` to the caller")),
                    );
                    continue;
                }
                let ids: Vec<&String> = l
                    .sent
                    .iter()
                    .filter(|n| id_like(n) || params.contains(&n.as_str()))
                    .chain(l.names.iter().filter(|n| client.contains(n)))
                    .collect();
                let Some(id) = ids.first() else { continue };
                let detail = format!("`{callee}` by `{id}`");
                let model_words: Vec<String> = name_words(&l.callee)
                    .into_iter()
                    .chain(
                        l.names
                            .iter()
                            .filter(|n| {
                                n.starts_with(|c: char| c.is_ascii_uppercase()) && !id_like(n)
                            })
                            .flat_map(|n| name_words(n)),
                    )
                    .collect();
                if model_words
                    .iter()
                    .any(|w| USER_MODELS.contains(&w.as_str()))
                {
                    if l.writes {
                        push(&mut out.user_changes, site(l.line, detail.clone()));
                    }
                    push(&mut out.user_loads, site(l.line, detail.clone()));
                }
                push(&mut out.client_loads, site(l.line, detail));
            }
            for line in &b.owner_checks {
                push(
                    &mut out.owner_checks,
                    site(
                        *line,
                        "compares the record's owner with the caller".to_string(),
                    ),
                );
            }
            for r in &b.rejects {
                let refuses = match &r.kind {
                    RejectKind::Status(403) | RejectKind::Deny => true,
                    RejectKind::AuthError(name) => {
                        let n = name.to_ascii_lowercase();
                        [
                            "forbidden",
                            "permission",
                            "denied",
                            "notallowed",
                            "unauthorized",
                        ]
                        .iter()
                        .any(|w| n.contains(w))
                    }
                    _ => false,
                };
                if refuses && (b.identity.is_some() || depth > 0 || r.roles.is_empty()) {
                    push(
                        &mut out.owner_checks,
                        site(
                            r.line,
                            format!("refuses the caller ({})", r.kind.describe()),
                        ),
                    );
                }
            }
            for (line, action) in &b.actions {
                push(&mut out.actions, site(*line, action.clone()));
            }
            for q in &b.queries {
                let query = QuerySite {
                    file: path.clone(),
                    line: q.line,
                    model: q.model.clone(),
                    code: q.code.clone(),
                    tenant: q.tenant.clone(),
                    by_caller: q.by_caller,
                    narrowed_by: q.narrowed_by.clone(),
                };
                if !out.queries.contains(&query) {
                    out.queries.push(query);
                }
            }
            for w in &b.cache_writes {
                let write = CacheSite {
                    file: path.clone(),
                    line: w.line,
                    code: w.code.clone(),
                    key: w.key.clone(),
                    keyed_by_caller: w.keyed_by_caller,
                };
                if !out.cache_writes.contains(&write) {
                    out.cache_writes.push(write);
                }
            }
            if depth == 0
                && out.identity.is_none()
                && let Some(line) = b.identity
            {
                out.identity = Some(site(line, "reads the caller".to_string()));
            }
        }
        if depth >= ACCESS_DEPTH {
            continue;
        }
        // The functions it calls, with which of their parameters receive a client id.
        let inside = |caller: u32| {
            let c = &file.functions[caller as usize];
            caller == f.function
                || (c.start >= function.start
                    && c.line >= function.line
                    && c.end_line <= function.end_line)
        };
        let carries = |origins: &Vec<Origin>| {
            origins.iter().any(|o| match o {
                Origin::Request(trace) => {
                    let last = trace
                        .source
                        .rsplit(['.', '[', '\'', '"'])
                        .find(|s| !s.is_empty() && *s != "]")
                        .unwrap_or("");
                    id_like(last) || params.contains(&last)
                }
                Origin::Param {
                    function: at,
                    index,
                } => file
                    .functions
                    .get(*at as usize)
                    .and_then(|g| g.params.get(*index as usize))
                    .is_some_and(|p| client.contains(p)),
                Origin::Call(_) => false,
            })
        };
        for (index, call) in file.calls.iter().enumerate() {
            let Some(caller) = call.caller else { continue };
            if !inside(caller) {
                continue;
            }
            let Some(target) = program.call_target(&file.path, index as u32) else {
                continue;
            };
            if seen.contains(&target) {
                continue;
            }
            let (_, callee) = program.function(target);
            // A method's `self`/`this` is not among the arguments written.
            let offset = usize::from(
                callee
                    .params
                    .first()
                    .is_some_and(|p| p == "self" || p == "cls"),
            );
            let mut names: Vec<String> = Vec::new();
            for (k, origins) in call.args.iter().enumerate() {
                if carries(origins)
                    && let Some(p) = callee.params.get(k + offset)
                {
                    names.push(p.clone());
                }
            }
            for (keyword, origins) in &call.keywords {
                if carries(origins) && callee.params.contains(keyword) {
                    names.push(keyword.clone());
                }
            }
            // A callee is read even when no id reaches it: it may check the owner.
            queue.push((target, names, depth + 1));
        }
    }
    out
}
