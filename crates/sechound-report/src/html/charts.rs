//! The summary charts as inline SVG: findings by severity, and by review area stacked by
//! severity. Colours come from the page's stylesheet (classes), so the charts need nothing
//! but the page itself.

use super::esc;
use sechound_core::{Area, Finding, Severity, SeverityCounts};
use std::fmt::Write;

/// Room for the longest area label, then the bars.
const LABEL_WIDTH: u32 = 290;
const BAR_WIDTH: u32 = 300;
const ROW: u32 = 26;
const WIDTH: u32 = LABEL_WIDTH + BAR_WIDTH + 40;
/// Severity labels are short: their chart gives the bars more room.
const SEVERITY_LABEL_WIDTH: u32 = 90;
const SEVERITY_BAR_WIDTH: u32 = WIDTH - SEVERITY_LABEL_WIDTH - 40;

/// Horizontal bars, one per severity.
pub(super) fn by_severity(out: &mut String, counts: &SeverityCounts) {
    let max = Severity::ALL_DESCENDING
        .iter()
        .map(|s| counts.get(*s))
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * Severity::ALL_DESCENDING.len() as u32 + 8;
    let summary: Vec<String> = Severity::ALL_DESCENDING
        .iter()
        .map(|s| format!("{} {}", counts.get(*s), s.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "<figure class=\"chart\" id=\"chart-severity\"><figcaption>Findings by severity</figcaption>\n<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"Findings by severity: {}\"><title>Findings by severity</title>",
        summary.join(", ")
    );
    for (row, severity) in Severity::ALL_DESCENDING.iter().enumerate() {
        let n = counts.get(*severity);
        let y = row as u32 * ROW + 4;
        let width = (n as f64 / max as f64 * SEVERITY_BAR_WIDTH as f64).round() as u32;
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect class=\"track\" x=\"{SEVERITY_LABEL_WIDTH}\" y=\"{y}\" width=\"{SEVERITY_BAR_WIDTH}\" height=\"{}\" rx=\"3\"/>",
            SEVERITY_LABEL_WIDTH - 8,
            y + 16,
            severity.label(),
            ROW - 6
        );
        if width > 0 {
            let _ = write!(
                out,
                "<rect class=\"fill-{}\" data-severity=\"{}\" x=\"{SEVERITY_LABEL_WIDTH}\" y=\"{y}\" width=\"{width}\" height=\"{}\" rx=\"3\"/>",
                severity.as_str(),
                severity.as_str(),
                ROW - 6
            );
        }
        let _ = write!(
            out,
            "<text class=\"value\" x=\"{}\" y=\"{}\">{n}</text>",
            SEVERITY_LABEL_WIDTH + width + 6,
            y + 16
        );
    }
    out.push_str("</svg></figure>\n");
}

/// One bar per review area, each stacked by severity.
pub(super) fn by_area(out: &mut String, findings: &[Finding]) {
    let rows: Vec<(Area, Vec<(Severity, u64)>)> = Area::ALL
        .iter()
        .map(|area| {
            let parts = Severity::ALL_DESCENDING
                .iter()
                .map(|s| {
                    let n = findings
                        .iter()
                        .filter(|f| f.area == *area && f.severity == *s)
                        .count() as u64;
                    (*s, n)
                })
                .collect();
            (*area, parts)
        })
        .collect();
    let total = |parts: &[(Severity, u64)]| parts.iter().map(|(_, n)| n).sum::<u64>();
    let max = rows.iter().map(|(_, p)| total(p)).max().unwrap_or(0).max(1);
    let height = ROW * rows.len() as u32 + 8;
    let _ = writeln!(
        out,
        "<figure class=\"chart\" id=\"chart-area\"><figcaption>Findings by area</figcaption>\n<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"Findings by review area, stacked by severity\"><title>Findings by area</title>"
    );
    for (row, (area, parts)) in rows.iter().enumerate() {
        let y = row as u32 * ROW + 4;
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect class=\"track\" x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"{BAR_WIDTH}\" height=\"{}\" rx=\"3\"/>",
            LABEL_WIDTH - 8,
            y + 16,
            esc(area.label()),
            ROW - 6
        );
        let mut x = LABEL_WIDTH;
        for (severity, n) in parts.iter().filter(|(_, n)| *n > 0) {
            let width = (*n as f64 / max as f64 * BAR_WIDTH as f64).round() as u32;
            let _ = write!(
                out,
                "<rect class=\"fill-{s}\" data-severity=\"{s}\" x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{}\"><title>{n} {s}</title></rect>",
                ROW - 6,
                s = severity.as_str()
            );
            x += width;
        }
        let _ = write!(
            out,
            "<text class=\"value\" x=\"{}\" y=\"{}\">{}</text>",
            x + 6,
            y + 16,
            total(parts)
        );
    }
    out.push_str("</svg>");
    out.push_str("<div class=\"legend\"><span class=\"k-critical\">critical</span><span class=\"k-high\">high</span><span class=\"k-medium\">medium</span><span class=\"k-low\">low</span><span class=\"k-info\">info</span></div></figure>\n");
}
