//! The JSON report: the `Report` structure as is, pretty-printed (layout in docs/json-schema.md).

use sechound_core::Report;

pub fn render(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(report).expect("a report always serialises");
    out.push('\n');
    out
}

/// Reads a report written by [`render`] (for comparisons and baselines).
pub fn parse(text: &str) -> Result<Report, serde_json::Error> {
    serde_json::from_str(text)
}
