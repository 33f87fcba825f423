//! Python route inventories: FastAPI, Flask and Django/DRF applications whose routers,
//! blueprints and url modules live in other files than the application.

mod common;
use common::{find, model, table};
use sechound_core::project::AuthStatus::*;

#[test]
fn fastapi_routers_included_from_other_files() {
    let model = model("fastapi");
    insta::assert_snapshot!(table(&model));
    // App-level routes, the open admin-ish queue route and the websocket are open.
    assert_eq!(find(&model, "GET", "/health").auth, Unauthenticated);
    assert_eq!(
        find(&model, "WS", "/ws/notifications").auth,
        Unauthenticated
    );
    assert_eq!(
        find(&model, "GET", "/api/v1/admin/queues/dead-letter").auth,
        Unauthenticated
    );
    // Parameter dependencies: default value, `Annotated`, an alias from another module.
    for path in [
        "/api/v1/users/me",
        "/api/v1/users/{user_id}",
        "/api/v1/users/me/settings",
    ] {
        assert_eq!(find(&model, "GET", path).auth, Authenticated, "{path}");
    }
    // Route-level dependency with a role factory; a role-checker class.
    assert_eq!(
        find(&model, "DELETE", "/api/v1/users/{user_id}").roles,
        vec!["admin"]
    );
    assert_eq!(
        find(&model, "POST", "/api/v1/admin/queues/dead-letter/replay").roles,
        vec!["admin"]
    );
    // `Security(get_current_user, scopes=[...])` asks for a scope, but `get_current_user` never
    // compares the caller's scopes: no role is required in fact.
    assert!(
        find(&model, "GET", "/api/v1/users/me/reports")
            .roles
            .is_empty()
    );
    // Router dependencies and include_router dependencies both apply.
    let item = find(&model, "PUT", "/api/v1/items/{item_id}");
    let levels: Vec<_> = item.auth_by.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        levels,
        vec!["Depends(verify_api_key)", "Depends(get_current_user)"]
    );
    // Look-alikes (`requests.get`, `cache.get`, click and pytest decorators) and
    // `app.mount("/static", StaticFiles(...))` are not endpoints.
    assert_eq!(model.endpoints.len(), 12, "{}", table(&model));
    assert!(model.endpoints.iter().all(|e| !e.path.contains("static")));
}

#[test]
fn flask_blueprints_registered_from_another_file() {
    let model = model("flask");
    insta::assert_snapshot!(table(&model));
    // `register_blueprint(url_prefix=...)` replaces the blueprint's own prefix.
    assert_eq!(find(&model, "POST", "/api/v2/orders").auth, Authenticated);
    assert!(
        model
            .endpoints
            .iter()
            .all(|e| !e.path.starts_with("/api/v2/api"))
    );
    // The blueprint's before_request hook exempts a prefix and an endpoint by name.
    let status = find(&model, "GET", "/api/v2/public/status");
    assert_eq!(status.auth, Exempted);
    assert_eq!(
        status.exempted_by.as_ref().unwrap().pattern,
        "/api/v2/public"
    );
    assert_eq!(
        find(&model, "POST", "/api/v2/webhooks/stripe").auth,
        Exempted
    );
    // Decorators under the route decorator guard it; one above it does not.
    assert_eq!(find(&model, "GET", "/admin/users").roles, vec!["admin"]);
    assert_eq!(find(&model, "GET", "/admin/stats").auth, Unauthenticated);
    assert_eq!(find(&model, "POST", "/admin/export").auth, Unauthenticated);
    assert!(
        model
            .notes
            .iter()
            .any(|n| n.contains("`login_required` is above the route decorator of `export`")),
        "{:?}",
        model.notes
    );
    assert_eq!(find(&model, "GET", "/auth/whoami").auth, Authenticated);
    assert_eq!(find(&model, "POST", "/auth/refresh").auth, Authenticated);
    // `/debug/config` serves both methods; look-alikes in cli.py add nothing.
    assert_eq!(find(&model, "POST", "/debug/config").auth, Unauthenticated);
    assert_eq!(model.endpoints.len(), 13, "{}", table(&model));
}

#[test]
fn django_url_modules_included_from_the_root_urlconf() {
    let model = model("django");
    insta::assert_snapshot!(table(&model));
    // Plain Django views are outside DRF's default permission classes.
    assert_eq!(find(&model, "ANY", "/health/").auth, Unauthenticated);
    assert_eq!(find(&model, "GET", "/blog/").auth, Unauthenticated);
    let admin = find(&model, "ANY", "/admin/");
    assert_eq!(admin.roles, vec!["staff"]);
    assert_eq!(admin.auth_by.len(), 1);
    // Views resolved in another module: a mixin, a decorator with a permission, a method
    // restriction, a decorator applied in urls.py.
    assert_eq!(find(&model, "GET", "/blog/<int:pk>/").auth, Authenticated);
    let delete = find(&model, "POST", "/blog/<int:pk>/delete/");
    assert_eq!(delete.roles, vec!["blog.delete_post"]);
    assert_eq!(
        find(&model, "ANY", "/blog/moderation/").roles,
        vec!["staff"]
    );
    assert_eq!(
        find(&model, "ANY", "/accounts/profile/").auth,
        Authenticated
    );
    assert_eq!(
        find(&model, "ANY", "/blog/archive/(?P<year>[0-9]{4})/").auth,
        Unauthenticated
    );
    // DRF: the default permission applies to a ViewSet without its own; `AllowAny` opens a
    // view explicitly; a ReadOnlyModelViewSet serves GET only.
    assert_eq!(
        find(&model, "GET", "/api/reports/{pk}/").auth,
        Authenticated
    );
    assert!(
        !model
            .endpoints
            .iter()
            .any(|e| e.path.starts_with("/api/reports") && e.method != "GET")
    );
    let ping = find(&model, "GET", "/api/ping/");
    assert_eq!(ping.auth, Unauthenticated);
    assert!(
        ping.notes
            .iter()
            .any(|n| n == "permission_classes AllowAny")
    );
    assert_eq!(
        find(&model, "POST", "/api/webhooks/stripe/").auth,
        Unauthenticated
    );
    assert_eq!(
        find(&model, "DELETE", "/api/users/{pk}/").roles,
        vec!["IsAdminUser"]
    );
    assert_eq!(model.endpoints.len(), 18, "{}", table(&model));
}

#[test]
fn fastapi_app_dependencies_with_a_public_list() {
    let model = model("fastapi_global");
    insta::assert_snapshot!(table(&model));
    assert_eq!(find(&model, "GET", "/health").auth, Exempted);
    assert_eq!(find(&model, "GET", "/orders").auth, Authenticated);
    // A same-file `Annotated` alias whose dependency checks `is_superuser`.
    assert_eq!(
        find(&model, "DELETE", "/orders/{order_id}").roles,
        vec!["superuser"]
    );
    let patterns: Vec<_> = model
        .exemptions
        .iter()
        .map(|e| e.pattern.as_str())
        .collect();
    assert_eq!(patterns, vec!["/docs", "/health"]);
}

/// FastAPI prefixes from a settings class and an f-string, routers referenced as
/// `module.router`, a router included only under a condition, and an optional-user dependency
/// that lets anonymous callers through beside one that answers 401.
#[test]
fn fastapi_prefixes_from_settings_and_f_strings_and_conditional_routers() {
    use sechound_core::project::GuardVerdict;
    let model = model("fastapi-through-code");
    assert_eq!(model.endpoints.len(), 5, "{}", table(&model));
    // `prefix=settings.API_V1_STR` and `prefix=f"{prefix}/auth"` on `accounts.router`.
    assert_eq!(
        find(&model, "POST", "/api/v1/accounts/auth/login").auth,
        Unauthenticated
    );
    let me = find(&model, "GET", "/api/v1/accounts/auth/me");
    assert_eq!(me.auth, Authenticated);
    assert_eq!(me.auth_by[0].verdict, GuardVerdict::Enforces);
    let decided = me.auth_by[0].decided_at.as_ref().unwrap();
    assert_eq!(
        (decided.file.as_str(), decided.line),
        ("app/api/deps.py", 13)
    );
    // The optional dependency returns None without a token: open. `@router.get("/")` under
    // `prefix="/items"` is served at `/items/`.
    let items = find(&model, "GET", "/api/v1/items/");
    assert_eq!(items.auth, Unauthenticated);
    assert!(
        items
            .why
            .as_deref()
            .unwrap_or_default()
            .contains("get_optional_user")
    );
    // The owner comparison in the handler is read from its tree.
    let delete = find(&model, "DELETE", "/api/v1/items/{item_id}");
    assert_eq!(delete.auth, Authenticated);
    assert!(
        delete
            .signals
            .contains(&sechound_core::project::Signal::ChecksOwner)
    );
    assert!(
        delete
            .signals
            .contains(&sechound_core::project::Signal::LoadsByPathId)
    );
    // Included only when ENVIRONMENT == "local": the condition is on the endpoint.
    let private = find(&model, "POST", "/api/v1/private/users");
    assert_eq!(private.conditions.len(), 1);
    assert_eq!(
        private.conditions[0].text,
        "settings.ENVIRONMENT == \"local\""
    );
    assert_eq!(
        (
            private.conditions[0].file.as_str(),
            private.conditions[0].line
        ),
        ("app/api/main.py", 11)
    );
}

/// Flask: the application passed to a function of another module that registers a blueprint
/// and declares a route on it; a package decorator known to reject anonymous callers.
#[test]
fn flask_app_passed_to_a_registering_function() {
    use sechound_core::project::GuardVerdict;
    let model = model("flask-through-code");
    assert_eq!(model.endpoints.len(), 2, "{}", table(&model));
    assert_eq!(find(&model, "GET", "/health").auth, Unauthenticated);
    let users = find(&model, "GET", "/admin/users");
    assert_eq!(users.auth, Authenticated);
    assert_eq!(users.auth_by[0].verdict, GuardVerdict::KnownPackage);
}
