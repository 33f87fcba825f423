//! The engine: runs a whole review, or one file, with the configured rules.

use crate::assemble::assemble;
use crate::classify::{Classified, FileKind, classify, read_for_review};
use crate::discover::{build_excludes, discover};
use crate::evidence::{build_findings, build_strength};
use crate::frameworks::frameworks_in;
use crate::suppress::{covering, parse_inline_suppressions};
use rayon::prelude::*;
use sechound_core::{
    Config, ConfigError, Finding, Gap, GapKind, Report, Severity, Strength, Suppression,
};
use sechound_rules::{
    CodeRule, FileRule, KindDispatch, NoRepo, ParsedConfig, ProjectRule, RawFinding, RawFlow,
    RawStrength, RepoView, TextFile, TextKind, catalogue, is_test_path, merge_findings,
    run_code_rules_within, run_file_rules_within,
};
use sechound_syntax::dockerfile::parse_dockerfile;
use sechound_syntax::dotenv::parse_env;
use sechound_syntax::{ConfigKind, Language, parse_within};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// Errors of the run itself (not of a reviewed file, which become gaps).
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("cannot review `{path}`: {message}")]
    Root { path: String, message: String },
    #[error("invalid exclude pattern: {0}")]
    Exclude(String),
    #[error("cannot start worker threads: {0}")]
    Threads(String),
    #[error(transparent)]
    Branch(#[from] crate::branch::BranchError),
}

/// Receives progress while files are reviewed (the CLI draws it on a terminal).
pub trait Progress: Send + Sync {
    fn start(&self, total: usize);
    fn advance(&self);
    fn finish(&self);
}

#[derive(Clone)]
pub struct Options {
    /// Worker threads; 0 means one per core; capped at twice the cores ([`worker_count`]).
    pub jobs: usize,
    /// Exclude globs from the command line, added to the configuration's.
    pub excludes: Vec<String>,
    pub config: Config,
    /// Where the configuration came from, for error messages.
    pub config_path: Option<String>,
    pub progress: Option<Arc<dyn Progress>>,
    /// Discover, read, classify and parse, but run no rule: the baseline the benchmark compares
    /// a full review against.
    pub parse_only: bool,
    /// The advisory database for the dependency review; `None` reports its absence as a gap.
    pub advisories: Option<Arc<sechound_deps::AdvisoryDb>>,
    /// The ids an earlier report (`--baseline`) gave its findings: a finding it already had
    /// keeps its id, and no id of it is given to another finding.
    pub baseline_ids: sechound_core::ids::BaselineIds,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            jobs: 0,
            excludes: Vec::new(),
            config: Config::with_defaults(),
            config_path: None,
            progress: None,
            parse_only: false,
            advisories: None,
            baseline_ids: Default::default(),
        }
    }
}

/// What reviewing one file produced.
#[derive(Debug, Default)]
pub struct FileOutcome {
    pub path: String,
    /// Language or configuration format, for the report's statistics.
    pub kind_name: Option<&'static str>,
    /// Set for files read only for secrets (not counted as reviewed or skipped).
    pub secrets_only: bool,
    pub lines: u64,
    /// Bytes of text read and analysed (code, configuration, or secrets-only text).
    pub bytes: u64,
    pub reviewed: bool,
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Finding>,
    pub gaps: Vec<Gap>,
    pub frameworks: Vec<&'static str>,
    pub strengths: Vec<Strength>,
    /// Inline suppressions of the file that matched no finding placed with this outcome.
    pub unused: Vec<Suppression>,
    /// Lines of the file's inline suppressions that matched a finding placed with this outcome:
    /// findings of one file arrive in several outcomes (its rules, project rules, the dependency
    /// review), and a suppression one of them used is not unused.
    pub used_suppressions: Vec<usize>,
    /// What the file contributes to the project model.
    pub facts: Option<sechound_project::FileFacts>,
    /// Set for the findings of project rules placed in a file (not a file read).
    pub project_level: bool,
    /// Byte ranges of the secret values rules saw in the file: masked wherever project-level
    /// evidence quotes it.
    pub secret_ranges: Vec<std::ops::Range<usize>>,
    /// The secret values themselves, with the finding that reported each: kept in memory for a
    /// live probe, never written.
    pub secrets: Vec<sechound_core::FoundSecret>,
    /// The file's semantic summary, for linking the whole program.
    pub summary: Option<sechound_semantic::FileSummary>,
    /// Data-flow findings that stand only if the linked program shows request data reaching
    /// the parameters or calls they come from.
    pub pending: Vec<PendingFinding>,
}

/// A finding that waits for the whole program: a flow from parameters or calls of its file
/// (reported once request data is shown reaching them), or a configuration value defined in
/// another file (reported once the resolved value is judged bad).
#[derive(Debug)]
pub struct PendingFinding {
    pub finding: Finding,
    pub pending: Pending,
    /// Where it goes when it stands: a suppression or waiver already covers it.
    pub suppressed: bool,
    /// What is reported instead when no request data reaches it: the sink finding for the
    /// same call, when the rule has one.
    pub fallback: Option<Finding>,
}

/// A finding on its way into a file's outcome: the finding, what it waits for when it is
/// pending, and the sink finding that replaces it if its flow is not confirmed.
pub(crate) type Placed = (Finding, Option<Pending>, Option<Finding>);

#[derive(Debug, Clone)]
pub enum Pending {
    /// A flow from parameters or calls; `true` when only request data that can be an object
    /// carries the danger ([`sechound_rules::RawFinding::needs_object`]).
    Flow(Vec<sechound_syntax::Origin>, bool),
    Value(sechound_rules::ValueCheck),
    /// A callee read as a package function its module may pass on: the finding stands if the
    /// linker confirms it, then waits for what follows (if anything).
    Callee(sechound_rules::CalleeCheck, Option<Box<Pending>>),
}

/// The configured rule set, ready to run.
pub struct Engine {
    pub(crate) options: Options,
    rules: Vec<&'static dyn CodeRule>,
    file_rules: Vec<&'static dyn FileRule>,
    pub(crate) project_rules: Vec<&'static dyn ProjectRule>,
    /// `[[waiver]]` entries of the configuration with their path globs, and whether each matched.
    waivers: Vec<(
        sechound_core::config::Waiver,
        globset::GlobMatcher,
        AtomicBool,
    )>,
    /// Today as `YYYY-MM-DD`, for waiver expiry.
    today: String,
    dispatch: HashMap<Language, KindDispatch>,
    severity_overrides: HashMap<&'static str, Severity>,
}

impl Engine {
    /// Applies the configuration to the catalogue; unknown rule ids in it are errors located in
    /// the configuration file.
    pub fn new(options: Options) -> Result<Engine, EngineError> {
        let catalogue = catalogue();
        let config_path = options
            .config_path
            .clone()
            .unwrap_or_else(|| "sechound.toml".into());
        let unknown = |id: &str, line: usize| ConfigError {
            path: config_path.clone(),
            line: Some(line),
            message: format!("unknown rule id `{id}` (see `sechound rules`)"),
        };
        for disabled in &options.config.disabled_rules {
            if catalogue.find(&disabled.value).is_none() {
                return Err(unknown(&disabled.value, disabled.line).into());
            }
        }
        let mut severity_overrides = HashMap::new();
        for (rule, severity) in &options.config.severity_overrides {
            let meta = catalogue
                .find(&rule.value)
                .ok_or_else(|| unknown(&rule.value, rule.line))?;
            severity_overrides.insert(meta.id, *severity);
        }
        let config = &options.config;
        let rules = enabled(&catalogue.code, |r| r.meta(), config);
        let file_rules = enabled(&catalogue.file, |r| r.meta(), config);
        let project_rules = enabled(&catalogue.project, |r| r.meta(), config);
        let mut waivers = Vec::new();
        for waiver in &options.config.waivers {
            if catalogue.find(&waiver.rule.value).is_none() {
                return Err(unknown(&waiver.rule.value, waiver.rule.line).into());
            }
            let glob = globset::Glob::new(&waiver.path)
                .map_err(|e| EngineError::Exclude(e.to_string()))?
                .compile_matcher();
            waivers.push((waiver.clone(), glob, AtomicBool::new(false)));
        }
        let dispatch = Language::ALL
            .iter()
            .map(|l| (*l, KindDispatch::new(*l, &rules)))
            .collect();
        Ok(Engine {
            options,
            rules,
            file_rules,
            project_rules,
            waivers,
            today: jiff::Zoned::now().date().to_string(),
            dispatch,
            severity_overrides,
        })
    }

    /// Metadata of the rules this engine runs.
    pub fn enabled_rules(&self) -> Vec<&'static sechound_core::RuleMeta> {
        self.rules
            .iter()
            .map(|r| r.meta())
            .chain(self.file_rules.iter().map(|r| r.meta()))
            .chain(self.project_rules.iter().map(|r| r.meta()))
            .chain(self.dependency_rules())
            .collect()
    }

    /// Metadata of the rules a branch review runs: those of a whole review and the branch
    /// rules, which compare the base with the branch.
    pub fn enabled_rules_for_branch(&self) -> Vec<&'static sechound_core::RuleMeta> {
        let mut rules = self.enabled_rules();
        rules.extend(
            sechound_rules::catalogue()
                .branch
                .iter()
                .copied()
                .filter(|meta| self.runs_rule(meta.id)),
        );
        rules
    }

    /// Whether the configuration leaves the rule `id` enabled.
    pub(crate) fn runs_rule(&self, id: &str) -> bool {
        !self.options.config.disables(id)
    }

    pub(crate) fn advisories(&self) -> Option<&sechound_deps::AdvisoryDb> {
        self.options.advisories.as_deref()
    }

    pub fn rules_run(&self) -> usize {
        self.rules.len()
            + self.file_rules.len()
            + self.project_rules.len()
            + self.dependency_rules().len()
    }

    /// Reviews the directory `root`.
    pub fn review(&self, root: &Path) -> Result<Report, EngineError> {
        let (mut report, program) = self.review_some(root, None, ProjectScope::Whole)?;
        crate::judge::finalize(
            &mut report,
            &self.enabled_rules(),
            &self.options.baseline_ids,
            false,
            program.as_ref(),
        );
        Ok(report)
    }

    /// Reviews only `files` (paths relative to `root`, as the walk spells them): what a
    /// pre-commit hook needs. The rules of single files run (with the rest of the repository
    /// visible to the rules that read a neighbouring file); the project model, the project
    /// rules and the CI controls need the whole repository and do not run.
    pub fn review_files(
        &self,
        root: &Path,
        files: &HashSet<String>,
    ) -> Result<Report, EngineError> {
        let (mut report, program) = self.review_some(root, Some(files), ProjectScope::Skip)?;
        // Like a branch that touched no code, a commit of documentation alone is complete.
        crate::judge::finalize(
            &mut report,
            &self.enabled_rules(),
            &self.options.baseline_ids,
            true,
            program.as_ref(),
        );
        Ok(report)
    }

    /// Reviews only what a branch changed since its merge base with `base`: the findings of the
    /// report are those the branch introduced; the ones the base already had in the touched
    /// files, the changed files and the dependency changes are in `report.branch`.
    pub fn review_branch(&self, root: &Path, base: &str) -> Result<Report, EngineError> {
        let changes = crate::branch::BranchChanges::open(root, base)?;
        let touched: HashSet<String> = changes
            .files
            .iter()
            .filter(|f| f.change != sechound_core::FileChange::Deleted)
            .map(|f| f.path.clone())
            .collect();
        let comparison = self.project_comparison(root, &changes, &touched)?;
        let scope = match &comparison {
            Some(c) => ProjectScope::Untouched(c.untouched.clone(), c.untouched_summaries.clone()),
            None => ProjectScope::Skip,
        };
        let (mut report, program) = self.review_some(root, Some(&touched), scope)?;

        // What the base versions of the touched files already had, reviewed under today's path
        // so that a rename alone does not look like a new finding.
        // The base versions are reviewed against the base tree, so that rules reading a
        // neighbouring file (`.dockerignore`, Terraform variables) see what was there then.
        let base_view = changes.base_view()?;
        let mut base_prints: HashSet<String> = HashSet::new();
        let mut base_controls: Vec<(String, String)> = Vec::new();
        let mut dependency_changes = Vec::new();
        for file in &changes.files {
            let base_path = file.old_path.as_deref().unwrap_or(&file.path);
            let before = match file.change {
                sechound_core::FileChange::New => None,
                _ => changes.base_content(base_path),
            };
            if sechound_deps::changes::is_dependency_file(&file.path) {
                let after = std::fs::read_to_string(root.join(&file.path)).ok();
                let before_text = before
                    .as_deref()
                    .map(|b| String::from_utf8_lossy(b).into_owned());
                let after = (file.change != sechound_core::FileChange::Deleted)
                    .then_some(after)
                    .flatten();
                dependency_changes.extend(sechound_deps::changes::changes(
                    &file.path,
                    before_text.as_deref(),
                    after.as_deref(),
                    self.advisories(),
                ));
            }
            if file.change == sechound_core::FileChange::Deleted {
                continue;
            }
            if let Some(bytes) = before
                && let Some(outcome) = self.review_file_in(&file.path, bytes, &base_view)
            {
                base_prints.extend(
                    outcome
                        .findings
                        .iter()
                        .chain(&outcome.suppressed)
                        .map(|f| f.fingerprint.clone()),
                );
                base_controls.extend(
                    outcome
                        .strengths
                        .iter()
                        .map(|s| (s.title.clone(), file.path.clone())),
                );
            }
        }
        if let Some(c) = &comparison {
            base_prints.extend(c.base_prints.iter().cloned());
        }
        for outcome in self.review_dependencies(&base_view, None) {
            base_prints.extend(
                outcome
                    .findings
                    .iter()
                    .chain(&outcome.suppressed)
                    .map(|f| f.fingerprint.clone()),
            );
        }
        let (preexisting, introduced): (Vec<_>, Vec<_>) = std::mem::take(&mut report.findings)
            .into_iter()
            .partition(|f| base_prints.contains(&f.fingerprint));
        report.findings = introduced;
        let mut controls_removed: Vec<String> = base_controls
            .into_iter()
            .filter(|(title, path)| {
                !report
                    .strengths
                    .iter()
                    .any(|s| &s.title == title && &s.evidence.path == path)
            })
            .map(|(title, path)| format!("{title} ({path})"))
            .collect();
        let mut route_changes = Vec::new();
        let mut exemptions_added = Vec::new();
        let mut exemptions_removed = Vec::new();
        if let (Some(c), Some(head)) = (&comparison, &report.project) {
            let diff = crate::project::compare(&c.base_model, head);
            route_changes = diff.routes;
            exemptions_added = diff.exemptions_added;
            exemptions_removed = diff.exemptions_removed;
            controls_removed.extend(diff.controls_removed);
            // What the branch opened, weighed by what the review found behind it.
            let mut introduced = std::mem::take(&mut report.findings);
            let known: Vec<Finding> = introduced.iter().chain(&preexisting).cloned().collect();
            let known: Vec<&Finding> = known.iter().collect();
            let (removed, silenced) =
                self.auth_removed(root, &c.base_model, head, &known, &touched, &mut introduced);
            introduced.extend(removed);
            report.findings = introduced;
            report.suppressed.extend(silenced);
        }
        report.branch = Some(sechound_core::BranchReview {
            route_changes,
            exemptions_added,
            exemptions_removed,
            project_not_compared: comparison.is_none().then(|| {
                "no touched file declares routes, middleware, authentication or controls, so the \
                 project model and project rules were not re-run for this branch"
                    .to_string()
            }),
            controls_removed,
            base: base.to_string(),
            merge_base: changes.merge_base.clone(),
            files: changes.files.clone(),
            preexisting,
            dependency_changes,
        });
        crate::judge::finalize(
            &mut report,
            &self.enabled_rules_for_branch(),
            &self.options.baseline_ids,
            true,
            program.as_ref(),
        );
        Ok(report)
    }

    fn review_some(
        &self,
        root: &Path,
        only: Option<&HashSet<String>>,
        scope: ProjectScope,
    ) -> Result<(Report, Option<sechound_semantic::Program>), EngineError> {
        for (_, _, used) in &self.waivers {
            used.store(false, Ordering::Relaxed);
        }
        let started = Instant::now();
        let generated_at = now_rfc3339();
        if !root.is_dir() {
            return Err(EngineError::Root {
                path: root.display().to_string(),
                message: if root.exists() {
                    "not a directory".into()
                } else {
                    "no such directory".into()
                },
            });
        }
        let mut patterns = self.options.config.exclude.clone();
        patterns.extend(self.options.excludes.iter().cloned());
        let excludes =
            build_excludes(&patterns).map_err(|e| EngineError::Exclude(e.to_string()))?;
        let discovery = discover(root, &excludes);
        let files_discovered = discovery.files.len();
        let repo = DiskRepo {
            root: root.to_path_buf(),
            paths: discovery.files.iter().map(|f| f.relative.clone()).collect(),
            cache: sechound_rules::RepoCache::default(),
        };
        let in_scope: Vec<_> = discovery
            .files
            .into_iter()
            .filter(|f| only.is_none_or(|set| set.contains(&f.relative)))
            .collect();
        let files_in_scope = in_scope.len();
        let reviewable: Vec<(PathBuf, String, FileKind)> = in_scope
            .into_iter()
            .filter_map(|f| FileKind::from_path(&f.path).map(|k| (f.path, f.relative, k)))
            .collect();
        let files_not_read = (files_in_scope - reviewable.len()) as u64;

        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(worker_count(self.options.jobs))
            .build()
            .map_err(|e| EngineError::Threads(e.to_string()))?;
        if let Some(progress) = &self.options.progress {
            progress.start(reviewable.len());
        }
        let mut outcomes: Vec<FileOutcome> = pool.install(|| {
            reviewable
                .par_iter()
                .map(|(path, relative, kind)| {
                    let outcome = self.review_path(path, relative, *kind, &repo);
                    if let Some(progress) = &self.options.progress {
                        progress.advance();
                    }
                    outcome
                })
                .collect()
        });
        if let Some(progress) = &self.options.progress {
            progress.finish();
        }
        // A branch review's model also reads the files the branch did not touch: its program
        // links their summaries with those of the touched files.
        let branch_program = match &scope {
            ProjectScope::Untouched(_, summaries) if !self.options.parse_only => {
                let mut all: Vec<sechound_semantic::FileSummary> =
                    outcomes.iter().filter_map(|o| o.summary.clone()).collect();
                all.extend(summaries.iter().cloned());
                Some(sechound_semantic::Program::link(all))
            }
            _ => None,
        };
        let program = (!self.options.parse_only)
            .then(|| crate::semantic::settle(&mut outcomes, &|path| repo.read(path)));
        if program.is_some() {
            outcomes
                .iter_mut()
                .for_each(crate::semantic::fold_sink_findings);
        }
        let model = match (scope, &program) {
            (_, None) => None,
            (ProjectScope::Skip, _) => None,
            (ProjectScope::Whole, Some(program)) => {
                Some(self.project_review(Vec::new(), &mut outcomes, &repo, program))
            }
            (ProjectScope::Untouched(extra, _), Some(program)) => Some(self.project_review(
                extra,
                &mut outcomes,
                &repo,
                branch_program.as_ref().unwrap_or(program),
            )),
        };
        if only.is_none() && !self.options.parse_only {
            outcomes.extend(self.ci_controls(&repo));
        }
        let mut dependencies = match self.options.parse_only {
            true => Vec::new(),
            false => self.review_dependencies(&repo, only),
        };
        reconcile_unused(outcomes.iter_mut().chain(dependencies.iter_mut()));
        let mut report = assemble(
            root,
            generated_at,
            started,
            files_discovered,
            discovery.gaps,
            outcomes,
            &self.enabled_rules(),
        );
        report.stats.files_not_read = files_not_read;
        crate::dependencies::add_to_report(&mut report, dependencies, &self.enabled_rules());
        report.unused_waivers.extend(self.unused_config_waivers());
        if let Some(mut model) = model {
            crate::project::link_strengths(&mut model, &report.strengths);
            report.project = Some(model);
        }
        Ok((report, program))
    }

    fn review_path(
        &self,
        path: &Path,
        relative: &str,
        kind: FileKind,
        repo: &dyn RepoView,
    ) -> FileOutcome {
        match read_for_review(path, self.options.config.max_file_size) {
            Ok(bytes) => self.review_bytes(relative, kind, bytes, repo),
            // A file read only for secrets that is large, minified or binary is not a gap of the
            // review.
            Err((GapKind::TooLarge | GapKind::Minified | GapKind::Binary, _))
                if !kind.is_reviewed() =>
            {
                FileOutcome {
                    path: relative.to_string(),
                    secrets_only: true,
                    ..FileOutcome::default()
                }
            }
            Err((gap, detail)) => FileOutcome {
                path: relative.to_string(),
                secrets_only: !kind.is_reviewed(),
                gaps: vec![Gap {
                    kind: gap,
                    path: relative.to_string(),
                    detail,
                }],
                ..FileOutcome::default()
            },
        }
    }

    /// Reviews one file given by its relative path and contents. Returns `None` when sechound
    /// does not review files of that name.
    pub fn review_file(&self, relative: &str, bytes: Vec<u8>) -> Option<FileOutcome> {
        self.review_file_in(relative, bytes, &NoRepo)
    }

    /// Like [`Engine::review_file`], with the rest of the repository visible to the rules.
    pub fn review_file_in(
        &self,
        relative: &str,
        bytes: Vec<u8>,
        repo: &dyn RepoView,
    ) -> Option<FileOutcome> {
        let kind = FileKind::from_path(Path::new(relative))?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut outcome = self.review_bytes(relative, kind, bytes, repo);
        if !outcome.pending.is_empty() {
            // One file on its own: flows between its own functions.
            let read = |path: &str| (path == relative).then(|| text.clone());
            crate::semantic::settle(std::slice::from_mut(&mut outcome), &read);
        }
        crate::semantic::fold_sink_findings(&mut outcome);
        Some(outcome)
    }

    fn review_bytes(
        &self,
        relative: &str,
        kind: FileKind,
        bytes: Vec<u8>,
        repo: &dyn RepoView,
    ) -> FileOutcome {
        let deadline = Instant::now() + self.options.config.file_time_budget;
        let mut outcome = FileOutcome {
            path: relative.to_string(),
            secrets_only: !kind.is_reviewed(),
            ..FileOutcome::default()
        };
        let (text, lossy) = match classify(
            Path::new(relative),
            bytes,
            self.options.config.max_file_size,
        ) {
            Classified::Text { text, lossy } => {
                outcome.bytes = text.len() as u64;
                (text, lossy)
            }
            // Binary, minified or generated files are expected among the files read only for
            // secrets; they are not gaps of the review.
            Classified::Skipped(_, _) if !kind.is_reviewed() => return outcome,
            Classified::Skipped(gap, detail) => {
                outcome.gaps.push(Gap {
                    kind: gap,
                    path: relative.to_string(),
                    detail,
                });
                return outcome;
            }
        };
        if lossy {
            outcome.gaps.push(Gap {
                kind: GapKind::LossyUtf8,
                path: relative.to_string(),
                detail: "invalid UTF-8 sequences replaced; reviewed as decoded".into(),
            });
        }
        // A YAML file named otherwise that reads as a Compose file is reviewed as one.
        let kind = match kind {
            FileKind::Text if sechound_syntax::is_compose_content(Path::new(relative), &text) => {
                outcome.secrets_only = false;
                FileKind::Config(ConfigKind::Compose)
            }
            other => other,
        };
        match kind {
            FileKind::Code(language) => {
                self.review_code(relative, language, text, repo, deadline, &mut outcome)
            }
            FileKind::Config(config) => {
                self.review_config(relative, config, text, repo, deadline, &mut outcome)
            }
            FileKind::Text => self.review_text(relative, text, repo, deadline, &mut outcome),
        }
        outcome
    }

    /// Runs the file rules that read `kind` on `source`, until `deadline`; a rule that runs past
    /// it is a gap of the outcome.
    #[allow(clippy::too_many_arguments)]
    fn run_file_rules(
        &self,
        relative: &str,
        kind: TextKind,
        source: &sechound_syntax::SourceText,
        parsed: &ParsedConfig,
        repo: &dyn RepoView,
        deadline: Instant,
        outcome: &mut FileOutcome,
    ) -> (Vec<RawFinding>, Vec<RawStrength>) {
        let file = TextFile {
            path: relative,
            kind,
            source,
            parsed,
            repo,
        };
        let (findings, strengths, overrun) =
            run_file_rules_within(&file, &self.file_rules, Some(deadline));
        if let Some((rule, spent)) = overrun {
            outcome.gaps.push(self.budget_gap(
                relative,
                format!(
                    "rule `{}` took {:.1} s and ran past the per-file time budget; the text rules after it did not run",
                    rule.id,
                    spent.as_secs_f64()
                ),
            ));
        }
        (findings, strengths)
    }

    /// A gap for a per-file budget that ran out, naming the setting that sets it.
    fn budget_gap(&self, relative: &str, detail: String) -> Gap {
        Gap {
            kind: GapKind::Budget,
            path: relative.to_string(),
            detail: format!(
                "{detail} (budget: {} s per file, `max_seconds_per_file` in sechound.toml)",
                self.options.config.file_time_budget.as_secs_f64()
            ),
        }
    }

    fn review_config(
        &self,
        relative: &str,
        config: ConfigKind,
        text: String,
        repo: &dyn RepoView,
        deadline: Instant,
        outcome: &mut FileOutcome,
    ) {
        if let Some(language) = config.language() {
            self.review_code(relative, language, text, repo, deadline, outcome);
            outcome.kind_name = Some(config.name());
            return;
        }
        outcome.kind_name = Some(config.name());
        let source = sechound_syntax::SourceText::new(text);
        outcome.lines = source.line_count() as u64;
        outcome.reviewed = true;
        if self.options.parse_only {
            return;
        }
        let parsed = match config {
            ConfigKind::Dockerfile => {
                let instructions = parse_dockerfile(source.text());
                if let Some(detail) = dockerfile_problem(&instructions) {
                    outcome.gaps.push(Gap {
                        kind: GapKind::PartialParse,
                        path: relative.to_string(),
                        detail,
                    });
                }
                ParsedConfig::Dockerfile(instructions)
            }
            ConfigKind::Env => ParsedConfig::Env(parse_env(source.text())),
            ConfigKind::GithubActions => {
                let workflow = sechound_rules::gha::Workflow::parse(source.text());
                if let Some(at) = workflow.error_at {
                    outcome.gaps.push(Gap {
                        kind: GapKind::PartialParse,
                        path: relative.to_string(),
                        detail: format!(
                            "YAML syntax error near line {}; reviewed where the structure is sound",
                            source.line_of(at)
                        ),
                    });
                }
                ParsedConfig::Workflow(Box::new(workflow))
            }
            ConfigKind::Compose | ConfigKind::Terraform => ParsedConfig::None,
        };
        let (raw, strengths) = self.run_file_rules(
            relative,
            TextKind::Config(config),
            &source,
            &parsed,
            repo,
            deadline,
            outcome,
        );
        self.finish(
            relative,
            &source,
            (raw, strengths),
            (Vec::new(), Vec::new()),
            outcome,
        );
    }

    /// Turns what the rules found in one file into findings and strengths of the outcome.
    /// `specific` findings (code rules, configuration rules) win over `generic` ones (secret
    /// detection) that report the same secret.
    fn finish(
        &self,
        relative: &str,
        source: &sechound_syntax::SourceText,
        specific: (Vec<RawFinding>, Vec<RawStrength>),
        generic: (Vec<RawFinding>, Vec<RawStrength>),
        outcome: &mut FileOutcome,
    ) {
        let merged = merge_findings(specific.0, generic.0);
        outcome
            .secret_ranges
            .extend(merged.iter().flat_map(|r| r.secrets.iter().cloned()));
        let merged = self.cap_findings(relative, merged, outcome);
        let pending: Vec<Option<Pending>> = merged
            .iter()
            .map(|r| {
                let then = match (&r.flow, &r.value_check) {
                    (_, Some(check)) => Some(Pending::Value(check.clone())),
                    (Some(RawFlow::Pending(origins)), _) => {
                        Some(Pending::Flow(origins.clone(), r.needs_object))
                    }
                    _ => None,
                };
                match &r.callee_check {
                    Some(check) => Some(Pending::Callee(check.clone(), then.map(Box::new))),
                    None => then,
                }
            })
            .collect();
        // What a pending flow becomes when the linked program shows no request data reaching
        // it: a sink finding, built from the same place.
        let fallbacks: Vec<Option<RawFinding>> =
            merged.iter().map(RawFinding::sink_fallback).collect();
        let mut fallbacks = {
            let built = build_findings(
                relative,
                source,
                fallbacks.iter().flatten().cloned().collect(),
            );
            let mut built = built.into_iter();
            fallbacks
                .iter()
                .map(|f| f.as_ref().and_then(|_| built.next()))
                .collect::<Vec<_>>()
                .into_iter()
        };
        let values: Vec<Vec<String>> = merged
            .iter()
            .map(|r| {
                crate::evidence::secret_values(source, &crate::evidence::own_secrets(source, r))
            })
            .collect();
        let findings: Vec<Placed> = build_findings(relative, source, merged)
            .into_iter()
            .zip(pending)
            .map(|(finding, pending)| (finding, pending, fallbacks.next().flatten()))
            .collect();
        for ((finding, _, _), values) in findings.iter().zip(values) {
            outcome.secrets.extend(values.into_iter().map(|value| {
                sechound_core::FoundSecret::new(
                    finding.rule_id.clone(),
                    relative.to_string(),
                    finding.evidence.line,
                    finding.fingerprint.clone(),
                    value,
                )
            }));
        }
        outcome.strengths.extend(
            specific
                .1
                .into_iter()
                .chain(generic.1)
                .map(|raw| build_strength(relative, source, raw)),
        );
        self.place(findings, source, relative, outcome);
    }

    /// At most `max_findings_per_file` findings of one rule in one file; the rest is a gap naming
    /// the rule. The secrets the dropped findings masked stay masked: they travel with the first
    /// finding the rule keeps, since every quote from the file masks all of the file's secrets.
    fn cap_findings(
        &self,
        relative: &str,
        findings: Vec<RawFinding>,
        outcome: &mut FileOutcome,
    ) -> Vec<RawFinding> {
        let cap = self.options.config.max_findings_per_file.max(1);
        let mut counts: HashMap<&'static str, usize> = HashMap::new();
        for finding in &findings {
            *counts.entry(finding.rule.id).or_default() += 1;
        }
        if counts.values().all(|n| *n <= cap) {
            return findings;
        }
        let mut kept: Vec<RawFinding> = Vec::with_capacity(findings.len());
        let mut first_kept: HashMap<&'static str, usize> = HashMap::new();
        let mut seen: HashMap<&'static str, usize> = HashMap::new();
        for finding in findings {
            let n = seen.entry(finding.rule.id).or_default();
            *n += 1;
            if *n <= cap {
                first_kept.entry(finding.rule.id).or_insert(kept.len());
                kept.push(finding);
            } else {
                let carrier = first_kept[finding.rule.id];
                kept[carrier].secrets.extend(finding.secrets);
            }
        }
        let mut over: Vec<(&str, usize)> = counts.into_iter().filter(|(_, n)| *n > cap).collect();
        over.sort();
        for (rule, count) in over {
            outcome.gaps.push(Gap {
                kind: GapKind::Budget,
                path: relative.to_string(),
                detail: format!(
                    "rule `{rule}` reported {count} findings in this file; the first {cap} are listed, the other {} are not (cap: `max_findings_per_file` in sechound.toml)",
                    count - cap
                ),
            });
        }
        kept
    }

    /// A file read only for secrets.
    fn review_text(
        &self,
        relative: &str,
        text: String,
        repo: &dyn RepoView,
        deadline: Instant,
        outcome: &mut FileOutcome,
    ) {
        if self.options.parse_only {
            return;
        }
        let source = sechound_syntax::SourceText::new(text);
        let found = self.run_file_rules(
            relative,
            TextKind::Other,
            &source,
            &ParsedConfig::None,
            repo,
            deadline,
            outcome,
        );
        if found.0.is_empty() && found.1.is_empty() {
            return;
        }
        self.finish(relative, &source, found, (Vec::new(), Vec::new()), outcome);
    }

    fn review_code(
        &self,
        relative: &str,
        language: Language,
        text: String,
        repo: &dyn RepoView,
        deadline: Instant,
        outcome: &mut FileOutcome,
    ) {
        outcome.kind_name = Some(language.name());
        let Some(file) = parse_within(relative.to_string(), language, text, Some(deadline)) else {
            let gap = if Instant::now() >= deadline {
                self.budget_gap(
                    relative,
                    "the parser had not finished when the per-file time budget ran out; no rule ran".into(),
                )
            } else {
                Gap {
                    kind: GapKind::Malformed,
                    path: relative.to_string(),
                    detail: "the parser gave up on this file".into(),
                }
            };
            outcome.gaps.push(gap);
            return;
        };
        outcome.lines = file.source.line_count() as u64;
        outcome.reviewed = true;
        if file.has_syntax_errors() {
            outcome.gaps.push(Gap {
                kind: GapKind::PartialParse,
                path: relative.to_string(),
                detail: format!("syntax error near line {}", first_error_line(&file)),
            });
        }
        if self.options.parse_only {
            return;
        }
        // One reading of the imports, shared by the project model, the rules and the summary.
        let module = sechound_syntax::modules::read_file(&file);
        let facts = sechound_project::extract_with(&file, &module);
        if sechound_project::worth_keeping(&facts) {
            outcome.facts = Some(facts);
        }
        if Instant::now() >= deadline {
            outcome.gaps.push(self.budget_gap(
                relative,
                "reading the file's routes and controls for the project model used up the per-file time budget; no rule ran".into(),
            ));
            return;
        }
        let run = run_code_rules_within(
            &file,
            &self.rules,
            &self.dispatch[&language],
            repo,
            module,
            Some(deadline),
        );
        if let Some(summary) = &run.summary {
            outcome.frameworks = frameworks_in(summary);
            if summary.shallow {
                outcome.gaps.push(Gap {
                    kind: GapKind::Unresolved,
                    path: relative.to_string(),
                    detail: format!(
                        "over {} KiB: reviewed file by file, but calls into and out of it are not followed across files",
                        sechound_semantic::MAX_SUMMARY_BYTES / 1024
                    ),
                });
            }
        }
        outcome.summary = run.summary;
        let generic = match &run.overrun {
            Some(overrun) => {
                outcome.gaps.push(self.budget_gap(
                    relative,
                    format!(
                        "stopped at line {} of {}: rule `{}` had taken {:.1} s of the per-file time budget; the rest of the file was not checked",
                        overrun.line,
                        file.source.line_count(),
                        overrun.rule.id,
                        overrun.spent.as_secs_f64()
                    ),
                ));
                (Vec::new(), Vec::new())
            }
            None => {
                let text_kind = match language {
                    Language::Yaml => TextKind::Config(ConfigKind::Compose),
                    Language::Hcl => TextKind::Config(ConfigKind::Terraform),
                    _ => TextKind::Code(language),
                };
                self.run_file_rules(
                    relative,
                    text_kind,
                    &file.source,
                    &ParsedConfig::None,
                    repo,
                    deadline,
                    outcome,
                )
            }
        };
        self.finish(
            relative,
            &file.source,
            (run.findings, run.strengths),
            generic,
            outcome,
        );
    }

    /// The configured waiver for a finding of `rule` in `relative`, marked as used.
    fn configured_waiver(&self, rule: &str, relative: &str) -> Option<Suppression> {
        self.waivers
            .iter()
            .find(|(waiver, glob, _)| waiver.rule.value == rule && glob.is_match(relative))
            .map(|(waiver, _, used)| {
                used.store(true, Ordering::Relaxed);
                self.waiver_suppression(waiver)
            })
    }

    /// Configured waivers that matched no finding in this review.
    fn unused_config_waivers(&self) -> Vec<Suppression> {
        self.waivers
            .iter()
            .filter(|(_, _, used)| !used.load(Ordering::Relaxed))
            .map(|(waiver, _, _)| self.waiver_suppression(waiver))
            .collect()
    }

    /// A `[[waiver]]` as the report shows it, located in the configuration file.
    fn waiver_suppression(&self, waiver: &sechound_core::config::Waiver) -> Suppression {
        let config = self
            .options
            .config_path
            .as_deref()
            .unwrap_or("sechound.toml");
        Suppression {
            kind: "config".into(),
            rule: waiver.rule.value.clone(),
            reason: waiver.reason.clone(),
            source: format!("{config}:{}", waiver.rule.line),
            until: waiver.until.clone(),
        }
    }

    /// Applies severity overrides and inline suppressions, and sorts findings into the outcome.
    pub(crate) fn place(
        &self,
        findings: Vec<Placed>,
        source: &sechound_syntax::SourceText,
        relative: &str,
        outcome: &mut FileOutcome,
    ) {
        let suppressions = parse_inline_suppressions(source);
        let mut used = vec![false; suppressions.len()];
        let in_tests = is_test_path(relative);
        let adjust = |finding: &mut Finding| {
            if let Some(severity) = self.severity_overrides.get(finding.rule_id.as_str()) {
                finding.severity = *severity;
            }
            // Test code exercises dangerous patterns on purpose and rarely ships: whatever the
            // rule's certainty about the pattern, whether it matters is a guess.
            if in_tests {
                finding.confidence = sechound_core::Confidence::Low;
                finding.message.push_str(" (In test code.)");
            }
        };
        for (mut finding, pending, mut fallback) in findings {
            adjust(&mut finding);
            if let Some(fallback) = &mut fallback {
                adjust(fallback);
            }
            let inline = covering(
                &suppressions,
                &finding.rule_id,
                finding.evidence.line as usize,
            );
            if let Some(s) = inline {
                used[suppressions
                    .iter()
                    .position(|x| std::ptr::eq(x, s))
                    .unwrap_or(0)] = true;
            }
            let waiver = match inline {
                Some(s) if s.reason.is_empty() || s.bad_until.is_some() => {
                    let problem = match &s.bad_until {
                        Some(date) => format!("`until={date}` is not a date (YYYY-MM-DD)"),
                        None => "gives no reason".to_string(),
                    };
                    outcome.gaps.push(Gap {
                        kind: GapKind::Unresolved,
                        path: relative.to_string(),
                        detail: format!(
                            "line {}: `sechound-ignore: {}` {problem}, so the finding stays reported",
                            s.line, s.rule_id
                        ),
                    });
                    None
                }
                Some(s) => Some(s.to_suppression(relative)),
                None => self.configured_waiver(&finding.rule_id, relative),
            };
            let suppressed = match waiver {
                Some(waiver)
                    if waiver
                        .until
                        .as_deref()
                        .is_some_and(|until| until < self.today.as_str()) =>
                {
                    finding.message.push_str(&format!(
                        " (A waiver expired on {}: {}.)",
                        waiver.until.as_deref().unwrap_or_default(),
                        waiver.reason
                    ));
                    finding.expired_waiver = Some(waiver);
                    false
                }
                Some(waiver) => {
                    finding.suppression = Some(waiver);
                    true
                }
                None => false,
            };
            if let Some(fallback) = &mut fallback {
                fallback.suppression = finding.suppression.clone();
                if let Some(expired) = &finding.expired_waiver {
                    fallback.message.push_str(&format!(
                        " (A waiver expired on {}: {}.)",
                        expired.until.as_deref().unwrap_or_default(),
                        expired.reason
                    ));
                    fallback.expired_waiver = Some(expired.clone());
                }
            }
            match (pending, suppressed) {
                (Some(pending), _) => outcome.pending.push(PendingFinding {
                    finding,
                    pending,
                    suppressed,
                    fallback,
                }),
                (None, true) => outcome.suppressed.push(finding),
                (None, false) => outcome.findings.push(finding),
            }
        }
        for (suppression, used) in suppressions.iter().zip(&used) {
            if *used {
                outcome.used_suppressions.push(suppression.line);
            } else if !suppression.reason.is_empty() {
                outcome.unused.push(suppression.to_suppression(relative));
            }
        }
    }
}

/// A file's findings are placed in several outcomes (its own rules, project rules, the
/// dependency review), each listing the suppressions it did not use: a suppression is unused only
/// when no outcome of its file used it, and it is listed once.
fn reconcile_unused<'o>(outcomes: impl Iterator<Item = &'o mut FileOutcome>) {
    let outcomes: Vec<&mut FileOutcome> = outcomes.collect();
    let used: HashSet<String> = outcomes
        .iter()
        .flat_map(|o| {
            o.used_suppressions
                .iter()
                .map(|line| format!("{}:{line}", o.path))
        })
        .collect();
    let mut listed: HashSet<String> = HashSet::new();
    for outcome in outcomes {
        outcome
            .unused
            .retain(|s| !used.contains(&s.source) && listed.insert(s.source.clone()));
    }
}

/// Worker threads a review starts for `--jobs requested` (0: one per core). More threads than
/// twice the cores only add memory and contention, so a larger request is capped there.
pub fn worker_count(requested: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match requested {
        0 => cores,
        n => n.min(max_workers(cores)),
    }
}

/// The most worker threads a review starts on a machine of `cores` cores.
fn max_workers(cores: usize) -> usize {
    (cores * 2).max(4)
}

/// The rules of `all` that the configuration does not disable.
fn enabled<R: ?Sized>(
    all: &[&'static R],
    meta: impl Fn(&R) -> &'static sechound_core::RuleMeta,
    config: &Config,
) -> Vec<&'static R> {
    all.iter()
        .copied()
        .filter(|r| !config.disables(meta(r).id))
        .collect()
}

/// Why a Dockerfile reads as malformed: an unknown instruction, or no `FROM` at all.
fn dockerfile_problem(instructions: &[sechound_syntax::dockerfile::Instruction]) -> Option<String> {
    const KNOWN: &[&str] = &[
        "FROM",
        "RUN",
        "CMD",
        "LABEL",
        "MAINTAINER",
        "EXPOSE",
        "ENV",
        "ADD",
        "COPY",
        "ENTRYPOINT",
        "VOLUME",
        "USER",
        "WORKDIR",
        "ARG",
        "ONBUILD",
        "STOPSIGNAL",
        "HEALTHCHECK",
        "SHELL",
    ];
    if let Some(unknown) = instructions
        .iter()
        .find(|i| !KNOWN.contains(&i.keyword.as_str()))
    {
        return Some(format!(
            "unknown instruction `{}` at line {}; reviewed where the instructions are known",
            unknown.keyword, unknown.line
        ));
    }
    if !instructions.iter().any(|i| i.keyword == "FROM") {
        return Some("no `FROM` instruction: not a Dockerfile sechound can read".into());
    }
    None
}

fn first_error_line(file: &sechound_syntax::CodeFile) -> usize {
    let mut line = 0;
    sechound_syntax::node::walk(file.tree.root_node(), |n| {
        if line == 0 && (n.is_error() || n.is_missing()) {
            line = n.start_position().row + 1;
        }
        line == 0 && n.has_error()
    });
    line.max(1)
}

/// Current UTC time as RFC 3339, to the second.
fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// Which files the project model of a review is built from.
pub(crate) enum ProjectScope {
    /// Every reviewed file (a whole review).
    Whole,
    /// The reviewed files plus these facts and summaries of files not reviewed (a branch
    /// review).
    Untouched(
        Vec<sechound_project::FileFacts>,
        Vec<sechound_semantic::FileSummary>,
    ),
    /// No project model (a branch review that touched nothing the model reads).
    Skip,
}

/// The reviewed directory, for rules that look at a neighbouring file.
pub(crate) struct DiskRepo {
    root: PathBuf,
    paths: Vec<String>,
    /// What rules derive from the whole repository (the Terraform model), built once.
    cache: sechound_rules::RepoCache,
}

impl RepoView for DiskRepo {
    fn paths(&self) -> &[String] {
        &self.paths
    }

    fn cache(&self) -> Option<&sechound_rules::RepoCache> {
        Some(&self.cache)
    }

    fn read(&self, relative: &str) -> Option<String> {
        if self
            .paths
            .binary_search_by(|p| p.as_str().cmp(relative))
            .is_err()
        {
            return None;
        }
        std::fs::read_to_string(self.root.join(relative)).ok()
    }
}
