//! Putting the per-file outcomes together into one ordered, numbered report.

use crate::review::FileOutcome;
use sechound_core::{
    Gap, LanguageStat, Owasp, Report, ReportStats, RuleMeta, SCHEMA_VERSION, Sections, Summary,
    Target, Tool,
};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

pub(crate) fn assemble(
    root: &Path,
    generated_at: String,
    started: Instant,
    files_discovered: usize,
    mut gaps: Vec<Gap>,
    outcomes: Vec<FileOutcome>,
    rules: &[&'static RuleMeta],
) -> Report {
    let rules_run = rules.len();
    let mut findings = Vec::new();
    let mut suppressed = Vec::new();
    let mut strengths = Vec::new();
    let mut unused_waivers = Vec::new();
    let mut found_secrets = Vec::new();
    let mut languages: BTreeMap<&'static str, (u64, u64)> = BTreeMap::new();
    let mut frameworks: Vec<&'static str> = Vec::new();
    let mut skipped_languages: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut stats = ReportStats {
        files_discovered: files_discovered as u64,
        rules_run: rules_run as u64,
        ..ReportStats::default()
    };
    for outcome in outcomes {
        stats.bytes_analysed += outcome.bytes;
        if outcome.project_level {
            // Findings of project rules, placed in the file they point at: not a file read.
        } else if outcome.secrets_only {
            stats.files_scanned_for_secrets += 1;
        } else if outcome.reviewed {
            stats.files_reviewed += 1;
            stats.lines_analysed += outcome.lines;
            if let Some(name) = outcome.kind_name {
                let entry = languages.entry(name).or_default();
                entry.0 += 1;
                entry.1 += outcome.lines;
            }
        } else {
            stats.files_skipped += 1;
            if let Some(name) = lost_coverage(&outcome) {
                *skipped_languages.entry(name).or_default() += 1;
            }
        }
        stats.partial_parses += outcome
            .gaps
            .iter()
            .filter(|g| g.kind == sechound_core::GapKind::PartialParse)
            .count() as u64;
        for framework in outcome.frameworks {
            if !frameworks.contains(&framework) {
                frameworks.push(framework);
            }
        }
        findings.extend(outcome.findings);
        suppressed.extend(outcome.suppressed);
        strengths.extend(outcome.strengths);
        unused_waivers.extend(outcome.unused);
        found_secrets.extend(outcome.secrets);
        gaps.extend(outcome.gaps);
    }
    stats.languages = languages
        .into_iter()
        .map(|(language, (files, lines))| LanguageStat {
            language: language.to_string(),
            files,
            lines,
        })
        .collect();
    stats.languages_skipped = skipped_languages
        .into_iter()
        .map(|(language, files)| LanguageStat {
            language: language.to_string(),
            files,
            lines: 0,
        })
        .collect();
    frameworks.sort_unstable();
    stats.frameworks = frameworks.into_iter().map(str::to_string).collect();

    number(&mut suppressed, "SUP");
    gaps.sort();
    strengths.sort_by(|a: &sechound_core::Strength, b| {
        (a.area, &a.evidence.path, a.evidence.line).cmp(&(
            b.area,
            &b.evidence.path,
            b.evidence.line,
        ))
    });
    for (index, strength) in strengths.iter_mut().enumerate() {
        strength.id = format!("STR-{:03}", index + 1);
    }
    let (commit, branch) = match crate::git_head::read_head(root) {
        Some((commit, branch)) => (Some(commit), branch),
        None => (None, None),
    };
    let mut report = Report {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: "sechound".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        target: Target {
            root: root.display().to_string(),
            commit,
            branch,
            generated_at,
            duration_ms: started.elapsed().as_millis() as u64,
        },
        stats,
        // Both are built from the numbered findings just below.
        summary: Summary::of(&[]),
        findings,
        suppressed,
        strengths,
        unused_waivers,
        tracking: None,
        branch: None,
        project: None,
        checks: None,
        probe: None,
        sections: Sections::default(),
        gaps,
        found_secrets,
    };
    renumber_and_summarise(&mut report, rules);
    report
}

/// The language or format of a file that could not be reviewed at all, when that loses
/// coverage: unreadable, too large, binary or unparseable. Minified and generated files are
/// skipped on purpose and lose nothing a reviewer reads.
fn lost_coverage(outcome: &FileOutcome) -> Option<&'static str> {
    use sechound_core::GapKind;
    let lost = outcome.gaps.iter().any(|g| {
        matches!(
            g.kind,
            GapKind::Unreadable | GapKind::TooLarge | GapKind::Binary | GapKind::Malformed
        )
    });
    if !lost || outcome.secrets_only || outcome.project_level {
        return None;
    }
    match crate::classify::FileKind::from_path(Path::new(&outcome.path))? {
        crate::classify::FileKind::Code(language) => Some(language.name()),
        crate::classify::FileKind::Config(config) => Some(config.name()),
        crate::classify::FileKind::Text => None,
    }
}

/// Orders findings by priority and numbers them `<prefix>-001`, `<prefix>-002`...
pub(crate) fn number(findings: &mut [sechound_core::Finding], prefix: &str) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    for (index, finding) in findings.iter_mut().enumerate() {
        finding.id = format!("{prefix}-{:03}", index + 1);
    }
}

/// A dependency file that was not (fully) checked leaves A06 partly assessed: whoever rebuilds
/// the sections calls this after.
pub(crate) fn mark_partly_assessed(report: &mut Report) {
    if report
        .gaps
        .iter()
        .any(|g| sechound_deps::changes::is_dependency_file(&g.path))
    {
        report.sections.mark_partial(Owasp::A06);
    }
}

/// Numbers the findings (`SEC-001`...) and builds the summary and sections from them; run when
/// the report is assembled, and again after a branch review sets pre-existing findings apart.
pub(crate) fn renumber_and_summarise(report: &mut Report, rules: &[&'static RuleMeta]) {
    number(&mut report.findings, "SEC");
    // A category counts as assessed by the rules that had something to read: the Terraform
    // rules say nothing about an application without Terraform.
    let reviewed: Vec<&str> = report
        .stats
        .languages
        .iter()
        .map(|l| l.language.as_str())
        .collect();
    let applicable = |rule: &&&'static RuleMeta| {
        let needs: &[&str] = match rule.id.split('.').next().unwrap_or("") {
            "tf" => &["Terraform"],
            "docker" => &["Dockerfile"],
            "compose" => &["Docker Compose"],
            "env" => &["Env file"],
            "js" => &["JavaScript", "TypeScript"],
            "py" => &["Python"],
            _ => return true,
        };
        needs.iter().any(|n| reviewed.contains(n))
    };
    let rules_by_owasp: Vec<(Owasp, u32)> = Owasp::ALL
        .iter()
        .map(|o| {
            let count = rules
                .iter()
                .filter(applicable)
                .filter(|r| r.owasp == *o)
                .count();
            (*o, count as u32)
        })
        .collect();
    report.sections = Sections::build(&report.findings, &report.strengths, &rules_by_owasp);
    mark_partly_assessed(report);
    report.summary = Summary::of(&report.findings);
}
