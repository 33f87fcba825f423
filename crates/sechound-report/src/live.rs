//! What the live probe adds to the Markdown: the probe's account, the "verified live" block of a
//! finding with the requests and responses behind it, the live column of the endpoint table,
//! and the report `sechound probe` writes on its own.

use sechound_core::{EndpointLive, Exchange, LiveEvidence, LiveVerdict, ProbeRun, Report};
use std::fmt::Write;

/// Exchanges quoted under one finding at most.
const QUOTED: usize = 3;

/// The report of `sechound probe`: what was verified live, and nothing else.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let url = report
        .probe
        .as_ref()
        .map(|p| p.url.clone())
        .unwrap_or_default();
    let _ = writeln!(out, "# Live probe: {url}\n");
    let _ = writeln!(
        out,
        "Every finding below was seen on the running service: `probe.*` findings come from the probe's own checks; the others are findings of the static review of `{}` that the probe confirmed. Static findings the probe did not confirm are not listed (run `sechound review --probe` for the whole review).\n",
        report.target.root
    );
    crate::markdown::summary(&mut out, report);
    if let Some(probe) = &report.probe {
        section(&mut out, probe);
    }
    crate::markdown::findings(&mut out, report);
    if let Some(model) = &report.project {
        let _ = writeln!(out, "## Endpoints\n");
        crate::markdown::endpoints(&mut out, model);
        if !model.notes.is_empty() {
            let _ = writeln!(out, "### Route map notes\n");
            for note in &model.notes {
                let _ = writeln!(out, "- {note}");
            }
            out.push('\n');
        }
    }
    out
}

/// `## Live probe`: what was sent, within which bounds, what was not probed or skipped, and
/// what the probe learned that is not a finding.
pub fn section(out: &mut String, probe: &ProbeRun) {
    let bounds = &probe.bounds;
    let _ = writeln!(out, "## Live probe\n");
    let _ = writeln!(
        out,
        "Probed `{}` at {}: **{} request{}** in {:.1} s (budget {}, at most {} per second, deadline {} s, {} s per request{}; no redirect followed, no other host or port contacted). {} of {} endpoints of the route map probed.\n",
        probe.url,
        probe.started_at,
        probe.requests_sent,
        if probe.requests_sent == 1 { "" } else { "s" },
        probe.duration_ms as f64 / 1000.0,
        bounds.budget,
        trim_float(bounds.rate_per_second),
        bounds.deadline_ms / 1000,
        trim_float(bounds.timeout_ms as f64 / 1000.0),
        if bounds.read_only {
            "; read-only: GET, HEAD and OPTIONS only"
        } else {
            ""
        },
        probe.endpoints_probed,
        probe.endpoints_total,
    );
    if let Some(service) = &probe.service {
        let _ = writeln!(
            out,
            "- Service: started with `{}`, accepting connections after {:.1} s, {}.",
            service.command.replace('`', "'"),
            service.ready_after_ms as f64 / 1000.0,
            service.ended
        );
    }
    let _ = writeln!(out, "- Baseline: {}.", probe.baseline);
    if let Some(why) = &probe.stopped_early {
        let _ = writeln!(out, "- **Stopped early:** {why}.");
    }
    out.push('\n');
    if !probe.skipped.is_empty() {
        let _ = writeln!(out, "**Checks not run:**\n");
        for skipped in &probe.skipped {
            let detail = if skipped.detail.is_empty() {
                String::new()
            } else {
                format!(" ({})", skipped.detail)
            };
            let _ = writeln!(
                out,
                "- {}: {}{detail}",
                skipped.check,
                skipped.reason.label()
            );
        }
        out.push('\n');
    }
    if !probe.not_probed.is_empty() {
        let _ = writeln!(out, "**Endpoints not probed:**\n");
        let _ = writeln!(out, "| Method | Path | Where | Why |\n|---|---|---|---|");
        for e in &probe.not_probed {
            let _ = writeln!(
                out,
                "| {} | `{}` | `{}:{}` | {} |",
                e.method,
                cell(&e.path),
                e.file,
                e.line,
                cell(&e.reason)
            );
        }
        out.push('\n');
    }
    if !probe.notes.is_empty() {
        let _ = writeln!(out, "**Probe notes:**\n");
        for note in &probe.notes {
            let _ = writeln!(out, "- {note}");
        }
        out.push('\n');
    }
}

/// The "verified live" block of a finding.
pub fn finding_block(out: &mut String, live: &LiveEvidence) {
    let by = live
        .confirmed_by
        .as_ref()
        .map(|b| format!(" (confirmed by {b})"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "**✔ Verified live** on `{}`{by}: {}.\n",
        live.url, live.observed
    );
    for exchange in live.exchanges.iter().take(QUOTED) {
        exchange_block(out, exchange);
    }
}

fn exchange_block(out: &mut String, exchange: &Exchange) {
    let mut text = format!("{} {}\n", exchange.method, exchange.path);
    for header in &exchange.request_headers {
        let _ = writeln!(text, "{}: {}", header.name, header.value);
    }
    if let Some(body) = &exchange.request_body {
        let _ = writeln!(text, "\n{body}");
    }
    match (exchange.status, &exchange.error) {
        (Some(status), _) => {
            let _ = writeln!(text, "\n→ {status}");
        }
        (None, Some(error)) => {
            let _ = writeln!(text, "\n→ no answer: {error}");
        }
        (None, None) => {
            let _ = writeln!(text, "\n→ no answer");
        }
    }
    for header in &exchange.response_headers {
        let _ = writeln!(text, "{}: {}", header.name, header.value);
    }
    if !exchange.body_excerpt.is_empty() {
        let _ = writeln!(text, "\n{}", exchange.body_excerpt.trim_end());
    }
    let mut fence = String::from("```");
    while text.contains(fence.as_str()) {
        fence.push('`');
    }
    let _ = writeln!(out, "{fence}http\n{}{fence}\n", text);
}

/// The endpoint table's live cell.
pub fn endpoint_cell(live: Option<&EndpointLive>) -> String {
    let Some(live) = live else {
        return "—".into();
    };
    let status = live.status.map(|s| format!("{s} ")).unwrap_or_default();
    let head = match live.verdict {
        LiveVerdict::Rejected => format!("🔒 {status}rejected"),
        LiveVerdict::Open => format!("⚠️ {status}open"),
        LiveVerdict::ForgedAccepted => format!("❌ {status}forged token accepted"),
        LiveVerdict::NotFound => format!("{status}not found"),
        LiveVerdict::Other => status.trim_end().to_string(),
        LiveVerdict::NoAnswer => "no answer".into(),
        LiveVerdict::NotProbed => "not probed".into(),
    };
    if live.detail.is_empty() {
        head
    } else {
        cell(&format!("{head}: {}", live.detail))
    }
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn trim_float(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
