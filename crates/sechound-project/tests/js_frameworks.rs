//! Route inventories of the other JavaScript/TypeScript frameworks: NestJS, Next.js, Fastify
//! and WebSocket servers, each a multi-file fixture application.

mod common;
use common::{find, model, table};
use sechound_core::project::AuthStatus::*;

#[test]
fn nestjs_controllers_with_global_prefix_guards_and_public_routes() {
    let model = model("nestjs");
    insta::assert_snapshot!(table(&model));
    // `setGlobalPrefix('api')` in main.ts, `APP_GUARD` in app.module.ts.
    let refresh = find(&model, "POST", "/api/auth/refresh");
    assert_eq!(refresh.auth, Authenticated);
    assert_eq!(refresh.auth_by[0].name, "JwtAuthGuard");
    assert_eq!(refresh.auth_by[0].level, "global");
    // `@Public()` on a method and on a class, `SetMetadata('isPublic', true)`.
    for (method, path) in [
        ("POST", "/api/auth/login"),
        ("GET", "/api/health"),
        ("GET", "/api/health/metrics"),
        ("PATCH", "/api/users/:id"),
    ] {
        let e = find(&model, method, path);
        assert_eq!(e.auth, Exempted, "{method} {path}");
        assert!(
            e.exempted_by.as_ref().unwrap().control.contains("Public")
                || e.exempted_by.as_ref().unwrap().control.contains("isPublic")
        );
    }
    // Class guards and roles, `@Controller({ path })`, an array of method paths, an alias.
    {
        let e = find(&model, "GET", "/api/admin/queues/dead-letter");
        assert_eq!(e.roles, vec!["admin"]);
        assert!(
            e.auth_by
                .iter()
                .any(|a| a.name == "AuthGuard('jwt')" && a.level == "controller")
        );
    }
    assert_eq!(
        find(&model, "POST", "/api/admin/queues/retry").roles,
        vec!["admin"]
    );
    assert_eq!(
        find(&model, "DELETE", "/api/users/:id").roles,
        vec!["Admin"]
    );
    // Gateways: the connection is guarded only by `handleConnection`.
    assert_eq!(find(&model, "WS", "/socket.io/events").auth, Authenticated);
    assert_eq!(find(&model, "WS", "/socket.io").auth, Unauthenticated);
    assert_eq!(find(&model, "WS", "/socket.io#send").auth, Authenticated);
    // `routing-controllers` decorators and `axios.get` / `map.get` are not routes.
    assert!(
        !model
            .endpoints
            .iter()
            .any(|e| e.path.contains("legacy") || e.path.contains("upstream"))
    );
    assert_eq!(model.endpoints.len(), 15);
}

#[test]
fn nextjs_route_handlers_pages_api_and_middleware_matcher() {
    let model = model("nextjs");
    insta::assert_snapshot!(table(&model));
    // Session checks in the handler, a wrapper, a route group, `export { handler as GET }`.
    assert_eq!(find(&model, "GET", "/api/users").auth, Authenticated);
    assert_eq!(find(&model, "POST", "/api/users").auth, Unauthenticated);
    assert_eq!(find(&model, "GET", "/api/users/[id]").auth, Authenticated);
    assert_eq!(
        find(&model, "DELETE", "/api/users/[id]").auth_by[0].name,
        "withAuth(…)"
    );
    assert_eq!(
        find(&model, "POST", "/api/newsletter").auth,
        Unauthenticated
    );
    assert_eq!(
        find(&model, "POST", "/api/auth/[...nextauth]").auth,
        Unauthenticated
    );
    // A webhook signature is not the caller's identity.
    assert_eq!(
        find(&model, "POST", "/api/webhooks/stripe").auth,
        Unauthenticated
    );
    // The middleware covers its matcher only, minus the prefix its body lets through.
    let stats = find(&model, "GET", "/api/admin/stats");
    assert_eq!(
        (stats.auth, stats.auth_by[0].level.as_str()),
        (Authenticated, "global")
    );
    assert_eq!(find(&model, "GET", "/api/admin/health").auth, Exempted);
    // Pages Router: methods from `req.method`, `index.ts` is its folder.
    assert_eq!(find(&model, "PUT", "/api/legacy/[id]").auth, Authenticated);
    assert_eq!(find(&model, "ANY", "/api").auth, Unauthenticated);
    // Pages, `_private` folders and `axios.get` / `map.delete` in a lib are not API routes.
    assert!(!model.endpoints.iter().any(|e| e.path.contains("about")
        || e.path.contains("dashboard")
        || e.path.contains("_lib")
        || e.path.contains("profile")));
    assert_eq!(model.endpoints.len(), 14);
}

#[test]
fn nextjs_middleware_matcher_that_excludes_api() {
    let model = model("nextjs-except");
    insta::assert_snapshot!(table(&model));
    // `/((?!api|...).*)`: the middleware skips `/api`, which is open unless the handler checks.
    let ping = find(&model, "GET", "/api/ping");
    assert_eq!(ping.auth, Exempted);
    assert_eq!(
        ping.exempted_by.as_ref().unwrap().control,
        "middleware matcher"
    );
    assert_eq!(find(&model, "GET", "/api/me").auth, Authenticated);
    assert_eq!(find(&model, "POST", "/settings").auth, Authenticated);
}

#[test]
fn fastify_plugins_registered_with_prefixes_from_other_files() {
    let model = model("fastify");
    insta::assert_snapshot!(table(&model));
    // `register(plugin, { prefix })` with the plugin imported from another file, in each of
    // its shapes: anonymous default export, typed const, `module.exports = function`, inline.
    assert_eq!(find(&model, "GET", "/users").auth, Authenticated);
    assert_eq!(find(&model, "GET", "/users/:id").auth, Unauthenticated);
    assert_eq!(
        find(&model, "PATCH", "/users/:id").auth_by[0].level,
        "route"
    );
    assert_eq!(
        find(&model, "DELETE", "/legacy/items/:id").auth,
        Unauthenticated
    );
    // Hooks are encapsulated: the admin plugin's hook covers it and its child plugin only.
    assert_eq!(
        find(&model, "GET", "/admin/audit").auth_by[0].name,
        "verifyJwt"
    );
    assert_eq!(find(&model, "GET", "/internal/reports").auth, Authenticated);
    assert_eq!(find(&model, "GET", "/health").auth, Unauthenticated);
    // Third-party plugins are not followed (no notes), look-alikes are not routes.
    assert!(model.notes.is_empty(), "{:?}", model.notes);
    assert!(
        !model
            .endpoints
            .iter()
            .any(|e| e.path == "/x" || e.path == "/k")
    );
    assert_eq!(model.endpoints.len(), 10);
}

#[test]
fn websocket_servers_with_and_without_authentication() {
    let model = model("socketio");
    insta::assert_snapshot!(table(&model));
    // `io.use(socketAuth)` imported from another file covers the main namespace only.
    let main = find(&model, "WS", "/socket.io");
    assert_eq!(
        (main.auth, main.framework.as_str()),
        (Authenticated, "socket.io")
    );
    assert_eq!(main.auth_by[0].name, "socketAuth");
    assert_eq!(find(&model, "WS", "/socket.io/admin").auth, Unauthenticated);
    // `require('socket.io')(server, { path })` without and with a check in the handler.
    assert_eq!(find(&model, "WS", "/chat-ws").auth, Unauthenticated);
    assert_eq!(find(&model, "WS", "/notify").auth, Authenticated);
    // `ws`: verifyClient that verifies a token, an upgrade handler, an origin-only check.
    assert_eq!(find(&model, "WS", "/live").auth, Authenticated);
    assert_eq!(find(&model, "WS", "/feed").auth, Authenticated);
    let open = find(&model, "WS", "/");
    assert_eq!(
        (open.auth, open.framework.as_str()),
        (Unauthenticated, "ws")
    );
    assert_eq!(model.endpoints.len(), 7);
}
