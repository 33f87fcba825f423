//! Line numbers for evidence in files whose parsers keep none (JSON, YAML): an index of the
//! first line each key appears on, built in one pass.

use std::collections::HashMap;

/// `key → first 1-based line` for lines shaped `"key": …`, `key: …` or `'key': …` (leading
/// whitespace ignored).
pub(crate) fn key_lines(text: &str) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    for (index, line) in text.lines().enumerate() {
        if let Some(key) = leading_key(line) {
            out.entry(key.to_string()).or_insert(index as u32 + 1);
        }
    }
    out
}

/// Like [`key_lines`], for JSON keys that open an object (`"lodash": {`), so that a package's
/// entry is found rather than a requirement naming it (`"lodash": "^4.17.0"`).
pub(crate) fn object_key_lines(text: &str) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim_end().ends_with('{')
            && let Some(key) = leading_key(line)
        {
            out.entry(key.to_string()).or_insert(index as u32 + 1);
        }
    }
    out
}

/// The key a line starts with, quotes removed.
pub(crate) fn leading_key(line: &str) -> Option<&str> {
    let trimmed = line.trim_start().trim_start_matches("- ");
    let (quote, rest) = match trimmed.chars().next()? {
        q @ ('"' | '\'') => (Some(q), &trimmed[1..]),
        _ => (None, trimmed),
    };
    match quote {
        Some(q) => {
            let end = rest.find(q)?;
            rest[end + 1..]
                .trim_start()
                .starts_with(':')
                .then_some(&rest[..end])
        }
        None => {
            let end = rest.find(':')?;
            let key = rest[..end].trim_end();
            (!key.is_empty() && !key.contains(' ')).then_some(key)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_json_and_yaml_lines() {
        let text =
            "{\n  \"node_modules/a\": {\n    \"version\": \"1\"\n  },\n  b@1.0.0:\n  '/c@2': x\n";
        let lines = key_lines(text);
        assert_eq!(lines["node_modules/a"], 2);
        assert_eq!(lines["version"], 3);
        assert_eq!(lines["b@1.0.0"], 5);
        assert_eq!(lines["/c@2"], 6);
    }
}
