//! The repository file an import names, for rules that read a definition from the module a
//! name is imported from (a body model's fields, a handler registered in another file).

/// The repository file a Python module name stands for (`app.models`, `.models`), written in
/// the file `from`.
pub(crate) fn python_module_path(module: &str, from: &str, paths: &[String]) -> Option<String> {
    let dots = module.chars().take_while(|c| *c == '.').count();
    let rest = module[dots..].replace('.', "/");
    let candidates: Vec<String> = if dots > 0 {
        let mut dir: Vec<&str> = from.split('/').collect();
        dir.pop();
        for _ in 1..dots {
            dir.pop();
        }
        let base = dir.join("/");
        let joined = |tail: &str| {
            if base.is_empty() {
                tail.to_string()
            } else {
                format!("{base}/{tail}")
            }
        };
        if rest.is_empty() {
            vec![joined("__init__.py")]
        } else {
            vec![
                joined(&format!("{rest}.py")),
                joined(&format!("{rest}/__init__.py")),
            ]
        }
    } else {
        // An absolute module: the file whose path ends with it, nearest the importer
        // (`app/models.py` for `app.models` written in `backend/app/api.py`).
        let tails = [format!("{rest}.py"), format!("{rest}/__init__.py")];
        return paths
            .iter()
            .filter(|p| {
                tails
                    .iter()
                    .any(|t| *p == t || p.ends_with(&format!("/{t}")))
            })
            .max_by_key(|p| {
                p.bytes()
                    .zip(from.bytes())
                    .take_while(|(a, b)| a == b)
                    .count()
            })
            .cloned();
    };
    candidates.into_iter().find(|c| paths.contains(c))
}

/// The repository file a JavaScript/TypeScript specifier written in `from` stands for:
/// relative paths (`./middleware/error`, `../dto/create-user.dto`) with the usual extensions
/// and `index` files, and the `@/`/`~/` aliases of a source root. Package names give `None`.
/// `paths` is sorted (as [`crate::RepoView::paths`] gives it).
pub(crate) fn js_module_path(specifier: &str, from: &str, paths: &[String]) -> Option<String> {
    let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
    let bases: Vec<String> = if specifier.starts_with('.') {
        vec![normalise(&format!("{dir}/{specifier}"))?]
    } else if let Some(rest) = specifier
        .strip_prefix("@/")
        .or_else(|| specifier.strip_prefix("~/"))
    {
        vec![format!("src/{rest}"), rest.to_string()]
    } else if specifier.starts_with("src/") {
        // A TypeScript `baseUrl` import (`src/users/dto/create-user.dto`).
        vec![specifier.to_string()]
    } else {
        return None;
    };
    const EXTENSIONS: &[&str] = &[".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];
    for base in bases {
        let mut candidates = vec![base.clone()];
        for js in [".js", ".mjs", ".cjs", ".jsx"] {
            if let Some(stem) = base.strip_suffix(js) {
                candidates.extend([".ts", ".tsx", ".mts", ".cts"].map(|e| format!("{stem}{e}")));
            }
        }
        candidates.extend(EXTENSIONS.iter().map(|e| format!("{base}{e}")));
        candidates.extend(EXTENSIONS.iter().map(|e| format!("{base}/index{e}")));
        for candidate in candidates {
            if paths
                .binary_search_by(|p| p.as_str().cmp(candidate.as_str()))
                .is_ok()
            {
                return Some(candidate);
            }
        }
    }
    None
}

/// True when a file is worth indexing for helpers a module defines: not a bundle, minified or
/// built file (`dist/`, `build/`, `*.min.js`, over 128 KiB, or with lines over 1,000
/// characters), whose functions no module of the repository imports by name.
pub(crate) fn indexable_source(path: &str, text: &str) -> bool {
    const MAX: usize = 128 * 1024;
    let built = path.contains(".min.")
        || path.split('/').any(|segment| {
            matches!(
                segment,
                "dist" | "build" | "built" | "vendor" | "node_modules" | "static_build" | "public"
            )
        });
    !built && text.len() <= MAX && text.lines().all(|line| line.len() <= 1000)
}

use sechound_core::paths::normalise_path as normalise;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_resolve_to_repository_files() {
        let paths: Vec<String> = [
            "app/core/config.py",
            "app/errors/__init__.py",
            "src/middleware/error.js",
            "src/users/dto/create-user.dto.ts",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            python_module_path("app.core.config", "app/main.py", &paths).as_deref(),
            Some("app/core/config.py")
        );
        assert_eq!(
            python_module_path(".errors", "app/main.py", &paths).as_deref(),
            Some("app/errors/__init__.py")
        );
        assert_eq!(
            js_module_path("./middleware/error", "src/app.js", &paths).as_deref(),
            Some("src/middleware/error.js")
        );
        assert_eq!(
            js_module_path(
                "../dto/create-user.dto",
                "src/users/controllers/x.ts",
                &paths
            )
            .as_deref(),
            Some("src/users/dto/create-user.dto.ts")
        );
        assert_eq!(
            js_module_path(
                "./dto/create-user.dto",
                "src/users/users.controller.ts",
                &paths
            )
            .as_deref(),
            Some("src/users/dto/create-user.dto.ts")
        );
        assert_eq!(js_module_path("express", "src/app.js", &paths), None);
        assert_eq!(
            js_module_path("../../../etc/passwd", "src/app.js", &paths),
            None
        );
    }
}
