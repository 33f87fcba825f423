//! Imports and exports of JavaScript and TypeScript modules: ES `import`/`export`, TypeScript
//! `import x = require()`, CommonJS `require` and `module.exports` / `exports.x`.

use super::{Export, ExportTarget, Import, ImportedName, ModuleRecord, normalise_specifier};
use crate::js::{dotted_path, pair_key, required_module, string_value, unwrap};
use crate::node::NodeExt;
use crate::node::{named_children, text};
use tree_sitter::Node;

/// The module record of a JavaScript or TypeScript file. Reads the top-level statements only:
/// ES imports and exports can only be there, and so are the `require`s that bind names for the
/// whole module.
pub fn read(root: Node<'_>, src: &str) -> ModuleRecord {
    let mut record = ModuleRecord::default();
    for statement in named_children(root) {
        match statement.kind() {
            "import_statement" => read_import(statement, src, &mut record),
            "export_statement" => read_export(statement, src, &mut record),
            "lexical_declaration" | "variable_declaration" => {
                for declarator in named_children(statement) {
                    read_require(declarator, src, &mut record);
                }
            }
            "expression_statement" => {
                if let Some(expr) = statement.named_child(0) {
                    read_commonjs_export(expr, src, &mut record);
                }
            }
            _ => {}
        }
    }
    record
}

fn line(node: Node<'_>) -> u32 {
    node.start_position().row as u32 + 1
}

fn read_import(statement: Node<'_>, src: &str, record: &mut ModuleRecord) {
    // `import x = require('m')` (TypeScript).
    if let Some(clause) = named_children(statement)
        .into_iter()
        .find(|c| c.kind() == "import_require_clause")
    {
        let name = clause.named_child(0);
        let module = clause.field("source").and_then(|s| string_value(s, src));
        if let (Some(name), Some(module)) = (name, module) {
            record.imports.push(Import {
                local: text(name, src).to_string(),
                module: normalise_specifier(&module),
                name: ImportedName::Namespace,
                line: line(statement),
                scope: None,
            });
        }
        return;
    }
    let Some(module) = statement.field("source").and_then(|s| string_value(s, src)) else {
        return;
    };
    let module = normalise_specifier(&module);
    let Some(clause) = named_children(statement)
        .into_iter()
        .find(|c| c.kind() == "import_clause")
    else {
        return;
    };
    let mut push = |local: String, name: ImportedName| {
        record.imports.push(Import {
            local,
            module: module.clone(),
            name,
            line: line(statement),
            scope: None,
        })
    };
    for part in named_children(clause) {
        match part.kind() {
            "identifier" => push(text(part, src).to_string(), ImportedName::Default),
            "namespace_import" => {
                if let Some(name) = named_children(part)
                    .into_iter()
                    .find(|c| c.kind() == "identifier")
                {
                    push(text(name, src).to_string(), ImportedName::Namespace);
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
                    let imported = specifier_name(name, src);
                    let local = spec
                        .field("alias")
                        .map(|a| text(a, src).to_string())
                        .unwrap_or_else(|| imported.clone());
                    push(local, imported_name(imported));
                }
            }
            _ => {}
        }
    }
}

/// The name in an import or export specifier; `'a-b'` string names lose their quotes.
fn specifier_name(node: Node<'_>, src: &str) -> String {
    string_value(node, src).unwrap_or_else(|| text(node, src).to_string())
}

fn imported_name(name: String) -> ImportedName {
    if name == "default" {
        ImportedName::Default
    } else {
        ImportedName::Named(name)
    }
}

/// `const x = require('m')`, `const { a, b: c } = require('m')`, `const R = require('m').Router`.
fn read_require(declarator: Node<'_>, src: &str, record: &mut ModuleRecord) {
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
    let module = normalise_specifier(&module);
    let at = line(declarator);
    match name.kind() {
        "identifier" => record.imports.push(Import {
            local: text(name, src).to_string(),
            module,
            name: member.map_or(ImportedName::Namespace, imported_name),
            line: at,
            scope: None,
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
                    "object_assignment_pattern" => {
                        let Some(left) = property.field("left") else {
                            continue;
                        };
                        let n = text(left, src).to_string();
                        (n.clone(), n)
                    }
                    _ => continue,
                };
                let name = match &member {
                    // `const { a } = require('m').b`: `a` is `m.b.a`; keep the module and read
                    // the member chain as the name.
                    Some(m) => ImportedName::Named(format!("{m}.{imported}")),
                    None => imported_name(imported),
                };
                record.imports.push(Import {
                    local,
                    module: module.clone(),
                    name,
                    line: at,
                    scope: None,
                });
            }
        }
        _ => {}
    }
}

fn read_export(statement: Node<'_>, src: &str, record: &mut ModuleRecord) {
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
        if names.is_empty() && is_default {
            record.exports.push(Export {
                name: "default".into(),
                target: ExportTarget::Expression(declaration.start_byte()),
            });
        }
        for name in names {
            let exported = if is_default {
                "default".into()
            } else {
                name.clone()
            };
            record.exports.push(Export {
                name: exported,
                target: ExportTarget::Local(name),
            });
        }
        return;
    }
    if let Some(value) = statement.field("value") {
        // `export default router`, `export default async function (fastify) {}`.
        let value = unwrap(value);
        let target = match value.kind() {
            "identifier" => ExportTarget::Local(text(value, src).to_string()),
            _ => ExportTarget::Expression(value.start_byte()),
        };
        record.exports.push(Export {
            name: "default".into(),
            target,
        });
        return;
    }
    let source = statement
        .field("source")
        .and_then(|s| string_value(s, src))
        .map(|s| normalise_specifier(&s));
    let mut clauses = 0;
    for clause in named_children(statement) {
        match clause.kind() {
            "export_clause" => {
                clauses += 1;
                for spec in named_children(clause) {
                    let Some(name) = spec.field("name") else {
                        continue;
                    };
                    let local = specifier_name(name, src);
                    let exported = spec
                        .field("alias")
                        .map(|a| specifier_name(a, src))
                        .unwrap_or_else(|| local.clone());
                    let target = match &source {
                        Some(module) => ExportTarget::From {
                            module: module.clone(),
                            name: imported_name(local),
                        },
                        None => ExportTarget::Local(local),
                    };
                    record.exports.push(Export {
                        name: exported,
                        target,
                    });
                }
            }
            // `export * as ns from './x'`.
            "namespace_export" => {
                clauses += 1;
                if let (Some(module), Some(name)) = (&source, clause.named_child(0)) {
                    record.exports.push(Export {
                        name: specifier_name(name, src),
                        target: ExportTarget::From {
                            module: module.clone(),
                            name: ImportedName::Namespace,
                        },
                    });
                }
            }
            _ => {}
        }
    }
    if clauses == 0
        && let Some(module) = source
    {
        record.exports.push(Export {
            name: "*".into(),
            target: ExportTarget::All(module),
        });
    }
}

/// `module.exports = router`, `module.exports = { a, b: c }`, `exports.router = router`.
fn read_commonjs_export(expr: Node<'_>, src: &str, record: &mut ModuleRecord) {
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
    let target_of = |value: Node<'_>| match value.kind() {
        "identifier" => ExportTarget::Local(text(value, src).to_string()),
        _ => ExportTarget::Expression(value.start_byte()),
    };
    match target.as_str() {
        "module.exports" => {
            if right.kind() == "object" {
                for property in named_children(right) {
                    match property.kind() {
                        "shorthand_property_identifier" => {
                            let n = text(property, src).to_string();
                            record.exports.push(Export {
                                name: n.clone(),
                                target: ExportTarget::Local(n),
                            });
                        }
                        "pair" => {
                            if let (Some(key), Some(value)) =
                                (pair_key(property, src), property.field("value"))
                            {
                                record.exports.push(Export {
                                    name: key.to_string(),
                                    target: target_of(unwrap(value)),
                                });
                            }
                        }
                        "method_definition" => {
                            if let Some(name) = property.field("name") {
                                record.exports.push(Export {
                                    name: text(name, src).to_string(),
                                    target: ExportTarget::Expression(property.start_byte()),
                                });
                            }
                        }
                        _ => {}
                    }
                }
            }
            record.exports.push(Export {
                name: "default".into(),
                target: target_of(right),
            });
        }
        other => {
            if let Some(name) = other
                .strip_prefix("module.exports.")
                .or_else(|| other.strip_prefix("exports."))
                && !name.contains('.')
            {
                record.exports.push(Export {
                    name: name.to_string(),
                    target: target_of(right),
                });
            }
        }
    }
}

/// The qualified name of the function a call invokes, through the file's imports:
/// `child_process.exec` for `cp.exec(…)` after `const cp = require('child_process')`, for
/// `run(…)` after `import { exec as run } from 'child_process'` and for
/// `require('child_process').exec(…)`. Names that are not imported come back as written
/// (`eval`, `res.send`).
pub fn qualified_callee(record: &ModuleRecord, call: Node<'_>, src: &str) -> Option<String> {
    let callee = unwrap(crate::js::callee(call)?);
    if let Some(path) = crate::js::callee_path(call, src) {
        return Some(record.qualify(&path).unwrap_or(path));
    }
    // `require('m').f(…)`, `require('m')(…)`.
    let (object, property) = match callee.kind() {
        "member_expression" => (
            unwrap(callee.field("object")?),
            Some(text(callee.field("property")?, src)),
        ),
        "call_expression" => (callee, None),
        _ => return None,
    };
    if object.kind() != "call_expression" {
        return None;
    }
    let module = normalise_specifier(&required_module(object, src)?);
    Some(match property {
        Some(p) => format!("{module}.{p}"),
        None => module,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, parse};

    fn record(code: &str) -> ModuleRecord {
        let f = parse("a.ts".into(), Language::TypeScript, code.into()).unwrap();
        read(f.tree.root_node(), f.text())
    }

    #[test]
    fn reads_es_commonjs_and_typescript_imports() {
        let r = record(
            "import express, { Router as R } from 'express';\nimport * as cp from 'node:child_process';\nimport fs = require('fs');\nconst { exec: run, spawn } = require('child_process');\nconst yaml = require('js-yaml');\nconst load = require('js-yaml').load;\n",
        );
        assert_eq!(r.qualify("express").as_deref(), Some("express"));
        assert_eq!(r.qualify("R").as_deref(), Some("express.Router"));
        assert_eq!(r.qualify("cp.exec").as_deref(), Some("child_process.exec"));
        assert_eq!(r.qualify("fs.readFile").as_deref(), Some("fs.readFile"));
        assert_eq!(r.qualify("run").as_deref(), Some("child_process.exec"));
        assert_eq!(r.qualify("spawn").as_deref(), Some("child_process.spawn"));
        assert_eq!(r.qualify("yaml.load").as_deref(), Some("js-yaml.load"));
        assert_eq!(r.qualify("load").as_deref(), Some("js-yaml.load"));
        assert_eq!(r.qualify("eval"), None);
    }

    #[test]
    fn reads_exports_and_reexports() {
        let r = record(
            "export function a() {}\nexport const b = 1, c = 2;\nexport default class D {}\nexport { e as f } from './e';\nexport * from './all';\nexport * as ns from './ns';\nconst g = 1;\nexport { g as h };\n",
        );
        let names: Vec<&str> = r.exports.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a", "b", "c", "default", "f", "*", "ns", "h"]);
        assert_eq!(
            r.export("f").unwrap().target,
            ExportTarget::From {
                module: "./e".into(),
                name: ImportedName::Named("e".into())
            }
        );
        assert_eq!(
            r.export("default").unwrap().target,
            ExportTarget::Local("D".into())
        );
        assert_eq!(
            r.export("h").unwrap().target,
            ExportTarget::Local("g".into())
        );
        let cjs = record(
            "function run() {}\nmodule.exports = { run, other: helper, inline() {} };\nexports.x = y;\n",
        );
        assert_eq!(
            cjs.export("run").unwrap().target,
            ExportTarget::Local("run".into())
        );
        assert_eq!(
            cjs.export("other").unwrap().target,
            ExportTarget::Local("helper".into())
        );
        assert!(matches!(
            cjs.export("inline").unwrap().target,
            ExportTarget::Expression(_)
        ));
        assert_eq!(
            cjs.export("x").unwrap().target,
            ExportTarget::Local("y".into())
        );
    }

    #[test]
    fn qualifies_inline_requires() {
        let f = parse(
            "a.js".into(),
            Language::JavaScript,
            "require('child_process').exec(cmd);\nconst cp = require('child_process');\ncp.execSync(x);\n".into(),
        )
        .unwrap();
        let r = read(f.tree.root_node(), f.text());
        let mut found = Vec::new();
        crate::node::walk(f.tree.root_node(), |n| {
            if n.kind() == "call_expression"
                && let Some(q) = qualified_callee(&r, n, f.text())
            {
                found.push(q);
            }
            true
        });
        assert!(found.contains(&"child_process.exec".to_string()));
        assert!(found.contains(&"child_process.execSync".to_string()));
    }
}
