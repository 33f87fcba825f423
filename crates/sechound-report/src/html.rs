//! The HTML report: the Markdown review rendered as one standalone page (no scripts, no
//! external resources) for reading in a browser or attaching to a ticket.
//!
//! The review quotes code and text from the reviewed repository; raw HTML in it is shown as text,
//! never interpreted, so a reviewed file cannot inject markup or scripts into the page.

use pulldown_cmark::{CowStr, Event, Options, Parser, html};
use sechound_core::Report;

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#fafafa;color:#1f2328}\
main{max-width:72rem;margin:0 auto;padding:1.5rem 2rem;background:#fff}\
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}\
th{background:#f6f8fa}code{background:#f6f8fa;padding:0 .2rem;border-radius:3px}\
pre{background:#f6f8fa;padding:.75rem;overflow-x:auto}pre code{padding:0}\
h2{border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin-top:2rem}";

/// The review as an HTML page.
pub fn render(report: &Report) -> String {
    let body = to_html(&crate::markdown::render(report));
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Security review of {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        escape(&report.target.root)
    )
}

/// Markdown to HTML, raw HTML shown as text.
fn to_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        // Markup that came from the repository (a message quoting `<img onerror=...>`) is text.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(CowStr::from(raw.into_string())),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

/// Text safe inside HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_from_the_repository_is_shown_as_text() {
        let out = to_html(
            "A message <img src=x onerror=alert(1)> and\n\n<script>alert(2)</script>\n\n| a |\n|---|\n| `<b>` |\n",
        );
        assert!(out.contains("<table>"), "{out}");
        assert!(out.contains("<code>&lt;b&gt;</code>"), "{out}");
        assert!(!out.contains("<img"), "{out}");
        assert!(!out.contains("<script"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert_eq!(
            escape("<a href=\"x\">&"),
            "&lt;a href=&quot;x&quot;&gt;&amp;"
        );
    }
}
