//! Imports and exports of Python modules: `import a.b as c`, `from .x import y as z`, and the
//! names a module defines at its top level (every one of which another module can import).

use super::{Export, ExportTarget, Import, ImportedName, ModuleRecord};
use crate::node::NodeExt;
use crate::node::{named_children, text};
use tree_sitter::Node;

/// The module record of a Python file: imports at module level (also under a module-level `if`
/// or `try`, for optional dependencies) and at the top of function bodies (lazy imports), and
/// the functions, classes and names the module defines at its top level.
pub fn read(root: Node<'_>, src: &str) -> ModuleRecord {
    let mut record = ModuleRecord::default();
    read_block(root, src, None, true, &mut record);
    record
}

fn read_block(
    block: Node<'_>,
    src: &str,
    scope: Option<(usize, usize)>,
    module_level: bool,
    record: &mut ModuleRecord,
) {
    for node in named_children(block) {
        match node.kind() {
            "import_statement" => {
                for name in named_children(node) {
                    read_plain(name, src, scope, record);
                }
            }
            "import_from_statement" => read_from(node, src, scope, record),
            "if_statement" | "try_statement" | "block" | "else_clause" | "elif_clause"
            | "except_clause" | "finally_clause" | "with_statement" => {
                read_block(node, src, scope, module_level, record)
            }
            "decorated_definition" => {
                if let Some(definition) = node.field("definition") {
                    read_definition(definition, src, scope, module_level, record);
                }
            }
            "function_definition" | "class_definition" => {
                read_definition(node, src, scope, module_level, record)
            }
            "expression_statement" if module_level => {
                for assignment in named_children(node) {
                    if assignment.kind() != "assignment" {
                        continue;
                    }
                    if let Some(left) = assignment.field("left")
                        && left.kind() == "identifier"
                    {
                        let name = text(left, src).to_string();
                        record.exports.push(Export {
                            name: name.clone(),
                            target: ExportTarget::Local(name),
                        });
                    }
                }
            }
            _ => {}
        }
    }
}

fn read_definition(
    definition: Node<'_>,
    src: &str,
    scope: Option<(usize, usize)>,
    module_level: bool,
    record: &mut ModuleRecord,
) {
    if module_level && let Some(name) = definition.field("name") {
        let name = text(name, src).to_string();
        record.exports.push(Export {
            name: name.clone(),
            target: ExportTarget::Local(name),
        });
    }
    let Some(body) = definition.field("body") else {
        return;
    };
    // Imports inside a function bind names for that function only; a class body binds them
    // for the class, which methods do not see, so only functions are followed.
    if definition.kind() == "function_definition" {
        let range = Some((definition.start_byte(), definition.end_byte()));
        read_block(body, src, range, false, record);
    } else {
        for node in named_children(body) {
            let node = match node.kind() {
                "decorated_definition" => node.field("definition"),
                _ => Some(node),
            };
            if let Some(method) = node.filter(|n| n.kind() == "function_definition")
                && let Some(body) = method.field("body")
            {
                let range = Some((method.start_byte(), method.end_byte()));
                read_block(body, src, range, false, record);
            }
        }
        let _ = scope;
    }
}

fn line(node: Node<'_>) -> u32 {
    node.start_position().row as u32 + 1
}

/// `import a.b as z` binds `z` to `a.b`; `import a.b` binds `a` to `a`.
fn read_plain(name: Node<'_>, src: &str, scope: Option<(usize, usize)>, record: &mut ModuleRecord) {
    let (module, local) = match name.kind() {
        "aliased_import" => {
            let (Some(module), Some(alias)) = (name.field("name"), name.field("alias")) else {
                return;
            };
            (text(module, src).to_string(), text(alias, src).to_string())
        }
        "dotted_name" => {
            let full = text(name, src);
            let head = full.split('.').next().unwrap_or(full).to_string();
            (head.clone(), head)
        }
        _ => return,
    };
    record.imports.push(Import {
        local,
        module,
        name: ImportedName::Namespace,
        line: line(name),
        scope,
    });
}

/// `from .routers import items, users as u` (module `.routers`, `Named("items")`).
fn read_from(node: Node<'_>, src: &str, scope: Option<(usize, usize)>, record: &mut ModuleRecord) {
    let Some(module) = node.field("module_name") else {
        return;
    };
    let module = text(module, src).to_string();
    let mut cursor = node.walk();
    for name in node.children_by_field_name("name", &mut cursor) {
        let (imported, local) = match name.kind() {
            "aliased_import" => {
                let (Some(n), Some(alias)) = (name.field("name"), name.field("alias")) else {
                    continue;
                };
                (text(n, src).to_string(), text(alias, src).to_string())
            }
            "dotted_name" => {
                let n = text(name, src).to_string();
                (n.clone(), n)
            }
            _ => continue,
        };
        record.imports.push(Import {
            local,
            module: module.clone(),
            name: ImportedName::Named(imported),
            line: line(node),
            scope,
        });
    }
}

/// The qualified name of the function a call invokes, through the file's imports (those inside
/// the function around the call included): `pickle.loads` for `p.loads(…)` after `import pickle
/// as p`, `yaml.load` for `load(…)` after `from yaml import load`. Names that are not imported
/// come back as written (`eval`, `cursor.execute`).
pub fn qualified_callee(record: &ModuleRecord, call: Node<'_>, src: &str) -> Option<String> {
    let path = crate::python::callee_path(call, src)?;
    Some(
        record
            .qualify_at(&path, Some(call.start_byte()))
            .unwrap_or(path),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, parse};

    #[test]
    fn reads_imports_at_module_and_function_level() {
        let code = "import pickle as p\nimport os.path\nfrom yaml import load as yload, safe_load\nfrom . import models\ntry:\n    import ujson as json\nexcept ImportError:\n    import json\n\ndef f(x):\n    import marshal as m\n    return m.loads(x)\n\nclass C:\n    def g(self):\n        from subprocess import run\n        run(self.cmd)\n\nDEBUG = True\n";
        let f = parse("a.py".into(), Language::Python, code.into()).unwrap();
        let r = read(f.tree.root_node(), f.text());
        assert_eq!(r.qualify("p.loads").as_deref(), Some("pickle.loads"));
        assert_eq!(r.qualify("os.path.join").as_deref(), Some("os.path.join"));
        assert_eq!(r.qualify("yload").as_deref(), Some("yaml.load"));
        assert_eq!(r.qualify("models.User").as_deref(), Some(".models.User"));
        assert_eq!(
            r.qualify("m.loads"),
            None,
            "function-level import is not module-wide"
        );
        let mut qualified = Vec::new();
        crate::node::walk(f.tree.root_node(), |n| {
            if n.kind() == "call"
                && let Some(q) = qualified_callee(&r, n, f.text())
            {
                qualified.push(q);
            }
            true
        });
        assert_eq!(qualified, ["marshal.loads", "subprocess.run"]);
        let exported: Vec<&str> = r.exports.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(exported, ["f", "C", "DEBUG"]);
    }
}
