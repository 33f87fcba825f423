//! Declared dependency versions in manifests (package.json, requirements*.txt, pyproject.toml),
//! and how they changed between the base and the branch.

use sechound_core::DependencyChange;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// True for the manifests whose dependency changes a branch review reports.
pub fn is_manifest(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name == "package.json"
        || name == "pyproject.toml"
        || (name.starts_with("requirements") && name.ends_with(".txt"))
}

/// Name → declared version or range.
fn declared(path: &str, text: &str) -> BTreeMap<String, String> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let mut out = BTreeMap::new();
    if name == "package.json" {
        if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
            for section in [
                "dependencies",
                "devDependencies",
                "optionalDependencies",
                "peerDependencies",
            ] {
                if let Some(map) = json.get(section).and_then(|v| v.as_object()) {
                    for (dep, spec) in map {
                        out.insert(dep.clone(), spec.as_str().unwrap_or_default().to_string());
                    }
                }
            }
        }
    } else if name == "pyproject.toml" {
        if let Ok(toml) = text.parse::<toml::Table>() {
            let pep621 = toml
                .get("project")
                .and_then(|p| p.get("dependencies"))
                .and_then(|d| d.as_array());
            for requirement in pep621.into_iter().flatten().filter_map(|r| r.as_str()) {
                let (dep, spec) = split_requirement(requirement);
                out.insert(dep, spec);
            }
            let poetry = toml
                .get("tool")
                .and_then(|t| t.get("poetry"))
                .and_then(|p| p.get("dependencies"))
                .and_then(|d| d.as_table());
            for (dep, spec) in poetry.into_iter().flatten() {
                let spec = match spec {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Table(t) => t
                        .get("version")
                        .and_then(|v| v.as_str())
                        .unwrap_or_default()
                        .to_string(),
                    _ => String::new(),
                };
                out.insert(dep.clone(), spec);
            }
        }
    } else {
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with('-') {
                continue;
            }
            let (dep, spec) = split_requirement(line);
            out.insert(dep, spec);
        }
    }
    out
}

/// `jinja2==3.1.6 ; python_version >= "3.8"` → (`jinja2`, `==3.1.6`).
fn split_requirement(requirement: &str) -> (String, String) {
    let requirement = requirement.split(';').next().unwrap_or("").trim();
    let end = requirement
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '[' | ']')))
        .unwrap_or(requirement.len());
    let name = requirement[..end]
        .split('[')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
        .replace('_', "-");
    (name, requirement[end..].trim().to_string())
}

/// The first version number in a spec (`^4.18.2` → [4, 18, 2], `>=0.0.18` → [0, 0, 18]).
fn version_of(spec: &str) -> Option<Vec<u64>> {
    let start = spec.find(|c: char| c.is_ascii_digit())?;
    let digits: String = spec[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let parts: Vec<u64> = digits
        .split('.')
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    (!parts.is_empty()).then_some(parts)
}

/// Dependency changes of one manifest between its base and branch texts.
pub fn changes(path: &str, base: Option<&str>, head: Option<&str>) -> Vec<DependencyChange> {
    let before = base.map(|t| declared(path, t)).unwrap_or_default();
    let after = head.map(|t| declared(path, t)).unwrap_or_default();
    let mut out = Vec::new();
    let change =
        |kind: &str, name: &str, from: Option<&String>, to: Option<&String>| DependencyChange {
            change: kind.to_string(),
            name: name.to_string(),
            manifest: path.to_string(),
            from: from.cloned(),
            to: to.cloned(),
        };
    for (name, to) in &after {
        match before.get(name) {
            None => out.push(change("added", name, None, Some(to))),
            Some(from) if from != to => {
                let kind = match (version_of(from), version_of(to)) {
                    (Some(a), Some(b)) => match a.cmp(&b) {
                        Ordering::Less => "upgraded",
                        Ordering::Greater => "downgraded",
                        Ordering::Equal => "changed",
                    },
                    _ => "changed",
                };
                out.push(change(kind, name, Some(from), Some(to)));
            }
            Some(_) => {}
        }
    }
    for (name, from) in &before {
        if !after.contains_key(name) {
            out.push(change("removed", name, Some(from), None));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requirements_and_package_json_changes() {
        let base = "jinja2==3.1.4\nrequests==2.32.3\npython-multipart==0.0.6\nold-lib==1.0\n";
        let head = "jinja2==3.1.6\nrequests==2.32.4\npython-multipart>=0.0.18\nhttpx==0.27.0\n";
        let kinds: Vec<(String, String)> = changes("requirements.txt", Some(base), Some(head))
            .into_iter()
            .map(|c| (c.name, c.change))
            .collect();
        assert_eq!(
            kinds,
            [
                ("httpx".to_string(), "added".to_string()),
                ("jinja2".to_string(), "upgraded".to_string()),
                ("python-multipart".to_string(), "upgraded".to_string()),
                ("requests".to_string(), "upgraded".to_string()),
                ("old-lib".to_string(), "removed".to_string()),
            ]
        );
        let base = r#"{"dependencies": {"express": "^4.19.2", "jsonwebtoken": "^9.0.2"}}"#;
        let head = r#"{"dependencies": {"express": "^4.18.0", "jsonwebtoken": "^9.0.2"}, "devDependencies": {"jest": "^29.0.0"}}"#;
        let kinds: Vec<(String, String)> = changes("package.json", Some(base), Some(head))
            .into_iter()
            .map(|c| (c.name, c.change))
            .collect();
        assert_eq!(
            kinds,
            [
                ("express".to_string(), "downgraded".to_string()),
                ("jest".to_string(), "added".to_string())
            ]
        );
    }
}
