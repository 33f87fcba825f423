//! Express route inventories: full paths with every prefix composed across files, and the
//! authentication of each endpoint.

mod common;
use common::{find, model, table};

#[test]
fn express_routers_mounted_from_other_files() {
    let model = model("express");
    insta::assert_snapshot!(table(&model));
    use sechound_core::project::AuthStatus::*;
    // Declared before `app.use(requireAuth)`: open.
    assert_eq!(find(&model, "GET", "/status").auth, Unauthenticated);
    assert_eq!(find(&model, "GET", "/health/metrics").auth, Unauthenticated);
    // Behind the global middleware, with the prefix from app.ts.
    assert_eq!(find(&model, "GET", "/api/users/:id").auth, Authenticated);
    assert_eq!(
        find(&model, "PUT", "/api/users/:id/avatar").auth,
        Authenticated
    );
    assert_eq!(
        find(&model, "DELETE", "/api/users/:id").roles,
        vec!["admin"]
    );
    assert_eq!(
        find(&model, "POST", "/api/admin/queues/dead-letter/replay").auth,
        Authenticated
    );
    assert!(
        find(&model, "GET", "/api/admin/queues/dead-letter")
            .roles
            .is_empty()
    );
    // The public list exempts a prefix.
    let exemptions: Vec<_> = model
        .exemptions
        .iter()
        .map(|e| (e.pattern.as_str(), e.prefix))
        .collect();
    assert_eq!(
        exemptions,
        vec![("/api/artifact/", true), ("/api/users/login", true)]
    );
}

/// A project that wraps Express in its own module and imports it as `express`.
#[test]
fn express_through_a_project_wrapper() {
    let model = model("express-wrapper");
    use sechound_core::project::AuthStatus::*;
    assert_eq!(find(&model, "GET", "/ghost/api/posts").auth, Authenticated);
    assert_eq!(
        find(&model, "DELETE", "/ghost/api/posts/:id").auth,
        Authenticated
    );
    assert_eq!(model.endpoints.len(), 2, "{}", table(&model));
}
