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
    for path in ["/api/admin/queues/dead-letter"] {
        let e = find(&model, "GET", path);
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
