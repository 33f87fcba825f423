//! Turning a rule's raw finding into a reportable one: quoted lines, masked secrets, fingerprint.

use sechound_core::fingerprint::normalize_code;
use sechound_core::{
    Evidence, Finding, Fingerprint, FlowStep, FlowStepKind, SnippetLine, Strength, Tier,
    mask_secret,
};
use sechound_rules::{RawFinding, RawFlow, RawStrength};
use sechound_syntax::SourceText;
use std::collections::HashMap;
use std::ops::Range;

/// Lines quoted before and after the marked ones.
const CONTEXT_LINES: usize = 1;
/// Marked lines quoted at most; longer evidence is cut.
const MAX_MARKED_LINES: usize = 5;
/// Characters kept of one quoted line.
const MAX_LINE_CHARS: usize = 200;

/// Quotes `range` of `source` with context, every `secrets` range masked.
pub(crate) fn evidence(
    path: &str,
    source: &SourceText,
    range: &Range<usize>,
    secrets: &[Range<usize>],
) -> Evidence {
    let start = range.start.min(source.text().len());
    let end = range.end.max(start).min(source.text().len());
    let first = source.line_of(start);
    let last = source.line_of(end.saturating_sub(1).max(start)).max(first);
    let marked_last = last.min(first + MAX_MARKED_LINES - 1);
    let from = first.saturating_sub(CONTEXT_LINES).max(1);
    let to = (marked_last + CONTEXT_LINES).min(source.line_count().max(first));
    let snippet = (from..=to)
        .map(|line| SnippetLine {
            line: line as u32,
            text: quote_line(source, line, secrets),
            marked: (first..=marked_last).contains(&line),
        })
        .collect();
    Evidence {
        path: path.to_string(),
        line: first as u32,
        column: column_of(source, start),
        end_line: last as u32,
        end_column: column_of(source, end),
        snippet,
    }
}

/// 1-based character column of byte `offset`.
fn column_of(source: &SourceText, offset: usize) -> u32 {
    let line_start = source.line_start(source.line_of(offset));
    let prefix = source.text().get(line_start..offset).unwrap_or("");
    prefix.chars().count() as u32 + 1
}

/// One line of the file, secrets masked, cut to [`MAX_LINE_CHARS`].
pub(crate) fn quote_line(source: &SourceText, line: usize, secrets: &[Range<usize>]) -> String {
    let line_start = source.line_start(line);
    let text = source.line(line);
    let masked = mask_ranges(text, line_start, secrets);
    if masked.chars().count() > MAX_LINE_CHARS {
        let cut: String = masked.chars().take(MAX_LINE_CHARS).collect();
        format!("{cut}…")
    } else {
        masked
    }
}

/// `text` (which starts at byte `offset` of its file) with each secret range replaced by its mask.
/// Surrounding quotes of a string literal stay visible.
pub(crate) fn mask_ranges(text: &str, offset: usize, secrets: &[Range<usize>]) -> String {
    let end = offset + text.len();
    let mut pieces: Vec<Range<usize>> = secrets
        .iter()
        .filter(|r| r.start < end && r.end > offset)
        .map(|r| r.start.max(offset) - offset..r.end.min(end) - offset)
        .collect();
    if pieces.is_empty() {
        return text.to_string();
    }
    pieces.sort_by_key(|r| r.start);
    let mut out = String::new();
    let mut cursor = 0;
    for piece in pieces {
        if piece.start < cursor
            || !text.is_char_boundary(piece.start)
            || !text.is_char_boundary(piece.end)
        {
            continue;
        }
        out.push_str(&text[cursor..piece.start]);
        let value = &text[piece.clone()];
        let (open, inner, close) = split_quotes(value);
        out.push_str(open);
        out.push_str(&mask_secret(inner));
        out.push_str(close);
        cursor = piece.end;
    }
    out.push_str(&text[cursor..]);
    out
}

/// The secret values of `ranges` in `source`, without the quotes of a string literal: what the
/// review saw, for a live probe to try.
pub(crate) fn secret_values(source: &SourceText, ranges: &[Range<usize>]) -> Vec<String> {
    ranges
        .iter()
        .filter_map(|r| source.text().get(r.clone()))
        .map(|value| split_quotes(value).1.to_string())
        .filter(|value| !value.is_empty())
        .collect()
}

/// The secrets a finding is about: those on its own lines. A finding also masks secrets it is
/// not about (a neighbour's in its quoted context; the first Python secret finding of a file
/// carries the whole file's), which must not be credited to it; when none is on its lines (a key
/// defined elsewhere and used here), all of its secrets are.
pub(crate) fn own_secrets(source: &SourceText, raw: &RawFinding) -> Vec<Range<usize>> {
    let len = source.text().len();
    let first = source.line_of(raw.range.start.min(len));
    let last = source.line_of(raw.range.end.min(len));
    let on_lines: Vec<Range<usize>> = raw
        .secrets
        .iter()
        .filter(|r| {
            let line = source.line_of(r.start.min(len));
            (first..=last).contains(&line)
        })
        .cloned()
        .collect();
    if on_lines.is_empty() {
        raw.secrets.clone()
    } else {
        on_lines
    }
}

fn split_quotes(value: &str) -> (&str, &str, &str) {
    for quote in ["\"\"\"", "'''", "\"", "'", "`"] {
        if value.len() >= 2 * quote.len() && value.starts_with(quote) && value.ends_with(quote) {
            let n = quote.len();
            return (
                &value[..n],
                &value[n..value.len() - n],
                &value[value.len() - n..],
            );
        }
    }
    ("", value, "")
}

/// Builds findings for one file, with fingerprints numbered apart when the same rule reports the
/// same code twice.
pub(crate) fn build_findings(
    path: &str,
    source: &SourceText,
    raw: Vec<RawFinding>,
) -> Vec<Finding> {
    let mut ordinals: HashMap<(String, String), usize> = HashMap::new();
    // Every secret any rule saw in this file is masked in every quote from the file: a finding's
    // context lines may show a neighbour's secret.
    let mut file_secrets: Vec<Range<usize>> =
        raw.iter().flat_map(|r| r.secrets.iter().cloned()).collect();
    file_secrets.sort_by_key(|r| (r.start, r.end));
    file_secrets.dedup();
    let longest = file_secrets.iter().map(|r| r.len()).max().unwrap_or(0);
    // The secrets that can fall on the lines quoted for `range`, so that a file of many secrets
    // does not mask each quote against all of them.
    let near = |range: &Range<usize>| -> &[Range<usize>] {
        let first = source.line_of(range.start.min(source.text().len()));
        let last = source.line_of(range.end.min(source.text().len()));
        let from = source.line_start(first.saturating_sub(CONTEXT_LINES).max(1));
        // The start of the line after the last one quoted (the end of the text past it).
        let to = source.line_start(last + CONTEXT_LINES + 1) + 1;
        let lo = file_secrets.partition_point(|r| r.start + longest <= from);
        let hi = file_secrets.partition_point(|r| r.start < to);
        &file_secrets[lo..hi.max(lo)]
    };
    raw.into_iter()
        .map(|raw| {
            let code_start = raw.range.start.min(source.text().len());
            let code_end = raw.range.end.clamp(code_start, source.text().len());
            let code = source.text().get(code_start..code_end).unwrap_or("");
            let normalized = normalize_code(&mask_ranges(code, code_start, &raw.secrets));
            let ordinal = ordinals
                .entry((raw.rule.id.to_string(), normalized.clone()))
                .and_modify(|n| *n += 1)
                .or_insert(0);
            let fingerprint = Fingerprint::compute(raw.rule.id, path, &normalized, *ordinal);
            let evidence = evidence(path, source, &raw.range, near(&raw.range));
            let related = distinct_places(
                &evidence,
                raw.related
                    .iter()
                    .map(|r| self::evidence(path, source, r, near(r))),
            );
            let flow = flow_steps(path, &evidence, raw.flow.as_ref());
            let tier = raw.tier.or(raw.flow.as_ref().map(|_| Tier::Flow));
            let title = match tier {
                // The rule's title names the flow; a sink finding does not claim it.
                Some(Tier::Sink) => format!("{} (origin not followed)", raw.rule.title),
                _ => raw.rule.title.to_string(),
            };
            Finding {
                id: String::new(),
                rule_id: raw.rule.id.to_string(),
                title,
                message: sentence_case(raw.message),
                severity: raw.severity,
                confidence: raw.confidence,
                area: raw.rule.area,
                cwe: raw.rule.cwe_ids(),
                owasp: raw.rule.owasp,
                evidence,
                related,
                flow,
                impact: raw.impact.unwrap_or_else(|| raw.rule.impact.to_string()),
                recommendation: raw
                    .recommendation
                    .unwrap_or_else(|| raw.rule.recommendation.to_string()),
                verification: raw.rule.verification.to_string(),
                effort: raw.rule.effort,
                fingerprint: fingerprint.0,
                suppression: None,
                expired_waiver: None,
                status: None,
                tier,
                exposure: None,
                root_cause: raw.root_cause,
                folded: Vec::new(),
                effort_reason: None,
                live: None,
            }
        })
        .collect()
}

/// The further places of a finding, without its own line and without repeats: "also at"
/// never points back at the finding.
pub(crate) fn distinct_places(
    main: &Evidence,
    places: impl IntoIterator<Item = Evidence>,
) -> Vec<Evidence> {
    let mut seen = vec![(main.path.clone(), main.line)];
    let mut out = Vec::new();
    for place in places {
        let key = (place.path.clone(), place.line);
        if !seen.contains(&key) {
            seen.push(key);
            out.push(place);
        }
    }
    out
}

/// The steps a data-flow finding shows: where the request data is read (when it is in this
/// file) and the sink. The semantic layer puts the steps in between for a pending flow.
fn flow_steps(path: &str, evidence: &Evidence, flow: Option<&RawFlow>) -> Vec<FlowStep> {
    let Some(flow) = flow else {
        return Vec::new();
    };
    let sink = FlowStep {
        path: path.to_string(),
        line: evidence.line,
        code: sink_code(evidence),
        kind: FlowStepKind::Sink,
    };
    match flow {
        RawFlow::Local(trace) => vec![
            FlowStep {
                path: path.to_string(),
                line: trace.line,
                code: trace.source.clone(),
                kind: FlowStepKind::Source,
            },
            sink,
        ],
        RawFlow::Pending(_) => vec![sink],
    }
}

/// The first flagged line of the evidence, trimmed (already masked).
pub(crate) fn sink_code(evidence: &Evidence) -> String {
    evidence
        .snippet
        .iter()
        .find(|l| l.marked)
        .map(|l| l.text.trim().to_string())
        .unwrap_or_default()
}

/// Messages are sentences: a rule may start one with a lower-case word (`the route parameter ...`).
pub(crate) fn sentence_case(message: String) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => message,
    }
}

/// A recognised control with its evidence.
pub(crate) fn build_strength(path: &str, source: &SourceText, raw: RawStrength) -> Strength {
    Strength {
        id: String::new(),
        owasp: raw.rule.owasp,
        title: raw.title,
        area: raw.rule.area,
        rule_id: raw.rule.id.to_string(),
        evidence: evidence(path, source, &raw.range, &[]),
        contradicted_by: Vec::new(),
        partial: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_marked_lines_with_context_and_masks_secrets() {
        let src = SourceText::new("a\nconst k = 'sk_live_abcdefghijklmnop';\nb\nc\n".into());
        let start = src.text().find('\'').unwrap();
        let end = src.text()[start + 1..].find('\'').unwrap() + start + 2;
        let secrets: Vec<Range<usize>> = std::iter::once(start..end).collect();
        let ev = evidence("x.js", &src, &(0..end), &secrets);
        assert_eq!(ev.line, 1);
        assert_eq!(ev.end_line, 2);
        assert_eq!(ev.snippet.len(), 3);
        assert_eq!(ev.snippet[1].text, "const k = 'sk_l…[24 chars]';");
        assert!(
            ev.snippet
                .iter()
                .all(|l| !l.text.contains("abcdefghijklmnop"))
        );
        assert!(ev.snippet[0].marked && ev.snippet[1].marked && !ev.snippet[2].marked);
    }
}
