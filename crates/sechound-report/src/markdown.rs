//! The Markdown report: readable as plain text, rendered nicely on a forge.

use crate::narrative::narrate;
use sechound_core::project::{AuthStatus, ControlStatus, Endpoint, GuardVerdict, ProjectModel};
use sechound_core::{Evidence, Finding, Report, Severity, Tier, Tracking};
use std::fmt::Write;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    header(&mut out, report);
    executive_summary(&mut out, report);
    summary(&mut out, report);
    if let Some(probe) = &report.probe {
        crate::live::section(&mut out, probe);
    }
    if let Some(checks) = &report.checks {
        crate::checks::section(&mut out, checks);
    }
    if let Some(branch) = &report.branch {
        branch_review(&mut out, branch, report);
    }
    if let Some(tracking) = &report.tracking {
        remediation(&mut out, tracking, report);
    }
    findings(&mut out, report);
    review_by_area(&mut out, report);
    if let Some(model) = &report.project {
        let _ = writeln!(out, "## Endpoints\n");
        endpoints_with_findings(&mut out, model, &report.findings);
        controls(&mut out, model);
    }
    owasp_table(&mut out, report);
    action_checklist(&mut out, report);
    suppressed(&mut out, report);
    gaps(&mut out, report);
    out
}

/// Most findings listed in the short summary; the full report has them all.
const SUMMARY_ROWS: usize = 50;

/// The short form for a CI job summary (`$GITHUB_STEP_SUMMARY`), a merge request comment or a
/// pre-commit hook: the header, the executive summary, the counts and one table row per finding
/// (the first [`SUMMARY_ROWS`]). `prefix` is the reviewed root relative to the repository, so
/// that the places read as repository paths.
pub fn render_summary(report: &Report, prefix: &str) -> String {
    let mut out = String::new();
    header(&mut out, report);
    executive_summary(&mut out, report);
    summary(&mut out, report);
    if let Some(branch) = &report.branch {
        let _ = writeln!(
            out,
            "Branch review against `{}` (merge base `{}`): {} changed file{}, {} finding{} introduced, {} already there in the touched files (not counted).\n",
            branch.base,
            branch.merge_base.get(..12).unwrap_or(&branch.merge_base),
            branch.files.len(),
            if branch.files.len() == 1 { "" } else { "s" },
            report.findings.len(),
            if report.findings.len() == 1 { "" } else { "s" },
            branch.preexisting.len()
        );
    }
    if !report.findings.is_empty() {
        let _ = writeln!(
            out,
            "## Findings\n\n| ID | Severity | Finding | Where | Confidence |\n|---|---|---|---|---|"
        );
        for f in report.findings.iter().take(SUMMARY_ROWS) {
            let reach = f
                .exposure
                .as_ref()
                .map(|e| format!(" ({})", e.reach.label()))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {}{} | `{}` | {} |",
                f.id,
                f.severity.label(),
                cell(&f.title),
                cell(&reach),
                cell(&crate::repository_path(prefix, &f.evidence.cite())),
                f.confidence.label()
            );
        }
        if report.findings.len() > SUMMARY_ROWS {
            let _ = writeln!(
                out,
                "\n{} more finding{} in the full report.",
                report.findings.len() - SUMMARY_ROWS,
                if report.findings.len() - SUMMARY_ROWS == 1 {
                    ""
                } else {
                    "s"
                }
            );
        }
        out.push('\n');
    }
    if !report.suppressed.is_empty() {
        let _ = writeln!(
            out,
            "{} suppressed finding{} (with reasons in the full report).\n",
            report.suppressed.len(),
            if report.suppressed.len() == 1 {
                ""
            } else {
                "s"
            }
        );
    }
    if !report.gaps.is_empty() {
        let _ = writeln!(
            out,
            "{} gap{}: files skipped or read in part, listed in the full report.\n",
            report.gaps.len(),
            if report.gaps.len() == 1 { "" } else { "s" }
        );
    }
    out
}

/// The endpoint table alone (`sechound routes`): for each endpoint, why its authentication is
/// judged as it is (the control and the line where it rejects, or the line that lets a request
/// without identity through) and the conditions under which it exists.
pub fn render_endpoints(model: &ProjectModel) -> String {
    let mut out = String::from("# Endpoints\n\n");
    if model.endpoints.is_empty() {
        endpoints_with_findings(&mut out, model, &[]);
    } else {
        routes_table(&mut out, model);
    }
    if !model.notes.is_empty() {
        let _ = writeln!(out, "## Notes\n");
        for note in &model.notes {
            let _ = writeln!(out, "- {}", note);
        }
        out.push('\n');
    }
    out
}

/// `sechound routes`: the endpoints with the reason for each judgement.
fn routes_table(out: &mut String, model: &ProjectModel) {
    let count = |status: AuthStatus| model.endpoints.iter().filter(|e| e.auth == status).count();
    let guessed = model.endpoints.iter().filter(|e| e.auth_guessed()).count();
    let frameworks: Vec<String> = model
        .frameworks
        .iter()
        .map(|f| match &f.version {
            Some(v) => format!("{} {v}", f.name),
            None => f.name.clone(),
        })
        .collect();
    let _ = writeln!(
        out,
        "{} endpoints: {} without authentication, {} exempted, {} unknown, {} authenticated{}.{}\n",
        model.endpoints.len(),
        count(AuthStatus::Unauthenticated),
        count(AuthStatus::Exempted),
        count(AuthStatus::Unknown),
        count(AuthStatus::Authenticated),
        if guessed > 0 {
            format!(" ({guessed} of them only by the name of a control whose code was not read)")
        } else {
            String::new()
        },
        if frameworks.is_empty() {
            String::new()
        } else {
            format!(" Frameworks: {}.", frameworks.join(", "))
        }
    );
    let _ = writeln!(
        out,
        "| Method | Path | Auth | Roles | Where | Why | Exists when |\n|---|---|---|---|---|---|---|"
    );
    for e in &model.endpoints {
        let auth = match e.auth {
            AuthStatus::Unauthenticated => "⚠️ none",
            AuthStatus::Exempted => "⚠️ exempted",
            AuthStatus::Unknown => "❔ unknown",
            AuthStatus::Authenticated if e.auth_guessed() => "✅ required (guess, low confidence)",
            AuthStatus::Authenticated => "✅ required",
        };
        let mut why = e.why.clone().unwrap_or_default();
        if why.is_empty() {
            why = e.notes.first().cloned().unwrap_or_default();
        }
        let conditions: Vec<String> = e
            .conditions
            .iter()
            .map(|c| {
                let mut text = format!("`{}` ({}:{})", c.text, c.file, c.line);
                if let Some(detail) = &c.detail {
                    text.push_str(&format!(": {detail}"));
                }
                text
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | `{}:{}` | {} | {} |",
            e.method,
            cell(&e.path),
            auth,
            cell(&e.roles.join(", ")),
            e.file,
            e.line,
            cell(&why),
            cell(&conditions.join("; "))
        );
    }
    out.push('\n');
    exemptions(out, model);
}

/// The label of a control in the review's endpoint table: its level, and what it is when it
/// does not enforce or was not read.
fn control_label(a: &sechound_core::project::AuthControl) -> String {
    match a.verdict {
        GuardVerdict::Enforces | GuardVerdict::KnownPackage => a.level.to_string(),
        GuardVerdict::NameOnly => format!("{}, guess from its name", a.level),
        GuardVerdict::IdentityOnly => format!("{}, identity only: does not reject", a.level),
    }
}

/// Ids of the findings whose exposure names `endpoint`.
pub(crate) fn findings_reaching<'f>(
    endpoint: &Endpoint,
    findings: &'f [Finding],
) -> Vec<&'f Finding> {
    findings
        .iter()
        .filter(|f| {
            f.exposure.as_ref().is_some_and(|x| {
                x.endpoints.iter().any(|e| {
                    e.method == endpoint.method.as_str()
                        && e.path == endpoint.path
                        && e.file == endpoint.file
                        && e.line == endpoint.line
                })
            })
        })
        .collect()
}

/// The endpoint table alone (the probe's report).
pub(crate) fn endpoints(out: &mut String, model: &ProjectModel) {
    endpoints_with_findings(out, model, &[]);
}

/// The endpoint table; with `findings`, a column lists the findings each endpoint reaches; once
/// a probe ran, a column shows what the live service answered.
fn endpoints_with_findings(out: &mut String, model: &ProjectModel, findings: &[Finding]) {
    if model.endpoints.is_empty() {
        let _ = writeln!(
            out,
            "No endpoints found (no Express, Fastify, NestJS, Next.js, FastAPI, Flask, Django or WebSocket routes sechound recognises).\n"
        );
        return;
    }
    let count = |status: AuthStatus| model.endpoints.iter().filter(|e| e.auth == status).count();
    let frameworks: Vec<String> = model
        .frameworks
        .iter()
        .map(|f| match &f.version {
            Some(v) => format!("{} {v}", f.name),
            None => f.name.clone(),
        })
        .collect();
    let _ = writeln!(
        out,
        "{} endpoints: {} without authentication, {} exempted, {} unknown, {} authenticated.{}\n",
        model.endpoints.len(),
        count(AuthStatus::Unauthenticated),
        count(AuthStatus::Exempted),
        count(AuthStatus::Unknown),
        count(AuthStatus::Authenticated),
        if frameworks.is_empty() {
            String::new()
        } else {
            format!(" Frameworks: {}.", frameworks.join(", "))
        }
    );
    let with_findings = findings.iter().any(|f| f.exposure.is_some());
    // The live column appears once a probe ran.
    let live = model.endpoints.iter().any(|e| e.live.is_some());
    let _ = writeln!(
        out,
        "| Method | Path | Auth | Roles | Where | How |{}{}\n|---|---|---|---|---|---|{}{}",
        if live { " Live |" } else { "" },
        if with_findings { " Findings |" } else { "" },
        if live { "---|" } else { "" },
        if with_findings { "---|" } else { "" }
    );
    for e in &model.endpoints {
        let auth = match e.auth {
            AuthStatus::Unauthenticated => "⚠️ none",
            AuthStatus::Exempted => "⚠️ exempted",
            AuthStatus::Unknown => "❔ unknown",
            AuthStatus::Authenticated => "✅ required",
        };
        let how = match (&e.exempted_by, e.auth_by.is_empty()) {
            (Some(x), _) => format!(
                "`{}` exempts `{}`{} ({}:{})",
                x.control,
                x.pattern,
                if x.prefix { "*" } else { "" },
                x.file,
                x.line
            ),
            (None, false) => e
                .auth_by
                .iter()
                .map(|a| format!("`{}` ({})", a.name, control_label(a)))
                .collect::<Vec<_>>()
                .join(", "),
            (None, true) => e.notes.first().cloned().unwrap_or_default(),
        };
        let _ = write!(
            out,
            "| {} | `{}` | {} | {} | `{}:{}` | {} |{}",
            e.method,
            cell(&e.path),
            auth,
            cell(&e.roles.join(", ")),
            e.file,
            e.line,
            cell(&how),
            if live {
                format!(" {} |", crate::live::endpoint_cell(e.live.as_ref()))
            } else {
                String::new()
            }
        );
        if with_findings {
            let ids: Vec<String> = findings_reaching(e, findings)
                .iter()
                .map(|f| format!("{} ({})", f.id, f.severity))
                .collect();
            let _ = write!(out, " {} |", ids.join(", "));
        }
        out.push('\n');
    }
    out.push('\n');
    exemptions(out, model);
}

/// The public-path lists and prefix checks of authentication controls, with how many
/// endpoints each opens.
fn exemptions(out: &mut String, model: &ProjectModel) {
    if !model.exemptions.is_empty() {
        let _ = writeln!(out, "### Authentication exemptions\n");
        let _ = writeln!(
            out,
            "| Pattern | Kind | Control | Where | Endpoints opened |\n|---|---|---|---|---|"
        );
        for x in &model.exemptions {
            let opened = model
                .endpoints
                .iter()
                .filter(|e| e.exempted_by.as_ref() == Some(x))
                .count();
            let _ = writeln!(
                out,
                "| `{}` | {} | `{}` | `{}:{}` | {} |",
                cell(&x.pattern),
                if x.prefix { "prefix" } else { "exact" },
                x.control,
                x.file,
                x.line,
                opened
            );
        }
        out.push('\n');
    }
}

fn controls(out: &mut String, model: &ProjectModel) {
    let _ = writeln!(out, "## Controls\n");
    let _ = writeln!(
        out,
        "| Control | Status | Evidence | Strength |\n|---|---|---|---|"
    );
    for c in &model.controls {
        let status = match c.status {
            ControlStatus::Present => "✅ present",
            ControlStatus::Partial => "◐ partial",
            ControlStatus::Absent => "— not found",
        };
        let mut evidence = match c.evidence.first() {
            Some(first) => format!(
                "{} (`{}:{}`){}",
                cell(&first.detail),
                first.file,
                first.line,
                if c.evidence.len() > 1 {
                    format!(" and {} more", c.evidence.len() - 1)
                } else {
                    String::new()
                }
            ),
            None => String::new(),
        };
        if !c.contradicted_by.is_empty() {
            let against = format!(
                "{} {}",
                if c.evidence.is_empty() {
                    "see"
                } else {
                    "missing where"
                },
                c.contradicted_by.join(", ")
            );
            evidence = if evidence.is_empty() {
                against
            } else {
                format!("{evidence}; {against}")
            };
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            c.title,
            status,
            evidence,
            c.strength.as_deref().unwrap_or("")
        );
    }
    out.push('\n');
}

fn header(out: &mut String, report: &Report) {
    let name = std::path::Path::new(&report.target.root)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| report.target.root.clone());
    let stats = &report.stats;
    let _ = writeln!(out, "# Security review: {name}\n");
    let _ = writeln!(out, "- **Reviewed:** `{}`", report.target.root);
    if let Some(commit) = &report.target.commit {
        let branch = report
            .target
            .branch
            .as_ref()
            .map(|b| format!(" on `{b}`"))
            .unwrap_or_default();
        let _ = writeln!(out, "- **Commit:** `{commit}`{branch}");
    }
    let _ = writeln!(out, "- **Date:** {}", report.target.generated_at);
    let _ = writeln!(
        out,
        "- **Tool:** {} {} ({} rule{})",
        report.tool.name,
        report.tool.version,
        stats.rules_run,
        if stats.rules_run == 1 { "" } else { "s" }
    );
    let mut files = format!(
        "{} reviewed of {} found",
        stats.files_reviewed, stats.files_discovered
    );
    if stats.files_skipped > 0 || stats.partial_parses > 0 {
        let _ = write!(
            files,
            " ({} skipped, {} partially parsed; see Gaps)",
            stats.files_skipped, stats.partial_parses
        );
    }
    if stats.files_scanned_for_secrets > 0 {
        let _ = write!(
            files,
            "; {} other text files read for secrets",
            stats.files_scanned_for_secrets
        );
    }
    if stats.files_not_read > 0 {
        let _ = write!(
            files,
            "; {} not read by name (lockfiles, which only the dependency review reads, images, archives, source maps)",
            stats.files_not_read
        );
    }
    let _ = writeln!(out, "- **Files:** {files}");
    let _ = writeln!(
        out,
        "- **Lines analysed:** {}",
        thousands(stats.lines_analysed)
    );
    if !stats.languages.is_empty() {
        let languages: Vec<String> = stats
            .languages
            .iter()
            .map(|l| {
                format!(
                    "{} ({} file{}, {} line{})",
                    l.language,
                    l.files,
                    if l.files == 1 { "" } else { "s" },
                    thousands(l.lines),
                    if l.lines == 1 { "" } else { "s" }
                )
            })
            .collect();
        let _ = writeln!(out, "- **Languages:** {}", languages.join(", "));
    }
    if !stats.frameworks.is_empty() {
        let _ = writeln!(
            out,
            "- **Frameworks and libraries:** {}",
            stats.frameworks.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "- **Duration:** {:.2} s\n",
        report.target.duration_ms as f64 / 1000.0
    );
}

/// The judgement in prose: verdict, scope, the risks that matter most, what is in place.
fn executive_summary(out: &mut String, report: &Report) {
    let story = narrate(report);
    let _ = writeln!(out, "## Executive summary\n");
    let _ = writeln!(
        out,
        "**Verdict: {}.** {}\n",
        report.summary.sign_off.label(),
        story.verdict
    );
    let _ = writeln!(out, "**Scope.** {}", story.scope);
    if !story.not_reviewed.is_empty() {
        let _ = writeln!(out, "Not reviewed: {}.", story.not_reviewed.join("; "));
    }
    out.push('\n');
    if !story.risks.is_empty() {
        let _ = writeln!(out, "**The risks that matter most:**\n");
        for (n, risk) in story.risks.iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. {} ({}, {})",
                n + 1,
                risk.text,
                risk.id,
                risk.severity
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "**Already in place.** {}\n",
        story.in_place.sentences()
    );
}

pub(crate) fn summary(out: &mut String, report: &Report) {
    let summary = &report.summary;
    let _ = writeln!(out, "## Summary\n");
    let _ = writeln!(
        out,
        "**Risk level:** {} · **Sign-off:** {}\n",
        risk_label(report),
        summary.sign_off.label()
    );
    if let Some(incomplete) = &summary.incomplete {
        let _ = writeln!(out, "**Incomplete:** {}.\n", incomplete.reason);
    }
    let _ = writeln!(out, "| Severity | Findings |\n|---|---|");
    for severity in Severity::ALL_DESCENDING {
        let _ = writeln!(
            out,
            "| {} | {} |",
            severity.label(),
            summary.counts.get(severity)
        );
    }
    if !report.suppressed.is_empty() {
        let _ = writeln!(out, "| Suppressed | {} |", report.suppressed.len());
    }
    out.push('\n');
    if summary.top_actions.is_empty() {
        let _ = writeln!(out, "No action required by this review.\n");
        return;
    }
    let _ = writeln!(out, "**Top actions, in priority order:**\n");
    for (n, id) in summary.top_actions.iter().enumerate() {
        if let Some(f) = report.findings.iter().find(|f| &f.id == id) {
            let _ = writeln!(
                out,
                "{}. {} ({}) {}: {} (`{}`)",
                n + 1,
                f.id,
                f.severity,
                f.title,
                first_sentence(&f.recommendation),
                f.evidence.cite()
            );
        }
    }
    out.push('\n');
}

pub(crate) fn findings(out: &mut String, report: &Report) {
    let _ = writeln!(out, "## Findings\n");
    if report.findings.is_empty() {
        let _ = writeln!(out, "None.\n");
        return;
    }
    for finding in &report.findings {
        finding_section(out, finding);
    }
}

fn finding_section(out: &mut String, f: &Finding) {
    let _ = writeln!(
        out,
        "### {} · {} · {}{}\n",
        f.id,
        f.severity.label(),
        f.title,
        if f.live.is_some() {
            " · ✔ verified live"
        } else {
            ""
        }
    );
    let cwe = if f.cwe.is_empty() {
        "none".to_string()
    } else {
        f.cwe.join(", ")
    };
    let _ = writeln!(out, "- **Rule:** {}", rule_list(f));
    let _ = writeln!(out, "- **Confidence:** {}", f.confidence.label());
    match f.tier {
        Some(Tier::Flow) => {
            let _ = writeln!(
                out,
                "- **Tier:** flow (request data shown reaching the call)"
            );
        }
        Some(Tier::Sink) => {
            let _ = writeln!(
                out,
                "- **Tier:** sink (a dangerous call with a value whose origin was not followed; check where it comes from)"
            );
        }
        None => {}
    }
    let _ = writeln!(out, "- **Area:** {}", f.area.label());
    let _ = writeln!(out, "- **CWE:** {cwe} · **OWASP:** {}", f.owasp);
    match &f.effort_reason {
        Some(why) => {
            let _ = writeln!(out, "- **Effort:** {} ({why})", f.effort.label());
        }
        None => {
            let _ = writeln!(out, "- **Effort:** {}", f.effort.label());
        }
    }
    if let Some(exposure) = &f.exposure {
        let _ = writeln!(out, "- **Exposure:** {}", exposure.describe());
    }
    let _ = writeln!(out, "- **Evidence:** `{}`", f.evidence.cite());
    let _ = writeln!(out, "- **Fingerprint:** `{}`\n", f.fingerprint);
    snippet(out, &f.evidence);
    let _ = writeln!(out, "**What:** {}\n", f.message);
    if let Some(live) = &f.live {
        crate::live::finding_block(out, live);
    }
    if !f.flow.is_empty() {
        let _ = writeln!(out, "**Flow:**\n");
        for (i, step) in f.flow.iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. {} `{}:{}` `{}`",
                i + 1,
                step.kind.label(),
                step.path,
                step.line,
                step.code.replace('`', "'")
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "**Impact:** {}\n", f.impact);
    let _ = writeln!(out, "**Recommendation:** {}\n", f.recommendation);
    let places = f.folded.iter().any(|p| p.fingerprint == f.fingerprint);
    for group in folded_groups(f) {
        let part = group[0];
        let cites: Vec<String> = group
            .iter()
            .map(|p| format!("`{}`", p.evidence.cite()))
            .collect();
        let label = if places {
            if group.len() == 1 { "Place" } else { "Places" }
        } else {
            "Folded here"
        };
        let _ = writeln!(
            out,
            "**{label} {}** (`{}`, {}): {} *Fix:* {}\n",
            cites.join(", "),
            part.rule_id,
            part.severity,
            part.message,
            part.recommendation
        );
        for p in group {
            if p.evidence.cite() != f.evidence.cite() {
                snippet(out, &p.evidence);
            }
        }
    }
    let _ = writeln!(out, "**Verification:** {}\n", f.verification);
    let unlisted: Vec<&Evidence> = f
        .related
        .iter()
        .filter(|r| !f.folded.iter().any(|p| p.evidence.cite() == r.cite()))
        .collect();
    if !unlisted.is_empty() {
        let cites: Vec<String> = unlisted.iter().map(|e| format!("`{}`", e.cite())).collect();
        let _ = writeln!(out, "**Also at:** {}\n", cites.join(", "));
        // The first few related places are quoted too: they are part of the evidence.
        for related in unlisted.iter().take(3) {
            snippet(out, related);
        }
    }
}

/// The folded parts of a finding, those that say and advise the same together (one secret
/// falling back in three places of the code is one entry with three places).
pub(crate) fn folded_groups(f: &Finding) -> Vec<Vec<&sechound_core::FoldedFinding>> {
    let mut groups: Vec<Vec<&sechound_core::FoldedFinding>> = Vec::new();
    for part in &f.folded {
        match groups.iter_mut().find(|g| {
            g[0].rule_id == part.rule_id
                && g[0].message == part.message
                && g[0].recommendation == part.recommendation
        }) {
            Some(group) => group.push(part),
            None => groups.push(vec![part]),
        }
    }
    groups
}

/// The risk level as shown: "not assessed" when an incomplete review found nothing, rather
/// than a reassuring "Low".
pub(crate) fn risk_label(report: &Report) -> &'static str {
    if report.summary.incomplete.is_some() && report.findings.is_empty() {
        "not assessed"
    } else {
        report.summary.risk_level.label()
    }
}

/// The rule, or for a finding folded from several, every rule once.
pub(crate) fn rule_list(f: &Finding) -> String {
    let mut rules: Vec<&str> = vec![f.rule_id.as_str()];
    for part in &f.folded {
        if !rules.contains(&part.rule_id.as_str()) {
            rules.push(&part.rule_id);
        }
    }
    rules
        .iter()
        .map(|r| format!("`{r}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn snippet(out: &mut String, evidence: &Evidence) {
    if evidence.snippet.is_empty() {
        return;
    }
    let fence = if evidence.snippet.iter().any(|l| l.text.contains("```")) {
        "````"
    } else {
        "```"
    };
    let width = evidence
        .snippet
        .last()
        .map(|l| l.line.to_string().len())
        .unwrap_or(1);
    let _ = writeln!(out, "{fence}{}", fence_language(&evidence.path));
    for line in &evidence.snippet {
        let marker = if line.marked { '>' } else { ' ' };
        let _ = writeln!(out, "{marker} {:>width$} | {}", line.line, line.text);
    }
    let _ = writeln!(out, "{fence}\n");
}

fn fence_language(path: &str) -> &'static str {
    let extension = path.rsplit('.').next().unwrap_or("");
    match extension {
        "js" | "mjs" | "cjs" | "jsx" => "js",
        "ts" | "mts" | "cts" | "tsx" => "ts",
        "py" => "python",
        "yml" | "yaml" => "yaml",
        "tf" => "hcl",
        "json" => "json",
        "toml" => "toml",
        _ if path.ends_with("Dockerfile") || path.contains("Dockerfile.") => "dockerfile",
        _ => "text",
    }
}

/// What the branch changed, what it introduced, and what the touched files already had.
fn branch_review(out: &mut String, branch: &sechound_core::BranchReview, report: &Report) {
    let _ = writeln!(out, "## Branch review\n");
    let _ = writeln!(
        out,
        "Changes since the merge base `{}` with `{}`, uncommitted changes included. **{} finding(s) introduced** (numbered above and below, and the only ones that fail the run); {} pre-existing in the touched files.\n",
        &branch.merge_base[..branch.merge_base.len().min(12)],
        branch.base,
        report.findings.len(),
        branch.preexisting.len()
    );
    let _ = writeln!(
        out,
        "| Change | File | Added | Removed |\n|---|---|---:|---:|"
    );
    for file in &branch.files {
        let path = match &file.old_path {
            Some(old) => format!("`{old}` → `{}`", file.path),
            None => format!("`{}`", file.path),
        };
        let change = serde_json::to_value(file.change)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {change} | {path} | +{} | -{} |",
            file.added, file.removed
        );
    }
    out.push('\n');
    if !branch.dependency_changes.is_empty() {
        let _ = writeln!(out, "### Dependency changes\n");
        let _ = writeln!(
            out,
            "| Change | Package | From | To | Manifest | Advisories |\n|---|---|---|---|---|---|"
        );
        for d in &branch.dependency_changes {
            let mut advisories = Vec::new();
            if !d.fixes.is_empty() {
                advisories.push(format!("✅ fixes {}", d.fixes.join(", ")));
            }
            if !d.introduces.is_empty() {
                advisories.push(format!("❌ introduces {}", d.introduces.join(", ")));
            }
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} | `{}` | {} |",
                d.change,
                d.name,
                d.from.as_deref().unwrap_or("–"),
                d.to.as_deref().unwrap_or("–"),
                d.manifest,
                if advisories.is_empty() {
                    "–".to_string()
                } else {
                    advisories.join("; ")
                }
            );
        }
        out.push('\n');
    }
    if !branch.route_changes.is_empty() {
        let _ = writeln!(out, "### Endpoint changes\n");
        let _ = writeln!(
            out,
            "| Change | Method | Path | Auth before | Auth now | Where |\n|---|---|---|---|---|---|"
        );
        for r in &branch.route_changes {
            let marker = match r.change.as_str() {
                "auth-weakened" => "⚠️ ",
                "added" if r.to.is_some_and(|a| a != AuthStatus::Authenticated) => "⚠️ ",
                _ => "",
            };
            let _ = writeln!(
                out,
                "| {marker}{} | {} | `{}` | {} | {} | `{}:{}` |",
                r.change,
                r.method,
                cell(&r.path),
                r.from.map_or("–", AuthStatus::label),
                r.to.map_or("–", AuthStatus::label),
                r.file,
                r.line
            );
        }
        out.push('\n');
    }
    if !branch.exemptions_added.is_empty() || !branch.exemptions_removed.is_empty() {
        let _ = writeln!(out, "### Authentication exemptions changed\n");
        for (sign, list) in [
            ("➕ added", &branch.exemptions_added),
            ("➖ removed", &branch.exemptions_removed),
        ] {
            for x in list {
                let _ = writeln!(
                    out,
                    "- {sign}: `{}` lets `{}`{} through (`{}:{}`)",
                    x.control,
                    x.pattern,
                    if x.prefix {
                        " and everything under it"
                    } else {
                        ""
                    },
                    x.file,
                    x.line
                );
            }
        }
        out.push('\n');
    }
    if let Some(why) = &branch.project_not_compared {
        let _ = writeln!(out, "Project model: {why}.\n");
    }
    if !branch.controls_removed.is_empty() {
        let _ = writeln!(out, "### Controls removed by the branch\n");
        for control in &branch.controls_removed {
            let _ = writeln!(out, "- ❌ {control}");
        }
        out.push('\n');
    }
    if !branch.preexisting.is_empty() {
        let _ = writeln!(
            out,
            "### Pre-existing findings in touched files (not gating)\n"
        );
        for f in &branch.preexisting {
            let _ = writeln!(
                out,
                "- {} ({}) {} — `{}`",
                f.id,
                f.severity,
                f.title,
                f.evidence.cite()
            );
        }
        out.push('\n');
    }
}

/// The remediation status against a baseline report, alone (for `sechound compare`).
pub fn render_tracking(tracking: &Tracking, current: &Report) -> String {
    let mut out = format!("# Remediation status: {}\n\n", current.target.root);
    remediation(&mut out, tracking, current);
    out
}

/// Completed / remaining / new against the baseline, by severity and by area.
fn remediation(out: &mut String, tracking: &Tracking, current: &Report) {
    let _ = writeln!(out, "## Remediation status\n");
    let _ = writeln!(out, "Against the baseline {}.\n", tracking.baseline);
    let c = tracking.completed;
    let _ = writeln!(
        out,
        "**Completed:** {} of {} ({}%) · **Remaining:** {} · **New:** {} · **Blockers remaining (critical + high):** {}\n",
        c.completed,
        c.total,
        c.percent(),
        tracking.remaining.len(),
        tracking.new.len(),
        tracking.blockers_remaining
    );
    if !tracking.by_severity.is_empty() {
        let _ = writeln!(
            out,
            "| Severity | Completed | Of | % |\n|---|---:|---:|---:|"
        );
        for (severity, p) in tracking.by_severity.iter().rev() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {}% |",
                severity.label(),
                p.completed,
                p.total,
                p.percent()
            );
        }
        out.push('\n');
        let _ = writeln!(out, "| Area | Completed | Of | % |\n|---|---:|---:|---:|");
        for (area, p) in &tracking.by_area {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {}% |",
                area.label(),
                p.completed,
                p.total,
                p.percent()
            );
        }
        out.push('\n');
    }
    let line = |id: &String| {
        current
            .findings
            .iter()
            .find(|f| &f.id == id)
            .map(|f| {
                format!(
                    "- {} ({}) {} — `{}`",
                    f.id,
                    f.severity,
                    f.title,
                    f.evidence.cite()
                )
            })
            .unwrap_or_else(|| format!("- {id}"))
    };
    let _ = writeln!(out, "### Fixed ({})\n", tracking.fixed.len());
    for f in &tracking.fixed {
        let _ = writeln!(
            out,
            "- ✅ {} ({}) {} — was at `{}`",
            f.baseline_id, f.severity, f.title, f.location
        );
    }
    let _ = writeln!(out, "\n### Remaining ({})\n", tracking.remaining.len());
    for id in &tracking.remaining {
        let _ = writeln!(out, "{}", line(id));
    }
    let _ = writeln!(out, "\n### New ({})\n", tracking.new.len());
    for id in &tracking.new {
        let _ = writeln!(out, "{}", line(id));
    }
    out.push('\n');
}

/// The ten review areas, each with its strengths and its findings, or "none identified".
fn review_by_area(out: &mut String, report: &Report) {
    let _ = writeln!(out, "## Review by area\n");
    for review in &report.sections.review_by_area {
        let _ = writeln!(out, "### {}\n", review.area.label());
        if review.strengths.is_empty() && review.findings.is_empty() {
            let _ = writeln!(out, "None identified.\n");
            continue;
        }
        for id in &review.strengths {
            if let Some(s) = report.strengths.iter().find(|s| &s.id == id) {
                if !s.partial {
                    let _ = writeln!(out, "- ✅ {} — {} (`{}`)", s.id, s.title, s.evidence.cite());
                } else if s.contradicted_by.is_empty() {
                    let _ = writeln!(
                        out,
                        "- ◐ {} — {} (`{}`); only in part",
                        s.id,
                        s.title,
                        s.evidence.cite()
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "- ◐ {} — {} (`{}`); only in part: see {}",
                        s.id,
                        s.title,
                        s.evidence.cite(),
                        s.contradicted_by.join(", ")
                    );
                }
            }
        }
        for id in &review.findings {
            if let Some(f) = report.findings.iter().find(|f| &f.id == id) {
                let _ = writeln!(
                    out,
                    "- ⚠️ {} ({}) {} (`{}`)",
                    f.id,
                    f.severity,
                    f.title,
                    f.evidence.cite()
                );
            }
        }
        out.push('\n');
    }
}

/// OWASP Top 10 (2021): a verdict per category with the findings and controls behind it.
fn owasp_table(out: &mut String, report: &Report) {
    let _ = writeln!(out, "## OWASP Top 10 (2021)\n");
    let _ = writeln!(
        out,
        "| Category | Verdict | Findings | Controls | Rules run |\n|---|---|---|---|---:|"
    );
    let list = |ids: &[String]| {
        if ids.is_empty() {
            "–".to_string()
        } else {
            ids.join(", ")
        }
    };
    for row in &report.sections.owasp_top10 {
        let _ = writeln!(
            out,
            "| {} {} | {} | {} | {} | {} |",
            row.category.id(),
            row.category.name(),
            row.status.label(),
            list(&row.findings),
            list(&row.strengths),
            row.rules
        );
    }
    let _ = writeln!(
        out,
        "\n\"No issues found\" means the rules for the category ran and reported nothing; it is not proof that the category is mitigated.\n"
    );
}

/// Findings as a checklist, quickest fixes first.
fn action_checklist(out: &mut String, report: &Report) {
    if report.sections.action_checklist.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Action checklist\n");
    for group in &report.sections.action_checklist {
        let mut heading = group.effort.label().to_string();
        if let Some(first) = heading.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        let _ = writeln!(out, "### {heading}\n");
        for id in &group.findings {
            if let Some(f) = report.findings.iter().find(|f| &f.id == id) {
                let _ = writeln!(
                    out,
                    "- [ ] {} ({}) {} — `{}`",
                    f.id,
                    f.severity,
                    f.title,
                    f.evidence.cite()
                );
            }
        }
        out.push('\n');
    }
}

fn suppressed(out: &mut String, report: &Report) {
    if !report.suppressed.is_empty() {
        let _ = writeln!(out, "## Suppressed and waived findings\n");
        let _ = writeln!(
            out,
            "| ID | Severity | Rule | Location | Reason | Until | Written at |\n|---|---|---|---|---|---|---|"
        );
        for f in &report.suppressed {
            if let Some(s) = &f.suppression {
                let _ = writeln!(
                    out,
                    "| {} | {} | `{}` | `{}` | {} | {} | `{}` ({}) |",
                    f.id,
                    f.severity,
                    f.rule_id,
                    f.evidence.cite(),
                    cell(&s.reason),
                    s.until.as_deref().unwrap_or("–"),
                    s.source,
                    s.kind
                );
            }
        }
        out.push('\n');
    }
    let expired: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.expired_waiver.is_some())
        .collect();
    if !expired.is_empty() {
        let _ = writeln!(out, "## Expired waivers\n");
        let _ = writeln!(
            out,
            "These findings were waived until a date that has passed; they count again.\n"
        );
        for f in expired {
            if let Some(w) = &f.expired_waiver {
                let _ = writeln!(
                    out,
                    "- {} `{}` at `{}`: waived until {} by `{}` ({})",
                    f.id,
                    f.rule_id,
                    f.evidence.cite(),
                    w.until.as_deref().unwrap_or("?"),
                    w.source,
                    w.reason
                );
            }
        }
        out.push('\n');
    }
    if !report.unused_waivers.is_empty() {
        let _ = writeln!(out, "## Unused waivers\n");
        let _ = writeln!(
            out,
            "These suppressions matched no finding: the problem is gone, or they name the wrong rule or place. Remove or fix them.\n"
        );
        for w in &report.unused_waivers {
            let _ = writeln!(
                out,
                "- `{}` for `{}` ({}): {}",
                w.source, w.rule, w.kind, w.reason
            );
        }
        out.push('\n');
    }
}

fn gaps(out: &mut String, report: &Report) {
    let gaps = &report.gaps;
    let _ = writeln!(out, "## Notes, assumptions and gaps\n");
    if let Some(model) = &report.project {
        let unknown = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Unknown)
            .count();
        if unknown > 0 {
            let _ = writeln!(
                out,
                "- {unknown} endpoint(s) have an unknown authentication status: sechound could not follow where they are mounted or how their path is built.",
            );
        }
        for note in &model.notes {
            let _ = writeln!(out, "- {note}");
        }
        let _ = writeln!(
            out,
            "- Controls are recognised from the code; a proxy, gateway or platform in front of the service may add headers, rate limits or authentication that sechound cannot see.\n"
        );
    }
    if gaps.is_empty() {
        let _ = writeln!(
            out,
            "Every discovered file of a reviewed kind was read and parsed in full.\n"
        );
        return;
    }
    let _ = writeln!(out, "| What | Path | Detail |\n|---|---|---|");
    for gap in gaps {
        let path = if gap.path.is_empty() {
            String::new()
        } else {
            format!("`{}`", gap.path)
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            gap.kind.label(),
            path,
            cell(&gap.detail)
        );
    }
    out.push('\n');
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The text up to the first full stop that ends a sentence: not one inside `e.g.`, `i.e.`,
/// `etc.` or a code span.
fn first_sentence(text: &str) -> &str {
    let mut in_code = false;
    for (i, c) in text.char_indices() {
        match c {
            '`' => in_code = !in_code,
            '.' if !in_code && text[i + 1..].starts_with(' ') => {
                let before = &text[..i];
                let abbreviation = ["e.g", "i.e", "etc", "vs", "cf"]
                    .iter()
                    .any(|a| before.ends_with(a));
                if !abbreviation {
                    return &text[..=i];
                }
            }
            _ => {}
        }
    }
    text
}

pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_skips_abbreviations_and_code() {
        assert_eq!(
            first_sentence("Redact credentials, e.g. with pino. Then verify."),
            "Redact credentials, e.g. with pino."
        );
        assert_eq!(first_sentence("Use `a. b` here. More."), "Use `a. b` here.");
        assert_eq!(first_sentence("No full stop"), "No full stop");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(1234), "1,234");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
