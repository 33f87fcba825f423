//! Frameworks and their declared versions, from package.json, pyproject.toml and
//! requirements files.

use sechound_core::project::FrameworkUse;
use sechound_deps::formats::{FileFormat, Parsed};

/// Package name → framework name.
const FRAMEWORKS: &[(&str, &str)] = &[
    ("express", "Express"),
    ("fastify", "Fastify"),
    ("@nestjs/core", "NestJS"),
    ("next", "Next.js"),
    ("socket.io", "socket.io"),
    ("fastapi", "FastAPI"),
    ("flask", "Flask"),
    ("django", "Django"),
    ("djangorestframework", "Django REST framework"),
    ("starlette", "Starlette"),
];

pub(crate) fn frameworks(manifests: &[(String, String)]) -> Vec<FrameworkUse> {
    let mut out: Vec<FrameworkUse> = Vec::new();
    for (path, text) in manifests {
        // The dependency review's readers; a manifest they cannot read declares nothing here
        // (the dependency review reports it as a gap).
        let Some(Ok(Parsed::Manifest(manifest))) =
            FileFormat::of(path).map(|format| format.parse(path, text))
        else {
            continue;
        };
        for declared in manifest.declared {
            let lower = declared.name.to_ascii_lowercase().replace('_', "-");
            if let Some((_, name)) = FRAMEWORKS.iter().find(|(p, _)| *p == lower)
                && !out.iter().any(|f| f.name == *name && f.source == *path)
            {
                out.push(FrameworkUse {
                    name: name.to_string(),
                    version: (!declared.spec.is_empty()).then_some(declared.spec),
                    source: path.clone(),
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.name, &a.source).cmp(&(&b.name, &b.source)));
    out
}
