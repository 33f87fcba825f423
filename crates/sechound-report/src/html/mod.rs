//! The HTML report: one self-contained page to open in a browser, attach to a ticket or print.
//!
//! Nothing is fetched: styles and the small script are inline, the charts are inline SVG, and
//! a Content-Security-Policy `<meta>` allows exactly that style and that script (by their
//! SHA-256 hashes) and nothing else, so the page works offline and under a strict policy.
//! Without the script every finding is shown; the script only adds filters and sortable
//! tables.
//!
//! The review quotes code and text from the reviewed repository: all of it is escaped, and
//! markup in messages is shown as text, so a reviewed file cannot inject anything into the page.

mod charts;

use crate::markdown::findings_reaching;
use crate::narrative::narrate;
use base64::Engine as _;
use pulldown_cmark::{CowStr, Event, Options, Parser, html};
use sechound_core::project::{AuthStatus, ControlStatus, ProjectModel};
use sechound_core::sections::OwaspStatus;
use sechound_core::{Area, Confidence, Evidence, Finding, Reach, Report, Severity, SignOff};
use sha2::{Digest, Sha256};
use std::fmt::Write;

const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");

/// The review as one HTML page.
pub fn render(report: &Report) -> String {
    let mut body = String::new();
    banner(&mut body, report);
    body.push_str("<div class=\"layout\">\n");
    toc(&mut body, report);
    body.push_str("<main>\n");
    summary(&mut body, report);
    if let Some(branch) = &report.branch {
        branch_review(&mut body, branch, report);
    }
    if let Some(tracking) = &report.tracking {
        remediation(&mut body, tracking, report);
    }
    if let Some(run) = &report.checks {
        checks(&mut body, run);
    }
    findings(&mut body, report);
    areas(&mut body, report);
    if let Some(model) = &report.project {
        endpoints(&mut body, model, report);
        controls(&mut body, model);
    }
    owasp(&mut body, report);
    checklist(&mut body, report);
    suppressed(&mut body, report);
    gaps(&mut body, report);
    body.push_str("</main>\n</div>\n");
    let _ = writeln!(
        body,
        "<footer class=\"page\">Written by {} {} on {}. This page loads nothing from the network.</footer>",
        esc(&report.tool.name),
        esc(&report.tool.version),
        esc(&report.target.generated_at)
    );
    let policy = format!(
        "default-src 'none'; style-src {}; script-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        csp_hash(STYLE),
        csp_hash(SCRIPT)
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{} {}\">\n\
         <title>Security review: {} · {}</title>\n\
         <link rel=\"icon\" href=\"data:,\">\n<style>{STYLE}</style>\n</head>\n<body>\n{body}<script>{SCRIPT}</script>\n</body>\n</html>\n",
        esc(&report.tool.name),
        esc(&report.tool.version),
        esc(&project_name(report)),
        report.summary.sign_off.label()
    )
}

/// `'sha256-…'`: the CSP source that allows exactly this inline style or script.
fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn project_name(report: &Report) -> String {
    std::path::Path::new(&report.target.root)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| report.target.root.clone())
}

fn verdict_class(sign_off: SignOff) -> &'static str {
    match sign_off {
        SignOff::ChangesRequired => "verdict-changes-required",
        SignOff::ApprovedWithConditions => "verdict-approved-with-conditions",
        SignOff::Approved => "verdict-approved",
        SignOff::Incomplete => "verdict-incomplete",
    }
}

fn banner(out: &mut String, report: &Report) {
    let story = narrate(report);
    let stats = &report.stats;
    let _ = writeln!(
        out,
        "<header class=\"banner {}\" id=\"verdict\">\n<div class=\"wrap\">",
        verdict_class(report.summary.sign_off)
    );
    let kind = if report.branch.is_some() {
        "Branch security review"
    } else {
        "Security review"
    };
    let _ = writeln!(out, "<p class=\"eyebrow\">{kind}</p>");
    let _ = writeln!(out, "<h1>{}</h1>", esc(&project_name(report)));
    let _ = writeln!(
        out,
        "<p class=\"verdict\"><span class=\"verdict-label\" data-sign-off=\"{}\">{}</span> <span class=\"risk\">Risk level: {}</span></p>",
        sign_off_key(report.summary.sign_off),
        report.summary.sign_off.label(),
        crate::markdown::risk_label(report)
    );
    let _ = writeln!(out, "<p class=\"reason\">{}</p>", inline(&story.verdict));
    out.push_str("<dl class=\"meta\">");
    let mut meta = |name: &str, value: String| {
        let _ = write!(out, "<div><dt>{name}</dt><dd>{value}</dd></div>");
    };
    meta(
        "Reviewed",
        format!("<code>{}</code>", esc(&report.target.root)),
    );
    if let Some(commit) = &report.target.commit {
        let branch = report
            .target
            .branch
            .as_ref()
            .map(|b| format!(" on <code>{}</code>", esc(b)))
            .unwrap_or_default();
        meta(
            "Commit",
            format!(
                "<code>{}</code>{branch}",
                esc(&commit[..commit.len().min(12)])
            ),
        );
    }
    meta("Date", esc(&report.target.generated_at));
    meta(
        "Files",
        format!(
            "{} reviewed of {} found",
            stats.files_reviewed, stats.files_discovered
        ),
    );
    meta("Lines", stats.lines_analysed.to_string());
    meta("Rules", stats.rules_run.to_string());
    meta(
        "Tool",
        format!("{} {}", esc(&report.tool.name), esc(&report.tool.version)),
    );
    out.push_str("</dl>\n</div>\n</header>\n");
}

fn sign_off_key(sign_off: SignOff) -> &'static str {
    match sign_off {
        SignOff::ChangesRequired => "changes-required",
        SignOff::ApprovedWithConditions => "approved-with-conditions",
        SignOff::Approved => "approved",
        SignOff::Incomplete => "incomplete",
    }
}

fn toc(out: &mut String, report: &Report) {
    out.push_str("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    let mut item = |id: &str, title: &str, count: Option<usize>| {
        let n = count
            .map(|c| format!("<span class=\"n\">{c}</span>"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<li><a href=\"#{id}\"><span>{title}</span>{n}</a></li>"
        );
    };
    item("summary", "Executive summary", None);
    if report.branch.is_some() {
        item("branch", "Branch review", None);
    }
    if report.tracking.is_some() {
        item("remediation", "Remediation status", None);
    }
    if report.checks.is_some() {
        item("checks", "Checks", None);
    }
    item("findings", "Findings", Some(report.findings.len()));
    item("areas", "Review by area", None);
    if let Some(model) = &report.project {
        item("endpoints", "Endpoints", Some(model.endpoints.len()));
        item("controls", "Controls", None);
    }
    item("owasp", "OWASP Top 10", None);
    if !report.sections.action_checklist.is_empty() {
        item("checklist", "Action checklist", None);
    }
    if !report.suppressed.is_empty() || !report.unused_waivers.is_empty() {
        item("suppressed", "Suppressed", Some(report.suppressed.len()));
    }
    item("gaps", "Notes and gaps", Some(report.gaps.len()));
    out.push_str("</ol>\n</nav>\n");
}

fn summary(out: &mut String, report: &Report) {
    let story = narrate(report);
    out.push_str("<section id=\"summary\">\n<h2>Executive summary</h2>\n");
    if let Some(incomplete) = &report.summary.incomplete {
        let _ = writeln!(
            out,
            "<p class=\"lead\"><span class=\"badge absent\">Incomplete</span> {}.</p>",
            inline(&incomplete.reason)
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"lead\"><strong>Scope.</strong> {}</p>",
        inline(&story.scope)
    );
    if !story.not_reviewed.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>Not reviewed:</strong> {}.</p>",
            inline(&story.not_reviewed.join("; "))
        );
    }
    out.push_str("<div class=\"charts\">\n");
    charts::by_severity(out, &report.summary.counts);
    charts::by_area(out, &report.findings);
    out.push_str("</div>\n");
    if !story.risks.is_empty() {
        out.push_str("<h3>The risks that matter most</h3>\n<ol class=\"risks\">\n");
        for risk in &story.risks {
            let _ = writeln!(
                out,
                "<li>{} {} <a href=\"#{}\">{}</a></li>",
                severity_badge(risk.severity),
                inline(&risk.text),
                esc(&risk.id),
                esc(&risk.id)
            );
        }
        out.push_str("</ol>\n");
    }
    in_place(out, &story.in_place, report);
    if !report.summary.top_actions.is_empty() {
        out.push_str("<h3>Top actions, in priority order</h3>\n<ol>\n");
        for id in &report.summary.top_actions {
            if let Some(f) = report.findings.iter().find(|f| &f.id == id) {
                let _ = writeln!(
                    out,
                    "<li>{} <a href=\"#{}\">{}</a> {}: {} <span class=\"muted\">(<code>{}</code>)</span></li>",
                    severity_badge(f.severity),
                    esc(&f.id),
                    esc(&f.id),
                    inline(&f.title),
                    inline(crate::narrative::first_sentence(&f.recommendation)),
                    esc(&f.evidence.cite())
                );
            }
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");
}

/// What is already in place, as short lists.
fn in_place(out: &mut String, place: &crate::narrative::InPlace, report: &Report) {
    out.push_str("<h3>Already in place</h3>\n");
    let list = |out: &mut String, class: &str, label: &str, items: &[String]| {
        if items.is_empty() {
            return;
        }
        let _ = write!(
            out,
            "<p class=\"in-place\"><span class=\"badge {class}\">{label}</span></p><ul class=\"in-place\">"
        );
        for item in items {
            let _ = write!(out, "<li>{}</li>", link_ids(&inline(item), report));
        }
        out.push_str("</ul>\n");
    };
    list(out, "ok", "in place", &place.present);
    list(out, "partial", "only in part", &place.partial);
    let mut configuration = place.configuration.clone();
    if place.more_configuration > 0 {
        configuration.push(format!(
            "and {} more (see Review by area)",
            place.more_configuration
        ));
    }
    list(out, "ok", "also recognised", &configuration);
    if let Some(endpoints) = &place.endpoints {
        let _ = writeln!(out, "<p>{}</p>", inline(endpoints));
    }
    if place.present.is_empty() && place.partial.is_empty() && place.configuration.is_empty() {
        out.push_str("<p>sechound recognised no security control in what it read.</p>\n");
    }
}

fn severity_badge(severity: Severity) -> String {
    format!(
        "<span class=\"badge sev-{}\">{}</span>",
        severity.as_str(),
        severity.label()
    )
}

fn findings(out: &mut String, report: &Report) {
    let total = report.findings.len();
    let _ = writeln!(
        out,
        "<section id=\"findings\">\n<h2>Findings <span class=\"muted\">({total})</span></h2>"
    );
    if total == 0 {
        out.push_str("<p>No finding.</p>\n</section>\n");
        return;
    }
    filters(out, report);
    let _ = writeln!(
        out,
        "<p id=\"no-match\" class=\"note\" hidden>No finding matches these filters.</p>"
    );
    for f in &report.findings {
        finding(out, f);
    }
    out.push_str("</section>\n");
}

fn filters(out: &mut String, report: &Report) {
    let total = report.findings.len();
    out.push_str("<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filter findings\">\n");
    out.push_str("<fieldset><legend>Severity</legend>");
    for severity in Severity::ALL_DESCENDING {
        let n = report.summary.counts.get(severity);
        if n == 0 {
            continue;
        }
        let _ = write!(
            out,
            "<label class=\"chip sev-{s}\"><input type=\"checkbox\" name=\"severity\" value=\"{s}\" checked><span>{} {n}</span></label>",
            severity.label(),
            s = severity.as_str()
        );
    }
    out.push_str("</fieldset>\n");
    out.push_str(
        "<label class=\"field\">Area <select name=\"area\"><option value=\"\">all</option>",
    );
    for area in Area::ALL {
        let n = report.findings.iter().filter(|f| f.area == area).count();
        if n > 0 {
            let _ = write!(
                out,
                "<option value=\"{}\">{} ({n})</option>",
                area.as_str(),
                esc(area.label())
            );
        }
    }
    out.push_str("</select></label>\n");
    out.push_str("<label class=\"field\">Confidence <select name=\"confidence\"><option value=\"\">all</option>");
    for confidence in [Confidence::High, Confidence::Medium, Confidence::Low] {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            confidence.as_str(),
            esc(confidence.label())
        );
    }
    out.push_str("</select></label>\n");
    out.push_str(
        "<label class=\"field\">Exposure <select name=\"reach\"><option value=\"\">all</option>",
    );
    for (value, label) in [
        ("public", "no authentication"),
        ("authenticated", "signed-in users"),
        ("privileged", "a role"),
        ("unknown", "unknown"),
        ("none", "no endpoint"),
    ] {
        let _ = write!(out, "<option value=\"{value}\">{label}</option>");
    }
    out.push_str("</select></label>\n");
    out.push_str("<label class=\"field\">Search <input type=\"search\" name=\"q\" placeholder=\"rule, file, text\"></label>\n");
    out.push_str("<button type=\"reset\">Reset</button>\n");
    let _ = writeln!(
        out,
        "<span class=\"shown\">Showing <strong id=\"shown\">{total}</strong> of {total}</span>\n</form>"
    );
}

fn reach_key(reach: Option<Reach>) -> &'static str {
    match reach {
        Some(Reach::Public) => "public",
        Some(Reach::Unknown) => "unknown",
        Some(Reach::Authenticated) => "authenticated",
        Some(Reach::Privileged) => "privileged",
        None => "none",
    }
}

fn finding(out: &mut String, f: &Finding) {
    let severity = f.severity.as_str();
    let _ = writeln!(
        out,
        "<article class=\"finding sev-{severity}\" id=\"{id}\" data-severity=\"{severity}\" data-area=\"{}\" data-confidence=\"{}\" data-reach=\"{}\">",
        f.area.as_str(),
        f.confidence.as_str(),
        reach_key(f.reach()),
        id = esc(&f.id),
    );
    out.push_str("<header>");
    out.push_str(&severity_badge(f.severity));
    let _ = write!(
        out,
        " <a class=\"fid\" href=\"#{id}\">{id}</a> <h3>{}</h3>",
        inline(&f.title),
        id = esc(&f.id)
    );
    match f.reach() {
        Some(Reach::Public) => out.push_str(" <span class=\"badge open\">No authentication</span>"),
        Some(Reach::Privileged) => out.push_str(" <span class=\"badge role\">Behind a role</span>"),
        _ => {}
    }
    if f.confidence == Confidence::Low {
        out.push_str(" <span class=\"badge conf\">Heuristic</span>");
    }
    out.push_str("</header>\n<dl class=\"facts\">");
    // Short facts pair up two to a row; long ones (`wide`) take the whole row.
    let mut fact = |name: &str, value: String| {
        let wide = matches!(name, "Rule" | "Exposure" | "Effort" | "Taxonomy");
        let class = if wide { " class=\"wide\"" } else { "" };
        let _ = write!(out, "<dt{class}>{name}</dt><dd>{value}</dd>");
    };
    fact("Rule", inline(&crate::markdown::rule_list(f)));
    fact("Confidence", esc(f.confidence.label()));
    fact("Area", esc(f.area.label()));
    let cwe = if f.cwe.is_empty() {
        "none".to_string()
    } else {
        esc(&f.cwe.join(", "))
    };
    fact("Taxonomy", format!("{cwe} · {}", esc(&f.owasp.to_string())));
    let effort = match &f.effort_reason {
        Some(why) => format!("{} ({})", f.effort.label(), esc(why)),
        None => f.effort.label().to_string(),
    };
    fact("Effort", effort);
    if let Some(exposure) = &f.exposure {
        let class = if exposure.reach == Reach::Public {
            " class=\"exposure-public\""
        } else {
            ""
        };
        fact(
            "Exposure",
            format!("<span{class}>{}</span>", esc(&exposure.describe())),
        );
    }
    if let Some(status) = f.status {
        fact(
            "Status",
            esc(match status {
                sechound_core::Status::New => "new since the baseline",
                sechound_core::Status::Remaining => "remaining from the baseline",
            }),
        );
    }
    fact(
        "Fingerprint",
        format!("<code>{}</code>", esc(&f.fingerprint)),
    );
    out.push_str("</dl>\n");
    code(out, &f.evidence);
    flow(out, f);
    out.push_str("<div class=\"prose\">\n");
    let _ = writeln!(out, "<h4>What</h4><p>{}</p>", inline(&f.message));
    let _ = writeln!(out, "<h4>Impact</h4><p>{}</p>", inline(&f.impact));
    let _ = writeln!(
        out,
        "<h4>Recommendation</h4><p>{}</p>",
        inline(&f.recommendation)
    );
    if !f.folded.is_empty() {
        let places = f.folded.iter().any(|p| p.fingerprint == f.fingerprint);
        let heading = if places {
            format!("Places ({})", f.folded.len())
        } else {
            "Folded here".to_string()
        };
        let _ = writeln!(out, "<h4>{heading}</h4>\n<ol class=\"places\">");
        for group in crate::markdown::folded_groups(f) {
            let part = group[0];
            let cites: Vec<String> = group
                .iter()
                .map(|p| format!("<code>{}</code>", esc(&p.evidence.cite())))
                .collect();
            let _ = write!(
                out,
                "<li>{} {} <code>{}</code>: {} <strong>Fix:</strong> {}",
                cites.join(", "),
                severity_badge(part.severity),
                esc(&part.rule_id),
                inline(&part.message),
                inline(&part.recommendation)
            );
            for p in &group {
                if p.evidence.cite() != f.evidence.cite() {
                    code(out, &p.evidence);
                }
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n");
    }
    let _ = writeln!(
        out,
        "<h4>Verification</h4><p>{}</p>",
        inline(&f.verification)
    );
    let unlisted: Vec<&Evidence> = f
        .related
        .iter()
        .filter(|r| !f.folded.iter().any(|p| p.evidence.cite() == r.cite()))
        .collect();
    if !unlisted.is_empty() {
        let cites: Vec<String> = unlisted
            .iter()
            .map(|e| format!("<code>{}</code>", esc(&e.cite())))
            .collect();
        let _ = writeln!(out, "<h4>Also at</h4><p>{}</p>", cites.join(", "));
        for place in unlisted.iter().take(3) {
            code(out, place);
        }
    }
    out.push_str("</div>\n</article>\n");
}

/// A data flow, step by step from where the value is read to where it takes effect.
fn flow(out: &mut String, f: &Finding) {
    if f.flow.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<figure class=\"flow\"><figcaption>Data flow ({} step{})</figcaption><ol>",
        f.flow.len(),
        if f.flow.len() == 1 { "" } else { "s" }
    );
    for step in &f.flow {
        let _ = writeln!(
            out,
            "<li class=\"step-{kind}\"><span class=\"badge step\">{kind}</span> <code class=\"where\">{}:{}</code> <code>{}</code></li>",
            esc(&step.path),
            step.line,
            esc(&step.code),
            kind = step.kind.label()
        );
    }
    out.push_str("</ol></figure>\n");
}

/// Quoted code with its line numbers; the lines the finding points at are highlighted.
fn code(out: &mut String, evidence: &Evidence) {
    if evidence.snippet.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<figure class=\"code\"><figcaption>{}</figcaption><div class=\"code-scroll\"><table class=\"code\"><tbody>",
        esc(&evidence.cite())
    );
    for line in &evidence.snippet {
        let _ = write!(
            out,
            "<tr{}><td class=\"ln\">{}</td><td>{}</td></tr>",
            if line.marked { " class=\"hit\"" } else { "" },
            line.line,
            esc(&line.text)
        );
    }
    out.push_str("</tbody></table></div></figure>\n");
}

fn areas(out: &mut String, report: &Report) {
    out.push_str("<section id=\"areas\">\n<h2>Review by area</h2>\n<div class=\"areas\">\n");
    for review in &report.sections.review_by_area {
        let _ = writeln!(
            out,
            "<div class=\"area\"><h3>{}</h3>",
            esc(review.area.label())
        );
        if review.strengths.is_empty() && review.findings.is_empty() {
            out.push_str("<p class=\"muted\">None identified.</p></div>\n");
            continue;
        }
        out.push_str("<ul class=\"plain\">");
        for id in &review.strengths {
            if let Some(s) = report.strengths.iter().find(|s| &s.id == id) {
                let (class, label) = if s.partial {
                    ("partial", "partial")
                } else {
                    ("ok", "in place")
                };
                let see = if s.contradicted_by.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; only in part: see {}",
                        s.contradicted_by
                            .iter()
                            .map(|id| format!("<a href=\"#{0}\">{0}</a>", esc(id)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                let _ = write!(
                    out,
                    "<li id=\"{}\"><span class=\"badge {class}\">{label}</span> {} <span class=\"muted\">(<code>{}</code>){see}</span></li>",
                    esc(&s.id),
                    inline(&s.title),
                    esc(&s.evidence.cite())
                );
            }
        }
        for id in &review.findings {
            if let Some(f) = report.findings.iter().find(|f| &f.id == id) {
                let _ = write!(
                    out,
                    "<li>{} <a href=\"#{id}\">{id}</a> {}</li>",
                    severity_badge(f.severity),
                    inline(&f.title),
                    id = esc(&f.id)
                );
            }
        }
        out.push_str("</ul></div>\n");
    }
    out.push_str("</div>\n</section>\n");
}

fn auth_rank(auth: AuthStatus) -> u8 {
    match auth {
        AuthStatus::Unauthenticated => 0,
        AuthStatus::Exempted => 1,
        AuthStatus::Unknown => 2,
        AuthStatus::Authenticated => 3,
    }
}

fn endpoints(out: &mut String, model: &ProjectModel, report: &Report) {
    out.push_str("<section id=\"endpoints\">\n<h2>Endpoints</h2>\n");
    if model.endpoints.is_empty() {
        out.push_str("<p>No endpoints found (no Express, Fastify, NestJS, Next.js, FastAPI, Flask, Django or WebSocket routes sechound recognises).</p>\n</section>\n");
        return;
    }
    let count = |status: AuthStatus| model.endpoints.iter().filter(|e| e.auth == status).count();
    let _ = writeln!(
        out,
        "<p>{} endpoints: <strong>{} without authentication</strong>, {} exempted, {} unknown, {} authenticated. Open endpoints are marked; sort by any column.</p>",
        model.endpoints.len(),
        count(AuthStatus::Unauthenticated),
        count(AuthStatus::Exempted),
        count(AuthStatus::Unknown),
        count(AuthStatus::Authenticated)
    );
    out.push_str("<div class=\"table-scroll\"><table class=\"grid sortable\" id=\"endpoint-table\">\n<thead><tr><th>Method</th><th>Path</th><th>Auth</th><th>Roles</th><th>Where</th><th>How</th><th>Findings</th></tr></thead>\n<tbody>\n");
    for e in &model.endpoints {
        let open = matches!(e.auth, AuthStatus::Unauthenticated | AuthStatus::Exempted);
        let auth = match e.auth {
            AuthStatus::Unauthenticated => {
                "<span class=\"badge open\">open</span> none".to_string()
            }
            AuthStatus::Exempted => "<span class=\"badge open\">open</span> exempted".to_string(),
            AuthStatus::Unknown => "<span class=\"badge unknown\">unknown</span>".to_string(),
            AuthStatus::Authenticated => "<span class=\"badge ok\">required</span>".to_string(),
        };
        let how = match (&e.exempted_by, e.auth_by.is_empty()) {
            (Some(x), _) => format!(
                "<code>{}</code> exempts <code>{}{}</code> (<code>{}:{}</code>)",
                esc(&x.control),
                esc(&x.pattern),
                if x.prefix { "*" } else { "" },
                esc(&x.file),
                x.line
            ),
            (None, false) => e
                .auth_by
                .iter()
                .map(|a| format!("<code>{}</code> ({})", esc(&a.name), esc(a.level.as_str())))
                .collect::<Vec<_>>()
                .join(", "),
            (None, true) => e.notes.first().map(|n| esc(n)).unwrap_or_default(),
        };
        let reaching = findings_reaching(e, &report.findings);
        let worst = reaching.iter().map(|f| f.severity).max();
        let linked: Vec<String> = reaching
            .iter()
            .map(|f| {
                format!(
                    "<a href=\"#{id}\" class=\"badge sev-{}\">{id}</a>",
                    f.severity.as_str(),
                    id = esc(&f.id)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr{} data-auth=\"{}\"><td>{}</td><td><code>{}</code></td><td data-sort=\"{}\">{auth}</td><td>{}</td><td data-sort=\"{}:{:06}\"><code>{}:{}</code></td><td>{how}</td><td data-sort=\"{}\">{}</td></tr>",
            if open { " class=\"open\"" } else { "" },
            e.auth.label(),
            esc(e.method.as_str()),
            esc(&e.path),
            auth_rank(e.auth),
            e.roles
                .iter()
                .map(|r| format!("<span class=\"badge role\">{}</span>", esc(r)))
                .collect::<Vec<_>>()
                .join(" "),
            esc(&e.file),
            e.line,
            esc(&e.file),
            e.line,
            // Most severe first when sorted ascending.
            worst.map_or(9, |s| 4 - s as u8),
            linked.join(" ")
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
    if !model.exemptions.is_empty() {
        out.push_str("<h3>Authentication exemptions</h3>\n<table class=\"grid\"><thead><tr><th>Pattern</th><th>Kind</th><th>Control</th><th>Where</th><th>Endpoints opened</th></tr></thead><tbody>\n");
        for x in &model.exemptions {
            let opened = model
                .endpoints
                .iter()
                .filter(|e| e.exempted_by.as_ref() == Some(x))
                .count();
            let _ = writeln!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td><code>{}</code></td><td><code>{}:{}</code></td><td>{opened}</td></tr>",
                esc(&x.pattern),
                if x.prefix { "prefix" } else { "exact" },
                esc(&x.control),
                esc(&x.file),
                x.line
            );
        }
        out.push_str("</tbody></table>\n");
    }
    out.push_str("</section>\n");
}

fn controls(out: &mut String, model: &ProjectModel) {
    out.push_str("<section id=\"controls\">\n<h2>Controls</h2>\n<p class=\"note\">A control is <em>present</em> only where no finding says it is missing; otherwise it is <em>partial</em>, with both the control and the findings shown.</p>\n");
    out.push_str("<div class=\"table-scroll\"><table class=\"grid\"><thead><tr><th>Control</th><th>Status</th><th>Evidence</th><th>Findings about it</th><th>Strength</th></tr></thead><tbody>\n");
    for c in &model.controls {
        let status = match c.status {
            ControlStatus::Present => "<span class=\"badge ok\">present</span>",
            ControlStatus::Partial => "<span class=\"badge partial\">partial</span>",
            ControlStatus::Absent => "<span class=\"badge absent\">not found</span>",
        };
        let evidence = c
            .evidence
            .iter()
            .take(3)
            .map(|e| {
                format!(
                    "{}{} (<code>{}:{}</code>)",
                    if e.partial { "partly: " } else { "" },
                    esc(&e.detail),
                    esc(&e.file),
                    e.line
                )
            })
            .collect::<Vec<_>>()
            .join("<br>");
        let more = match c.evidence.len() {
            0..=3 => String::new(),
            n => format!("<br><span class=\"muted\">and {} more</span>", n - 3),
        };
        let against = c
            .contradicted_by
            .iter()
            .map(|id| format!("<a href=\"#{0}\">{0}</a>", esc(id)))
            .collect::<Vec<_>>()
            .join(", ");
        let strength = c
            .strength
            .as_deref()
            .map(|id| format!("<a href=\"#{0}\">{0}</a>", esc(id)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{status}</td><td>{evidence}{more}</td><td>{against}</td><td>{strength}</td></tr>",
            esc(&c.title)
        );
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

fn owasp(out: &mut String, report: &Report) {
    out.push_str("<section id=\"owasp\">\n<h2>OWASP Top 10 (2021)</h2>\n<div class=\"owasp\">\n");
    for row in &report.sections.owasp_top10 {
        let worst = row
            .findings
            .iter()
            .filter_map(|id| report.findings.iter().find(|f| &f.id == id))
            .map(|f| f.severity)
            .max();
        let (class, status) = match row.status {
            OwaspStatus::Issues => (
                format!("issues-{}", worst.unwrap_or(Severity::Info).as_str()),
                "issues",
            ),
            OwaspStatus::Mitigated => ("mitigated".to_string(), "mitigated"),
            OwaspStatus::NoIssuesFound => ("no-issues-found".to_string(), "no issues found"),
            OwaspStatus::NotAssessed => ("not-assessed".to_string(), "not assessed"),
            OwaspStatus::Partial => ("partly-assessed".to_string(), "partly assessed"),
        };
        let links = |ids: &[String]| {
            ids.iter()
                .map(|id| format!("<a href=\"#{0}\">{0}</a>", esc(id)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = write!(
            out,
            "<div class=\"cell {class}\" data-status=\"{}\"><span class=\"id\">{}</span><h3>{}</h3><span class=\"status\">{status}</span>",
            status.replace(' ', "-"),
            row.category.id(),
            esc(row.category.name())
        );
        if !row.findings.is_empty() {
            let _ = write!(
                out,
                "<p>{} finding{}: {}</p>",
                row.findings.len(),
                if row.findings.len() == 1 { "" } else { "s" },
                links(&row.findings)
            );
        }
        if !row.strengths.is_empty() {
            let _ = write!(out, "<p>Controls: {}</p>", links(&row.strengths));
        }
        let _ = writeln!(
            out,
            "<p class=\"muted\">{} rule{} ran</p></div>",
            row.rules,
            if row.rules == 1 { "" } else { "s" }
        );
    }
    out.push_str("</div>\n<p class=\"note\">\"No issues found\" means the rules for the category ran and reported nothing; it is not proof that the category is mitigated.</p>\n</section>\n");
}

fn checklist(out: &mut String, report: &Report) {
    if report.sections.action_checklist.is_empty() {
        return;
    }
    out.push_str("<section id=\"checklist\">\n<h2>Action checklist</h2>\n");
    for group in &report.sections.action_checklist {
        let mut heading = group.effort.label().to_string();
        if let Some(first) = heading.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        let _ = writeln!(
            out,
            "<h3>{} <span class=\"muted\">({})</span></h3>\n<ul class=\"plain\">",
            esc(&heading),
            group.findings.len()
        );
        for id in &group.findings {
            if let Some(f) = report.findings.iter().find(|f| &f.id == id) {
                let _ = writeln!(
                    out,
                    "<li>{} <a href=\"#{id}\">{id}</a> {} <span class=\"muted\">(<code>{}</code>)</span></li>",
                    severity_badge(f.severity),
                    inline(&f.title),
                    esc(&f.evidence.cite()),
                    id = esc(&f.id)
                );
            }
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn suppressed(out: &mut String, report: &Report) {
    let expired: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.expired_waiver.is_some())
        .collect();
    if report.suppressed.is_empty() && report.unused_waivers.is_empty() && expired.is_empty() {
        return;
    }
    out.push_str("<section id=\"suppressed\">\n<h2>Suppressed and waived findings</h2>\n");
    if !report.suppressed.is_empty() {
        out.push_str("<div class=\"table-scroll\"><table class=\"grid\"><thead><tr><th>ID</th><th>Severity</th><th>Rule</th><th>Location</th><th>Reason</th><th>Until</th><th>Written at</th></tr></thead><tbody>\n");
        for f in &report.suppressed {
            if let Some(s) = &f.suppression {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td>{}</td><td><code>{}</code> ({})</td></tr>",
                    esc(&f.id),
                    severity_badge(f.severity),
                    esc(&f.rule_id),
                    esc(&f.evidence.cite()),
                    esc(&s.reason),
                    esc(s.until.as_deref().unwrap_or("–")),
                    esc(&s.source),
                    esc(&s.kind)
                );
            }
        }
        out.push_str("</tbody></table></div>\n");
    }
    if !expired.is_empty() {
        out.push_str("<h3>Expired waivers</h3>\n<p>These findings were waived until a date that has passed; they count again.</p>\n<ul>\n");
        for f in expired {
            if let Some(w) = &f.expired_waiver {
                let _ = writeln!(
                    out,
                    "<li><a href=\"#{id}\">{id}</a> <code>{}</code> at <code>{}</code>: waived until {} by <code>{}</code> ({})</li>",
                    esc(&f.rule_id),
                    esc(&f.evidence.cite()),
                    esc(w.until.as_deref().unwrap_or("?")),
                    esc(&w.source),
                    esc(&w.reason),
                    id = esc(&f.id)
                );
            }
        }
        out.push_str("</ul>\n");
    }
    if !report.unused_waivers.is_empty() {
        out.push_str("<h3>Unused waivers</h3>\n<p>These suppressions matched no finding: the problem is gone, or they name the wrong rule or place. Remove or fix them.</p>\n<ul>\n");
        for w in &report.unused_waivers {
            let _ = writeln!(
                out,
                "<li><code>{}</code> for <code>{}</code> ({}): {}</li>",
                esc(&w.source),
                esc(&w.rule),
                esc(&w.kind),
                esc(&w.reason)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn gaps(out: &mut String, report: &Report) {
    out.push_str("<section id=\"gaps\">\n<h2>Notes, assumptions and gaps</h2>\n<ul>\n");
    if let Some(model) = &report.project {
        let unknown = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Unknown)
            .count();
        if unknown > 0 {
            let _ = writeln!(
                out,
                "<li>{unknown} endpoint(s) have an unknown authentication status: sechound could not follow where they are mounted or how their path is built.</li>"
            );
        }
        for note in &model.notes {
            let _ = writeln!(out, "<li>{}</li>", esc(note));
        }
        out.push_str("<li>Controls are recognised from the code; a proxy, gateway or platform in front of the service may add headers, rate limits or authentication that sechound cannot see.</li>\n");
    }
    out.push_str("</ul>\n");
    if report.gaps.is_empty() {
        out.push_str(
            "<p>Every discovered file of a reviewed kind was read and parsed in full.</p>\n",
        );
    } else {
        out.push_str("<div class=\"table-scroll\"><table class=\"grid\"><thead><tr><th>What</th><th>Path</th><th>Detail</th></tr></thead><tbody>\n");
        for gap in &report.gaps {
            let path = if gap.path.is_empty() {
                String::new()
            } else {
                format!("<code>{}</code>", esc(&gap.path))
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{path}</td><td>{}</td></tr>",
                esc(gap.kind.label()),
                inline(&gap.detail)
            );
        }
        out.push_str("</tbody></table></div>\n");
    }
    out.push_str("</section>\n");
}

fn branch_review(out: &mut String, branch: &sechound_core::BranchReview, report: &Report) {
    out.push_str("<section id=\"branch\">\n<h2>Branch review</h2>\n");
    let _ = writeln!(
        out,
        "<p>Changes since the merge base <code>{}</code> with <code>{}</code>, uncommitted changes included. <strong>{} finding(s) introduced</strong> (the only ones that fail the run); {} pre-existing in the touched files.</p>",
        esc(&branch.merge_base[..branch.merge_base.len().min(12)]),
        esc(&branch.base),
        report.findings.len(),
        branch.preexisting.len()
    );
    out.push_str("<div class=\"table-scroll\"><table class=\"grid\"><thead><tr><th>Change</th><th>File</th><th>Added</th><th>Removed</th></tr></thead><tbody>\n");
    for file in &branch.files {
        let path = match &file.old_path {
            Some(old) => format!(
                "<code>{}</code> to <code>{}</code>",
                esc(old),
                esc(&file.path)
            ),
            None => format!("<code>{}</code>", esc(&file.path)),
        };
        let change = serde_json::to_value(file.change)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{path}</td><td>+{}</td><td>-{}</td></tr>",
            esc(&change),
            file.added,
            file.removed
        );
    }
    out.push_str("</tbody></table></div>\n");
    if !branch.route_changes.is_empty() {
        out.push_str("<h3>Endpoint changes</h3>\n<div class=\"table-scroll\"><table class=\"grid\"><thead><tr><th>Change</th><th>Method</th><th>Path</th><th>Auth before</th><th>Auth now</th><th>Where</th></tr></thead><tbody>\n");
        for r in &branch.route_changes {
            let weakened = r.change == "auth-weakened"
                || (r.change == "added" && r.to.is_some_and(|a| a != AuthStatus::Authenticated));
            let _ = writeln!(
                out,
                "<tr{}><td>{}</td><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td><code>{}:{}</code></td></tr>",
                if weakened { " class=\"open\"" } else { "" },
                esc(&r.change),
                esc(&r.method),
                esc(&r.path),
                r.from.map_or("–", AuthStatus::label),
                r.to.map_or("–", AuthStatus::label),
                esc(&r.file),
                r.line
            );
        }
        out.push_str("</tbody></table></div>\n");
    }
    if !branch.dependency_changes.is_empty() {
        out.push_str("<h3>Dependency changes</h3>\n<ul>\n");
        for d in &branch.dependency_changes {
            let _ = writeln!(
                out,
                "<li>{} <code>{}</code> {} to {} in <code>{}</code>{}{}</li>",
                esc(&d.change),
                esc(&d.name),
                esc(d.from.as_deref().unwrap_or("–")),
                esc(d.to.as_deref().unwrap_or("–")),
                esc(&d.manifest),
                if d.fixes.is_empty() {
                    String::new()
                } else {
                    format!("; fixes {}", esc(&d.fixes.join(", ")))
                },
                if d.introduces.is_empty() {
                    String::new()
                } else {
                    format!("; introduces {}", esc(&d.introduces.join(", ")))
                }
            );
        }
        out.push_str("</ul>\n");
    }
    if let Some(why) = &branch.project_not_compared {
        let _ = writeln!(out, "<p class=\"note\">Project model: {}.</p>", esc(why));
    }
    if !branch.controls_removed.is_empty() {
        out.push_str("<h3>Controls removed by the branch</h3>\n<ul>\n");
        for control in &branch.controls_removed {
            let _ = writeln!(out, "<li>{}</li>", esc(control));
        }
        out.push_str("</ul>\n");
    }
    if !branch.preexisting.is_empty() {
        out.push_str(
            "<h3>Pre-existing findings in touched files (not gating)</h3>\n<ul class=\"plain\">\n",
        );
        for f in &branch.preexisting {
            let _ = writeln!(
                out,
                "<li>{} {} {} <span class=\"muted\">(<code>{}</code>)</span></li>",
                severity_badge(f.severity),
                esc(&f.id),
                inline(&f.title),
                esc(&f.evidence.cite())
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn remediation(out: &mut String, tracking: &sechound_core::Tracking, report: &Report) {
    out.push_str("<section id=\"remediation\">\n<h2>Remediation status</h2>\n");
    let c = tracking.completed;
    let _ = writeln!(
        out,
        "<p>Against the baseline {}. <strong>Completed:</strong> {} of {} ({}%) · <strong>Remaining:</strong> {} · <strong>New:</strong> {} · <strong>Blockers remaining (critical + high):</strong> {}</p>",
        esc(&tracking.baseline),
        c.completed,
        c.total,
        c.percent(),
        tracking.remaining.len(),
        tracking.new.len(),
        tracking.blockers_remaining
    );
    let _ = writeln!(
        out,
        "<h3>Fixed ({})</h3>\n<ul class=\"plain\">",
        tracking.fixed.len()
    );
    for f in &tracking.fixed {
        let _ = writeln!(
            out,
            "<li><span class=\"badge ok\">fixed</span> {} {} {} <span class=\"muted\">(was at <code>{}</code>)</span></li>",
            esc(&f.baseline_id),
            severity_badge(f.severity),
            inline(&f.title),
            esc(&f.location)
        );
    }
    out.push_str("</ul>\n");
    for (title, ids) in [("Remaining", &tracking.remaining), ("New", &tracking.new)] {
        let _ = writeln!(
            out,
            "<h3>{title} ({})</h3>\n<ul class=\"plain\">",
            ids.len()
        );
        for id in ids {
            if let Some(f) = report.findings.iter().find(|f| &f.id == id) {
                let _ = writeln!(
                    out,
                    "<li>{} <a href=\"#{id}\">{id}</a> {}</li>",
                    severity_badge(f.severity),
                    inline(&f.title),
                    id = esc(&f.id)
                );
            }
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// `html` with each finding id it mentions (a whole word such as `SEC-0AA350`) turned into a
/// link to the finding.
fn link_ids(html: &str, report: &Report) -> String {
    let known = |word: &str| report.findings.iter().any(|f| f.id == word);
    let mut out = String::with_capacity(html.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if known(word) {
            let _ = write!(out, "<a href=\"#{0}\">{0}</a>", esc(word));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in html.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The project's own checks (`--checks`): the Markdown section the other formats share, as
/// HTML, its status icons left out (they need an emoji font).
fn checks(out: &mut String, run: &sechound_core::ChecksRun) {
    let mut markdown = String::new();
    crate::checks::section(&mut markdown, run);
    let markdown = without_emoji(&markdown);
    let body = markdown
        .strip_prefix("## Checks\n")
        .unwrap_or(&markdown)
        .to_string();
    let parser = Parser::new_ext(&body, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(CowStr::from(raw.into_string())),
        other => other,
    });
    let mut html_body = String::new();
    html::push_html(&mut html_body, parser);
    let html_body = html_body.replace(
        "<table>",
        "<div class=\"table-scroll\"><table class=\"grid\">",
    );
    let html_body = html_body.replace("</table>", "</table></div>");
    let _ = writeln!(
        out,
        "<section id=\"checks\">\n<h2>Checks</h2>\n{html_body}</section>"
    );
}

/// `text` without emoji and their variation selectors.
fn without_emoji(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                *c as u32,
                0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE0F
            )
        })
        .collect()
}

/// One line of Markdown (code spans, emphasis) as HTML, raw markup shown as text.
fn inline(markdown: &str) -> String {
    let parser = Parser::new(markdown).map(|event| match event {
        // Markup that came from the repository (a message quoting `<img onerror=...>`) is text.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(CowStr::from(raw.into_string())),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    let trimmed = out.trim();
    let unwrapped = trimmed
        .strip_prefix("<p>")
        .and_then(|t| t.strip_suffix("</p>"))
        .unwrap_or(trimmed);
    unwrapped.to_string()
}

/// Text safe inside HTML elements and attributes.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_from_the_repository_is_shown_as_text() {
        let out = inline("A message <img src=x onerror=alert(1)> and `<b>` in code");
        assert!(!out.contains("<img"), "{out}");
        assert!(out.contains("&lt;img"), "{out}");
        assert!(out.contains("<code>&lt;b&gt;</code>"), "{out}");
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn the_policy_hash_is_that_of_the_inline_text() {
        // echo -n 'a' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            csp_hash("a"),
            "'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='"
        );
    }
}
