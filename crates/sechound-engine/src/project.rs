//! The project review: composes the facts every file contributed into the project model, runs
//! the project rules on it, and turns their findings and the controls present into report
//! entries quoted from the files they point at.

use crate::branch::BranchChanges;
use crate::classify::{Classified, FileKind, classify, read_for_review};
use crate::discover::{build_excludes, discover};
use crate::evidence::{build_findings, distinct_places, evidence, quote_line};
use crate::review::{Engine, EngineError, FileOutcome};
use rayon::prelude::*;
use sechound_core::project::{AuthStatus, Endpoint, Exemption, ProjectModel};
use sechound_core::{FileChange, RouteChange};
use sechound_core::{Strength, mask_secret};
use sechound_project::FileFacts;
use sechound_rules::{Place, RawFinding, RepoView, run_project_rules};
use sechound_syntax::SourceText;
use std::collections::BTreeMap;
use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;
use std::rc::Rc;

/// The rule id strengths from the controls model carry.
pub(crate) const CONTROLS_RULE: &str = "project.controls";

impl Engine {
    /// Builds the model from the outcomes' facts and adds project findings and control
    /// strengths to `outcomes`, one extra outcome per file they point at.
    pub(crate) fn project_review(
        &self,
        mut facts: Vec<FileFacts>,
        outcomes: &mut Vec<FileOutcome>,
        repo: &dyn RepoView,
        program: &sechound_semantic::Program,
    ) -> ProjectModel {
        facts.extend(outcomes.iter_mut().filter_map(|o| o.facts.take()));
        let secrets: BTreeMap<String, Vec<Range<usize>>> = outcomes
            .iter()
            .filter(|o| !o.secret_ranges.is_empty())
            .map(|o| (o.path.clone(), o.secret_ranges.clone()))
            .collect();
        let mut manifests = manifests(repo);
        // OpenAPI documents that drive routing (connexion's `add_api('openapi.yaml')`).
        let wanted = sechound_project::documents_wanted(&facts);
        if !wanted.is_empty() {
            let present: std::collections::HashSet<&String> = repo.paths().iter().collect();
            for path in wanted {
                if present.contains(&path)
                    && !manifests.iter().any(|(p, _)| *p == path)
                    && let Some(text) = repo.read(&path)
                {
                    manifests.push((path, text));
                }
            }
        }
        let model = sechound_project::build(facts, &manifests, program);
        // Each file quoted is read once; findings and the model share the text.
        let mut sources: BTreeMap<String, Option<Rc<SourceText>>> = BTreeMap::new();
        let mut source_of = |path: &str| -> Option<Rc<SourceText>> {
            sources
                .entry(path.to_string())
                .or_insert_with(|| repo.read(path).map(|t| Rc::new(SourceText::new(t))))
                .clone()
        };
        let model = mask_model(model, &secrets, &mut source_of);
        let found = run_project_rules(&model, &self.project_rules);
        let mut by_file: BTreeMap<String, FileOutcome> = BTreeMap::new();
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
                let places: Vec<_> = finding
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
                f.related = distinct_places(&f.evidence, places);
            }
            let outcome = by_file
                .entry(finding.place.file.clone())
                .or_insert_with(|| project_outcome(&finding.place.file));
            self.place(
                built.into_iter().map(|f| (f, None, None)).collect(),
                &source,
                &finding.place.file,
                outcome,
            );
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
                contradicted_by: Vec::new(),
                partial: false,
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

/// The model with every secret value a rule saw masked: quoted source lines are quoted again
/// with the file's secret ranges masked (as evidence is), and distinctive secret values are
/// masked wherever else the model repeats them (a handler expression, a control's detail).
fn mask_model(
    mut model: ProjectModel,
    secrets: &BTreeMap<String, Vec<Range<usize>>>,
    mut source_of: impl FnMut(&str) -> Option<Rc<SourceText>>,
) -> ProjectModel {
    let mut values: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut sources: BTreeMap<&str, Rc<SourceText>> = BTreeMap::new();
    for (path, ranges) in secrets {
        let Some(source) = source_of(path) else {
            continue;
        };
        for range in ranges {
            if let Some(value) = source.text().get(range.clone()) {
                let value = value.trim_matches(|c| matches!(c, '"' | '\'' | '`'));
                // Short or dictionary-like values would mask unrelated text (a password
                // `orders` and the `/orders` path).
                let distinctive =
                    value.chars().count() >= 8 && value.chars().any(|c| !c.is_ascii_alphabetic());
                if distinctive && seen.insert(value.to_string()) {
                    values.push(value.to_string());
                }
            }
        }
        sources.insert(path.as_str(), source);
    }
    if sources.is_empty() {
        return model;
    }
    let requote = |file: &str, line: u32, code: &mut String| {
        if let (Some(source), Some(ranges)) = (sources.get(file), secrets.get(file)) {
            let line = (line as usize).clamp(1, source.line_count().max(1));
            *code = quote_line(source, line, ranges).trim().to_string();
        }
    };
    for e in &mut model.endpoints {
        requote(&e.file, e.line, &mut e.code);
        if let Some(x) = &mut e.exempted_by {
            requote(&x.file, x.line, &mut x.code);
        }
    }
    for x in &mut model.exemptions {
        requote(&x.file, x.line, &mut x.code);
    }
    for c in &mut model.controls {
        for e in &mut c.evidence {
            requote(&e.file, e.line, &mut e.code);
        }
    }
    for e in model
        .applications
        .iter_mut()
        .chain(&mut model.secret_env_reads)
    {
        requote(&e.file, e.line, &mut e.code);
    }
    if values.is_empty() {
        return model;
    }
    let Ok(json) = serde_json::to_string(&model) else {
        return model;
    };
    // Every value replaced in one pass over the text, the longest where two overlap: a file of
    // thousands of secrets must not cost one pass over the model each.
    let (patterns, masks): (Vec<String>, Vec<String>) = values
        .iter()
        .filter_map(|value| {
            let escaped = serde_json::to_string(value).ok()?;
            let mask = serde_json::to_string(&mask_secret(value)).ok()?;
            Some((
                escaped[1..escaped.len() - 1].to_string(),
                mask[1..mask.len() - 1].to_string(),
            ))
        })
        .unzip();
    let Ok(matcher) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&patterns)
    else {
        return model;
    };
    let json = matcher.replace_all(&json, &masks);
    // What handlers do about ownership is not written to the report (nor masked): carried over.
    let access: Vec<_> = model.endpoints.iter().map(|e| e.access.clone()).collect();
    let mut masked: ProjectModel = match serde_json::from_str(&json) {
        Ok(masked) => masked,
        Err(_) => return model,
    };
    masked.session_stores = model.session_stores;
    masked.second_factor_secrets = model.second_factor_secrets;
    masked.encryptions = model.encryptions;
    for (e, a) in masked.endpoints.iter_mut().zip(access) {
        e.access = a;
    }
    masked
}

/// What a branch review needs to compare the project model with the base.
pub(crate) struct Comparison {
    /// Facts of the files the branch did not touch (the same at the base and on the branch).
    pub untouched: Vec<FileFacts>,
    /// Their semantic summaries, for the programs the models of both sides are built with.
    pub untouched_summaries: Vec<sechound_semantic::FileSummary>,
    pub base_model: ProjectModel,
    /// Fingerprints of the project findings the base already had.
    pub base_prints: Vec<String>,
}

impl Engine {
    /// Reads the facts of the untouched files and builds the base model, when the branch
    /// touched a file that contributes to the model; `None` otherwise (nothing to compare).
    pub(crate) fn project_comparison(
        &self,
        root: &Path,
        changes: &BranchChanges,
        touched: &HashSet<String>,
    ) -> Result<Option<Comparison>, EngineError> {
        if self.options.parse_only {
            return Ok(None);
        }
        let mut base_touched = Vec::new();
        let mut relevant = false;
        let mut base_summaries = Vec::new();
        for file in &changes.files {
            if file.change != FileChange::Deleted
                && let Ok(bytes) = std::fs::read(root.join(&file.path))
                && self
                    .facts_of(&file.path, bytes)
                    .0
                    .is_some_and(|f| sechound_project::shapes_model(&f))
            {
                relevant = true;
            }
            let base_path = file.old_path.as_deref().unwrap_or(&file.path);
            if file.change != FileChange::New
                && let Some(bytes) = changes.base_content(base_path)
            {
                let (facts, summary) = self.facts_of(base_path, bytes);
                if let Some(facts) = facts {
                    relevant |= sechound_project::shapes_model(&facts);
                    base_touched.push(facts);
                }
                base_summaries.extend(summary);
            }
        }
        if !relevant {
            return Ok(None);
        }
        let mut patterns = self.options.config.exclude.clone();
        patterns.extend(self.options.excludes.iter().cloned());
        let excludes =
            build_excludes(&patterns).map_err(|e| EngineError::Exclude(e.to_string()))?;
        let untouched_paths: Vec<_> = discover(root, &excludes)
            .files
            .into_iter()
            .filter(|f| !touched.contains(&f.relative))
            .filter(|f| matches!(FileKind::from_path(&f.path), Some(FileKind::Code(_))))
            .collect();
        let read: Vec<(Option<FileFacts>, Option<sechound_semantic::FileSummary>)> =
            untouched_paths
                .par_iter()
                .filter_map(|f| {
                    let bytes = read_for_review(&f.path, self.options.config.max_file_size).ok()?;
                    Some(self.facts_of(&f.relative, bytes))
                })
                .collect();
        let mut untouched = Vec::new();
        let mut untouched_summaries = Vec::new();
        for (facts, summary) in read {
            untouched.extend(facts);
            untouched_summaries.extend(summary);
        }
        let base_view = changes.base_view()?;
        let mut base_outcomes = Vec::new();
        let mut facts = untouched.clone();
        facts.extend(base_touched);
        base_summaries.extend(untouched_summaries.iter().cloned());
        let base_program = sechound_semantic::Program::link(base_summaries);
        let base_model = self.project_review(facts, &mut base_outcomes, &base_view, &base_program);
        let base_prints = base_outcomes
            .iter()
            .flat_map(|o| o.findings.iter().chain(&o.suppressed))
            .map(|f| f.fingerprint.clone())
            .collect();
        Ok(Some(Comparison {
            untouched,
            untouched_summaries,
            base_model,
            base_prints,
        }))
    }

    /// The facts and the semantic summary of one file, read and parsed for the model alone
    /// (no rule runs); no facts for files that contribute nothing.
    fn facts_of(
        &self,
        relative: &str,
        bytes: Vec<u8>,
    ) -> (Option<FileFacts>, Option<sechound_semantic::FileSummary>) {
        let Some(FileKind::Code(language)) = FileKind::from_path(Path::new(relative)) else {
            return (None, None);
        };
        let Classified::Text { text, .. } = classify(
            Path::new(relative),
            bytes,
            self.options.config.max_file_size,
        ) else {
            return (None, None);
        };
        let Some(file) = sechound_syntax::parse(relative.to_string(), language, text) else {
            return (None, None);
        };
        let module = sechound_syntax::modules::read_file(&file);
        let facts = sechound_project::extract_with(&file, &module);
        let summary = crate::semantic::summarize_alone(&file, &module);
        (
            sechound_project::worth_keeping(&facts).then_some(facts),
            summary,
        )
    }
}

/// How the project model changed between the base and the branch.
pub(crate) struct ModelDiff {
    pub routes: Vec<RouteChange>,
    pub exemptions_added: Vec<Exemption>,
    pub exemptions_removed: Vec<Exemption>,
    /// Controls present at the base and absent on the branch.
    pub controls_removed: Vec<String>,
}

/// Compares endpoints by method and path, exemptions by control and pattern, and controls by
/// kind.
pub(crate) fn compare(base: &ProjectModel, head: &ProjectModel) -> ModelDiff {
    let key = |e: &Endpoint| (e.method, e.path.clone());
    let base_by: BTreeMap<_, &Endpoint> = base.endpoints.iter().map(|e| (key(e), e)).collect();
    let head_by: BTreeMap<_, &Endpoint> = head.endpoints.iter().map(|e| (key(e), e)).collect();
    let mut routes = Vec::new();
    let change =
        |kind: &str, e: &Endpoint, from: Option<AuthStatus>, to: Option<AuthStatus>| RouteChange {
            change: kind.to_string(),
            method: e.method.to_string(),
            path: e.path.clone(),
            from,
            to,
            file: e.file.clone(),
            line: e.line,
        };
    for (k, h) in &head_by {
        match base_by.get(k) {
            None => routes.push(change("added", h, None, Some(h.auth))),
            Some(b) if b.auth != h.auth => {
                let kind = if h.auth < b.auth {
                    "auth-weakened"
                } else {
                    "auth-strengthened"
                };
                routes.push(change(kind, h, Some(b.auth), Some(h.auth)));
            }
            Some(b) if b.roles != h.roles => {
                routes.push(change("roles-changed", h, Some(b.auth), Some(h.auth)))
            }
            Some(_) => {}
        }
    }
    for (k, b) in &base_by {
        if !head_by.contains_key(k) {
            routes.push(change("removed", b, Some(b.auth), None));
        }
    }
    // Weakened and added-open endpoints first: they are what a reviewer checks.
    routes.sort_by_key(|r| {
        (
            match r.change.as_str() {
                "auth-weakened" => 0,
                "added" => 1,
                "roles-changed" => 2,
                "removed" => 3,
                _ => 4,
            },
            r.to,
            r.path.clone(),
            r.method.clone(),
        )
    });
    let same = |a: &Exemption, b: &Exemption| {
        a.control == b.control && a.pattern == b.pattern && a.prefix == b.prefix
    };
    let exemptions_added = head
        .exemptions
        .iter()
        .filter(|h| !base.exemptions.iter().any(|b| same(b, h)))
        .cloned()
        .collect();
    let exemptions_removed = base
        .exemptions
        .iter()
        .filter(|b| !head.exemptions.iter().any(|h| same(b, h)))
        .cloned()
        .collect();
    let controls_removed = base
        .controls
        .iter()
        .filter(|b| b.present)
        .filter(|b| !head.controls.iter().any(|h| h.kind == b.kind && h.present))
        .map(|b| {
            let first = &b.evidence[0];
            format!(
                "{}: {} ({}:{})",
                b.title, first.detail, first.file, first.line
            )
        })
        .collect();
    ModelDiff {
        routes,
        exemptions_added,
        exemptions_removed,
        controls_removed,
    }
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

/// Manifests that declare frameworks (not lockfiles), outside installed dependencies.
fn manifests(repo: &dyn RepoView) -> Vec<(String, String)> {
    repo.paths()
        .iter()
        .filter(|p| {
            !p.split('/')
                .any(|s| s == "node_modules" || s == "site-packages")
        })
        .filter(|p| sechound_deps::formats::FileFormat::of(p).is_some_and(|f| !f.is_lockfile()))
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
