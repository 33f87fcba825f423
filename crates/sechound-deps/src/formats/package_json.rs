//! `package.json`: the declared npm dependencies (production, dev, optional).

use super::{Declared, FormatError, Manifest};
use serde_json::Value;

const SECTIONS: [(&str, bool); 3] = [
    ("dependencies", false),
    ("optionalDependencies", false),
    ("devDependencies", true),
];

pub(super) fn parse(text: &str) -> Result<Manifest, FormatError> {
    let json: Value =
        serde_json::from_str(text).map_err(|e| FormatError::new(format!("invalid JSON: {e}")))?;
    let mut manifest = Manifest::default();
    for (section, dev) in SECTIONS {
        let Some(map) = json.get(section).and_then(Value::as_object) else {
            continue;
        };
        let section_line = find_line(text, &format!("\"{section}\""), 0).unwrap_or(1);
        for (name, spec) in map {
            let spec = spec.as_str().unwrap_or_default().to_string();
            let line =
                find_line(text, &format!("\"{name}\""), section_line).unwrap_or(section_line);
            manifest.declared.push(Declared {
                name: name.clone(),
                spec,
                dev,
                line,
            });
        }
    }
    Ok(manifest)
}

/// First 1-based line after `after` whose text starts (after indentation) with `needle`.
pub(crate) fn find_line(text: &str, needle: &str, after: u32) -> Option<u32> {
    text.lines()
        .enumerate()
        .skip(after as usize)
        .find(|(_, line)| line.trim_start().starts_with(needle))
        .map(|(i, _)| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_lines() {
        let text = "{\n  \"name\": \"app\",\n  \"dependencies\": {\n    \"lodash\": \"^4.17.20\"\n  },\n  \"devDependencies\": {\n    \"jest\": \"29.0.0\",\n    \"lodash\": \"4.17.21\"\n  }\n}\n";
        let m = parse(text).unwrap();
        let got: Vec<(&str, &str, bool, u32)> = m
            .declared
            .iter()
            .map(|d| (d.name.as_str(), d.spec.as_str(), d.dev, d.line))
            .collect();
        assert_eq!(
            got,
            [
                ("lodash", "^4.17.20", false, 4),
                ("jest", "29.0.0", true, 7),
                ("lodash", "4.17.21", true, 8),
            ]
        );
        assert!(parse("{ \"dependencies\": ").is_err());
    }
}
