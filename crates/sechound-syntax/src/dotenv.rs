//! `.env` files: `KEY=value` lines, with `export`, quotes and comments, keeping byte ranges.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvEntry {
    pub key: String,
    /// The value with surrounding quotes removed and any trailing ` # comment` dropped.
    pub value: String,
    pub line: usize,
    /// Byte range of the whole `KEY=value` text.
    pub range: Range<usize>,
    /// Byte range of the value as written (without quotes).
    pub value_range: Range<usize>,
}

/// Parses every `KEY=value` line; lines that are not assignments are ignored.
pub fn parse_env(text: &str) -> Vec<EnvEntry> {
    let mut entries = Vec::new();
    let mut offset = 0;
    for (index, raw) in text.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let leading = line.len() - line.trim_start().len();
        let mut body = &line[leading..];
        let mut body_start = line_start + leading;
        if body.starts_with('#') || body.is_empty() {
            continue;
        }
        if let Some(rest) = body.strip_prefix("export ") {
            body_start += body.len() - rest.len();
            body = rest;
        }
        let Some(eq) = body.find('=') else { continue };
        let key = body[..eq].trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-')
        {
            continue;
        }
        let after = &body[eq + 1..];
        let value_lead = after.len() - after.trim_start().len();
        let raw_value = after.trim_start();
        let value_start = body_start + eq + 1 + value_lead;
        let (value, value_range) = match raw_value.chars().next() {
            Some(q @ ('"' | '\'')) => match raw_value[1..].find(q) {
                Some(end) => (
                    raw_value[1..1 + end].to_string(),
                    value_start + 1..value_start + 1 + end,
                ),
                None => (
                    raw_value[1..].to_string(),
                    value_start + 1..value_start + raw_value.len(),
                ),
            },
            _ => {
                let cut = raw_value.find(" #").unwrap_or(raw_value.len());
                let value = raw_value[..cut].trim_end();
                (value.to_string(), value_start..value_start + value.len())
            }
        };
        entries.push(EnvEntry {
            key: key.to_string(),
            value,
            line: index + 1,
            range: body_start..line_start + line.len(),
            value_range,
        });
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_assignments_with_quotes_export_and_comments() {
        let text = "# comment\nA=1\nexport B = \"two words\" \nC='x#y' # note\nD=plain # trailing\n\nnot a line\nE=\n";
        let entries = parse_env(text);
        let pairs: Vec<(&str, &str, usize)> = entries
            .iter()
            .map(|e| (e.key.as_str(), e.value.as_str(), e.line))
            .collect();
        assert_eq!(
            pairs,
            [
                ("A", "1", 2),
                ("B", "two words", 3),
                ("C", "x#y", 4),
                ("D", "plain", 5),
                ("E", "", 8)
            ]
        );
        let b = &entries[1];
        assert_eq!(&text[b.value_range.clone()], "two words");
        assert_eq!(&text[entries[3].value_range.clone()], "plain");
    }
}
