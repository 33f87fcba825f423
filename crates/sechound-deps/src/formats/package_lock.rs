//! `package-lock.json` and `npm-shrinkwrap.json`, lockfile versions 1, 2 and 3.
//!
//! Versions 2 and 3 list every installed package under `packages`, keyed by its location
//! (`node_modules/a/node_modules/b`), with the root project (`""`) and workspace members (keys
//! without `node_modules`) declaring the direct dependencies. Version 1 nests `dependencies`
//! instead; it is turned into the same locations. A dependency is resolved as Node does: the
//! nearest `node_modules/<name>` walking up from the dependent's location.

use super::{FormatError, Locked, Lockfile, Roots};
use crate::lines::object_key_lines;
use serde_json::{Map, Value};
use std::collections::HashMap;

pub(super) fn parse(text: &str) -> Result<Lockfile, FormatError> {
    let json: Value =
        serde_json::from_str(text).map_err(|e| FormatError::new(format!("invalid JSON: {e}")))?;
    let version = json
        .get("lockfileVersion")
        .and_then(Value::as_u64)
        .ok_or_else(|| FormatError::new("no `lockfileVersion`"))?;
    let lines = object_key_lines(text);
    match (version, json.get("packages").and_then(Value::as_object)) {
        (2 | 3, Some(packages)) => Ok(from_packages(packages, &lines)),
        (1, _) | (2, None) => {
            let mut locations = Map::new();
            if let Some(deps) = json.get("dependencies").and_then(Value::as_object) {
                flatten_v1(deps, "", &mut locations);
            }
            let mut lockfile = from_packages(&locations, &lines);
            // Version 1 does not record the project's own requirements.
            lockfile.roots = None;
            Ok(lockfile)
        }
        (v, _) => Err(FormatError::new(format!(
            "lockfileVersion {v} without a `packages` map is not a format sechound knows"
        ))),
    }
}

/// Version 1's nested `dependencies` as version 2's location map (`requires` as `dependencies`).
fn flatten_v1(deps: &Map<String, Value>, prefix: &str, out: &mut Map<String, Value>) {
    for (name, entry) in deps {
        let location = format!("{prefix}node_modules/{name}");
        let mut flat = Map::new();
        for key in ["version", "dev"] {
            if let Some(v) = entry.get(key) {
                flat.insert(key.into(), v.clone());
            }
        }
        if let Some(requires) = entry.get("requires") {
            flat.insert("dependencies".into(), requires.clone());
        }
        flat.insert("v1name".into(), Value::String(name.clone()));
        out.insert(location.clone(), Value::Object(flat));
        if let Some(nested) = entry.get("dependencies").and_then(Value::as_object) {
            flatten_v1(nested, &format!("{location}/"), out);
        }
    }
}

fn from_packages(packages: &Map<String, Value>, lines: &HashMap<String, u32>) -> Lockfile {
    let mut lockfile = Lockfile::default();
    let mut by_location: HashMap<&str, usize> = HashMap::new();
    // Locations whose requirements are the project's own: the root and workspace members.
    let mut importers: Vec<&str> = Vec::new();
    for (location, entry) in packages {
        if entry.get("link").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        let Some(at) = location.rfind("node_modules/") else {
            importers.push(location);
            continue;
        };
        let Some(version) = entry.get("version").and_then(Value::as_str) else {
            continue;
        };
        let name = entry
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(&location[at + "node_modules/".len()..]);
        let line = entry
            .get("v1name")
            .and_then(Value::as_str)
            .and_then(|n| lines.get(n))
            .or_else(|| lines.get(location.as_str()))
            .copied()
            .unwrap_or(1);
        let dev = entry.get("dev").and_then(Value::as_bool).unwrap_or(false);
        let index = lockfile.push(
            Locked {
                name: name.to_string(),
                version: version.to_string(),
                line,
                descriptors: Vec::new(),
            },
            Some(dev),
        );
        by_location.insert(location, index);
    }
    let resolve = |from: &str, name: &str| -> Option<usize> {
        let mut base = from.to_string();
        loop {
            let candidate = if base.is_empty() {
                format!("node_modules/{name}")
            } else {
                format!("{base}/node_modules/{name}")
            };
            if let Some(&index) = by_location.get(candidate.as_str()) {
                return Some(index);
            }
            if base.is_empty() {
                return None;
            }
            base = match base.rfind("node_modules/") {
                Some(0) => String::new(),
                // `a/node_modules/b` → `a`; whatever precedes `node_modules/` (a fuzzer wrote a
                // multi-byte character there, and cutting one byte before it panicked).
                Some(i) => base[..i].trim_end_matches('/').to_string(),
                // A workspace member: the next place up is the root.
                None => String::new(),
            };
        }
    };
    let names = |entry: &Value, sections: &[&str]| -> Vec<String> {
        sections
            .iter()
            .filter_map(|s| entry.get(*s).and_then(Value::as_object))
            .flat_map(|m| m.keys().cloned())
            .collect()
    };
    let edges: Vec<(usize, Vec<usize>)> = by_location
        .iter()
        .map(|(location, &index)| {
            let entry = &packages[*location];
            let deps = names(
                entry,
                &["dependencies", "optionalDependencies", "peerDependencies"],
            );
            (
                index,
                deps.iter().filter_map(|d| resolve(location, d)).collect(),
            )
        })
        .collect();
    for (index, targets) in edges {
        lockfile.nodes[index].edges = targets;
    }
    let mut roots = Roots::default();
    for importer in importers {
        let entry = &packages[importer];
        for dep in names(entry, &["dependencies", "optionalDependencies"]) {
            roots.prod.extend(resolve(importer, &dep));
        }
        for dep in names(entry, &["devDependencies"]) {
            roots.dev.extend(resolve(importer, &dep));
        }
    }
    lockfile.roots = Some(roots);
    lockfile
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::listing::describe_from_roots;

    fn listed(lockfile: &Lockfile) -> Vec<String> {
        let mut out = describe_from_roots(lockfile);
        out.sort();
        out
    }

    #[test]
    fn version_3_with_nested_and_workspace_packages() {
        let text = include_str!("../../tests/data/lockfiles/package-lock-v3.json");
        assert_eq!(
            listed(&parse(text).unwrap()),
            [
                "body-parser@1.20.1 line 34 Transitive express>body-parser",
                "express@4.18.2 line 26 Direct express",
                "jest@29.7.0 line 40 Direct dev jest",
                "jsonwebtoken@8.5.1 line 51 Direct jsonwebtoken",
                "lodash@4.17.20 line 47 Transitive dev jest>lodash",
                "lodash@4.17.21 line 57 Direct lodash",
                "qs@6.11.0 line 60 Transitive express>body-parser>qs",
                "semver@5.7.1 line 63 Transitive jsonwebtoken>semver",
                "ws@7.4.5 line 66 Direct ws",
            ]
        );
    }

    #[test]
    fn version_1_nested_dependencies() {
        let text = include_str!("../../tests/data/lockfiles/package-lock-v1.json");
        assert_eq!(
            listed(&parse(text).unwrap()),
            [
                "jsonwebtoken@8.5.1 line 6 Unknown ",
                "lodash@4.17.20 line 12 Unknown ",
                "minimist@0.0.8 line 15 Unknown dev ",
                "semver@5.7.1 line 19 Unknown ",
            ]
        );
    }

    #[test]
    fn malformed_lockfiles_are_errors() {
        assert!(parse("{\"lockfileVersion\": 3, \"packages\": {").is_err());
        assert!(parse("{\"name\": \"x\"}").is_err());
    }
}
