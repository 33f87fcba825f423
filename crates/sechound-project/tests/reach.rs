//! Handlers located for exposure: each endpoint knows the lines of the function that handles
//! it, in its own file or another, so findings inside can be tied to it.

mod common;
use common::{find, model};
use sechound_project::reach::{HandlerIndex, exposure};

fn span(
    model: &sechound_core::project::ProjectModel,
    method: &str,
    path: &str,
) -> (String, u32, u32) {
    let span = find(model, method, path)
        .handler_span
        .clone()
        .unwrap_or_else(|| panic!("no handler lines for {method} {path}"));
    (span.file, span.start_line, span.end_line)
}

#[test]
fn handlers_are_found_inline_by_name_and_through_factories() {
    let model = model("handlers");
    // Built by a factory in another module, wrapped by a helper: the factory's lines.
    assert_eq!(
        span(&model, "GET", "/search"),
        ("src/routes/search.ts".to_string(), 3, 8)
    );
    // A named function of a namespace import.
    assert_eq!(
        span(&model, "GET", "/orders/:id"),
        ("src/routes/orders.ts".to_string(), 3, 6)
    );
    // Inline, over several lines, and on one line.
    assert_eq!(
        span(&model, "DELETE", "/orders/:id"),
        ("src/server.ts".to_string(), 10, 12)
    );
    assert_eq!(
        span(&model, "GET", "/health"),
        ("src/server.ts".to_string(), 13, 13)
    );
    // A decorated Python view starts at its decorator.
    assert_eq!(
        span(&model, "GET", "/items/search"),
        ("app/main.py".to_string(), 6, 8)
    );

    let index = HandlerIndex::new(&model);
    let found = exposure(&model, &index, "src/routes/search.ts", 5).expect("reached");
    let reached: Vec<String> = found
        .endpoints
        .iter()
        .map(|e| format!("{} {}", e.method, e.path))
        .collect();
    assert_eq!(reached, ["GET /search"]);
    assert!(exposure(&model, &index, "src/utils.ts", 2).is_none());
}
