//! Frameworks and security-relevant libraries recognised from a file's imports.

use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::{CodeFile, Family, js};

/// Module name (or prefix ending in `/`) → display name.
const KNOWN: &[(&str, &str)] = &[
    ("express", "Express"),
    ("fastify", "Fastify"),
    ("@nestjs/core", "NestJS"),
    ("@nestjs/common", "NestJS"),
    ("next", "Next.js"),
    ("next/server", "Next.js"),
    ("koa", "Koa"),
    ("hono", "Hono"),
    ("socket.io", "socket.io"),
    ("ws", "ws"),
    ("jsonwebtoken", "jsonwebtoken"),
    ("jose", "jose"),
    ("knex", "knex"),
    ("sequelize", "Sequelize"),
    ("pg", "node-postgres"),
    ("mysql2", "mysql2"),
    ("mysql", "mysql"),
    ("mongoose", "Mongoose"),
    ("mongodb", "MongoDB driver"),
    ("@prisma/client", "Prisma"),
    ("typeorm", "TypeORM"),
    ("axios", "axios"),
    ("helmet", "helmet"),
    ("cors", "cors"),
    ("express-rate-limit", "express-rate-limit"),
    ("express-session", "express-session"),
    ("fastapi", "FastAPI"),
    ("starlette", "Starlette"),
    ("flask", "Flask"),
    ("django", "Django"),
    ("rest_framework", "Django REST framework"),
    ("sqlalchemy", "SQLAlchemy"),
    ("jwt", "PyJWT"),
    ("jose", "python-jose"),
    ("requests", "requests"),
    ("httpx", "httpx"),
    ("pydantic", "pydantic"),
];

/// Display names of the known frameworks and libraries `file` imports.
pub(crate) fn frameworks_in(file: &CodeFile) -> Vec<&'static str> {
    let modules = imported_modules(file);
    let mut found: Vec<&'static str> = Vec::new();
    for module in &modules {
        let top = top_level(module, file.language.family());
        for (name, display) in KNOWN {
            let matches = module == name || top == *name;
            // `jose` exists in both ecosystems under different display names.
            let family_ok = match (*name, file.language.family()) {
                ("jose", Family::Js) => *display == "jose",
                ("jose", Family::Python) => *display == "python-jose",
                _ => true,
            };
            if matches && family_ok && !found.contains(display) {
                found.push(display);
            }
        }
    }
    found
}

fn top_level(module: &str, family: Family) -> &str {
    match family {
        Family::Python => module.split('.').next().unwrap_or(module),
        Family::Js if module.starts_with('@') => module,
        Family::Js => module.split('/').next().unwrap_or(module),
        Family::Compose | Family::Terraform => module,
    }
}

/// Module specifiers a file imports: ES `import`, `require()`, dynamic `import()`, Python
/// `import x` and `from x import y`.
fn imported_modules(file: &CodeFile) -> Vec<String> {
    let src = file.text();
    let mut modules = Vec::new();
    let root = file.tree.root_node();
    match file.language.family() {
        Family::Js => walk(root, |node| {
            match node.kind() {
                "import_statement" | "export_statement" => {
                    if let Some(source) = node.field("source")
                        && let Some(value) = js::string_value(source, src)
                    {
                        modules.push(value);
                    }
                    return false;
                }
                "call_expression" => {
                    if let Some(module) = js::required_module(node, src) {
                        modules.push(module);
                    }
                }
                _ => {}
            }
            true
        }),
        Family::Python => walk(root, |node| {
            match node.kind() {
                "import_statement" => {
                    for name in sechound_syntax::node::named_children(node) {
                        let target = if name.kind() == "aliased_import" {
                            name.field("name")
                        } else {
                            Some(name)
                        };
                        if let Some(target) = target {
                            modules.push(text(target, src).to_string());
                        }
                    }
                    return false;
                }
                "import_from_statement" => {
                    if let Some(module) = node.field("module_name") {
                        modules.push(text(module, src).to_string());
                    }
                    return false;
                }
                // Imports sit at statement level; expressions hold none worth the walk.
                "function_definition"
                | "class_definition"
                | "decorated_definition"
                | "module"
                | "block"
                | "if_statement"
                | "try_statement"
                | "with_statement"
                | "else_clause"
                | "except_clause"
                | "finally_clause"
                | "elif_clause" => {}
                _ => return false,
            }
            true
        }),
        Family::Compose | Family::Terraform => {}
    }
    modules
}

#[cfg(test)]
mod tests {
    use super::*;
    use sechound_syntax::{Language, parse};

    #[test]
    fn recognises_imports() {
        let f = parse(
            "a.ts".into(),
            Language::TypeScript,
            "import express from 'express';\nconst jwt = require('jsonwebtoken');\nimport { Controller } from '@nestjs/common';\n".into(),
        )
        .unwrap();
        assert_eq!(frameworks_in(&f), vec!["Express", "jsonwebtoken", "NestJS"]);
        let p = parse(
            "a.py".into(),
            Language::Python,
            "from fastapi import FastAPI\nimport sqlalchemy.orm as orm\ndef f():\n    import requests\n".into(),
        )
        .unwrap();
        assert_eq!(frameworks_in(&p), vec!["FastAPI", "SQLAlchemy", "requests"]);
    }
}
