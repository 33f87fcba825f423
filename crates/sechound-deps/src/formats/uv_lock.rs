//! `uv.lock`: `[[package]]` entries with `name`, `version`, `source` and `dependencies` (a list of
//! `{ name = … }`). The project itself (and workspace members) has an `editable` or `virtual`
//! source: its `dependencies` are the production roots, its `dev-dependencies` groups the dev ones.

use super::poetry_lock::package_name_lines;
use super::{FormatError, Locked, Lockfile, Roots};
use crate::Ecosystem;
use std::collections::HashMap;
use toml::{Table, Value};

pub(super) fn parse(text: &str) -> Result<Lockfile, FormatError> {
    let toml: Table = text
        .parse()
        .map_err(|e: toml::de::Error| FormatError::new(format!("invalid TOML: {}", e.message())))?;
    let packages = toml
        .get("package")
        .and_then(Value::as_array)
        .ok_or_else(|| FormatError::new("no `[[package]]` entries"))?;
    let lines = package_name_lines(text);
    let mut lockfile = Lockfile::default();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut deps: Vec<(usize, Vec<String>)> = Vec::new();
    let mut projects: Vec<&Value> = Vec::new();
    for (n, package) in packages.iter().enumerate() {
        let Some(name) = package.get("name").and_then(Value::as_str) else {
            return Err(FormatError::new(format!(
                "package entry {} has no name",
                n + 1
            )));
        };
        let source = package.get("source").and_then(Value::as_table);
        let local = source.is_some_and(|s| s.contains_key("editable") || s.contains_key("virtual"));
        if local {
            projects.push(package);
            continue;
        }
        let Some(version) = package.get("version").and_then(Value::as_str) else {
            return Err(FormatError::new(format!("package `{name}` has no version")));
        };
        let index = lockfile.push(
            Locked {
                name: name.to_string(),
                version: version.to_string(),
                line: lines.get(n).copied().unwrap_or(1),
                descriptors: Vec::new(),
            },
            None,
        );
        by_name.insert(Ecosystem::PyPI.normalise(name), index);
        deps.push((index, dependency_names(package.get("dependencies"))));
    }
    let resolve = |names: &[String]| -> Vec<usize> {
        names
            .iter()
            .filter_map(|n| by_name.get(&Ecosystem::PyPI.normalise(n)).copied())
            .collect()
    };
    for (index, names) in &deps {
        lockfile.nodes[*index].edges = resolve(names);
    }
    if !projects.is_empty() {
        let mut roots = Roots::default();
        for project in projects {
            roots
                .prod
                .extend(resolve(&dependency_names(project.get("dependencies"))));
            for key in ["dev-dependencies", "optional-dependencies"] {
                if let Some(groups) = project.get(key).and_then(Value::as_table) {
                    for list in groups.values() {
                        let names = resolve(&dependency_names(Some(list)));
                        if key == "dev-dependencies" {
                            roots.dev.extend(names);
                        } else {
                            roots.prod.extend(names);
                        }
                    }
                }
            }
        }
        lockfile.roots = Some(roots);
    }
    Ok(lockfile)
}

fn dependency_names(list: Option<&Value>) -> Vec<String> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|d| d.get("name").and_then(Value::as_str).map(str::to_string))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::listing::describe_from_roots;

    #[test]
    fn project_roots_and_edges() {
        let lockfile = parse(include_str!("../../tests/data/lockfiles/uv.lock")).unwrap();
        assert!(
            lockfile.roots.is_some(),
            "uv.lock records the project's own requirements"
        );
        let got = describe_from_roots(&lockfile);
        assert_eq!(
            got,
            [
                "jinja2@3.1.4 line 3 Direct jinja2",
                "markupsafe@2.1.5 line 10 Transitive jinja2>markupsafe",
                "pytest@8.0.0 line 15 Direct dev pytest",
            ]
        );
        assert!(
            parse("version = 1\n[[package]]\nname = \"x\"\nsource = { registry = \"r\" }\n")
                .is_err()
        );
    }
}
