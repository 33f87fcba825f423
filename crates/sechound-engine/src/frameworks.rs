//! Frameworks and security-relevant libraries recognised from a file's imports.

use sechound_semantic::FileSummary;
use sechound_syntax::Family;

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

/// Display names of the known frameworks and libraries a file imports, from its semantic
/// summary (module-level imports, re-exports, and modules loaded inside functions).
pub(crate) fn frameworks_in(summary: &FileSummary) -> Vec<&'static str> {
    let family = summary.family;
    let mut found: Vec<&'static str> = Vec::new();
    for module in summary.modules() {
        let top = top_level(module, family);
        for (name, display) in KNOWN {
            let matches = module == *name || top == *name;
            // `jose` exists in both ecosystems under different display names.
            let family_ok = match (*name, family) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use sechound_semantic::extract::Engine;
    use sechound_syntax::{Language, parse};

    fn summary(path: &str, language: Language, code: &str) -> FileSummary {
        let file = parse(path.into(), language, code.into()).unwrap();
        let root = file.tree.root_node();
        match language {
            Language::Python => {
                let taint = sechound_syntax::python::taint::PyTaint::new(&file);
                let module = sechound_syntax::modules::python::read(root, file.text());
                sechound_semantic::summarize(&file, Engine::Python(&taint), &module)
            }
            _ => {
                let taint = sechound_syntax::js::taint::JsTaint::new(&file);
                let module = sechound_syntax::modules::js::read(root, file.text());
                sechound_semantic::summarize(&file, Engine::Js(&taint), &module)
            }
        }
    }

    #[test]
    fn recognises_imports() {
        let f = summary(
            "a.ts",
            Language::TypeScript,
            "import express from 'express';\nconst jwt = require('jsonwebtoken');\nimport { Controller } from '@nestjs/common';\nfunction f() { const axios = require('axios'); }\n",
        );
        assert_eq!(
            frameworks_in(&f),
            vec!["Express", "jsonwebtoken", "NestJS", "axios"]
        );
        let p = summary(
            "a.py",
            Language::Python,
            "from fastapi import FastAPI\nimport sqlalchemy.orm as orm\ndef f():\n    import requests\n",
        );
        assert_eq!(frameworks_in(&p), vec!["FastAPI", "SQLAlchemy", "requests"]);
    }
}
