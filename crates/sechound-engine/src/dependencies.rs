//! The dependency part of a review: the repository's manifests and lockfiles read by
//! `sechound-deps`, each vulnerable package version turned into a finding of
//! `deps.vulnerable-package` (evidence: its line in the lockfile or manifest), and, for a branch
//! review, the package changes of each touched dependency file with the advisories they fix or
//! introduce.

use crate::review::{Engine, FileOutcome};
use sechound_core::{Confidence, Finding, Fingerprint, Gap, GapKind};
use sechound_deps::changes::is_dependency_file;
use sechound_deps::{Relation, VulnerablePackage};
use sechound_rules::deps::VulnerablePackage as Rule;
use sechound_rules::{RawFinding, RepoView};
use sechound_syntax::SourceText;
use std::collections::HashSet;

impl Engine {
    /// The dependency-review rules that run: they need an advisory database.
    pub(crate) fn dependency_rules(&self) -> Vec<&'static sechound_core::RuleMeta> {
        sechound_rules::catalogue()
            .dependency
            .iter()
            .copied()
            .filter(|meta| self.runs_rule(meta.id) && self.advisories().is_some())
            .collect()
    }

    /// Reviews the dependency files of `repo` (those in `only`, when given) and returns one
    /// outcome per file with findings or gaps. Without a database: the single gap saying so, and
    /// the gaps of files that could not be read.
    pub(crate) fn review_dependencies(
        &self,
        repo: &dyn RepoView,
        only: Option<&HashSet<String>>,
    ) -> Vec<FileOutcome> {
        if !self.runs_rule(Rule::META.id) {
            return Vec::new();
        }
        let mut files: Vec<(String, String)> = Vec::new();
        let mut not_text: Vec<&String> = Vec::new();
        for path in repo.paths().iter().filter(|p| is_dependency_file(p)) {
            match repo.read(path) {
                Some(text) => files.push((path.clone(), text)),
                None => not_text.push(path),
            }
        }
        if files.is_empty() && not_text.is_empty() {
            return Vec::new();
        }
        let read = |path: &str| repo.read(path);
        let mut outcomes: Vec<FileOutcome> = Vec::new();
        let wanted = |path: &str| only.is_none_or(|set| set.contains(path));
        // A binary lockfile, or one that cannot be read, locks packages nobody checks.
        for path in not_text.into_iter().filter(|p| wanted(p)) {
            outcome_for(&mut outcomes, path).gaps.push(Gap {
                kind: GapKind::Malformed,
                path: path.clone(),
                detail: "dependency file not read (not UTF-8 text, or not readable); its packages were not checked".into(),
            });
        }
        let (vulnerable, gaps) = match self.advisories() {
            Some(db) => {
                let review = sechound_deps::review(&files, &read, db);
                (review.vulnerable, review.gaps)
            }
            None => {
                let inventory = sechound_deps::inventory::inventory(&files, &read);
                let mut gaps = inventory.gaps;
                gaps.push(Gap {
                    kind: GapKind::Unresolved,
                    path: String::new(),
                    detail: format!(
                        "no advisory database: dependency vulnerabilities not checked in {} dependency file(s) (run `sechound db import PATH` or `sechound db update`, or pass `--advisories PATH`)",
                        inventory.files
                    ),
                });
                (Vec::new(), gaps)
            }
        };
        for gap in gaps {
            if gap.path.is_empty() || wanted(&gap.path) {
                outcome_for(&mut outcomes, &gap.path).gaps.push(gap);
            }
        }
        for (path, text) in &files {
            let in_file: Vec<&VulnerablePackage> = vulnerable
                .iter()
                .filter(|v| &v.package.file == path)
                .collect();
            if in_file.is_empty() || !wanted(path) {
                continue;
            }
            let source = SourceText::new(text.clone());
            let findings = in_file
                .into_iter()
                .map(|v| (finding(path, &source, v), None, None))
                .collect();
            let outcome = outcome_for(&mut outcomes, path);
            self.place(findings, &source, path, outcome);
        }
        // `-r` includes that discovery did not list as requirements files carry findings too.
        for v in &vulnerable {
            if files.iter().any(|(p, _)| *p == v.package.file) || !wanted(&v.package.file) {
                continue;
            }
            if let Some(text) = repo.read(&v.package.file) {
                let source = SourceText::new(text);
                let found = vec![finding(&v.package.file, &source, v)];
                let outcome = outcome_for(&mut outcomes, &v.package.file);
                self.place(
                    found.into_iter().map(|f| (f, None, None)).collect(),
                    &source,
                    &v.package.file,
                    outcome,
                );
            }
        }
        outcomes
    }
}

/// Adds the dependency review's outcomes to an assembled report and numbers it again.
pub(crate) fn add_to_report(
    report: &mut sechound_core::Report,
    outcomes: Vec<FileOutcome>,
    rules: &[&'static sechound_core::RuleMeta],
) {
    if outcomes.is_empty() {
        return;
    }
    for outcome in outcomes {
        report.findings.extend(outcome.findings);
        report.suppressed.extend(outcome.suppressed);
        report.unused_waivers.extend(outcome.unused);
        report.gaps.extend(outcome.gaps);
    }
    report.gaps.sort();
    crate::assemble::number(&mut report.suppressed, "SUP");
    crate::assemble::renumber_and_summarise(report, rules);
}

fn outcome_for<'a>(outcomes: &'a mut Vec<FileOutcome>, path: &str) -> &'a mut FileOutcome {
    match outcomes.iter().position(|o| o.path == path) {
        Some(i) => &mut outcomes[i],
        None => {
            outcomes.push(FileOutcome {
                path: path.to_string(),
                ..FileOutcome::default()
            });
            outcomes.last_mut().expect("just pushed")
        }
    }
}

/// The finding for one vulnerable package version, its evidence the package's line.
fn finding(path: &str, source: &SourceText, vulnerable: &VulnerablePackage) -> Finding {
    let package = &vulnerable.package;
    let line = (package.line as usize).clamp(1, source.line_count().max(1));
    let start = source.line_start(line);
    let range = start..start + source.line(line).len();
    let advisories: Vec<String> = vulnerable
        .advisories
        .iter()
        .map(|a| {
            let aliases = if a.aliases.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.aliases.join(", "))
            };
            let summary = if a.summary.is_empty() {
                String::new()
            } else {
                format!(": {}", a.summary.trim().trim_end_matches('.'))
            };
            format!("{}{aliases}{summary}", a.id)
        })
        .collect();
    let how = match package.relation {
        Relation::Direct => "a direct dependency".to_string(),
        Relation::Transitive if package.path.len() > 1 => {
            format!("a transitive dependency ({})", package.path.join(" › "))
        }
        Relation::Transitive => "a transitive dependency".to_string(),
        Relation::Unknown => "a locked dependency".to_string(),
    };
    let dev = if package.dev {
        ", development only"
    } else {
        ""
    };
    let installed = if package.exact {
        format!("Installed {} {}", package.name, package.version)
    } else {
        format!(
            "Declared {} {} (no lockfile: `{}` allows it as its lowest version; an install may pick a later one)",
            package.name,
            package.version,
            package.spec.as_deref().unwrap_or_default()
        )
    };
    let count = vulnerable.advisories.len();
    let fixed = match &vulnerable.fix {
        Some(fix) => format!(" Fixed in {fix}."),
        None => " No fixed version is published for every matched advisory.".to_string(),
    };
    let message = format!(
        "{installed}, {how}{dev}, is affected by {count} known advisor{}: {}.{fixed}",
        if count == 1 { "y" } else { "ies" },
        advisories.join("; ")
    );
    let file_name = path.rsplit('/').next().unwrap_or(path);
    let is_lockfile = sechound_deps::formats::FileFormat::of(path).is_some_and(|f| f.is_lockfile());
    let apply = if is_lockfile {
        format!("regenerate `{file_name}`")
    } else {
        format!("raise the requirement in `{file_name}`, reinstall")
    };
    let recommendation = match (&vulnerable.fix, package.relation) {
        (Some(fix), Relation::Transitive) if package.path.len() > 1 => format!(
            "Upgrade {} to ≥ {fix}: it comes in through {}, so upgrade `{}` to a release that depends on a fixed version, or force it (npm `overrides`, yarn `resolutions`, pnpm `overrides`, or a pip constraint); then {apply} and run the tests.",
            package.name,
            package.path.join(" › "),
            package.path[0]
        ),
        (Some(fix), _) => format!(
            "Upgrade {} to ≥ {fix}: {apply} and run the tests, reading the changelog for breaking changes across major versions.",
            package.name
        ),
        (None, _) => format!(
            "No release of {} fixes every matched advisory: replace the package, or remove the affected feature's use and document the mitigation.",
            package.name
        ),
    };
    let mut raw = RawFinding::new(&Rule::META, range, message);
    raw.severity(vulnerable.severity)
        .recommendation(recommendation);
    if !package.exact {
        raw.confidence(Confidence::Low);
    }
    let mut finding = crate::evidence::build_findings(path, source, vec![raw])
        .pop()
        .expect("one raw finding, one finding");
    finding.title = format!(
        "Vulnerable dependency: {}@{}",
        package.name, package.version
    );
    // The package, not the quoted line, is what a finding is about across edits.
    finding.fingerprint = Fingerprint::compute(Rule::META.id, path, &package.id(), 0).0;
    finding
}
