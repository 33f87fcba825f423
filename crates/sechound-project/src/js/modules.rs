//! JavaScript/TypeScript imports and exports: which local names come from which module, and
//! which local names a module exports.

use crate::facts::{FileFacts, Import, ImportedName};
use sechound_syntax::js::{arguments, dotted_path, required_module, string_value, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{CodeFile, Node};

/// Records the file's imports (ES and `require`) and exports (ES and CommonJS).
pub(crate) fn read_modules(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    for statement in named_children(file.tree.root_node()) {
        match statement.kind() {
            "import_statement" => read_import(statement, src, facts),
            "export_statement" => read_export(statement, src, facts),
            "lexical_declaration" | "variable_declaration" => {
                for declarator in named_children(statement) {
                    read_require(declarator, src, facts);
                }
            }
            "expression_statement" => {
                if let Some(expr) = statement.named_child(0) {
                    read_commonjs_export(expr, src, facts);
                }
            }
            _ => {}
        }
    }
}

fn read_import(statement: Node<'_>, src: &str, facts: &mut FileFacts) {
    let Some(module) = statement.field("source").and_then(|s| string_value(s, src)) else {
        return;
    };
    let Some(clause) = named_children(statement)
        .into_iter()
        .find(|c| c.kind() == "import_clause")
    else {
        return;
    };
    for part in named_children(clause) {
        match part.kind() {
            "identifier" => facts.imports.push(Import {
                local: text(part, src).to_string(),
                module: module.clone(),
                name: ImportedName::Default,
            }),
            "namespace_import" => {
                if let Some(name) = named_children(part)
                    .into_iter()
                    .find(|c| c.kind() == "identifier")
                {
                    facts.imports.push(Import {
                        local: text(name, src).to_string(),
                        module: module.clone(),
                        name: ImportedName::Namespace,
                    });
                }
            }
            "named_imports" => {
                for spec in named_children(part) {
                    if spec.kind() != "import_specifier" {
                        continue;
                    }
                    let Some(name) = spec.field("name") else {
                        continue;
                    };
                    let imported = text(name, src).to_string();
                    let local = spec
                        .field("alias")
                        .map(|a| text(a, src).to_string())
                        .unwrap_or_else(|| imported.clone());
                    facts.imports.push(Import {
                        local,
                        module: module.clone(),
                        name: if imported == "default" {
                            ImportedName::Default
                        } else {
                            ImportedName::Named(imported)
                        },
                    });
                }
            }
            _ => {}
        }
    }
}

/// `const x = require('m')`, `const { a, b: c } = require('m')`, `require('m').Router`.
fn read_require(declarator: Node<'_>, src: &str, facts: &mut FileFacts) {
    if declarator.kind() != "variable_declarator" {
        return;
    }
    let (Some(name), Some(value)) = (declarator.field("name"), declarator.field("value")) else {
        return;
    };
    let value = unwrap(value);
    let (call, member) = match value.kind() {
        "call_expression" => (value, None),
        "member_expression" => match value.field("object").map(unwrap) {
            Some(object) if object.kind() == "call_expression" => (
                object,
                value.field("property").map(|p| text(p, src).to_string()),
            ),
            _ => return,
        },
        _ => return,
    };
    let Some(module) = required_module(call, src) else {
        return;
    };
    match name.kind() {
        "identifier" => facts.imports.push(Import {
            local: text(name, src).to_string(),
            module,
            name: member.map_or(ImportedName::Namespace, ImportedName::Named),
        }),
        "object_pattern" => {
            for property in named_children(name) {
                let (imported, local) = match property.kind() {
                    "shorthand_property_identifier_pattern" => {
                        let n = text(property, src).to_string();
                        (n.clone(), n)
                    }
                    "pair_pattern" => {
                        let (Some(key), Some(value)) =
                            (property.field("key"), property.field("value"))
                        else {
                            continue;
                        };
                        (text(key, src).to_string(), text(value, src).to_string())
                    }
                    _ => continue,
                };
                facts.imports.push(Import {
                    local,
                    module: module.clone(),
                    name: ImportedName::Named(imported),
                });
            }
        }
        _ => {}
    }
}

fn read_export(statement: Node<'_>, src: &str, facts: &mut FileFacts) {
    let is_default = (0..statement.child_count())
        .filter_map(|i| statement.child(i))
        .any(|c| c.kind() == "default");
    if let Some(declaration) = statement.field("declaration") {
        // `export const router = Router()`, `export function plugin() {}`, `export class C {}`.
        let names: Vec<String> = match declaration.kind() {
            "lexical_declaration" | "variable_declaration" => named_children(declaration)
                .into_iter()
                .filter_map(|d| d.field("name"))
                .filter(|n| n.kind() == "identifier")
                .map(|n| text(n, src).to_string())
                .collect(),
            _ => declaration
                .field("name")
                .map(|n| vec![text(n, src).to_string()])
                .unwrap_or_default(),
        };
        for name in names {
            let exported = if is_default {
                "default".into()
            } else {
                name.clone()
            };
            facts.exports.push((exported, name));
        }
        return;
    }
    if let Some(value) = statement.field("value") {
        // `export default router`, `export default async function (fastify) {}`.
        let local = match unwrap(value).kind() {
            "identifier" => text(unwrap(value), src).to_string(),
            _ => "default".to_string(),
        };
        facts.exports.push(("default".into(), local));
        return;
    }
    for clause in named_children(statement) {
        if clause.kind() != "export_clause" {
            continue;
        }
        for spec in named_children(clause) {
            let Some(name) = spec.field("name") else {
                continue;
            };
            let local = text(name, src).to_string();
            let exported = spec
                .field("alias")
                .map(|a| text(a, src).to_string())
                .unwrap_or_else(|| local.clone());
            facts.exports.push((exported, local));
        }
    }
}

/// `module.exports = router`, `module.exports = { router }`, `exports.router = router`.
fn read_commonjs_export(expr: Node<'_>, src: &str, facts: &mut FileFacts) {
    if expr.kind() != "assignment_expression" {
        return;
    }
    let (Some(left), Some(right)) = (expr.field("left"), expr.field("right")) else {
        return;
    };
    let Some(target) = dotted_path(left, src) else {
        return;
    };
    let right = unwrap(right);
    match target.as_str() {
        "module.exports" => match right.kind() {
            "identifier" => facts
                .exports
                .push(("default".into(), text(right, src).to_string())),
            "object" => {
                for property in named_children(right) {
                    match property.kind() {
                        "shorthand_property_identifier" => {
                            let n = text(property, src).to_string();
                            facts.exports.push((n.clone(), n));
                        }
                        "pair" => {
                            if let (Some(key), Some(value)) = (
                                sechound_syntax::js::pair_key(property, src),
                                property.field("value"),
                            ) && unwrap(value).kind() == "identifier"
                            {
                                facts
                                    .exports
                                    .push((key.to_string(), text(unwrap(value), src).to_string()));
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => facts.exports.push(("default".into(), "default".into())),
        },
        other => {
            if let Some(name) = other
                .strip_prefix("module.exports.")
                .or_else(|| other.strip_prefix("exports."))
                && unwrap(right).kind() == "identifier"
            {
                facts
                    .exports
                    .push((name.to_string(), text(unwrap(right), src).to_string()));
            }
        }
    }
}

/// The module of a `require('./x')` call used directly as an argument.
pub(crate) fn inline_require(node: Node<'_>, src: &str) -> Option<String> {
    let node = unwrap(node);
    (node.kind() == "call_expression")
        .then(|| required_module(node, src))
        .flatten()
        .filter(|_| arguments(node).len() == 1)
}
