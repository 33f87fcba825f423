//! Cross-file applications per framework, judged through the guard's code: the guard, the
//! helper or the plugin in another file than the routes.

mod common;

use common::{find, model, table};
use sechound_core::project::AuthStatus::*;

/// NestJS: `@UseGuards(SessionGuard)` on a controller, the guard in another file throwing
/// `UnauthorizedException`; a guard named like authentication whose `canActivate` returns true
/// whatever the caller (identity only).
#[test]
fn nestjs_guard_classes_in_other_files() {
    let model = model("cross-file/nest");
    for method in ["GET", "POST"] {
        let e = find(&model, method, "/api/orders");
        assert_eq!(e.auth, Authenticated, "{}", table(&model));
        let decided = e.auth_by[0].decided_at.as_ref().expect("decided");
        assert_eq!(
            (decided.file.as_str(), decided.line),
            ("src/guards/session.guard.ts", 8)
        );
    }
    let reports = find(&model, "GET", "/api/reports");
    assert_eq!(reports.auth, Unauthenticated, "{}", table(&model));
    assert!(
        reports
            .why
            .as_deref()
            .unwrap_or_default()
            .contains("AuditAuthGuard")
    );
}

/// Next.js app router: a handler calling a helper of another file that throws without a
/// session is protected; one calling a helper that only reads the caller is open; one that
/// answers 401 itself after reading the caller through a helper is protected.
#[test]
fn nextjs_route_handlers_with_session_helpers_in_other_files() {
    let model = model("cross-file/next");
    let orders = find(&model, "GET", "/api/orders");
    assert_eq!(orders.auth, Authenticated, "{}", table(&model));
    let catalog = find(&model, "GET", "/api/catalog");
    assert_eq!(catalog.auth, Unauthenticated, "{}", table(&model));
    let profile = find(&model, "GET", "/api/profile");
    assert_eq!(profile.auth, Authenticated, "{}", table(&model));
}

/// Fastify: plugins registered with a prefix from another file, a `preHandler` hook that
/// answers 401 in front of one plugin's routes, and one that only loads the user.
#[test]
fn fastify_plugins_and_pre_handlers_from_other_files() {
    let model = model("cross-file/fastify");
    for (method, path, auth) in [
        ("GET", "/accounts/me", Authenticated),
        ("DELETE", "/accounts/:id", Authenticated),
        ("GET", "/public/feed", Unauthenticated),
        ("GET", "/public/news", Unauthenticated),
    ] {
        assert_eq!(
            find(&model, method, path).auth,
            auth,
            "{method} {path}\n{}",
            table(&model)
        );
    }
    let me = find(&model, "GET", "/accounts/me");
    let decided = me.auth_by[0].decided_at.as_ref().expect("decided");
    assert_eq!(
        (decided.file.as_str(), decided.line),
        ("src/plugins/session.ts", 5)
    );
}

/// Django: an app's `urls.py` included from the root urlconf; `@login_required` protects, a
/// project decorator that only reads the user does not.
#[test]
fn django_include_and_decorators_judged_by_their_code() {
    let model = model("cross-file/django");
    let profile = find(&model, "ANY", "/accounts/profile/");
    assert_eq!(profile.auth, Authenticated, "{}", table(&model));
    let feed = find(&model, "ANY", "/accounts/feed/");
    assert_eq!(feed.auth, Unauthenticated, "{}", table(&model));
}
