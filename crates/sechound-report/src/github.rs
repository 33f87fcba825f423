//! GitHub Actions workflow commands: one annotation per finding
//! (`::error file=src/app.ts,line=12,endLine=12,title=…::message`), so that the findings show on
//! the changed lines of a pull request, and a closing notice with the verdict.
//!
//! Critical and high findings are errors, medium ones warnings, low and info ones notices.
//! Every value is escaped as the runner requires (`%`, carriage return and line feed in the
//! message; also `:` and `,` in properties), so code quoted from the repository can never start
//! a command of its own. Long messages are folded into lines and cut at [`MAX_MESSAGE`]
//! characters. Evidence and messages are already masked by the rules that wrote them.

use crate::repository_path;
use sechound_core::{Confidence, Evidence, Finding, Report, Severity};
use std::fmt::Write;

/// Width the message text is folded at.
const WIDTH: usize = 100;
/// Longest message written; the rest is in the full report.
pub const MAX_MESSAGE: usize = 4000;
/// Annotations of one kind GitHub shows per step.
const SHOWN_PER_LEVEL: usize = 10;

/// Renders `report` as workflow commands. `prefix` is the reviewed root relative to the
/// repository (`services/api/`, or empty), so that paths match the pull request's files.
pub fn render(report: &Report, prefix: &str) -> String {
    let mut out = String::new();
    let mut per_level = [0usize; 3];
    for finding in &report.findings {
        let level = level(finding.severity);
        per_level[level as usize] += 1;
        let title = format!(
            "{}: {} ({})",
            finding.severity.as_str(),
            finding.title,
            finding.id
        );
        command(
            &mut out,
            level,
            &finding.evidence,
            prefix,
            &title,
            &message(finding),
        );
    }
    // The other places of a root cause, after every finding: annotations beyond the first ten
    // of a kind are not shown, and the findings themselves matter first.
    for finding in &report.findings {
        for (evidence, text) in other_places(finding) {
            let title = format!(
                "{}: {} ({}, another place)",
                finding.severity.as_str(),
                finding.title,
                finding.id
            );
            command(
                &mut out,
                level(finding.severity),
                evidence,
                prefix,
                &title,
                &text,
            );
        }
    }
    let mut closing = verdict_line(report);
    if per_level.iter().any(|n| *n > SHOWN_PER_LEVEL) {
        closing.push_str(
            "\nGitHub shows the first 10 errors, 10 warnings and 10 notices of a step on the pull \
             request; the report lists every finding.",
        );
    }
    let _ = writeln!(
        out,
        "::notice title={}::{}",
        escape_property("sechound"),
        escape_data(&closing)
    );
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Error = 0,
    Warning = 1,
    Notice = 2,
}

impl Level {
    fn command(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Notice => "notice",
        }
    }
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Critical | Severity::High => Level::Error,
        Severity::Medium => Level::Warning,
        Severity::Low | Severity::Info => Level::Notice,
    }
}

fn command(
    out: &mut String,
    level: Level,
    evidence: &Evidence,
    prefix: &str,
    title: &str,
    message: &str,
) {
    let line = evidence.line.max(1);
    let end_line = evidence.end_line.max(line);
    let mut properties = vec![
        ("file", repository_path(prefix, &evidence.path)),
        ("line", line.to_string()),
        ("endLine", end_line.to_string()),
    ];
    // Columns only mean something on one line.
    if end_line == line && evidence.column > 0 && evidence.end_column > evidence.column {
        properties.push(("col", evidence.column.to_string()));
        properties.push(("endColumn", evidence.end_column.to_string()));
    }
    properties.push(("title", title.to_string()));
    let properties: Vec<String> = properties
        .into_iter()
        .map(|(key, value)| format!("{key}={}", escape_property(&value)))
        .collect();
    let _ = writeln!(
        out,
        "::{} {}::{}",
        level.command(),
        properties.join(","),
        escape_data(&fold(message))
    );
}

/// What the annotation says: the finding, who can reach it, the fix and how to verify it.
fn message(f: &Finding) -> String {
    let mut text = f.message.clone();
    if let Some(exposure) = &f.exposure {
        text.push(' ');
        text.push_str(&exposure.describe());
    }
    if f.confidence == Confidence::Low {
        text.push_str("\nConfidence: low (heuristic).");
    }
    let _ = write!(
        text,
        "\nFix: {}\nVerify: {}\n{} · {}",
        f.recommendation,
        f.verification,
        f.rule_id,
        f.evidence.cite()
    );
    if !f.cwe.is_empty() {
        let _ = write!(text, " · {}", f.cwe.join(", "));
    }
    text
}

/// The places of a finding other than its own: each folded finding with its own message and
/// fix, then the related places no folded finding covers.
fn other_places(f: &Finding) -> Vec<(&Evidence, String)> {
    let own = f.evidence.cite();
    let mut places: Vec<(&Evidence, String)> = Vec::new();
    for part in &f.folded {
        if part.evidence.cite() == own
            || places.iter().any(|(e, _)| e.cite() == part.evidence.cite())
        {
            continue;
        }
        places.push((
            &part.evidence,
            format!(
                "Part of {} ({}): {}\nFix: {}\n{} · {}",
                f.id,
                f.title,
                part.message,
                part.recommendation,
                part.rule_id,
                part.evidence.cite()
            ),
        ));
    }
    for related in &f.related {
        if related.cite() == own || places.iter().any(|(e, _)| e.cite() == related.cite()) {
            continue;
        }
        places.push((
            related,
            format!(
                "Also part of {} ({}), reported at {}: {}",
                f.id,
                f.title,
                f.evidence.cite(),
                f.message
            ),
        ));
    }
    places
}

/// `sechound: 3 findings (1 high, 2 medium) · CHANGES REQUIRED`.
fn verdict_line(report: &Report) -> String {
    let counts = &report.summary.counts;
    let parts: Vec<String> = Severity::ALL_DESCENDING
        .iter()
        .filter(|s| counts.get(**s) > 0)
        .map(|s| format!("{} {}", counts.get(*s), s.as_str()))
        .collect();
    let findings = match counts.total() {
        0 => "no findings".to_string(),
        1 => format!("1 finding ({})", parts.join(", ")),
        n => format!("{n} findings ({})", parts.join(", ")),
    };
    let mut line = format!("{findings} · {}", report.summary.sign_off.label());
    if let Some(incomplete) = &report.summary.incomplete {
        let _ = write!(line, ": {}", incomplete.reason);
    }
    if !report.suppressed.is_empty() {
        let _ = write!(line, " · {} suppressed", report.suppressed.len());
    }
    if !report.gaps.is_empty() {
        let _ = write!(
            line,
            " · {} gap{} (files skipped or read in part; see the report)",
            report.gaps.len(),
            if report.gaps.len() == 1 { "" } else { "s" }
        );
    }
    line
}

/// Folds each line of `text` at [`WIDTH`] columns on spaces (a longer word stays whole) and
/// cuts the whole at [`MAX_MESSAGE`] characters.
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    for (n, paragraph) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let width = word.chars().count();
            if column > 0 && column + 1 + width > WIDTH {
                out.push('\n');
                column = 0;
            } else if column > 0 {
                out.push(' ');
                column += 1;
            }
            out.push_str(word);
            column += width;
        }
    }
    if out.chars().count() > MAX_MESSAGE {
        let cut: String = out.chars().take(MAX_MESSAGE - 1).collect();
        return format!("{}…", cut.trim_end());
    }
    out
}

/// The message of a workflow command: `%`, carriage return and line feed escaped.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value of a workflow command: as [`escape_data`], and `:` and `,` too.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_escapes_percent_first_then_line_breaks() {
        assert_eq!(escape_data("100%\r\nnext"), "100%25%0D%0Anext");
        // An already escaped sequence in the input is not taken for an escape.
        assert_eq!(escape_data("%0A"), "%250A");
        // `:` and `,` stay in the message.
        assert_eq!(escape_data("a: b, c"), "a: b, c");
    }

    #[test]
    fn properties_also_escape_colons_and_commas() {
        assert_eq!(
            escape_property("high: SQL, built from input\n%"),
            "high%3A SQL%2C built from input%0A%25"
        );
    }

    #[test]
    fn folding_keeps_words_whole_and_caps_the_length() {
        let long = "word ".repeat(60);
        let folded = fold(long.trim());
        assert!(folded.lines().all(|l| l.chars().count() <= WIDTH));
        assert_eq!(folded.replace('\n', " "), long.trim());
        let url = "x".repeat(150);
        assert_eq!(fold(&format!("see {url} now")), format!("see\n{url}\nnow"));
        let huge = "abc ".repeat(5000);
        let cut = fold(&huge);
        assert!(cut.chars().count() <= MAX_MESSAGE);
        assert!(cut.chars().count() > MAX_MESSAGE - 10);
        assert!(cut.ends_with('…'));
    }
}
