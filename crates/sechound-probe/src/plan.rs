//! Aiming the probe with the route map: the request each endpoint of the project model gets
//! (method, path with its parameters filled with harmless values), or why it gets none.

use sechound_core::project::{AuthStatus, Endpoint};

/// The request an endpoint gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aim {
    /// The method sent (`ANY` endpoints get `GET`).
    pub method: String,
    /// The path with its parameters filled in.
    pub path: String,
    /// Whether the path had parameters (a filled-in id may match nothing).
    pub has_parameters: bool,
}

/// The request for `endpoint`, or why it is not probed.
pub fn aim(endpoint: &Endpoint, read_only: bool) -> Result<Aim, String> {
    let method = match endpoint.method.as_str() {
        "WS" => return Err("a WebSocket entry point (the probe speaks HTTP only)".into()),
        "ANY" => "GET".to_string(),
        m => m.to_string(),
    };
    if read_only && !matches!(method.as_str(), "GET" | "HEAD" | "OPTIONS") {
        return Err("state-changing method, not sent with --read-only".into());
    }
    if endpoint.auth == AuthStatus::Unknown {
        return Err(
            "authentication unknown to the route map (mounted where sechound cannot follow, or a path built at run time): its real path may differ"
                .into(),
        );
    }
    let (path, has_parameters) = fill(&endpoint.path)?;
    Ok(Aim {
        method,
        path,
        has_parameters,
    })
}

/// The path with each parameter replaced by a harmless value, or why that cannot be done.
pub fn fill(path: &str) -> Result<(String, bool), String> {
    if path.contains("<dynamic>") || path.contains("${") || path.contains("{{") {
        return Err("path built at run time".into());
    }
    // Django `re_path` anchors: `^users/(?P<pk>[0-9]+)/$` composed under a prefix.
    let cleaned = path.replace("/^", "/");
    let path = cleaned.trim_end_matches('$');
    let path = if path.is_empty() { "/" } else { path };
    if !path.starts_with('/') {
        return Err(format!("path `{path}` is not absolute"));
    }
    let mut filled = Vec::new();
    let mut has_parameters = false;
    for segment in path.split('/') {
        let (value, parameter) = fill_segment(segment)?;
        has_parameters |= parameter;
        filled.push(value);
    }
    Ok((filled.join("/"), has_parameters))
}

fn fill_segment(segment: &str) -> Result<(String, bool), String> {
    // Express `:id`, `:id?`, `:id(\\d+)`; Fastify `:id`.
    if let Some(name) = segment.strip_prefix(':') {
        let name: String = name
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        return Ok((value_for(&name, ""), true));
    }
    // FastAPI / Starlette `{id}`, `{id:int}`, `{path:path}`.
    if segment.starts_with('{') && segment.ends_with('}') {
        let inner = &segment[1..segment.len() - 1];
        let (name, kind) = inner.split_once(':').unwrap_or((inner, ""));
        return Ok((value_for(name, kind), true));
    }
    // Flask / Django `<id>`, `<int:pk>`, `<uuid:token>`.
    if segment.starts_with('<') && segment.ends_with('>') && !segment.starts_with("<(") {
        let inner = &segment[1..segment.len() - 1];
        let (kind, name) = inner.split_once(':').unwrap_or(("", inner));
        return Ok((value_for(name, kind), true));
    }
    // Next.js `[id]`, `[...slug]`, `[[...slug]]`.
    if segment.starts_with('[') && segment.ends_with(']') {
        let name = segment.trim_matches(['[', ']']).trim_start_matches("...");
        return Ok((value_for(name, ""), true));
    }
    if segment == "*" || segment == "(.*)" || segment == "*path" || segment == "*splat" {
        return Ok(("sechound-probe".into(), true));
    }
    // Django `re_path` with named groups: `(?P<pk>[0-9]+)`.
    if segment.contains("(?P<") {
        let mut out = String::new();
        let mut rest = segment.trim_start_matches('^').trim_end_matches('$');
        while let Some(start) = rest.find("(?P<") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 4..];
            let Some(name_end) = after.find('>') else {
                return Err("path is a regular expression".into());
            };
            out.push_str(&value_for(&after[..name_end], ""));
            let Some(close) = after.find(')') else {
                return Err("path is a regular expression".into());
            };
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        if out.contains(['(', ')', '\\', '|', '+', '?', '^', '$', '[', ']', '*']) {
            return Err("path is a regular expression".into());
        }
        return Ok((out, true));
    }
    if segment.contains([
        '(', ')', '\\', '|', '^', '$', '*', '{', '}', '<', '>', '[', ']',
    ]) {
        return Err("path is a regular expression or a pattern the probe cannot fill".into());
    }
    Ok((segment.to_string(), false))
}

/// A harmless value for a parameter: `0` for numbers and ids (no real record is numbered 0 in
/// most stores), the nil UUID for UUIDs, `sechound-probe` for the rest.
fn value_for(name: &str, kind: &str) -> String {
    let kind = kind.to_ascii_lowercase();
    let name = name.to_ascii_lowercase();
    if matches!(kind.as_str(), "int" | "integer" | "float" | "number") {
        return "0".into();
    }
    if kind == "uuid" || name.contains("uuid") || name.contains("guid") {
        return "00000000-0000-0000-0000-000000000000".into();
    }
    if matches!(kind.as_str(), "path" | "str" | "string" | "slug") {
        return "sechound-probe".into();
    }
    let numeric = name == "id"
        || name == "pk"
        || name.ends_with("_id")
        || name.ends_with("id") && name.len() > 2 && !name.ends_with("uid")
        || [
            "page", "count", "index", "year", "month", "day", "num", "number", "version",
        ]
        .contains(&name.as_str());
    if numeric {
        "0".into()
    } else {
        "sechound-probe".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_every_framework_syntax() {
        let cases = [
            ("/users/:id", "/users/0"),
            ("/orders/shared/:token", "/orders/shared/sechound-probe"),
            ("/files/:name?", "/files/sechound-probe"),
            ("/api/orders/{order_id}/invoice", "/api/orders/0/invoice"),
            ("/static/{path:path}", "/static/sechound-probe"),
            ("/items/<int:item>", "/items/0"),
            ("/u/<username>/", "/u/sechound-probe/"),
            ("/t/<uuid:token>", "/t/00000000-0000-0000-0000-000000000000"),
            ("/api/posts/[postId]", "/api/posts/0"),
            ("/docs/[...slug]", "/docs/sechound-probe"),
            ("/^users/(?P<pk>[0-9]+)/$", "/users/0/"),
            ("/health", "/health"),
            ("", "/"),
        ];
        for (path, want) in cases {
            assert_eq!(fill(path).map(|(p, _)| p), Ok(want.to_string()), "{path}");
        }
        assert_eq!(fill("/health"), Ok(("/health".into(), false)));
        assert!(fill("/users/:id").unwrap().1);
    }

    #[test]
    fn run_time_paths_and_regular_expressions_are_not_probed() {
        for path in [
            "/<dynamic>/x",
            "/api/${version}/users",
            "/^files/(.+\\.png)$",
            "/a|b",
            "relative/path",
        ] {
            assert!(fill(path).is_err(), "{path}");
        }
    }
}
