//! `Pipfile.lock`: `default` (production) and `develop` (dev) maps of `name → { version: "==x" }`.
//! It records no edges and, without the `Pipfile`, not which packages are direct.

use super::{FormatError, Locked, Lockfile};
use crate::lines::object_key_lines;
use serde_json::Value;

pub(super) fn parse(text: &str) -> Result<Lockfile, FormatError> {
    let json: Value =
        serde_json::from_str(text).map_err(|e| FormatError::new(format!("invalid JSON: {e}")))?;
    if json.get("_meta").is_none() {
        return Err(FormatError::new("no `_meta` section: not a Pipfile.lock"));
    }
    let lines = object_key_lines(text);
    let develop_line = lines.get("develop").copied().unwrap_or(u32::MAX);
    let mut lockfile = Lockfile::default();
    for (section, dev) in [("default", false), ("develop", true)] {
        let Some(map) = json.get(section).and_then(Value::as_object) else {
            continue;
        };
        for (name, entry) in map {
            let Some(version) = entry.get("version").and_then(Value::as_str) else {
                continue;
            };
            let line = if dev {
                line_after(text, name, develop_line)
            } else {
                lines.get(name.as_str()).copied()
            };
            lockfile.push(
                Locked {
                    name: name.clone(),
                    version: version.trim_start_matches("==").to_string(),
                    line: line.unwrap_or(1),
                    descriptors: Vec::new(),
                },
                Some(dev),
            );
        }
    }
    Ok(lockfile)
}

fn line_after(text: &str, key: &str, after: u32) -> Option<u32> {
    let needle = format!("\"{key}\": {{");
    text.lines()
        .enumerate()
        .skip(after as usize)
        .find(|(_, l)| l.trim_start().starts_with(&needle))
        .map(|(i, _)| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_and_develop() {
        let lockfile = parse(include_str!("../../tests/data/lockfiles/Pipfile.lock")).unwrap();
        let got: Vec<(String, String, u32, Option<bool>)> = lockfile
            .packages
            .iter()
            .zip(&lockfile.nodes)
            .map(|(p, n)| (p.name.clone(), p.version.clone(), p.line, n.dev))
            .collect();
        assert_eq!(
            got,
            [
                ("flask".into(), "2.2.4".into(), 10, Some(false)),
                ("werkzeug".into(), "2.2.2".into(), 13, Some(false)),
                ("werkzeug".into(), "2.3.0".into(), 18, Some(true)),
            ]
        );
        assert!(lockfile.roots.is_none());
        assert!(parse("{\"default\": {}}").is_err());
    }
}
