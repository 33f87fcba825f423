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
    /// `until=YYYY-MM-DD` written in the comment: the last day the suppression holds.
    pub until: Option<String>,
    /// Set when `until=` is there but is not a date; such a suppression is not honoured.
    pub bad_until: Option<String>,
}

impl InlineSuppression {
    /// The suppression as the report shows it, located at its comment in `relative`.
    pub fn to_suppression(&self, relative: &str) -> sechound_core::Suppression {
        sechound_core::Suppression {
            kind: "inline".into(),
            rule: self.rule_id.clone(),
            reason: self.reason.clone(),
            source: format!("{relative}:{}", self.line),
            until: self.until.clone(),
        }
    }
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
        let mut until = None;
        let mut bad_until = None;
        let reason: Vec<&str> = parts
            .next()
            .unwrap_or("")
            .split_whitespace()
            .filter(|word| match word.strip_prefix("until=") {
                Some(date) if sechound_core::config::is_iso_date(date) => {
                    until = Some(date.to_string());
                    false
                }
                Some(date) => {
                    bad_until = Some(date.to_string());
                    false
                }
                None => true,
            })
            .collect();
        out.push(InlineSuppression {
            line,
            rule_id,
            reason: reason.join(" "),
            until,
            bad_until,
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

    #[test]
    fn reads_an_expiry_date_out_of_the_reason() {
        let src = SourceText::new(
            "// sechound-ignore: js.a until=2026-12-31 migrating to the allow-list
// sechound-ignore: js.b fixed soon until=next-week
"
            .into(),
        );
        let s = parse_inline_suppressions(&src);
        assert_eq!(s[0].reason, "migrating to the allow-list");
        assert_eq!(s[0].until.as_deref(), Some("2026-12-31"));
        assert_eq!(s[1].bad_until.as_deref(), Some("next-week"));
        assert_eq!(s[1].until, None);
    }
}
