//! Inline suppressions: `sechound-ignore: <rule-id> <reason>` on the finding's line or the line
//! above, in any comment syntax.

use sechound_syntax::SourceText;

const MARKER: &str = "sechound-ignore:";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineSuppression {
    /// 1-based line of the comment.
    pub line: usize,
    pub rule_id: String,
    /// Empty when the comment gives none; such a suppression is not honoured.
    pub reason: String,
}

/// Every suppression comment in a file.
pub fn parse_inline_suppressions(source: &SourceText) -> Vec<InlineSuppression> {
    if !source.text().contains(MARKER) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for line in 1..=source.line_count() {
        let text = source.line(line);
        let Some(start) = text.find(MARKER) else {
            continue;
        };
        let rest = text[start + MARKER.len()..].trim();
        let rest = rest
            .trim_end_matches("*/")
            .trim_end_matches("-->")
            .trim_end();
        let mut parts = rest.splitn(2, char::is_whitespace);
        let rule_id = parts.next().unwrap_or("").to_string();
        if rule_id.is_empty() {
            continue;
        }
        let reason = parts.next().unwrap_or("").trim().to_string();
        out.push(InlineSuppression {
            line,
            rule_id,
            reason,
        });
    }
    out
}

/// The suppression that covers a finding of `rule_id` starting on `line`, if any.
pub(crate) fn covering<'a>(
    suppressions: &'a [InlineSuppression],
    rule_id: &str,
    line: usize,
) -> Option<&'a InlineSuppression> {
    suppressions
        .iter()
        .find(|s| s.rule_id == rule_id && (s.line == line || s.line + 1 == line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rule_and_reason_in_any_comment() {
        let src = SourceText::new(
            "// sechound-ignore: js.a reviewed, internal only\nx\n# sechound-ignore: py.b\n/* sechound-ignore: js.c why */\n"
                .into(),
        );
        let s = parse_inline_suppressions(&src);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].rule_id, "js.a");
        assert_eq!(s[0].reason, "reviewed, internal only");
        assert_eq!(s[1].reason, "");
        assert_eq!(s[2].reason, "why");
        assert!(covering(&s, "js.a", 2).is_some());
        assert!(covering(&s, "js.a", 3).is_none());
        assert!(covering(&s, "js.b", 1).is_none());
    }
}
