//! `poetry.lock`: `[[package]]` entries with `name`, `version`, the old `category` (`dev` or
//! `main`) and `[package.dependencies]`. One version per name, so edges go by name; the direct
//! dependencies are the manifest's.

use super::{FormatError, Locked, Lockfile};
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
    let mut deps: Vec<Vec<String>> = Vec::new();
    for (n, package) in packages.iter().enumerate() {
        let (Some(name), Some(version)) = (
            package.get("name").and_then(Value::as_str),
            package.get("version").and_then(Value::as_str),
        ) else {
            return Err(FormatError::new(format!(
                "package entry {} has no name or version",
                n + 1
            )));
        };
        let dev = package
            .get("category")
            .and_then(Value::as_str)
            .map(|c| c == "dev");
        let index = lockfile.push(
            Locked {
                name: name.to_string(),
                version: version.to_string(),
                line: lines.get(n).copied().unwrap_or(1),
                descriptors: Vec::new(),
            },
            dev,
        );
        by_name.insert(Ecosystem::PyPI.normalise(name), index);
        deps.push(
            package
                .get("dependencies")
                .and_then(Value::as_table)
                .map(|t| t.keys().cloned().collect())
                .unwrap_or_default(),
        );
    }
    for (index, names) in deps.into_iter().enumerate() {
        lockfile.nodes[index].edges = names
            .iter()
            .filter_map(|n| by_name.get(&Ecosystem::PyPI.normalise(n)).copied())
            .collect();
    }
    Ok(lockfile)
}

/// The line of the `name = ` key of each `[[package]]` block, in order.
pub(super) fn package_name_lines(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line == "[[package]]" {
            in_block = true;
        } else if in_block && line.starts_with("name") && line[4..].trim_start().starts_with('=') {
            out.push(index as u32 + 1);
            in_block = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::listing::describe;

    #[test]
    fn packages_and_edges() {
        let lockfile = parse(include_str!("../../tests/data/lockfiles/poetry.lock")).unwrap();
        let got = describe(&lockfile, &[0], &[], false);
        assert_eq!(
            got,
            [
                "django@3.2.10 line 2 django",
                "sqlparse@0.4.1 line 13 django>sqlparse",
                "pytest@7.0.0 line 19 ",
            ]
        );
        assert!(lockfile.nodes[2].dev == Some(true));
        assert!(parse("[[package]]\nname = \"x\"\n").is_err());
    }
}
