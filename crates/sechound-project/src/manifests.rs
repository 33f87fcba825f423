//! Frameworks and their declared versions, from package.json, pyproject.toml and
//! requirements files.

use sechound_core::project::FrameworkUse;

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
        for (package, version) in declared(path, text) {
            let lower = package.to_ascii_lowercase().replace('_', "-");
            if let Some((_, name)) = FRAMEWORKS.iter().find(|(p, _)| *p == lower)
                && !out.iter().any(|f| f.name == *name && f.source == *path)
            {
                out.push(FrameworkUse {
                    name: name.to_string(),
                    version: (!version.is_empty()).then_some(version),
                    source: path.clone(),
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.name, &a.source).cmp(&(&b.name, &b.source)));
    out
}

/// (package, version spec) pairs a manifest declares.
fn declared(path: &str, text: &str) -> Vec<(String, String)> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let mut out = Vec::new();
    if name == "package.json" {
        for section in ["dependencies", "devDependencies", "peerDependencies"] {
            out.extend(json_section(text, section));
        }
    } else if name == "pyproject.toml"
        || (name.starts_with("requirements") && name.ends_with(".txt"))
    {
        for line in text.lines() {
            let line = line
                .trim()
                .trim_matches(|c| c == '"' || c == '\'' || c == ',');
            let line = line.split('#').next().unwrap_or("").trim();
            let end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
                .unwrap_or(line.len());
            let (package, rest) = line.split_at(end);
            if package.is_empty() {
                continue;
            }
            let rest = rest.trim();
            // Poetry: `fastapi = "^0.110"`; PEP 621 / requirements: `fastapi>=0.110`.
            let version = rest
                .strip_prefix('=')
                .map(|v| v.trim().trim_matches('"').to_string())
                .unwrap_or_else(|| rest.split(';').next().unwrap_or("").trim().to_string());
            if rest.is_empty() || rest.starts_with(['=', '<', '>', '~', '!', '[']) {
                out.push((package.to_string(), version));
            }
        }
    }
    out
}

fn json_section(text: &str, section: &str) -> Vec<(String, String)> {
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    json.get(section)
        .and_then(|s| s.as_object())
        .map(|map| {
            map.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default()
}
