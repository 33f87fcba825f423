//! The project review: composes the facts every file contributed into the project model, runs
//! the project rules on it, and turns their findings and the controls present into report
//! entries quoted from the files they point at.

use crate::evidence::{build_findings, evidence};
use crate::review::{Engine, FileOutcome};
use sechound_core::project::ProjectModel;
use sechound_core::{Strength, mask_secret};
use sechound_rules::{Place, RawFinding, RepoView, run_project_rules};
use sechound_syntax::SourceText;
use std::collections::BTreeMap;
use std::ops::Range;

/// The rule id strengths from the controls model carry.
pub(crate) const CONTROLS_RULE: &str = "project.controls";

impl Engine {
    /// Builds the model from the outcomes' facts and adds project findings and control
    /// strengths to `outcomes`, one extra outcome per file they point at.
    pub(crate) fn project_review(
        &self,
        outcomes: &mut Vec<FileOutcome>,
        repo: &dyn RepoView,
    ) -> ProjectModel {
        let facts: Vec<_> = outcomes.iter_mut().filter_map(|o| o.facts.take()).collect();
        let secrets: BTreeMap<String, Vec<Range<usize>>> = outcomes
            .iter()
            .filter(|o| !o.secret_ranges.is_empty())
            .map(|o| (o.path.clone(), o.secret_ranges.clone()))
            .collect();
        let model = sechound_project::build(facts, &manifests(repo));
        let mut sources: BTreeMap<String, Option<SourceText>> = BTreeMap::new();
        let model = mask_model(model, &secrets, |path| {
            sources
                .entry(path.to_string())
                .or_insert_with(|| repo.read(path).map(SourceText::new))
                .clone()
        });
        let found = run_project_rules(&model, &self.project_rules);
        let mut by_file: BTreeMap<String, FileOutcome> = BTreeMap::new();
        let mut source_of = |path: &str| -> Option<SourceText> {
            sources
                .entry(path.to_string())
                .or_insert_with(|| repo.read(path).map(SourceText::new))
                .clone()
        };
        for finding in found {
            let Some(source) = source_of(&finding.place.file) else {
                continue;
            };
            let raw = RawFinding {
                secrets: secrets
                    .get(&finding.place.file)
                    .cloned()
                    .unwrap_or_default(),
                severity: finding.severity,
                confidence: finding.confidence,
                recommendation: finding.recommendation.clone(),
                ..RawFinding::new(
                    finding.rule,
                    line_range(&source, finding.place.line),
                    finding.message.clone(),
                )
            };
            let mut built = build_findings(&finding.place.file, &source, vec![raw]);
            for f in &mut built {
                f.related = finding
                    .related
                    .iter()
                    .filter_map(|place: &Place| {
                        let source = source_of(&place.file)?;
                        Some(evidence(
                            &place.file,
                            &source,
                            &line_range(&source, place.line),
                            secrets.get(&place.file).map_or(&[], Vec::as_slice),
                        ))
                    })
                    .collect();
            }
            let outcome = by_file
                .entry(finding.place.file.clone())
                .or_insert_with(|| project_outcome(&finding.place.file));
            self.place(built, &source, &finding.place.file, outcome);
        }
        for control in model.controls.iter().filter(|c| c.present) {
            let first = &control.evidence[0];
            let Some(source) = source_of(&first.file) else {
                continue;
            };
            let more = control.evidence.len() - 1;
            let title = format!(
                "{}: {}{}",
                control.title,
                first.detail,
                match more {
                    0 => String::new(),
                    1 => " (and 1 more place)".to_string(),
                    n => format!(" (and {n} more places)"),
                }
            );
            let strength = Strength {
                id: String::new(),
                title,
                area: control.kind.area(),
                owasp: control.kind.owasp(),
                rule_id: CONTROLS_RULE.to_string(),
                evidence: evidence(
                    &first.file,
                    &source,
                    &line_range(&source, first.line),
                    secrets.get(&first.file).map_or(&[], Vec::as_slice),
                ),
            };
            by_file
                .entry(first.file.clone())
                .or_insert_with(|| project_outcome(&first.file))
                .strengths
                .push(strength);
        }
        outcomes.extend(by_file.into_values());
        model
    }
}

/// The model with every secret value a rule saw replaced by its mask, wherever the model
/// quotes code (endpoint lines, exemptions, control evidence, handler expressions).
fn mask_model(
    model: ProjectModel,
    secrets: &BTreeMap<String, Vec<Range<usize>>>,
    mut source_of: impl FnMut(&str) -> Option<SourceText>,
) -> ProjectModel {
    let mut values: Vec<String> = Vec::new();
    for (path, ranges) in secrets {
        let Some(source) = source_of(path) else {
            continue;
        };
        for range in ranges {
            if let Some(value) = source.text().get(range.clone()) {
                let value = value.trim_matches(|c| matches!(c, '"' | '\'' | '`'));
                // Very short values would mask unrelated text.
                if value.chars().count() >= 6 && !values.iter().any(|v| v == value) {
                    values.push(value.to_string());
                }
            }
        }
    }
    if values.is_empty() {
        return model;
    }
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    let Ok(mut json) = serde_json::to_string(&model) else {
        return model;
    };
    for value in &values {
        let Ok(escaped) = serde_json::to_string(value) else {
            continue;
        };
        let escaped = &escaped[1..escaped.len() - 1];
        let Ok(mask) = serde_json::to_string(&mask_secret(value)) else {
            continue;
        };
        json = json.replace(escaped, &mask[1..mask.len() - 1]);
    }
    serde_json::from_str(&json).unwrap_or(model)
}

fn project_outcome(path: &str) -> FileOutcome {
    FileOutcome {
        path: path.to_string(),
        project_level: true,
        ..FileOutcome::default()
    }
}

/// Byte range of line `line` (1-based), without its newline.
fn line_range(source: &SourceText, line: u32) -> Range<usize> {
    let line = (line as usize).clamp(1, source.line_count().max(1));
    let start = source.line_start(line);
    start..start + source.line(line).len()
}

/// Manifests that declare frameworks, outside installed dependencies.
fn manifests(repo: &dyn RepoView) -> Vec<(String, String)> {
    repo.paths()
        .iter()
        .filter(|p| {
            !p.split('/')
                .any(|s| s == "node_modules" || s == "site-packages")
        })
        .filter(|p| {
            let name = p.rsplit('/').next().unwrap_or(p);
            name == "package.json"
                || name == "pyproject.toml"
                || (name.starts_with("requirements") && name.ends_with(".txt"))
        })
        .filter_map(|p| Some((p.clone(), repo.read(p)?)))
        .collect()
}

/// Records, on each present control, the strength id the report gave it.
pub(crate) fn link_strengths(model: &mut ProjectModel, strengths: &[Strength]) {
    for control in model.controls.iter_mut().filter(|c| c.present) {
        let first = &control.evidence[0];
        control.strength = strengths
            .iter()
            .find(|s| {
                s.rule_id == CONTROLS_RULE
                    && s.title.starts_with(&control.title)
                    && s.evidence.path == first.file
                    && s.evidence.line == first.line
            })
            .map(|s| s.id.clone());
    }
}
