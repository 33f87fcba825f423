//! What a rule sees while it checks a file, and the findings it reports.

use crate::RepoView;
use sechound_core::{Confidence, RuleMeta, Severity, Tier};
use sechound_syntax::js::taint::JsTaint;
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::python::taint::PyTaint;
use sechound_syntax::{CodeFile, Family, Node, Origin, Origins, TaintTrace};
use std::any::{Any, TypeId};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

/// A finding before it is placed in a report: a byte range in the file and what the rule said.
///
/// The engine turns it into a [`sechound_core::Finding`]: it quotes the lines, masks the
/// `secrets` ranges, applies suppressions and computes the fingerprint.
#[derive(Debug, Clone)]
pub struct RawFinding {
    pub rule: &'static RuleMeta,
    /// Byte range of the evidence.
    pub range: Range<usize>,
    pub message: String,
    pub severity: Severity,
    pub confidence: Confidence,
    /// Replaces the rule's recommendation when this occurrence needs a more specific one.
    pub recommendation: Option<String>,
    /// Byte ranges holding secret values, masked in every output.
    pub secrets: Vec<Range<usize>>,
    /// Further byte ranges of the same problem in this file.
    pub related: Vec<Range<usize>>,
    /// Where the value that reaches the evidence comes from, for a data-flow finding.
    pub flow: Option<RawFlow>,
    /// `Some(Tier::Sink)` for a sink finding; a finding with a `flow` is a flow finding.
    pub tier: Option<Tier>,
    /// For a pending flow: the message of the sink finding that replaces it when the linked
    /// program shows no request data reaching the call.
    pub fallback: Option<String>,
}

/// The origin of a data-flow finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawFlow {
    /// Request data read in this file: the finding stands as reported.
    Local(TaintTrace),
    /// Parameters or call results of this file: the finding stands only if the whole program
    /// shows request data reaching them. The message names the source as
    /// [`sechound_core::FLOW_SOURCE`] until then.
    Pending(Vec<Origin>),
}

impl RawFlow {
    /// The flow for a value with these origins: local when one of them is request data read
    /// here, pending when only parameters or calls are known, `None` when it has no origin.
    pub fn of(origins: &Origins) -> Option<RawFlow> {
        if let Some(trace) = origins.request() {
            return Some(RawFlow::Local(trace.clone()));
        }
        (!origins.is_empty()).then(|| RawFlow::Pending(origins.0.clone()))
    }

    pub fn is_pending(&self) -> bool {
        matches!(self, RawFlow::Pending(_))
    }

    /// The source as a message shows it: the expression for a local flow, the placeholder the
    /// engine fills for a pending one.
    pub fn source(&self) -> &str {
        match self {
            RawFlow::Local(trace) => &trace.source,
            RawFlow::Pending(_) => sechound_core::FLOW_SOURCE,
        }
    }
}

impl RawFinding {
    pub fn new(rule: &'static RuleMeta, range: Range<usize>, message: impl Into<String>) -> Self {
        RawFinding {
            rule,
            range,
            message: message.into(),
            severity: rule.severity,
            confidence: rule.confidence,
            recommendation: None,
            secrets: Vec::new(),
            related: Vec::new(),
            flow: None,
            tier: None,
            fallback: None,
        }
    }

    /// Makes this a sink finding: the dangerous call is seen, the origin of its value is not.
    /// Sink findings are low confidence and folded per file and rule.
    pub fn sink(&mut self) -> &mut Self {
        self.tier = Some(Tier::Sink);
        self.confidence = Confidence::Low;
        self
    }

    /// For a pending flow: reported as a sink finding with `message` when the linked program
    /// shows no request data reaching the call.
    pub fn or_sink(&mut self, message: impl Into<String>) -> &mut Self {
        self.fallback = Some(message.into());
        self
    }

    /// The sink finding a pending flow falls back to, if it has one.
    pub fn sink_fallback(&self) -> Option<RawFinding> {
        let message = self.fallback.clone()?;
        let mut sink = self.clone();
        sink.message = message;
        sink.flow = None;
        sink.fallback = None;
        sink.recommendation = self.recommendation.clone();
        sink.sink();
        Some(sink)
    }

    /// Marks the finding as a data flow from `flow`.
    pub fn flow(&mut self, flow: RawFlow) -> &mut Self {
        self.flow = Some(flow);
        self
    }

    pub fn severity(&mut self, severity: Severity) -> &mut Self {
        self.severity = severity;
        self
    }

    pub fn confidence(&mut self, confidence: Confidence) -> &mut Self {
        self.confidence = confidence;
        self
    }

    pub fn recommendation(&mut self, text: impl Into<String>) -> &mut Self {
        self.recommendation = Some(text.into());
        self
    }

    /// Masks the text of `node` wherever the evidence quotes it.
    pub fn mask(&mut self, node: Node<'_>) -> &mut Self {
        self.secrets.push(node.byte_range());
        self
    }

    pub fn mask_range(&mut self, range: Range<usize>) -> &mut Self {
        self.secrets.push(range);
        self
    }

    pub fn related(&mut self, node: Node<'_>) -> &mut Self {
        self.related.push(node.byte_range());
        self
    }
}

/// A control in place, recognised by a rule: a byte range and what it shows.
#[derive(Debug, Clone)]
pub struct RawStrength {
    pub rule: &'static RuleMeta,
    pub range: Range<usize>,
    pub title: String,
}

/// The file being checked, its lazily built taint analysis, and the findings reported so far.
pub struct CheckContext<'f> {
    pub file: &'f CodeFile,
    /// The rest of the repository, for rules that need a neighbouring file (Terraform
    /// variables declared in a sibling `variables.tf`).
    pub repo: &'f dyn RepoView,
    rule: &'static RuleMeta,
    js_taint: OnceCell<JsTaint<'f>>,
    py_taint: OnceCell<PyTaint<'f>>,
    module: OnceCell<ModuleRecord>,
    /// Answers of [`CheckContext::file_contains`], so rules that ask per node scan the file once.
    mentions: RefCell<HashMap<String, bool>>,
    from_imports: OnceCell<Vec<(String, Vec<String>)>>,
    test_file: OnceCell<bool>,
    /// Values several rules derive from the same file, built by the first that asks.
    derived: RefCell<HashMap<TypeId, Rc<dyn Any>>>,
    findings: Vec<RawFinding>,
    strengths: Vec<RawStrength>,
}

impl<'f> CheckContext<'f> {
    pub fn new(file: &'f CodeFile, repo: &'f dyn RepoView) -> CheckContext<'f> {
        CheckContext {
            file,
            repo,
            rule: &PLACEHOLDER,
            js_taint: OnceCell::new(),
            py_taint: OnceCell::new(),
            module: OnceCell::new(),
            mentions: RefCell::new(HashMap::new()),
            from_imports: OnceCell::new(),
            test_file: OnceCell::new(),
            derived: RefCell::new(HashMap::new()),
            findings: Vec::new(),
            strengths: Vec::new(),
        }
    }

    /// The file's text.
    pub fn src(&self) -> &'f str {
        self.file.text()
    }

    /// The text of `node`.
    pub fn text(&self, node: Node<'_>) -> &'f str {
        &self.file.text()[node.byte_range()]
    }

    pub fn js_taint(&self) -> &JsTaint<'f> {
        self.js_taint.get_or_init(|| JsTaint::new(self.file))
    }

    pub fn py_taint(&self) -> &PyTaint<'f> {
        self.py_taint.get_or_init(|| PyTaint::new(self.file))
    }

    /// The symbolic taint engine: also names parameters and unknown calls as origins, which the
    /// semantic layer follows across functions and files. Rules that report data flows ask it.
    pub fn js_flow(&self) -> &JsTaint<'f> {
        self.js_taint()
    }

    /// The symbolic taint engine for Python (see [`CheckContext::js_flow`]).
    pub fn py_flow(&self) -> &PyTaint<'f> {
        self.py_taint()
    }

    /// The file's imports and exports, read once.
    pub fn module(&self) -> &ModuleRecord {
        self.module.get_or_init(|| {
            let root = self.file.tree.root_node();
            match self.file.language.family() {
                Family::Js => sechound_syntax::modules::js::read(root, self.src()),
                Family::Python => sechound_syntax::modules::python::read(root, self.src()),
                _ => ModuleRecord::default(),
            }
        })
    }

    /// The qualified name of the function `call` invokes, through the file's imports:
    /// `pickle.loads` for `p.loads(x)` after `import pickle as p`, `child_process.exec` for
    /// `require('child_process').exec(cmd)`; names that are not imported as written.
    pub fn qualified(&self, call: Node<'_>) -> Option<String> {
        match self.file.language.family() {
            Family::Js => {
                sechound_syntax::modules::js::qualified_callee(self.module(), call, self.src())
            }
            Family::Python => {
                sechound_syntax::modules::python::qualified_callee(self.module(), call, self.src())
            }
            _ => None,
        }
    }

    /// The semantic summary of the file from what the walk collected and the taint engine the
    /// rules used, so that the calls and functions their pending flows number are the ones
    /// summarised.
    pub(crate) fn summary(
        &self,
        collected: sechound_semantic::extract::Collector<'f>,
    ) -> sechound_semantic::FileSummary {
        use sechound_semantic::extract::{Collector, Engine};
        let engine = match collected {
            Collector::Js(_) => Engine::Js(self.js_flow()),
            Collector::Python(_) => Engine::Python(self.py_flow()),
        };
        collected.finish(self.file, engine, self.module())
    }

    /// A value of type `T` derived from this file, built once by the first rule that asks and
    /// shared with the others (the Terraform module model, for one).
    pub fn derived<T: 'static>(&self, build: impl FnOnce() -> T) -> Rc<T> {
        let key = TypeId::of::<T>();
        if let Some(known) = self.derived.borrow().get(&key) {
            return Rc::clone(known).downcast::<T>().expect("keyed by its type");
        }
        let value = Rc::new(build());
        self.derived.borrow_mut().insert(key, value.clone());
        value
    }

    /// Whether the file is test code or test data (see [`crate::is_test_path`]).
    pub fn in_test_file(&self) -> bool {
        *self.test_file.get_or_init(|| {
            crate::is_test_path(&self.file.path)
                || self.file.path.to_ascii_lowercase().contains(".e2e-spec.")
        })
    }

    /// Whether the file's text contains `needle`; remembered per file, since rules ask it for
    /// every node they look at.
    pub fn file_contains(&self, needle: &str) -> bool {
        if let Some(known) = self.mentions.borrow().get(needle) {
            return *known;
        }
        let found = self.src().contains(needle);
        self.mentions.borrow_mut().insert(needle.to_string(), found);
        found
    }

    /// Python `from <module> import a, b as c` lines of the file: (module, imported names),
    /// read once per file.
    pub fn python_from_imports(&self) -> &[(String, Vec<String>)] {
        self.from_imports.get_or_init(|| {
            self.src()
                .lines()
                .filter_map(|line| {
                    let rest = line.trim_start().strip_prefix("from ")?;
                    let (module, names) = rest.split_once(" import ")?;
                    let names = names
                        .split([',', '(', ')'])
                        // `decode as jwt_decode` contributes both names.
                        .flat_map(|n| n.split_whitespace().filter(|w| *w != "as"))
                        .map(str::to_string)
                        .collect();
                    Some((module.trim().to_string(), names))
                })
                .collect()
        })
    }

    /// The text of the nearest file named `name` (e.g. `package.json`) in the file's directory
    /// or above it, within the reviewed repository.
    pub fn nearest_manifest(&self, name: &str) -> Option<String> {
        let mut dir = self.file.path.rsplit_once('/').map(|(d, _)| d.to_string());
        loop {
            let candidate = match &dir {
                Some(d) => format!("{d}/{name}"),
                None => name.to_string(),
            };
            if let Some(text) = self.repo.read(&candidate) {
                return Some(text);
            }
            dir = match dir {
                Some(d) => d.rsplit_once('/').map(|(parent, _)| parent.to_string()),
                None => return None,
            };
        }
    }

    pub(crate) fn set_rule(&mut self, rule: &'static RuleMeta) {
        self.rule = rule;
    }

    /// Reports a finding of the current rule at `node`; adjust it through the returned builder.
    pub fn report(&mut self, node: Node<'_>, message: impl Into<String>) -> &mut RawFinding {
        self.report_range(node.byte_range(), message)
    }

    pub fn report_range(
        &mut self,
        range: Range<usize>,
        message: impl Into<String>,
    ) -> &mut RawFinding {
        self.findings
            .push(RawFinding::new(self.rule, range, message));
        self.findings.last_mut().expect("just pushed")
    }

    /// Records a control that is in place (shown in the report's strengths), e.g. "S3 bucket
    /// `logs` encrypted with KMS".
    pub fn strength(&mut self, node: Node<'_>, title: impl Into<String>) {
        self.strengths.push(RawStrength {
            rule: self.rule,
            range: node.byte_range(),
            title: title.into(),
        });
    }

    pub fn into_findings(self) -> Vec<RawFinding> {
        self.findings
    }

    pub fn into_parts(self) -> (Vec<RawFinding>, Vec<RawStrength>) {
        (self.findings, self.strengths)
    }
}

static PLACEHOLDER: RuleMeta = RuleMeta {
    id: "",
    title: "",
    severity: Severity::Info,
    confidence: Confidence::Low,
    area: sechound_core::Area::ApiEndpoints,
    cwe: &[],
    owasp: sechound_core::Owasp::A05,
    effort: sechound_core::Effort::Minutes,
    impact: "",
    recommendation: "",
    verification: "",
    docs: "",
};
