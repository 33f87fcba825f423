//! Shared by the route-inventory tests: builds the model of a fixture application and prints
//! its endpoint table.
#![allow(dead_code)]

use sechound_core::project::{Endpoint, ProjectModel};
use sechound_syntax::{Language, parse};
use std::path::Path;

/// Extracts every code file under `tests/fixtures/<name>` and builds the model.
pub fn model(name: &str) -> ProjectModel {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let mut facts = Vec::new();
    let mut summaries = Vec::new();
    let mut manifests = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).unwrap();
            let file_name = path.file_name().unwrap().to_string_lossy().to_string();
            if file_name == "package.json"
                || file_name == "pyproject.toml"
                || file_name.starts_with("requirements")
            {
                manifests.push((relative.clone(), text.clone()));
            }
            if let Some(language) = Language::from_path(&path)
                && let Some(file) = parse(relative, language, text)
            {
                let module = sechound_syntax::modules::read_file(&file);
                facts.push(sechound_project::extract_with(&file, &module));
                summaries.extend(summarize(&file, &module));
            }
        }
    }
    // OpenAPI documents the code loads, as a review reads them.
    for wanted in sechound_project::documents_wanted(&facts) {
        if let Ok(text) = std::fs::read_to_string(root.join(&wanted)) {
            manifests.push((wanted, text));
        }
    }
    let program = sechound_semantic::Program::link(summaries);
    sechound_project::build(facts, &manifests, &program)
}

/// The semantic summary of a JavaScript, TypeScript or Python file, as a review makes it.
fn summarize(
    file: &sechound_syntax::CodeFile,
    module: &sechound_syntax::modules::ModuleRecord,
) -> Option<sechound_semantic::FileSummary> {
    use sechound_semantic::extract::Engine;
    match file.language.family() {
        sechound_syntax::Family::Js => {
            let taint = sechound_syntax::js::taint::JsTaint::symbolic(file);
            Some(sechound_semantic::summarize(
                file,
                Engine::Js(&taint),
                module,
            ))
        }
        sechound_syntax::Family::Python => {
            let taint = sechound_syntax::python::taint::PyTaint::symbolic(file);
            Some(sechound_semantic::summarize(
                file,
                Engine::Python(&taint),
                module,
            ))
        }
        _ => None,
    }
}

/// One line per endpoint: `METHOD path auth [roles] (by ...) file:line`.
pub fn table(model: &ProjectModel) -> String {
    model
        .endpoints
        .iter()
        .map(|e: &Endpoint| {
            let mut line = format!("{} {} {}", e.method, e.path, e.auth.label());
            if !e.roles.is_empty() {
                line.push_str(&format!(" roles={}", e.roles.join(",")));
            }
            if !e.auth_by.is_empty() {
                let by: Vec<String> = e
                    .auth_by
                    .iter()
                    .map(|a| format!("{}@{}", a.name, a.level))
                    .collect();
                line.push_str(&format!(" by={}", by.join("+")));
            }
            if let Some(x) = &e.exempted_by {
                line.push_str(&format!(" exempted-by={}", x.pattern));
            }
            line.push_str(&format!(" {}:{}", e.file, e.line));
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn find<'m>(model: &'m ProjectModel, method: &str, path: &str) -> &'m Endpoint {
    model
        .endpoints
        .iter()
        .find(|e| e.method == method && e.path == path)
        .unwrap_or_else(|| panic!("no {method} {path} in\n{}", table(model)))
}
