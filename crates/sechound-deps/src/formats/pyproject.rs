//! `pyproject.toml`: PEP 621 `[project]` dependencies and optional dependencies, PEP 735
//! `[dependency-groups]`, and Poetry's `[tool.poetry]` dependencies and groups. Poetry's `^`/`~`
//! constraints are read as their lower bound; a bare Poetry version is exact, as Poetry reads it.

use super::{Declared, FormatError, Manifest};
use toml::{Table, Value};

/// Optional-dependency and group names that are for development, not production.
const DEV_GROUPS: [&str; 6] = ["dev", "test", "tests", "lint", "docs", "typing"];

pub(super) fn parse(text: &str) -> Result<Manifest, FormatError> {
    let toml: Table = text
        .parse()
        .map_err(|e: toml::de::Error| FormatError::new(format!("invalid TOML: {}", e.message())))?;
    let mut manifest = Manifest::default();
    let pep508 = |requirement: &str, dev: bool, manifest: &mut Manifest| {
        let line = line_containing(text, &format!("\"{requirement}\""))
            .or_else(|| line_containing(text, &format!("'{requirement}'")))
            .unwrap_or(1);
        if let Some((name, spec)) = split_pep508(requirement) {
            manifest.declared.push(Declared {
                name,
                spec,
                dev,
                line,
            });
        }
    };
    let project = toml.get("project");
    for requirement in strings(project.and_then(|p| p.get("dependencies"))) {
        pep508(requirement, false, &mut manifest);
    }
    if let Some(extras) = project
        .and_then(|p| p.get("optional-dependencies"))
        .and_then(Value::as_table)
    {
        for (extra, list) in extras {
            for requirement in strings(Some(list)) {
                pep508(
                    requirement,
                    DEV_GROUPS.contains(&extra.as_str()),
                    &mut manifest,
                );
            }
        }
    }
    if let Some(groups) = toml.get("dependency-groups").and_then(Value::as_table) {
        for list in groups.values() {
            for requirement in strings(Some(list)) {
                pep508(requirement, true, &mut manifest);
            }
        }
    }
    let poetry = toml.get("tool").and_then(|t| t.get("poetry"));
    let mut sections: Vec<(&Table, bool)> = Vec::new();
    if let Some(poetry) = poetry {
        if let Some(deps) = poetry.get("dependencies").and_then(Value::as_table) {
            sections.push((deps, false));
        }
        if let Some(deps) = poetry.get("dev-dependencies").and_then(Value::as_table) {
            sections.push((deps, true));
        }
        if let Some(groups) = poetry.get("group").and_then(Value::as_table) {
            for (group, body) in groups {
                if let Some(deps) = body.get("dependencies").and_then(Value::as_table) {
                    sections.push((deps, group != "main"));
                }
            }
        }
    }
    for (deps, dev) in sections {
        for (name, constraint) in deps {
            if name == "python" {
                continue;
            }
            let constraint = match constraint {
                Value::String(s) => s.clone(),
                Value::Table(t) => match t.get("version").and_then(Value::as_str) {
                    Some(v) => v.to_string(),
                    None => continue,
                },
                _ => continue,
            };
            let line = key_line(text, name).unwrap_or(1);
            manifest.declared.push(Declared {
                name: name.clone(),
                spec: poetry_to_pep440(&constraint),
                dev,
                line,
            });
        }
    }
    Ok(manifest)
}

fn strings(value: Option<&Value>) -> impl Iterator<Item = &str> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

/// `jinja2[i18n] >=3.1.4 ; python_version >= "3.8"` → (`jinja2`, `>=3.1.4`); `None` for a URL.
pub(crate) fn split_pep508(requirement: &str) -> Option<(String, String)> {
    let requirement = requirement.split(';').next().unwrap_or("").trim();
    if requirement.contains(" @ ") || requirement.contains('@') {
        return None;
    }
    let end = requirement
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(requirement.len());
    let name = &requirement[..end];
    let mut spec = requirement[end..].trim();
    if spec.starts_with('[') {
        spec = spec.split_once(']').map(|(_, r)| r.trim()).unwrap_or("");
    }
    let spec = spec.trim_start_matches('(').trim_end_matches(')');
    (!name.is_empty()).then(|| (name.to_string(), spec.replace(' ', "")))
}

/// Poetry's constraint syntax as PEP 440: `^1.2` and `~1.2` keep their lower bound, a bare
/// version is exact, `*` says nothing.
fn poetry_to_pep440(constraint: &str) -> String {
    let c = constraint.trim();
    if let Some(v) = c
        .strip_prefix('^')
        .or_else(|| c.strip_prefix("~=").or_else(|| c.strip_prefix('~')))
    {
        return format!(">={}", v.trim());
    }
    if c.starts_with(|ch: char| ch.is_ascii_digit()) && !c.contains(',') {
        return format!("=={c}");
    }
    if c == "*" {
        return String::new();
    }
    c.to_string()
}

fn line_containing(text: &str, needle: &str) -> Option<u32> {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u32 + 1)
}

fn key_line(text: &str, key: &str) -> Option<u32> {
    text.lines()
        .position(|l| {
            let l = l.trim_start().trim_start_matches(['"', '\'']);
            l.strip_prefix(key).is_some_and(|rest| {
                rest.trim_start_matches(['"', '\''])
                    .trim_start()
                    .starts_with('=')
            })
        })
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(m: &Manifest) -> Vec<(&str, &str, bool, u32)> {
        m.declared
            .iter()
            .map(|d| (d.name.as_str(), d.spec.as_str(), d.dev, d.line))
            .collect()
    }

    #[test]
    fn pep_621_and_groups() {
        let m = parse(include_str!(
            "../../tests/data/lockfiles/pyproject-pep621.toml"
        ))
        .unwrap();
        assert_eq!(
            got(&m),
            [
                ("fastapi", ">=0.100", false, 4),
                ("python-multipart", "==0.0.6", false, 5),
                ("jinja2", ">=3.1.4", false, 6),
                ("pytest", ">=8", true, 10),
                ("ruff", "", true, 13),
            ]
        );
    }

    #[test]
    fn poetry() {
        let m = parse(include_str!(
            "../../tests/data/lockfiles/pyproject-poetry.toml"
        ))
        .unwrap();
        assert_eq!(
            got(&m),
            [
                // The TOML table is read in key order.
                ("django", ">=3.2", false, 6),
                ("pyyaml", ">=5.3", false, 8),
                ("requests", "==2.25.0", false, 7),
                ("pytest", ">=7.0", true, 11),
            ]
        );
        assert!(parse("[project\n").is_err());
    }
}
