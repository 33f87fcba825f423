//! `yarn.lock`, classic (v1, its own format) and Berry (v2+, YAML). Both are read line by line:
//! an unindented line lists the requirements (descriptors) an entry satisfies, the indented lines
//! give its `version` and `dependencies`. Berry's workspace entries (`@workspace:`) are the
//! project itself: their dependencies are the direct ones.

use super::{FormatError, Locked, Lockfile, split_descriptor};
use std::collections::HashMap;

#[derive(Default)]
struct Entry {
    descriptors: Vec<String>,
    line: u32,
    version: Option<String>,
    dependencies: Vec<String>,
    workspace: bool,
}

pub(super) fn parse(text: &str) -> Result<Lockfile, FormatError> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut in_dependencies = false;
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        if indent == 0 {
            let Some(head) = line.strip_suffix(':') else {
                return Err(FormatError::new(format!(
                    "line {}: expected an entry header ending with `:`",
                    index + 1
                )));
            };
            in_dependencies = false;
            if head == "__metadata" {
                entries.push(Entry::default());
                continue;
            }
            let descriptors: Vec<String> = head
                .split(", ")
                .map(|d| d.trim().trim_matches('"').to_string())
                .collect();
            let workspace = descriptors.iter().any(|d| d.contains("@workspace:"));
            entries.push(Entry {
                descriptors,
                line: index as u32 + 1,
                workspace,
                ..Entry::default()
            });
            continue;
        }
        let Some(entry) = entries.last_mut() else {
            return Err(FormatError::new(format!(
                "line {}: indented line before any entry",
                index + 1
            )));
        };
        let body = line.trim_start();
        if indent <= 2 {
            in_dependencies = matches!(body, "dependencies:" | "optionalDependencies:");
            if let Some(version) = body
                .strip_prefix("version ")
                .or_else(|| body.strip_prefix("version: "))
            {
                entry.version = Some(version.trim().trim_matches('"').to_string());
            }
        } else if in_dependencies {
            let (name, range) = match body.split_once(": ") {
                Some((name, range)) if !body.starts_with('"') || name.ends_with('"') => {
                    (name, range)
                }
                _ => body.split_once(' ').unwrap_or((body, "")),
            };
            let name = name.trim_matches('"');
            let range = range.trim().trim_matches('"');
            entry.dependencies.push(format!("{name}@{range}"));
        }
    }
    let mut lockfile = Lockfile::default();
    let mut by_descriptor: HashMap<String, usize> = HashMap::new();
    let mut indices: Vec<Option<usize>> = Vec::new();
    for entry in &entries {
        if entry.descriptors.is_empty() {
            indices.push(None);
            continue;
        }
        if entry.workspace {
            indices.push(None);
            continue;
        }
        let Some(version) = &entry.version else {
            return Err(FormatError::new(format!(
                "line {}: entry `{}` has no version",
                entry.line, entry.descriptors[0]
            )));
        };
        let (name, _) = split_descriptor(&entry.descriptors[0]);
        let index = lockfile.push(
            Locked {
                name: name.to_string(),
                version: version.clone(),
                line: entry.line,
                descriptors: entry.descriptors.clone(),
            },
            None,
        );
        for descriptor in &entry.descriptors {
            by_descriptor.insert(descriptor.clone(), index);
        }
        indices.push(Some(index));
    }
    // Berry writes `lodash@npm:^4.17.0` as a dependency of `lodash@^4.17.0` only in descriptors.
    let resolve = |descriptor: &str| -> Option<usize> {
        by_descriptor.get(descriptor).copied().or_else(|| {
            let (name, range) = split_descriptor(descriptor);
            by_descriptor.get(&format!("{name}@npm:{range}")).copied()
        })
    };
    for (entry, index) in entries.iter().zip(&indices) {
        if let Some(index) = index {
            lockfile.nodes[*index].edges = entry
                .dependencies
                .iter()
                .filter_map(|d| resolve(d))
                .collect();
        }
    }
    // Berry's workspace entries do not say which requirements are dev ones; the manifest does,
    // so the direct dependencies come from it (`roots` stays `None`).
    Ok(lockfile)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::listing::describe;

    fn listed(lockfile: &Lockfile, prod: &[&str]) -> Vec<String> {
        let roots: Vec<usize> = prod
            .iter()
            .filter_map(|d| {
                lockfile
                    .packages
                    .iter()
                    .position(|p| p.descriptors.iter().any(|x| x == d))
            })
            .collect();
        describe(lockfile, &roots, &[], false)
    }

    #[test]
    fn classic() {
        let lockfile = parse(include_str!("../../tests/data/lockfiles/yarn-classic.lock")).unwrap();
        assert_eq!(
            listed(&lockfile, &["express@^4.17.0", "@types/node@^20.0.0"]),
            [
                "@types/node@20.11.5 line 5 @types/node",
                "express@4.17.1 line 10 express",
                "lodash@4.17.20 line 18 express>lodash",
                "qs@6.7.0 line 23 express>qs",
            ]
        );
    }

    #[test]
    fn berry() {
        let lockfile = parse(include_str!("../../tests/data/lockfiles/yarn-berry.lock")).unwrap();
        assert_eq!(
            listed(&lockfile, &["axios@npm:^1.6.0"]),
            [
                "axios@1.6.0 line 8 axios",
                "follow-redirects@1.15.3 line 17 axios>follow-redirects",
            ]
        );
    }

    #[test]
    fn malformed() {
        assert!(parse("lodash@^4.17.0:\n  resolved \"x\"\n").is_err());
        assert!(parse("  version \"1.0.0\"\n").is_err());
    }
}
