//! What a guard does, judged from its code rather than its name.
//!
//! A middleware, dependency, decorator, guard class or hook is followed through the linked
//! program (imports, re-exports, factories, constructor functions, classes) to the function
//! that runs; that function's code decides ([`sechound_semantic::Program::gate`]): it
//! *enforces* when it can end the request without a valid identity (401/403, a redirect to the
//! login page, an exception, `next(err)`), it is *identity only* when it reads the caller's
//! identity and lets requests without one through. A guard built by a package is judged by
//! what the package is documented to do when sechound knows it, and by its name otherwise — a
//! guess, said so. A guard whose code cannot be found keeps the name-based guess too.

use crate::facts::Guard;
use crate::names::{is_auth_name, is_role_name};
use sechound_core::project::{CodeLine, GuardVerdict};
use sechound_semantic::{FnRef, GateKind, Program};

/// The judgement on one guard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Judged {
    pub verdict: GuardVerdict,
    /// The line that decides (rejects, or lets requests through).
    pub decided_at: Option<CodeLine>,
    /// Roles a comparison that decides a rejection requires; for guards whose code is not
    /// read, the roles named in the guard itself (`requireRole('admin')`).
    pub roles: Vec<String>,
    /// Why, in words.
    pub why: String,
}

/// Packages whose guards are documented to reject requests without valid credentials: module
/// (or module prefix ending in `/`), and the names off it that do (empty: any).
const KNOWN_PACKAGES: &[(&str, &[&str])] = &[
    ("express-jwt", &[]),
    ("koa-jwt", &[]),
    ("passport", &["authenticate"]),
    (
        "express-openid-connect",
        &["requiresAuth", "claimCheck", "claimEquals"],
    ),
    (
        "express-oauth2-jwt-bearer",
        &["auth", "requiredScopes", "claimCheck"],
    ),
    ("express-basic-auth", &[]),
    (
        "connect-ensure-login",
        &["ensureLoggedIn", "ensureAuthenticated"],
    ),
    ("@clerk/express", &["requireAuth"]),
    ("@clerk/clerk-sdk-node", &["ClerkExpressRequireAuth"]),
    ("@nestjs/passport", &["AuthGuard"]),
    ("@fastify/basic-auth", &[]),
    ("@fastify/bearer-auth", &[]),
    ("next-auth/middleware", &["withAuth", "default"]),
    (
        "@auth0/nextjs-auth0",
        &["withApiAuthRequired", "withMiddlewareAuthRequired"],
    ),
    ("flask_login", &["login_required", "fresh_login_required"]),
    (
        "flask_jwt_extended",
        &[
            "jwt_required",
            "fresh_jwt_required",
            "jwt_refresh_token_required",
        ],
    ),
    ("flask_httpauth", &["login_required"]),
    ("django.contrib.auth.decorators", &[]),
    ("django.contrib.auth.mixins", &[]),
    ("django.contrib.admin.views.decorators", &[]),
    (
        "rest_framework.permissions",
        &[
            "IsAuthenticated",
            "IsAdminUser",
            "IsAuthenticatedOrReadOnly",
            "DjangoModelPermissions",
            "DjangoModelPermissionsOrAnonReadOnly",
            "DjangoObjectPermissions",
        ],
    ),
    ("fastapi.security", &[]),
    ("fastapi_users", &["current_user"]),
    ("flask_security", &[]),
];

/// Strategies of `passport.authenticate` that sign a user in (the login handler itself), not
/// guards in front of other handlers.
const SIGN_IN_STRATEGIES: &[&str] = &[
    "local",
    "login",
    "signin",
    "signup",
    "register",
    "local-login",
    "local-signup",
    "local-signin",
];

/// Judges `guard`, written in file `path`. `defined` is true when an authentication definition
/// of the guard's name was read (it has a public-path list). `None` when it is not a control
/// on the caller at all.
pub(crate) fn judge(program: &Program, path: &str, guard: &Guard, defined: bool) -> Option<Judged> {
    let named = guard.authenticates
        || defined
        || is_auth_name(&guard.name)
        || is_role_name(&guard.name)
        || !guard.roles.is_empty();
    if let Some(target) = &guard.target {
        if let Some(function) = program.resolve_function(path, &target.name) {
            let (file, summary) = program.function(function);
            return match program.gate(function) {
                Some(gate) => match gate.kind {
                    GateKind::Enforces => {
                        let roles = if !gate.roles.is_empty() {
                            gate.roles.clone()
                        } else if gate.role_check {
                            guard.roles.clone()
                        } else {
                            Vec::new()
                        };
                        Some(Judged {
                            verdict: GuardVerdict::Enforces,
                            why: format!(
                                "`{}` {} ({}:{})",
                                guard.text, gate.what, gate.path, gate.line
                            ),
                            decided_at: Some(CodeLine {
                                file: gate.path,
                                line: gate.line,
                                code: gate.code,
                                what: gate.what,
                            }),
                            roles,
                        })
                    }
                    GateKind::IdentityOnly => Some(Judged {
                        verdict: GuardVerdict::IdentityOnly,
                        why: if gate.code.is_empty() {
                            format!(
                                "`{}` only reads the caller's identity ({}:{}) and never rejects",
                                guard.text, gate.path, gate.line
                            )
                        } else {
                            format!(
                                "`{}` only reads the caller's identity: `{}` ({}:{}) {}",
                                guard.text,
                                gate.code,
                                gate.path,
                                gate.line,
                                gate.what.trim_start_matches(
                                    "never rejects: reads the caller's identity and "
                                )
                            )
                        },
                        decided_at: Some(CodeLine {
                            file: gate.path,
                            line: gate.line,
                            code: gate.code,
                            what: gate.what,
                        }),
                        roles: Vec::new(),
                    }),
                    GateKind::Package { module, name } => package(&module, &name, guard, named)
                        .map(|mut j| {
                            j.decided_at = Some(CodeLine {
                                file: gate.path.clone(),
                                line: gate.line,
                                code: gate.code.clone(),
                                what: format!("built by `{module}`"),
                            });
                            j
                        }),
                },
                None if named => Some(Judged {
                    verdict: GuardVerdict::NameOnly,
                    why: format!(
                        "`{}` ({}:{}): its code shows no rejection sechound recognises; taken to \
                         authenticate from its name (a guess)",
                        guard.text, file.path, summary.line
                    ),
                    decided_at: None,
                    roles: guard.roles.clone(),
                }),
                None => None,
            };
        }
        if let Some((module, base, _)) = program.class_package_base(path, &target.name) {
            return package(&module, &base, guard, named);
        }
        if let Some((module, name)) = program.package_of(path, &target.name) {
            return package(&module, &name, guard, named);
        }
    }
    // The code cannot be read: the form the reader recognised (a security scheme object, a
    // permission class) or the name decides.
    if guard.authenticates && guard.target.is_none() {
        return Some(Judged {
            verdict: GuardVerdict::KnownPackage,
            why: format!("`{}` rejects requests without credentials", guard.text),
            decided_at: None,
            roles: guard.roles.clone(),
        });
    }
    named.then(|| Judged {
        verdict: GuardVerdict::NameOnly,
        why: format!(
            "`{}`: its code was not found; taken to authenticate from its name (a guess)",
            guard.text
        ),
        decided_at: None,
        roles: guard.roles.clone(),
    })
}

/// A guard from a package.
fn package(module: &str, name: &str, guard: &Guard, named: bool) -> Option<Judged> {
    let strategy = guard.target.as_ref().and_then(|t| t.argument.as_deref());
    if module == "passport"
        && name == "authenticate"
        && strategy.is_some_and(|s| SIGN_IN_STRATEGIES.contains(&s.to_ascii_lowercase().as_str()))
    {
        // The sign-in handler: it authenticates the credentials it is given, it does not
        // protect anything.
        return None;
    }
    let known = KNOWN_PACKAGES.iter().any(|(m, names)| {
        let module_matches = if let Some(prefix) = m.strip_suffix('/') {
            module.starts_with(prefix)
        } else {
            module == *m
        };
        module_matches && (names.is_empty() || names.contains(&name))
    });
    if known {
        return Some(Judged {
            verdict: GuardVerdict::KnownPackage,
            why: format!(
                "`{}` from `{module}` rejects requests without valid credentials",
                guard.text
            ),
            decided_at: None,
            roles: guard.roles.clone(),
        });
    }
    named.then(|| Judged {
        verdict: GuardVerdict::NameOnly,
        why: format!(
            "`{}` from the package `{module}`: its code is not in the repository; taken to \
             authenticate from its name (a guess, low confidence)",
            guard.text
        ),
        decided_at: None,
        roles: guard.roles.clone(),
    })
}

/// The handler's own refusal of a caller without identity: a rejection (401/403, a redirect to
/// the login page, an exception, `next(err)`) under a condition that holds when the request
/// carries no identity, in the handler (or a function written inside it: the handler a factory
/// returns), with no record loaded or changed before that condition. The same reading of code
/// as for guards ([`Program::behaviour_within`]); `None` when the handler does not refuse such
/// a caller itself, or lets one through first (`if (!user) return next()`).
pub(crate) fn handler_check(program: &Program, handler: FnRef, text: &str) -> Option<Judged> {
    let behaviours = program.behaviour_within(handler);
    let reject_lines: Vec<u32> = behaviours
        .iter()
        .flat_map(|b| b.rejects.iter().map(|r| r.line))
        .collect();
    // A hand-on without identity (`if (!user) return next()`); a `return` that is itself the
    // rejection (`return redirect(url_for('login'))`) is not one.
    if behaviours
        .iter()
        .flat_map(|b| b.passes.iter())
        .any(|p| p.without_identity && !reject_lines.contains(&p.line))
    {
        return None;
    }
    // A load on the line that reads the caller's identity is the identity's lookup
    // (`authenticatedUsers.get(req.headers.authorization)`), not the handler's work.
    let first_work = behaviours
        .iter()
        .flat_map(|b| {
            b.loads
                .iter()
                .filter(|l| Some(l.line) != b.identity)
                .map(|l| l.line)
        })
        .min();
    let reject = behaviours
        .iter()
        .flat_map(|b| b.rejects.iter())
        .filter_map(|r| r.without_identity.map(|at| (at, r)))
        .filter(|(at, _)| first_work.is_none_or(|w| w >= *at))
        .min_by_key(|(at, r)| (*at, r.line))?
        .1;
    let (file, _) = program.function(handler);
    let what = reject.kind.describe();
    Some(Judged {
        verdict: GuardVerdict::Enforces,
        why: format!(
            "the handler `{text}` itself {what} without the caller's identity ({}:{})",
            file.path, reject.line
        ),
        decided_at: Some(CodeLine {
            file: file.path.clone(),
            line: reject.line,
            code: reject.code.clone(),
            what,
        }),
        roles: Vec::new(),
    })
}
