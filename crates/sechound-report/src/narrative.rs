//! The executive summary in prose, written from the report's facts alone: what was reviewed and
//! what was not, the risks that matter most and why, what is already in place, and the verdict
//! with its reason. Every sentence rests on a count, a finding, a control or a gap of the
//! report; nothing is said that the report does not show.

use sechound_core::project::{AuthStatus, ControlStatus};
use sechound_core::report::effective_severity;
use sechound_core::{Finding, Reach, Report, Severity, SignOff};

/// The summary, sentence by sentence, for the renderers to lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Narrative {
    /// Why the sign-off is what it is (the sign-off itself is `report.summary.sign_off`).
    pub verdict: String,
    /// What was reviewed.
    pub scope: String,
    /// What was not reviewed, one item each.
    pub not_reviewed: Vec<String>,
    /// The risks that matter most, most urgent first (three to five when there are that many).
    pub risks: Vec<Risk>,
    /// What is already in place.
    pub in_place: InPlace,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Risk {
    /// The finding id.
    pub id: String,
    pub severity: Severity,
    /// The risk in one or two sentences (Markdown: code spans in backticks).
    pub text: String,
}

/// Most risks the summary names.
const MAX_RISKS: usize = 5;
/// Fewest it names when the report has that many findings above low.
const MIN_RISKS: usize = 3;

pub fn narrate(report: &Report) -> Narrative {
    Narrative {
        verdict: verdict(report),
        scope: scope(report),
        not_reviewed: not_reviewed(report),
        risks: risks(report),
        in_place: in_place(report),
    }
}

fn verdict(report: &Report) -> String {
    let summary = &report.summary;
    let counted = |s: Severity| {
        report
            .findings
            .iter()
            .filter(|f| effective_severity(f) == s)
            .count()
    };
    let (critical, high, medium) = (
        counted(Severity::Critical),
        counted(Severity::High),
        counted(Severity::Medium),
    );
    let open = report
        .findings
        .iter()
        .filter(|f| effective_severity(f) >= Severity::High && f.reach() == Some(Reach::Public))
        .count();
    let subject = if report.branch.is_some() {
        "introduced by the branch"
    } else {
        "in the code reviewed"
    };
    let blocking = match (critical, high) {
        (0, 0) => String::new(),
        (c, 0) => count(c, "critical finding"),
        (0, h) => count(h, "high finding"),
        (c, h) => format!("{c} critical and {}", count(h, "high finding")),
    };
    let open_part = match open {
        0 => String::new(),
        n if n == critical + high => format!(
            "; {} reachable without authentication",
            if n == 1 { "it is" } else { "all are" }
        ),
        n => format!(
            "; {n} of them {} reachable without authentication",
            if n == 1 { "is" } else { "are" }
        ),
    };
    match summary.sign_off {
        SignOff::Incomplete => {
            let reason = summary
                .incomplete
                .as_ref()
                .map(|i| i.reason.clone())
                .unwrap_or_else(|| "too little was read".into());
            let mut text = format!(
                "{}, so the review cannot be signed off.",
                upper_first(&reason)
            );
            if !blocking.is_empty() {
                text.push_str(&format!(
                    " What was read already has {blocking} to fix{open_part}."
                ));
            }
            text
        }
        SignOff::ChangesRequired => format!(
            "{} {subject}{open_part}. {}",
            upper_first(&blocking),
            match (critical + high, critical > 0) {
                (1, true) => "It should be fixed before the next release.",
                (_, true) => "They should be fixed before the next release.",
                (1, false) => "It should be fixed before this is deployed where it matters.",
                (_, false) => "They should be fixed before this is deployed where it matters.",
            }
        ),
        SignOff::ApprovedWithConditions => {
            let failed: Vec<String> = report
                .checks
                .iter()
                .flat_map(|c| c.blocking())
                .map(|s| format!("`{}` ({})", s.name, s.status.label()))
                .collect();
            let mut text = format!("No critical or high finding {subject}");
            if medium > 0 {
                text.push_str(&format!(
                    "; {} should be planned and fixed",
                    count(medium, "medium finding")
                ));
            }
            if !failed.is_empty() {
                text.push_str(&format!(
                    "; the project's own checks did not pass: {}",
                    failed.join(", ")
                ));
            }
            text.push('.');
            text
        }
        SignOff::Approved => {
            let rest = report.findings.len();
            if rest == 0 {
                format!("No finding {subject}.")
            } else {
                format!(
                    "Nothing above low severity {subject}; {} listed for the record.",
                    count(rest, "finding")
                )
            }
        }
    }
}

fn scope(report: &Report) -> String {
    let stats = &report.stats;
    let mut text = match &report.branch {
        Some(branch) => format!(
            "This review covers what the branch changed since its merge base with `{}` ({}): {} file{} changed, {} of them read.",
            branch.base,
            short(&branch.merge_base),
            branch.files.len(),
            plural(branch.files.len() as u64),
            stats.files_reviewed
        ),
        None => {
            let at = match (&report.target.commit, &report.target.branch) {
                (Some(c), Some(b)) => format!(" at commit {} on `{b}`", short(c)),
                (Some(c), None) => format!(" at commit {}", short(c)),
                _ => String::new(),
            };
            format!(
                "sechound read {} file{} ({} line{}) of `{}`{at}.",
                stats.files_reviewed,
                plural(stats.files_reviewed),
                crate::markdown::thousands(stats.lines_analysed),
                plural(stats.lines_analysed),
                report.target.root
            )
        }
    };
    if !stats.languages.is_empty() {
        let languages: Vec<String> = stats
            .languages
            .iter()
            .map(|l| format!("{} ({})", l.language, l.files))
            .collect();
        text.push_str(&format!(" By kind: {}.", languages.join(", ")));
    }
    if stats.files_scanned_for_secrets > 0 {
        text.push_str(&format!(
            " {} other text file{} {} read for committed secrets only.",
            stats.files_scanned_for_secrets,
            plural(stats.files_scanned_for_secrets),
            if stats.files_scanned_for_secrets == 1 {
                "was"
            } else {
                "were"
            }
        ));
    }
    if let Some(model) = &report.project
        && !model.endpoints.is_empty()
    {
        let open = model
            .endpoints
            .iter()
            .filter(|e| matches!(e.auth, AuthStatus::Unauthenticated | AuthStatus::Exempted))
            .count();
        let frameworks: Vec<&str> = model.frameworks.iter().map(|f| f.name.as_str()).collect();
        let served = if frameworks.is_empty() {
            String::new()
        } else {
            format!(" ({})", frameworks.join(", "))
        };
        text.push_str(&format!(
            " The application serves {} endpoint{}{served}; {}.",
            model.endpoints.len(),
            plural(model.endpoints.len() as u64),
            match open {
                0 => "every one of them requires authentication or could not be followed".to_string(),
                1 => "1 of them answers without authentication".to_string(),
                n => format!("{n} of them answer without authentication"),
            }
        ));
    }
    text
}

fn not_reviewed(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    let stats = &report.stats;
    let unread = stats.files_skipped;
    if unread > 0 {
        out.push(format!(
            "{unread} file{} that could not be read or were skipped as minified or generated (listed under Gaps)",
            plural(unread)
        ));
    }
    if stats.partial_parses > 0 {
        out.push(format!(
            "parts of {} file{} with syntax errors",
            stats.partial_parses,
            plural(stats.partial_parses)
        ));
    }
    for gap in report.gaps.iter().filter(|g| g.path.is_empty()) {
        let detail = gap.detail.split(" (").next().unwrap_or(&gap.detail);
        out.push(detail.to_string());
    }
    if let Some(model) = &report.project {
        let unknown = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Unknown)
            .count();
        if unknown > 0 {
            out.push(format!(
                "the authentication of {unknown} endpoint{} sechound could not follow",
                plural(unknown as u64)
            ));
        }
        out.push(
            "what a proxy, gateway or the platform adds in front of the service, and the running service itself"
                .into(),
        );
    }
    out
}

fn risks(report: &Report) -> Vec<Risk> {
    let mut chosen: Vec<&Finding> = Vec::new();
    let mut ranked: Vec<&Finding> = report.findings.iter().collect();
    // The report's order, but by the severity that counts (a heuristic weighs less).
    ranked.sort_by_key(|f| {
        (
            std::cmp::Reverse(effective_severity(f)),
            Reach::rank(f.reach()),
            std::cmp::Reverse(f.confidence),
        )
    });
    for floor in [Severity::High, Severity::Medium] {
        for f in &ranked {
            if chosen.len() >= MAX_RISKS || (floor == Severity::Medium && chosen.len() >= MIN_RISKS)
            {
                break;
            }
            let repeat = chosen
                .iter()
                .any(|c| c.rule_id == f.rule_id || c.id == f.id);
            if effective_severity(f) >= floor && !repeat {
                chosen.push(f);
            }
        }
    }
    chosen
        .into_iter()
        .map(|f| Risk {
            id: f.id.clone(),
            severity: f.severity,
            text: risk_text(f),
        })
        .collect()
}

fn risk_text(f: &Finding) -> String {
    let place = match &f.exposure {
        Some(e) => {
            let first = e
                .endpoints
                .iter()
                .find(|x| x.reach() == e.reach)
                .or(e.endpoints.first());
            let endpoint = first
                .map(|x| format!("`{} {}`", x.method, x.path))
                .unwrap_or_default();
            let more = e.endpoints.len().saturating_sub(1);
            let also = match more {
                0 => String::new(),
                n => format!(" (and {n} more endpoint{})", plural(n as u64)),
            };
            match e.reach {
                Reach::Public => {
                    format!(" on {endpoint}{also}, which answers without authentication")
                }
                Reach::Unknown => format!(
                    " on {endpoint}{also}, whose authentication sechound could not determine"
                ),
                Reach::Authenticated => {
                    format!(" on {endpoint}{also}, open to any signed-in user")
                }
                Reach::Privileged => {
                    format!(" on {endpoint}{also}, behind a role check")
                }
            }
        }
        None => String::new(),
    };
    let places = match f.related.len() {
        0 => String::new(),
        n => format!(" and {n} more place{}", plural(n as u64)),
    };
    let heuristic = if f.confidence == sechound_core::Confidence::Low {
        " (a heuristic: confirm it first)"
    } else {
        ""
    };
    format!(
        "**{}** at `{}`{places}{place}{heuristic}. {}",
        f.title,
        f.evidence.cite(),
        first_sentence(&f.impact)
    )
}

fn in_place(report: &Report) -> InPlace {
    let mut place = InPlace::default();
    // Strengths outside the controls table (a non-root container, KMS encryption, a required
    // Compose secret, CI protections).
    let in_table: Vec<&str> = report
        .project
        .iter()
        .flat_map(|m| m.controls.iter().filter_map(|c| c.strength.as_deref()))
        .collect();
    let other: Vec<&sechound_core::Strength> = report
        .strengths
        .iter()
        .filter(|s| !s.partial && !in_table.contains(&s.id.as_str()))
        .collect();
    place.configuration = other
        .iter()
        .take(MAX_LISTED)
        .map(|s| format!("{} (`{}`)", s.title, s.evidence.cite()))
        .collect();
    place.more_configuration = other.len().saturating_sub(MAX_LISTED);
    let Some(model) = &report.project else {
        return place;
    };
    place.present = model
        .controls
        .iter()
        .filter(|c| c.status == ControlStatus::Present)
        // A report read back from JSON may carry a control without evidence.
        .map(|c| match c.evidence.first() {
            Some(first) => format!(
                "{} ({}, `{}:{}`)",
                lower_first(&c.title),
                first.detail,
                first.file,
                first.line
            ),
            None => lower_first(&c.title),
        })
        .collect();
    place.partial = model
        .controls
        .iter()
        .filter(|c| c.status == ControlStatus::Partial)
        .map(|c| {
            if c.contradicted_by.is_empty() {
                match c.evidence.first() {
                    Some(first) => format!("{} ({})", lower_first(&c.title), first.detail),
                    None => lower_first(&c.title),
                }
            } else {
                format!(
                    "{} (but see {})",
                    lower_first(&c.title),
                    c.contradicted_by.join(", ")
                )
            }
        })
        .collect();
    let authenticated = model
        .endpoints
        .iter()
        .filter(|e| e.auth == AuthStatus::Authenticated)
        .count();
    if authenticated > 0 {
        let with_roles = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Authenticated && !e.roles.is_empty())
            .count();
        place.endpoints = Some(format!(
            "{authenticated} of {} endpoint{} require authentication{}.",
            model.endpoints.len(),
            plural(model.endpoints.len() as u64),
            match with_roles {
                0 => String::new(),
                n => format!(", {n} of them a role as well"),
            }
        ));
    }
    place
}

/// Configuration strengths named in the summary; the rest are counted.
const MAX_LISTED: usize = 4;

/// What is already in place, in parts the renderers lay out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InPlace {
    /// Controls present, with where (`security headers (helmet(), \`src/server.ts:17\`)`).
    pub present: Vec<String>,
    /// Controls only partly in place, with the findings that say where they are missing.
    pub partial: Vec<String>,
    /// Other strengths the rules recognised (infrastructure, containers, configuration).
    pub configuration: Vec<String>,
    /// Further configuration strengths not listed.
    pub more_configuration: usize,
    /// How many endpoints require authentication.
    pub endpoints: Option<String>,
}

impl InPlace {
    /// The whole as sentences.
    pub fn sentences(&self) -> String {
        let mut parts = Vec::new();
        if !self.present.is_empty() {
            parts.push(format!("In place: {}.", self.present.join("; ")));
        }
        if !self.partial.is_empty() {
            parts.push(format!(
                "In place only in part: {}.",
                self.partial.join("; ")
            ));
        }
        if !self.configuration.is_empty() {
            let more = match self.more_configuration {
                0 => String::new(),
                n => format!(" and {n} more (see Review by area)"),
            };
            parts.push(format!(
                "Also recognised: {}{more}.",
                self.configuration.join("; ")
            ));
        }
        if let Some(endpoints) = &self.endpoints {
            parts.push(endpoints.clone());
        }
        if parts.is_empty() {
            "sechound recognised no security control in what it read.".to_string()
        } else if self.present.is_empty() && !self.partial.is_empty() {
            format!(
                "None of the application controls sechound looks for is fully in place. {}",
                parts.join(" ")
            )
        } else {
            parts.join(" ")
        }
    }
}

/// The text up to the first full stop that ends a sentence (not one in `e.g.` or a code span).
pub(crate) fn first_sentence(text: &str) -> &str {
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

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lower_first(text: &str) -> String {
    // Acronyms keep their case (`JWT expiry`, `CORS restricted`).
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => a
            .to_lowercase()
            .chain(std::iter::once(b))
            .chain(chars)
            .collect(),
        _ => text.to_string(),
    }
}

fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(12)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_case() {
        assert_eq!(
            first_sentence("Redact credentials, e.g. with pino. Then verify."),
            "Redact credentials, e.g. with pino."
        );
        assert_eq!(lower_first("Rate limiting"), "rate limiting");
        assert_eq!(lower_first("JWT expiry"), "JWT expiry");
        assert_eq!(count(1, "high finding"), "1 high finding");
        assert_eq!(count(3, "high finding"), "3 high findings");
    }
}
