//! `pnpm-lock.yaml`, lockfile versions 5.x, 6.x and 9.x. `importers` (or, in single-project 5.x
//! files, the top-level `dependencies`) are the project's own requirements; `packages` (and in 9.x
//! `snapshots`) the installed versions, keyed `/name/1.0.0` (5.x), `/name@1.0.0` (6.x) or
//! `name@1.0.0` (9.x), with peer-dependency suffixes (`(react@18.2.0)`, `_react@18.2.0`) that
//! sechound strips.

use super::{FormatError, Locked, Lockfile, Roots};
use crate::lines::key_lines;
use serde_yaml_ng::{Mapping, Value};
use std::collections::HashMap;

pub(super) fn parse(text: &str) -> Result<Lockfile, FormatError> {
    let yaml: Value = serde_yaml_ng::from_str(text)
        .map_err(|e| FormatError::new(format!("invalid YAML: {e}")))?;
    let version = match yaml.get("lockfileVersion") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(FormatError::new("no `lockfileVersion`")),
    };
    let v5 = version.starts_with('5');
    let lines = key_lines(text);
    let mut lockfile = Lockfile::default();
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    let mut dependency_maps: Vec<(usize, Vec<(String, String)>)> = Vec::new();
    for section in ["packages", "snapshots"] {
        let Some(packages) = yaml.get(section).and_then(Value::as_mapping) else {
            continue;
        };
        for (key, entry) in packages {
            let Some(raw_key) = key.as_str() else {
                continue;
            };
            let Some((name, version)) = split_key(raw_key, v5) else {
                return Err(FormatError::new(format!(
                    "package key `{raw_key}` is not `name@version`"
                )));
            };
            let id = (name.to_string(), version.to_string());
            let index = match by_key.get(&id) {
                Some(&index) => index,
                None => {
                    let dev = entry.get("dev").and_then(Value::as_bool);
                    let index = lockfile.push(
                        Locked {
                            name: name.to_string(),
                            version: version.to_string(),
                            line: lines.get(raw_key).copied().unwrap_or(1),
                            descriptors: Vec::new(),
                        },
                        dev,
                    );
                    by_key.insert(id, index);
                    index
                }
            };
            dependency_maps.push((
                index,
                dependencies(entry, &["dependencies", "optionalDependencies"]),
            ));
        }
    }
    let resolve = |name: &str, version: &str| -> Option<usize> {
        let version = strip_peers(version.trim_start_matches('/'));
        by_key
            .get(&(name.to_string(), version.to_string()))
            .copied()
            // pnpm 5 writes an aliased dependency as `/real-name/1.0.0`.
            .or_else(|| {
                split_key(version, v5)
                    .and_then(|(n, v)| by_key.get(&(n.to_string(), v.to_string())).copied())
            })
    };
    for (index, deps) in dependency_maps {
        let edges: Vec<usize> = deps.iter().filter_map(|(n, v)| resolve(n, v)).collect();
        for edge in edges {
            if !lockfile.nodes[index].edges.contains(&edge) {
                lockfile.nodes[index].edges.push(edge);
            }
        }
    }
    let mut importers: Vec<&Value> = Vec::new();
    match yaml.get("importers").and_then(Value::as_mapping) {
        Some(map) => importers.extend(map.values()),
        None => importers.push(&yaml),
    }
    let mut roots = Roots::default();
    for importer in importers {
        for (name, version) in dependencies(importer, &["dependencies", "optionalDependencies"]) {
            roots.prod.extend(resolve(&name, &version));
        }
        for (name, version) in dependencies(importer, &["devDependencies"]) {
            roots.dev.extend(resolve(&name, &version));
        }
    }
    lockfile.roots = Some(roots);
    Ok(lockfile)
}

/// `name → version` of the given sections; 6.x+ importers write `{ specifier, version }`.
fn dependencies(entry: &Value, sections: &[&str]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for section in sections {
        let Some(map) = entry.get(*section).and_then(Value::as_mapping) else {
            continue;
        };
        for (name, value) in map.iter() {
            let version = match value {
                Value::Mapping(m) => mapping_str(m, "version"),
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            };
            if let (Some(name), Some(version)) = (name.as_str(), version)
                && !version.starts_with("link:")
            {
                out.push((name.to_string(), version));
            }
        }
    }
    out
}

fn mapping_str(map: &Mapping, key: &str) -> Option<String> {
    map.get(key).and_then(Value::as_str).map(str::to_string)
}

/// `/@scope/name@1.0.0(peer@2)` → (`@scope/name`, `1.0.0`); 5.x: `/@scope/name/1.0.0_peer@2`.
fn split_key(key: &str, v5: bool) -> Option<(&str, &str)> {
    let key = strip_peers(key.trim_start_matches('/'));
    // The name's first character may be the `@` of a scope; it can be any character, of any
    // width, in a hostile lockfile.
    let first = key.chars().next()?.len_utf8();
    let at = if v5 && !key[first..].contains('@') {
        key.rfind('/')?
    } else {
        key[first..].find('@')? + first
    };
    let (name, version) = (&key[..at], &key[at + 1..]);
    (!name.is_empty() && !version.is_empty()).then_some((name, version))
}

fn strip_peers(version: &str) -> &str {
    let end = version.find('(').unwrap_or(version.len());
    let version = &version[..end];
    // 5.x: `1.0.0_react@18.2.0`; a `_` never occurs in a semver version itself.
    version.split('_').next().unwrap_or(version)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::listing::describe_from_roots;

    fn listed(text: &str) -> Vec<String> {
        let lockfile = parse(text).unwrap();
        assert!(
            lockfile.roots.is_some(),
            "pnpm lockfiles record their importers"
        );
        let mut out = describe_from_roots(&lockfile);
        out.sort();
        out
    }

    #[test]
    fn version_9_with_snapshots_and_peers() {
        assert_eq!(
            listed(include_str!("../../tests/data/lockfiles/pnpm-lock-v9.yaml")),
            [
                "@types/react@18.2.0 line 21 Direct dev @types/react",
                "next@13.4.0 line 24 Direct next",
                "react@18.2.0 line 27 Transitive next>react",
            ]
        );
    }

    #[test]
    fn version_6_and_5() {
        assert_eq!(
            listed(include_str!("../../tests/data/lockfiles/pnpm-lock-v6.yaml")),
            [
                "minimist@1.2.5 line 19 Transitive mkdirp>minimist",
                "mkdirp@0.5.5 line 13 Direct mkdirp",
            ]
        );
        assert_eq!(
            listed(include_str!("../../tests/data/lockfiles/pnpm-lock-v5.yaml")),
            [
                "@babel/core@7.0.0 line 19 Direct dev @babel/core",
                "ws@7.4.5 line 15 Direct ws",
            ]
        );
    }

    #[test]
    fn keys_of_any_characters() {
        // Found by fuzzing: a key starting with a multi-byte character, or empty, panicked.
        assert_eq!(split_key("/é@1.2.5", false), Some(("é", "1.2.5")));
        assert_eq!(split_key("/€€/1.0.0", true), Some(("€€", "1.0.0")));
        assert_eq!(split_key("/", false), None);
        assert_eq!(split_key("", true), None);
        assert_eq!(
            split_key("/@scope/name@1.0.0(peer@2)", false),
            Some(("@scope/name", "1.0.0"))
        );
    }

    #[test]
    fn malformed() {
        assert!(parse("lockfileVersion: '9.0'\npackages:\n  nonsense: {}\n").is_err());
        assert!(parse("packages: [").is_err());
    }
}
