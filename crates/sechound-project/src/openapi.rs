//! Routing driven by an OpenAPI document.
//!
//! connexion (`connexion.App(__name__, specification_dir=...)` then `app.add_api('openapi.yaml')`)
//! and the Express tools (express-openapi's `initialize({ app, apiDoc, paths })`,
//! express-openapi-validator's `middleware({ apiSpec, operationHandlers })`, oas3-tools'
//! `expressAppConfig(spec, { routing: { controllers } })`) serve the operations the document
//! lists and run the function its `operationId` names. The code only says where the document
//! is ([`read_python`], [`read_js`]); the document says the paths, the handlers and the
//! security requirements ([`endpoints`]): `security` of the operation, else the document's, an
//! empty list (`security: []`) opening the operation.

use crate::facts::{FileFacts, Guard, HandlerAt, OpenApiDecl, OpenApiTool, RouteDecl};
use crate::quote::{first_line, line_of};
use sechound_core::project::{Framework, GuardLevel};
use sechound_syntax::node::{text, walk};
use sechound_syntax::{CodeFile, Node};
use serde_json::Value as Json;

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The directory of a repository path (`""` at the root).
fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(d, _)| d)
}

/// `dir` joined with a relative path, `.` and `..` resolved.
fn join_path(dir: &str, relative: &str) -> String {
    if relative.starts_with('/') {
        sechound_core::paths::normalise_path_lenient(relative)
    } else {
        sechound_core::paths::normalise_path_lenient(&format!("{dir}/{relative}"))
    }
}

/// Candidates for a path written in file `file`: next to the file, then from each directory
/// above it (a process started at the package or repository root).
fn candidates(file: &str, written: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut dir = dir_of(file).to_string();
    loop {
        let candidate = join_path(&dir, written);
        if !out.contains(&candidate) {
            out.push(candidate);
        }
        if dir.is_empty() {
            break;
        }
        dir = dir_of(&dir).to_string();
    }
    out
}

/// connexion: `add_api('openapi.yaml', base_path='/v1')` on an application made by
/// `connexion.App(__name__, specification_dir='spec/')` (or `FlaskApp`, `AsyncApp`).
pub(crate) fn read_python(file: &CodeFile, facts: &mut FileFacts) {
    use sechound_syntax::python::{
        callee_path, keyword_arg, method_name, positional_args, string_value,
    };
    if !crate::python::imports_package(facts, "connexion") {
        return;
    }
    let src = file.text();
    let mut spec_dir: Option<String> = None;
    let mut calls: Vec<Node<'_>> = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() == "call" {
            let path = callee_path(node, src).unwrap_or_default();
            let last = path.rsplit('.').next().unwrap_or("");
            if matches!(last, "App" | "FlaskApp" | "AsyncApp") {
                if let Some(dir) =
                    keyword_arg(node, src, "specification_dir").and_then(|d| string_value(d, src))
                {
                    spec_dir = Some(dir);
                }
            } else if method_name(node, src) == Some("add_api") {
                calls.push(node);
            }
        }
        true
    });
    for call in calls {
        let Some(document) = positional_args(call)
            .first()
            .or(keyword_arg(call, src, "specification").as_ref())
            .and_then(|d| string_value(*d, src))
        else {
            facts.notes.push(format!(
                "line {}: the OpenAPI document given to add_api is computed at run time; its operations are not listed",
                line_of(call)
            ));
            continue;
        };
        let written = match &spec_dir {
            Some(dir) => format!("{}/{document}", dir.trim_end_matches('/')),
            None => document,
        };
        facts.openapi.push(OpenApiDecl {
            tool: OpenApiTool::Connexion,
            documents: candidates(&file.path, &written),
            handlers_dirs: Vec::new(),
            base_path: keyword_arg(call, src, "base_path").and_then(|b| string_value(b, src)),
            enforces_security: true,
            line: line_of(call),
            code: first_line(call, src),
        });
    }
}

/// A path argument: a string, or `path.join(__dirname, 'api', 'openapi.yaml')` /
/// `path.resolve(...)` of strings and `__dirname`.
fn js_path(node: Node<'_>, src: &str) -> Option<String> {
    use sechound_syntax::js::{arguments, callee_path, string_value, unwrap};
    let node = unwrap(node);
    if let Some(s) = string_value(node, src) {
        return Some(s);
    }
    if node.kind() != "call_expression" {
        return None;
    }
    let callee = callee_path(node, src)?;
    if !matches!(callee.rsplit('.').next(), Some("join" | "resolve")) {
        return None;
    }
    let mut parts = Vec::new();
    for arg in arguments(node) {
        let arg = unwrap(arg);
        if text(arg, src) == "__dirname" {
            parts.push(".".to_string());
        } else {
            parts.push(string_value(arg, src)?);
        }
    }
    Some(parts.join("/"))
}

/// The Express tools.
pub(crate) fn read_js(file: &CodeFile, facts: &mut FileFacts) {
    use sechound_syntax::js::{arguments, callee_path, object_property, unwrap};
    let tools: Vec<(String, OpenApiTool)> = facts
        .imports
        .iter()
        .filter_map(|i| {
            let tool = match i.module.as_str() {
                "express-openapi" => OpenApiTool::ExpressOpenapi,
                "express-openapi-validator" => OpenApiTool::ExpressOpenapiValidator,
                "oas3-tools" => OpenApiTool::Oas3Tools,
                _ => return None,
            };
            Some((i.local.clone(), tool))
        })
        .collect();
    if tools.is_empty() {
        return;
    }
    let src = file.text();
    walk(file.tree.root_node(), |node| {
        if node.kind() != "call_expression" {
            return true;
        }
        let Some(path) = callee_path(node, src) else {
            return true;
        };
        let head = path.split('.').next().unwrap_or("");
        let last = path.rsplit('.').next().unwrap_or("");
        let Some(tool) = tools
            .iter()
            .find(|(local, _)| local == head || local == last)
            .map(|(_, t)| *t)
        else {
            return true;
        };
        let args = arguments(node);
        let options = args
            .iter()
            .map(|a| unwrap(*a))
            .find(|a| a.kind() == "object");
        let option = |key: &str| options.and_then(|o| object_property(o, src, key));
        let (document, handlers, enforces) = match (tool, last) {
            (OpenApiTool::ExpressOpenapi, "initialize") => (
                option("apiDoc").and_then(|d| js_path(d, src)),
                option("paths").and_then(|d| js_path(d, src)),
                option("securityHandlers").is_some(),
            ),
            (OpenApiTool::ExpressOpenapiValidator, "middleware") => (
                option("apiSpec").and_then(|d| js_path(d, src)),
                option("operationHandlers").and_then(|d| {
                    js_path(d, src).or_else(|| {
                        object_property(unwrap(d), src, "basePath").and_then(|b| js_path(b, src))
                    })
                }),
                option("validateSecurity").is_none_or(|v| text(v, src) != "false"),
            ),
            (OpenApiTool::Oas3Tools, "expressAppConfig") => (
                args.first().and_then(|d| js_path(*d, src)),
                option("routing")
                    .and_then(|r| object_property(unwrap(r), src, "controllers"))
                    .and_then(|d| js_path(d, src)),
                false,
            ),
            _ => return true,
        };
        let Some(document) = document else {
            return true;
        };
        facts.openapi.push(OpenApiDecl {
            tool,
            documents: candidates(&file.path, &document),
            handlers_dirs: handlers
                .map(|h| candidates(&file.path, &h))
                .unwrap_or_default(),
            base_path: None,
            enforces_security: enforces,
            line: line_of(node),
            code: first_line(node, src),
        });
        false
    });
}

/// Paths of documents the facts refer to, for the caller to read.
pub fn documents_wanted(files: &[FileFacts]) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .flat_map(|f| f.openapi.iter())
        .flat_map(|d| d.documents.iter().cloned())
        .collect();
    out.sort();
    out.dedup();
    out
}

fn parse(path: &str, text: &str) -> Option<Json> {
    if path.ends_with(".json") {
        serde_json::from_str(text).ok()
    } else {
        serde_yaml_ng::from_str(text).ok()
    }
}

/// The line of `key:` (or `"key":`) at or after line `from` (0-based) of `lines`, 1-based.
fn key_line(lines: &[&str], from: usize, key: &str) -> Option<usize> {
    let quoted = [
        format!("{key}:"),
        format!("\"{key}\":"),
        format!("'{key}':"),
        format!("\"{key}\" :"),
    ];
    lines
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, l)| {
            let t = l.trim_start();
            quoted.iter().any(|q| t.starts_with(q.as_str()))
        })
        .map(|(i, _)| i + 1)
}

/// The path part of the document's base (`basePath`, the first server's URL).
fn document_base(doc: &Json) -> String {
    if let Some(base) = doc.get("basePath").and_then(Json::as_str) {
        return base.to_string();
    }
    let Some(url) = doc
        .get("servers")
        .and_then(|s| s.get(0))
        .and_then(|s| s.get("url"))
        .and_then(Json::as_str)
    else {
        return String::new();
    };
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = if url.contains("://") {
        rest.find('/').map_or("", |i| &rest[i..])
    } else {
        rest
    };
    if path.contains('{') {
        String::new()
    } else {
        path.to_string()
    }
}

/// The security schemes of the document (OpenAPI 3 `components.securitySchemes`, Swagger 2
/// `securityDefinitions`).
fn schemes(doc: &Json) -> Option<&serde_json::Map<String, Json>> {
    doc.get("components")
        .and_then(|c| c.get("securitySchemes"))
        .or_else(|| doc.get("securityDefinitions"))
        .and_then(Json::as_object)
}

/// The connexion function that validates a scheme's credentials (`x-bearerInfoFunc`,
/// `x-tokenInfoFunc`, `x-basicInfoFunc`, `x-apikeyInfoFunc`), or its OAuth2 token-info URL.
fn connexion_checker(scheme: &Json) -> Option<String> {
    let object = scheme.as_object()?;
    object
        .iter()
        .find(|(k, _)| k.starts_with("x-") && (k.ends_with("InfoFunc") || k.ends_with("InfoUrl")))
        .and_then(|(_, v)| v.as_str().map(str::to_string))
}

/// Turns every OpenAPI declaration into complete-path routes, each in facts of its own for the
/// document (so the endpoint points at the operation in the document). `documents` are the
/// (path, text) pairs the caller read; `program` finds handler files.
pub(crate) fn endpoints(
    files: &[FileFacts],
    documents: &[(String, String)],
    program: &sechound_semantic::Program,
) -> Vec<FileFacts> {
    let mut out: Vec<FileFacts> = Vec::new();
    for file in files {
        for decl in &file.openapi {
            let Some((path, text)) = decl
                .documents
                .iter()
                .find_map(|d| documents.iter().find(|(p, _)| p == d))
            else {
                let mut facts = FileFacts {
                    path: file.path.clone(),
                    ..FileFacts::default()
                };
                facts.notes.push(format!(
                    "line {}: the OpenAPI document `{}` ({}) was not found; its operations are not listed",
                    decl.line,
                    decl.documents.first().map_or("", String::as_str),
                    decl.tool.name()
                ));
                out.push(facts);
                continue;
            };
            let mut facts = FileFacts {
                path: path.clone(),
                ..FileFacts::default()
            };
            match parse(path, text) {
                Some(doc) => routes(file, decl, path, text, &doc, program, &mut facts),
                None => facts.notes.push(format!(
                    "the OpenAPI document could not be read ({} at {}:{}): its operations are not listed",
                    decl.tool.name(),
                    file.path,
                    decl.line
                )),
            }
            out.push(facts);
        }
    }
    out
}

fn routes(
    file: &FileFacts,
    decl: &OpenApiDecl,
    path: &str,
    text: &str,
    doc: &Json,
    program: &sechound_semantic::Program,
    facts: &mut FileFacts,
) {
    let lines: Vec<&str> = text.lines().collect();
    let base = decl.base_path.clone().unwrap_or_else(|| document_base(doc));
    let framework = match decl.tool {
        OpenApiTool::Connexion => Framework::Flask,
        _ => Framework::Express,
    };
    let schemes = schemes(doc);
    let global = doc.get("security");
    let Some(paths) = doc.get("paths").and_then(Json::as_object) else {
        return;
    };
    let paths_line = key_line(&lines, 0, "paths").unwrap_or(1);
    for (route, item) in paths {
        let route_line = key_line(&lines, paths_line, route).unwrap_or(paths_line);
        let Some(item) = item.as_object() else {
            continue;
        };
        let item_controller = item
            .get("x-openapi-router-controller")
            .or_else(|| item.get("x-swagger-router-controller"))
            .or_else(|| item.get("x-eov-operation-handler"))
            .or_else(|| item.get("x-router-controller"))
            .and_then(Json::as_str);
        for (method, operation) in item {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let line = key_line(&lines, route_line, method).unwrap_or(route_line) as u32;
            let operation_id = operation.get("operationId").and_then(Json::as_str);
            let controller = operation
                .get("x-openapi-router-controller")
                .or_else(|| operation.get("x-swagger-router-controller"))
                .or_else(|| operation.get("x-eov-operation-handler"))
                .or_else(|| operation.get("x-router-controller"))
                .and_then(Json::as_str)
                .or(item_controller);
            let handler = handler_of(file, decl, controller, operation_id, program);
            let security = operation.get("security").or(global);
            let (guards, note) = security_guards(decl, security, schemes, line);
            let mut notes_route = Vec::new();
            if let Some(note) = note {
                notes_route.push(note);
            }
            let full = crate::compose::join(&base, route);
            let code = lines
                .get(line as usize - 1)
                .map(|l| l.trim().to_string())
                .unwrap_or_default();
            facts.routes.push(RouteDecl {
                owner: None,
                methods: vec![method.to_ascii_uppercase()],
                path: Some(full),
                path_value: None,
                handler: handler
                    .as_ref()
                    .map(|(_, n, shown)| shown.clone().unwrap_or_else(|| n.clone()))
                    .or_else(|| operation_id.map(str::to_string)),
                guards,
                line,
                code,
                framework,
                public_marker: None,
                handler_at: handler.map(|(file, name, _)| HandlerAt::In { file, name }),
                conditions: Vec::new(),
            });
            for n in notes_route {
                let text = format!("{} {route}: {n}", method.to_ascii_uppercase());
                if !facts.notes.contains(&text) {
                    facts.notes.push(text);
                }
            }
        }
    }
    let _ = path;
}

/// The file and function an operation runs: for connexion `operationId` `pkg.module.function`
/// (or the function in `x-openapi-router-controller`'s module); for the Express tools the
/// `operationId` in the controller module under the handlers directory.
fn handler_of(
    file: &FileFacts,
    decl: &OpenApiDecl,
    controller: Option<&str>,
    operation_id: Option<&str>,
    program: &sechound_semantic::Program,
) -> Option<(String, String, Option<String>)> {
    let operation_id = operation_id?;
    match decl.tool {
        OpenApiTool::Connexion => {
            let dotted = match controller {
                Some(c) => format!("{c}.{operation_id}"),
                None => operation_id.to_string(),
            };
            let (module, function) = dotted.rsplit_once('.')?;
            let module_path = module.replace('.', "/");
            let mut dir = dir_of(&file.path).to_string();
            loop {
                for candidate in [
                    join_path(&dir, &format!("{module_path}.py")),
                    join_path(&dir, &format!("{module_path}/__init__.py")),
                ] {
                    if program.resolve_function(&candidate, function).is_some() {
                        return Some((candidate, function.to_string(), Some(dotted.clone())));
                    }
                }
                if dir.is_empty() {
                    break;
                }
                dir = dir_of(&dir).to_string();
            }
            None
        }
        _ => {
            let module = controller?;
            let module = module.trim_end_matches(".js").trim_end_matches(".ts");
            for dir in &decl.handlers_dirs {
                for ext in [".js", ".ts", "/index.js", "/index.ts", ".mjs", ".cjs"] {
                    let candidate = join_path(dir, &format!("{module}{ext}"));
                    if program.resolve_function(&candidate, operation_id).is_some() {
                        return Some((
                            candidate,
                            operation_id.to_string(),
                            Some(format!("{module}.{operation_id}")),
                        ));
                    }
                }
            }
            None
        }
    }
}

/// The guards an operation's security requirements stand for, and a note when the tool does
/// not enforce them.
fn security_guards(
    decl: &OpenApiDecl,
    security: Option<&Json>,
    schemes: Option<&serde_json::Map<String, Json>>,
    line: u32,
) -> (Vec<Guard>, Option<String>) {
    let Some(requirements) = security.and_then(Json::as_array) else {
        return (Vec::new(), None);
    };
    // `security: []`, or an alternative `{}`: callers without credentials are served.
    if requirements.is_empty()
        || requirements
            .iter()
            .any(|r| r.as_object().is_some_and(|o| o.is_empty()))
    {
        return (Vec::new(), None);
    }
    let names: Vec<String> = requirements
        .iter()
        .filter_map(Json::as_object)
        .flat_map(|o| o.keys().cloned())
        .collect();
    let roles: Vec<String> = requirements
        .iter()
        .filter_map(Json::as_object)
        .flat_map(|o| o.values())
        .filter_map(Json::as_array)
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect();
    let text = format!("OpenAPI security `{}`", names.join("` or `"));
    let enforced = match decl.tool {
        OpenApiTool::Connexion => {
            // connexion enforces a scheme through the function its `x-...InfoFunc` names.
            let unchecked: Vec<&String> = names
                .iter()
                .filter(|n| {
                    schemes
                        .and_then(|s| s.get(n.as_str()))
                        .and_then(connexion_checker)
                        .is_none()
                })
                .collect();
            if !unchecked.is_empty() {
                return (
                    Vec::new(),
                    Some(format!(
                        "the document requires {text}, but the scheme has no x-...InfoFunc: connexion does not enforce it"
                    )),
                );
            }
            true
        }
        _ => decl.enforces_security,
    };
    if !enforced {
        return (
            Vec::new(),
            Some(format!(
                "the document requires {text}, but {} is not set up to enforce it (no security handlers)",
                decl.tool.name()
            )),
        );
    }
    (
        vec![Guard {
            target: None,
            name: names.first().cloned().unwrap_or_default(),
            text: format!("{text} ({})", decl.tool.name()),
            roles,
            authenticates: true,
            level: GuardLevel::Route,
            line,
        }],
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_relative_paths() {
        assert_eq!(
            join_path("app", "./spec/openapi.yaml"),
            "app/spec/openapi.yaml"
        );
        assert_eq!(join_path("app/src", "../openapi.yaml"), "app/openapi.yaml");
        assert_eq!(candidates("a/b.js", "x.yaml"), vec!["a/x.yaml", "x.yaml"]);
    }

    #[test]
    fn reads_the_base_path() {
        let doc: Json =
            serde_yaml_ng::from_str("servers:\n  - url: https://x.io/api/v1\n").unwrap();
        assert_eq!(document_base(&doc), "/api/v1");
        let doc: Json = serde_yaml_ng::from_str("basePath: /v2\n").unwrap();
        assert_eq!(document_base(&doc), "/v2");
    }
}
