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
    // Route-level dependency with a role factory; a role-checker class; Security scopes.
    assert_eq!(
        find(&model, "DELETE", "/api/v1/users/{user_id}").roles,
        vec!["admin"]
    );
    assert_eq!(
        find(&model, "POST", "/api/v1/admin/queues/dead-letter/replay").roles,
        vec!["admin"]
    );
    assert_eq!(
        find(&model, "GET", "/api/v1/users/me/reports").roles,
        vec!["reports:read"]
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
