//! The function a route runs, resolved through the linked program (a function written in
//! place, a name through imports and aliases, the factory that builds it), and what its code
//! visibly does that project rules weigh, read from its syntax tree: a record loaded by an id
//! from the path, the record's owner compared with the caller (or the query filtered by the
//! caller), a token verified or only decoded, a token looked up, a signature verified.

use crate::facts::{HandlerAt, RouteDecl};
use sechound_core::project::{CodeSpan, Signal};
use sechound_semantic::{Behaviour, FnRef, Program, RejectKind, TokenCheck};

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

pub(crate) struct HandlerFacts {
    pub function: Option<FnRef>,
    pub span: Option<CodeSpan>,
    pub signals: Vec<Signal>,
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
    HandlerFacts {
        function: Some(function),
        span: Some(span),
        signals: signals(program, function, full_path),
    }
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
