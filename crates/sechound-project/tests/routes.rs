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

/// The application passed to a function of another module (`routes(app, db)`), a router built
/// by a factory, guards judged by their code: an identity-only middleware in front of
/// everything, a constructor function's member that redirects to the login page, a guard
/// factory answering 401, a package's middleware returned by a factory, and a guard imported
/// from a package whose code is not in the repository (a guess).
#[test]
fn express_app_passed_to_other_modules_and_guards_judged_by_their_code() {
    use sechound_core::project::AuthStatus::*;
    use sechound_core::project::GuardVerdict;
    let model = model("express-through-code");
    // Every route declared on the parameter, and the factory's router under its mount.
    assert_eq!(model.endpoints.len(), 7, "{}", table(&model));
    // `attachUser` records the caller and rejects nothing: the routes behind it alone are open,
    // and the reason names the line that lets the request through.
    for (method, path) in [("GET", "/"), ("POST", "/login"), ("GET", "/admin/stats")] {
        let e = find(&model, method, path);
        assert_eq!(e.auth, Unauthenticated, "{method} {path}");
        let why = e.why.as_deref().unwrap_or_default();
        assert!(
            why.contains("attachUser") && why.contains("lib/security.js:13"),
            "{why}"
        );
    }
    // A constructor function's member reached through a local alias: redirects to /login.
    let profile = find(&model, "GET", "/profile");
    assert_eq!(profile.auth, Authenticated);
    let decided = profile.auth_by[0].decided_at.as_ref().unwrap();
    assert_eq!(
        (decided.file.as_str(), decided.line),
        ("app/routes/session.js", 6)
    );
    // A guard factory: the returned middleware answers 401.
    let orders = find(&model, "GET", "/orders");
    assert_eq!(orders.auth, Authenticated);
    assert_eq!(orders.auth_by[0].verdict, GuardVerdict::Enforces);
    assert!(!orders.auth_guessed());
    // A factory returning a known package's middleware.
    let reports = find(&model, "GET", "/reports");
    assert_eq!(reports.auth, Authenticated);
    assert_eq!(reports.auth_by[0].verdict, GuardVerdict::KnownPackage);
    // A guard from a package sechound does not know: a guess, said so.
    let billing = find(&model, "GET", "/billing");
    assert_eq!(billing.auth, Authenticated);
    assert_eq!(billing.auth_by[0].verdict, GuardVerdict::NameOnly);
    assert!(billing.auth_guessed());
}

/// A handler that refuses a caller without identity itself, before its work, protects its
/// endpoint (the line is cited); one that only reads the caller when present, or checks after it
/// has already changed a record, does not.
#[test]
fn handlers_that_refuse_callers_without_identity_themselves() {
    use sechound_core::project::AuthStatus::*;
    use sechound_core::project::GuardLevel;
    let model = model("handler-checks");
    let expect = [
        ("GET", "/", Authenticated, Some(("routes/accounts.js", 6))),
        (
            "GET",
            "/orders",
            Authenticated,
            Some(("routes/accounts.js", 20)),
        ),
        (
            "POST",
            "/password",
            Authenticated,
            Some(("routes/accounts.js", 28)),
        ),
        ("GET", "/catalog", Unauthenticated, None),
        ("GET", "/greeting", Unauthenticated, None),
        ("DELETE", "/items/:id", Unauthenticated, None),
        ("GET", "/dashboard", Authenticated, Some(("py/app.py", 15))),
        (
            "POST",
            "/api/orders",
            Authenticated,
            Some(("py/app.py", 23)),
        ),
        ("GET", "/reports", Authenticated, Some(("py/app.py", 32))),
        ("GET", "/products", Unauthenticated, None),
        ("POST", "/search", Unauthenticated, None),
        ("POST", "/login", Unauthenticated, None),
        ("POST", "/py/login", Unauthenticated, None),
    ];
    for (method, path, auth, at) in expect {
        let e = find(&model, method, path);
        assert_eq!(e.auth, auth, "{method} {path}\n{}", table(&model));
        let handler = e.auth_by.iter().find(|a| a.level == GuardLevel::Handler);
        match at {
            Some((file, line)) => {
                let decided = handler
                    .and_then(|h| h.decided_at.as_ref())
                    .unwrap_or_else(|| panic!("{method} {path}: no handler check\n{e:?}"));
                assert_eq!(
                    (decided.file.as_str(), decided.line),
                    (file, line),
                    "{method} {path}"
                );
                assert!(e.why.as_deref().unwrap_or_default().contains("itself"));
            }
            None => assert!(handler.is_none(), "{method} {path}: {e:?}"),
        }
    }
}

/// Paths written as a template over a loop variable: one route per element when the loop walks
/// a literal array (in place or a `const` of the file); unknown otherwise.
#[test]
fn template_paths_over_literal_arrays_are_expanded() {
    use sechound_core::project::AuthStatus::*;
    let model = model("handler-checks");
    for path in [
        "/tutorial/a1",
        "/tutorial/a2",
        "/tutorial/redos",
        "/tutorial/part/intro.html",
        "/tutorial/part/outro.html",
    ] {
        assert_eq!(find(&model, "GET", path).auth, Unauthenticated, "{path}");
    }
    let dynamic: Vec<_> = model
        .endpoints
        .iter()
        .filter(|e| e.path.starts_with("/tutorial/") && e.path.contains("<dynamic>"))
        .collect();
    assert_eq!(dynamic.len(), 1, "{}", table(&model));
    assert_eq!(dynamic[0].auth, Unknown);
}

/// Routing driven by an OpenAPI document: connexion (`add_api` under `specification_dir`,
/// `operationId` → module function, `x-openapi-router-controller`) and
/// express-openapi-validator (`x-eov-operation-handler` under `operationHandlers`). The
/// document's `security` decides: global, per operation, `security: []` opens; a connexion
/// scheme without an `x-...InfoFunc` is not enforced.
#[test]
fn openapi_documents_drive_routes_and_their_security() {
    use sechound_core::project::AuthStatus::*;
    let model = model("openapi");
    let expect = [
        (
            "GET",
            "/api/v1/pets",
            Unauthenticated,
            "connexion/api/pets.py",
            4,
        ),
        (
            "GET",
            "/api/v1/pets/{pet_id}",
            Authenticated,
            "connexion/api/pets.py",
            8,
        ),
        (
            "DELETE",
            "/api/v1/pets/{pet_id}",
            Unauthenticated,
            "connexion/api/pets.py",
            12,
        ),
        (
            "GET",
            "/notes",
            Unauthenticated,
            "express/handlers/routes/notes.js",
            3,
        ),
        (
            "POST",
            "/notes",
            Authenticated,
            "express/handlers/routes/notes.js",
            7,
        ),
    ];
    assert_eq!(model.endpoints.len(), expect.len(), "{}", table(&model));
    for (method, path, auth, handler_file, handler_line) in expect {
        let e = find(&model, method, path);
        assert_eq!(e.auth, auth, "{method} {path}\n{}", table(&model));
        let span = e
            .handler_span
            .as_ref()
            .expect("the operation's handler is found");
        assert_eq!(
            (span.file.as_str(), span.start_line),
            (handler_file, handler_line)
        );
        assert!(
            e.file.ends_with(".yaml") || e.file.ends_with(".json"),
            "{}",
            e.file
        );
    }
    let secured = find(&model, "GET", "/api/v1/pets/{pet_id}");
    assert!(
        secured.auth_by[0].name.contains("bearer"),
        "{:?}",
        secured.auth_by
    );
    // The scheme connexion has no function for is said, not taken for a control.
    assert!(
        model
            .notes
            .iter()
            .any(|n| n.contains("legacy") && n.contains("does not enforce")),
        "{:?}",
        model.notes
    );
}
