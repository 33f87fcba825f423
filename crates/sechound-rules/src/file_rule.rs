//! Rules over a file's text rather than a syntax tree: Dockerfiles, env files, and secret
//! detection in every text file (code included).

use crate::{RawFinding, RawStrength};
use sechound_core::RuleMeta;
use sechound_syntax::dockerfile::Instruction;
use sechound_syntax::dotenv::EnvEntry;
use sechound_syntax::{ConfigKind, Language, SourceText};
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

/// What kind of file a [`TextFile`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Code(Language),
    Config(ConfigKind),
    /// Any other text file (documentation, JSON, YAML, shell scripts ...): read for secrets only.
    Other,
}

/// A configuration file parsed once by the engine, for every rule that reads it.
#[derive(Debug, Clone)]
pub enum ParsedConfig {
    Dockerfile(Vec<Instruction>),
    Env(Vec<EnvEntry>),
    /// A GitHub Actions workflow or action metadata file.
    Workflow(Box<crate::gha::Workflow>),
    None,
}

/// The rest of the repository, for rules that need a neighbouring file (`.dockerignore`, `.env`).
pub trait RepoView: Sync {
    /// Every discovered file, relative to the root, `/`-separated, sorted.
    fn paths(&self) -> &[String];
    /// The text of a discovered file, if it can be read.
    fn read(&self, relative: &str) -> Option<String>;
    /// Values derived from the whole repository (the Terraform model), built once per review
    /// by the first rule that asks; `None` when the view keeps none (each file then derives
    /// its own).
    fn cache(&self) -> Option<&RepoCache> {
        None
    }
}

/// Per-review store of values derived from the whole repository, one per type, each built once
/// (the other threads asking meanwhile wait for it).
#[derive(Default)]
pub struct RepoCache {
    slots: Mutex<HashMap<TypeId, Arc<Slot>>>,
}

/// One value of a [`RepoCache`], built once.
type Slot = OnceLock<Arc<dyn Any + Send + Sync>>;

impl RepoCache {
    pub fn get_or_build<T: Any + Send + Sync>(&self, build: impl FnOnce() -> T) -> Arc<T> {
        let slot = {
            let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            slots.entry(TypeId::of::<T>()).or_default().clone()
        };
        let value = slot.get_or_init(|| Arc::new(build()) as Arc<dyn Any + Send + Sync>);
        value.clone().downcast::<T>().expect("keyed by its type")
    }
}

/// A repository of no other files (one file reviewed on its own).
pub struct NoRepo;

impl RepoView for NoRepo {
    fn paths(&self) -> &[String] {
        &[]
    }
    fn read(&self, _relative: &str) -> Option<String> {
        None
    }
}

pub struct TextFile<'a> {
    /// Relative to the reviewed root, `/`-separated.
    pub path: &'a str,
    pub kind: TextKind,
    pub source: &'a SourceText,
    pub parsed: &'a ParsedConfig,
    pub repo: &'a dyn RepoView,
}

impl TextFile<'_> {
    pub fn text(&self) -> &str {
        self.source.text()
    }

    /// True for prose and rendered documentation (`.md`, `.rst`, `.html`, `.txt`, `.adoc`), and
    /// files under `docs/`.
    pub fn is_documentation(&self) -> bool {
        let lower = self.path.to_ascii_lowercase();
        [".md", ".markdown", ".rst", ".html", ".htm", ".txt", ".adoc"]
            .iter()
            .any(|e| lower.ends_with(e))
            || lower.starts_with("docs/")
            || lower.starts_with("doc/")
            || lower.contains("/docs/")
    }
}

/// A rule over a file's text.
pub trait FileRule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// Whether the rule reads files of this kind.
    fn applies_to(&self, kind: TextKind) -> bool;
    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext);
}

/// Collects the findings of one rule on one file.
pub struct FileContext {
    rule: &'static RuleMeta,
    findings: Vec<RawFinding>,
    strengths: Vec<RawStrength>,
}

impl FileContext {
    pub fn new(rule: &'static RuleMeta) -> FileContext {
        FileContext {
            rule,
            findings: Vec::new(),
            strengths: Vec::new(),
        }
    }

    pub fn report(&mut self, range: Range<usize>, message: impl Into<String>) -> &mut RawFinding {
        self.findings
            .push(RawFinding::new(self.rule, range, message));
        self.findings.last_mut().expect("just pushed")
    }

    /// Records a control that is in place, shown in the report's strengths.
    pub fn strength(&mut self, range: Range<usize>, title: impl Into<String>) {
        self.strengths.push(RawStrength {
            rule: self.rule,
            range,
            title: title.into(),
        });
    }

    pub fn into_findings(self) -> Vec<RawFinding> {
        self.findings
    }
}

/// Runs every rule of `rules` that applies to `file`.
pub fn run_file_rules(
    file: &TextFile<'_>,
    rules: &[&dyn FileRule],
) -> (Vec<RawFinding>, Vec<RawStrength>) {
    let (findings, strengths, _) = run_file_rules_within(file, rules, None);
    (findings, strengths)
}

/// [`run_file_rules`] with a deadline: once it passes, the rules not yet run are skipped, and the
/// rule that ran last (and over) is returned with the time it took.
pub fn run_file_rules_within(
    file: &TextFile<'_>,
    rules: &[&dyn FileRule],
    deadline: Option<std::time::Instant>,
) -> (
    Vec<RawFinding>,
    Vec<RawStrength>,
    Option<(&'static RuleMeta, std::time::Duration)>,
) {
    let mut findings = Vec::new();
    let mut strengths = Vec::new();
    for rule in rules {
        if rule.applies_to(file.kind) {
            let started = std::time::Instant::now();
            let mut cx = FileContext::new(rule.meta());
            rule.check(file, &mut cx);
            findings.extend(cx.findings);
            strengths.extend(cx.strengths);
            if deadline.is_some_and(|at| std::time::Instant::now() >= at) {
                return (findings, strengths, Some((rule.meta(), started.elapsed())));
            }
        }
    }
    (findings, strengths, None)
}

/// Joins the findings of code rules and file rules on one file. A secret that a more specific
/// rule already reported (it masked the same bytes) is not reported again by a generic
/// secret-detection rule.
pub fn merge_findings(specific: Vec<RawFinding>, generic: Vec<RawFinding>) -> Vec<RawFinding> {
    let mut masked: Vec<Range<usize>> = specific
        .iter()
        .flat_map(|f| f.secrets.iter().cloned())
        .collect();
    masked.sort_by_key(|m| m.start);
    let longest = masked.iter().map(|m| m.len()).max().unwrap_or(0);
    // Whether a masked range overlaps `s`: only those starting at most `longest` bytes before it
    // can, so a file of many secrets is not compared pairwise.
    let overlaps = |s: &Range<usize>| {
        let from = masked.partition_point(|m| m.start + longest <= s.start);
        masked[from..]
            .iter()
            .take_while(|m| m.start < s.end)
            .any(|m| s.start < m.end)
    };
    let mut all = specific;
    for finding in generic {
        let repeats =
            finding.rule.id.starts_with("secrets.") && finding.secrets.iter().any(overlaps);
        if !repeats {
            all.push(finding);
        }
    }
    all
}
