//! What a rule sees while it checks a file, and the findings it reports.

use crate::RepoView;
use sechound_core::{Confidence, RuleMeta, Severity, Tier};
use sechound_syntax::js::taint::JsTaint;
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::python::taint::PyTaint;
use sechound_syntax::value::Value;
use sechound_syntax::{CodeFile, Family, Node, Origin, Origins, TaintTrace};
use std::any::{Any, TypeId};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

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
    /// Replaces the rule's impact when this occurrence's is narrower (a database password,
    /// not a signing key).
    pub impact: Option<String>,
    /// The cause this finding shares with findings of other rules or files (one secret set in
    /// several places); the engine folds findings of one cause into one.
    pub root_cause: Option<sechound_core::RootCause>,
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
    /// For a finding about a configuration value defined in another file: the value as read here
    /// and how to judge it once the linker resolves it. The finding stands only if the judgement
    /// says so.
    pub value_check: Option<ValueCheck>,
    /// For a call whose callee is imported from a module of the repository and was read as the
    /// package function that module may pass on: the finding stands only if the linked program
    /// shows the module does pass it on.
    pub callee_check: Option<CalleeCheck>,
    /// The danger needs a value that can arrive as an object (operator injection): a pending
    /// flow whose request data turns out to be a route parameter, header or cookie (always a
    /// string) does not carry it, and the finding is dropped.
    pub needs_object: bool,
}

/// A callee name read as a package function before the module it is imported from could be
/// followed: `exec` imported from `./utils`, read as `child_process.exec`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalleeCheck {
    /// The callee as written (`exec`, `utils.exec`).
    pub written: String,
    /// The package function it was read as.
    pub expected: &'static str,
}

/// A configuration value to judge once names from other files are resolved.
#[derive(Debug, Clone)]
pub struct ValueCheck {
    pub value: Value,
    /// What the rule says about the resolved value, given `context` (the API, as the message
    /// names it); `None` when the value is fine.
    pub judge: fn(&Value, &str) -> Option<Verdict>,
    pub context: String,
}

/// What a rule says about a resolved value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub message: String,
    pub severity: Option<Severity>,
    pub confidence: Option<Confidence>,
    /// Text that marks the definition's own line when the value is one member of a larger
    /// definition (`JWT_SECRET` in a config object that also holds other secrets): only the
    /// rule's finding on that line folds into this one. `None`: the whole definition.
    pub member: Option<String>,
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

/// True for request data that is always a string, whatever the client sends: route
/// parameters, headers, cookies and the URL (`req.params.id`, `@Param('id')`,
/// `req.headers['x']`, `req.originalUrl`). It cannot carry a query operator.
pub fn string_only_source(source: &str) -> bool {
    let source = source.to_ascii_lowercase();
    [
        "params",
        "headers",
        "header",
        "cookies",
        "@param",
        "originalurl",
        ".url",
        "signedcookies",
    ]
    .iter()
    .any(|s| source.contains(s))
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
            impact: None,
            root_cause: None,
            secrets: Vec::new(),
            related: Vec::new(),
            flow: None,
            tier: None,
            fallback: None,
            value_check: None,
            callee_check: None,
            needs_object: false,
        }
    }

    /// Makes the finding wait for `check`: it stands only if the resolved value is judged bad,
    /// and then takes the verdict's message.
    pub fn value_check(&mut self, check: ValueCheck) -> &mut Self {
        self.value_check = Some(check);
        self
    }

    /// Makes this a sink finding: the dangerous call is seen, the origin of its value is not.
    /// Sink findings are low confidence, count one severity lower than the flow would, and are
    /// folded per file and rule.
    pub fn sink(&mut self) -> &mut Self {
        if self.tier != Some(Tier::Sink) {
            self.severity = self.severity.lower();
        }
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

    /// Says the danger needs request data that can be an object (see
    /// [`RawFinding::needs_object`]).
    pub fn needs_object(&mut self) -> &mut Self {
        self.needs_object = true;
        self
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

    pub fn impact(&mut self, text: impl Into<String>) -> &mut Self {
        self.impact = Some(text.into());
        self
    }

    pub fn root_cause(&mut self, cause: sechound_core::RootCause) -> &mut Self {
        self.root_cause = Some(cause);
        self
    }

    /// Names the secret the finding is about: its impact, its shared root cause, and (given
    /// `recommendation`) advice that names it.
    pub fn about_secret(&mut self, name: &str, recommendation: String) -> &mut Self {
        let kind = crate::secrets::kinds::SecretKind::of(name);
        self.impact = Some(kind.impact(name));
        self.root_cause = Some(kind.root_cause(name));
        self.recommendation = Some(recommendation);
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
    test_file: OnceCell<bool>,
    /// Values several rules derive from the same file, built by the first that asks.
    derived: RefCell<HashMap<TypeId, Rc<dyn Any>>>,
    findings: Vec<RawFinding>,
    strengths: Vec<RawStrength>,
    /// Calls the current rule read through [`CheckContext::qualified`] as a package function
    /// passed on by a module of the repository, by byte range: its findings there wait for
    /// the linker to confirm it.
    assumed: RefCell<Vec<(Range<usize>, CalleeCheck)>>,
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
            test_file: OnceCell::new(),
            derived: RefCell::new(HashMap::new()),
            findings: Vec::new(),
            strengths: Vec::new(),
            assumed: RefCell::new(Vec::new()),
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

    /// What `expr` can be: literals, environment reads with defaults, objects, one-ofs, and
    /// references to names of other files that the linker resolves (see
    /// [`Value::has_references`]).
    pub fn value(&self, expr: Node<'f>) -> Value {
        match self.file.language.family() {
            Family::Js => sechound_syntax::js::value::ValueReader::new(
                self.js_taint(),
                self.module(),
                self.src(),
            )
            .value(expr),
            Family::Python => sechound_syntax::python::value::ValueReader::new(
                self.py_taint(),
                self.module(),
                self.src(),
            )
            .value(expr),
            _ => Value::Unknown,
        }
    }

    /// Gives the file's module record when the caller has already read it.
    pub fn set_module(&mut self, module: ModuleRecord) {
        let _ = self.module.set(module);
    }

    /// The file's imports and exports, read once.
    pub fn module(&self) -> &ModuleRecord {
        self.module
            .get_or_init(|| sechound_syntax::modules::read_file(self.file))
    }

    /// The qualified name of the function `call` invokes, through the file's imports:
    /// `pickle.loads` for `p.loads(x)` after `import pickle as p`, `child_process.exec` for
    /// `require('child_process').exec(cmd)`; names that are not imported as written.
    pub fn qualified(&self, call: Node<'f>) -> Option<String> {
        let qualified = self.qualified_here(call);
        self.through_repository_module(call, qualified)
    }

    /// [`CheckContext::qualified`] as far as this file's imports tell.
    fn qualified_here(&self, call: Node<'f>) -> Option<String> {
        match self.file.language.family() {
            Family::Js => {
                let written = sechound_syntax::js::callee_path(call, self.src());
                let qualified =
                    sechound_syntax::modules::js::qualified_callee(self.module(), call, self.src());
                if qualified.is_some() && qualified != written {
                    return qualified;
                }
                // `const cp = require('child_process')` inside a function: the local binding
                // says where the name comes from.
                self.js_local_require(call).or(qualified)
            }
            Family::Python => {
                sechound_syntax::modules::python::qualified_callee(self.module(), call, self.src())
            }
            _ => None,
        }
    }

    /// A callee imported from a module of the repository under the name of a dangerous
    /// package function (`import { exec } from './utils'`, `from .helpers import loads`) is
    /// read as that function: modules that gather helpers often pass a package's functions on
    /// (`export { exec } from 'child_process'`). The reading is recorded, and findings of the
    /// current rule at the call wait for the linker to confirm it (`RawFinding::callee_check`);
    /// where the module defines a function of that name itself, they are dropped.
    fn through_repository_module(
        &self,
        call: Node<'f>,
        qualified: Option<String>,
    ) -> Option<String> {
        let family = self.file.language.family();
        let sinks = crate::sink_table::package_sinks(family)?;
        // Most calls stop here: their name is no package sink's, or they already are one.
        let q = qualified.as_deref()?;
        let Some(expected) = sinks.candidate(q.rsplit('.').next().unwrap_or(q)) else {
            return qualified;
        };
        if sinks.contains(q) {
            return qualified;
        }
        let written = match family {
            Family::Js => sechound_syntax::js::callee_path(call, self.src()),
            _ => sechound_syntax::python::callee_path(call, self.src()),
        };
        let Some(written) = written else {
            return qualified;
        };
        let head = written.split('.').next().unwrap_or(&written);
        let Some(import) = self.module().import_at(head, call.start_byte()) else {
            return qualified;
        };
        let repository_module = match family {
            // Relative paths and the usual aliases of a project's source root.
            Family::Js => {
                ["./", "../", "/", "@/", "~/", "#", "src/"]
                    .iter()
                    .any(|p| import.module.starts_with(p))
                    || import.module == "."
                    || import.module == ".."
            }
            _ => import.module.starts_with('.') || self.is_python_module_here(&import.module),
        };
        if !repository_module {
            return qualified;
        }
        let range = call.byte_range();
        let mut assumed = self.assumed.borrow_mut();
        if !assumed.iter().any(|(r, _)| *r == range) {
            assumed.push((range, CalleeCheck { written, expected }));
        }
        Some(expected.to_string())
    }

    /// True when a Python file of the repository has the dotted module name `module`
    /// (`app.utils` for `app/utils.py`, `src/app/utils/__init__.py`, …).
    fn is_python_module_here(&self, module: &str) -> bool {
        self.repo_index(|| PythonModules::of(self.repo.paths()))
            .0
            .contains(module)
    }

    /// The qualified callee when its head is a local bound to `require('m')` (or a member or a
    /// destructured part of it): `child_process.exec` for `cp.exec()` after
    /// `const cp = require('child_process')` in the same function.
    fn js_local_require(&self, call: Node<'f>) -> Option<String> {
        use sechound_syntax::js::{callee, dotted_path, required_module, unwrap};
        let src = self.src();
        let path = dotted_path(callee(call)?, src)?;
        let (head, rest) = match path.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (path.as_str(), None),
        };
        let mut root = unwrap(callee(call)?);
        while root.kind() == "member_expression" {
            root = unwrap(root.field("object")?);
        }
        let binding = self.js_taint().bindings(root).into_iter().last()?;
        let (value, destructured) = match binding {
            sechound_syntax::BoundValue::Expr(v) => (unwrap(v), false),
            sechound_syntax::BoundValue::Part(v) => (unwrap(v), true),
            sechound_syntax::BoundValue::Param(_) => return None,
        };
        // `require('m')` or `require('m').member`.
        let (call_node, member) = match value.kind() {
            "call_expression" => (value, None),
            "member_expression" => (
                unwrap(value.field("object")?),
                value
                    .field("property")
                    .map(|p| src[p.byte_range()].to_string()),
            ),
            _ => return None,
        };
        let module = required_module(call_node, src)?;
        let module = module.strip_prefix("node:").unwrap_or(&module).to_string();
        let mut out = module;
        if let Some(member) = member {
            out.push('.');
            out.push_str(&member);
        }
        if destructured {
            out.push('.');
            out.push_str(head);
        }
        if let Some(rest) = rest {
            out.push('.');
            out.push_str(rest);
        }
        Some(out)
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

    /// A value built from the whole repository (an index of its modules, helpers or
    /// registrations): once per review when the review shares a [`crate::RepoCache`], once for
    /// this file otherwise.
    pub fn repo_index<T: Any + Send + Sync>(&self, build: impl FnOnce() -> T) -> Arc<T> {
        match self.repo.cache() {
            Some(cache) => cache.get_or_build(build),
            None => Arc::clone(&self.derived(|| Arc::new(build()))),
        }
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

    /// True when the file imports `module` or a module inside it, by the module record:
    /// `import yaml`, `from yaml import load`, `import xml.etree.ElementTree` for `xml`;
    /// `require('fs')`, `import fs from 'node:fs'`, `require('fs/promises')` for `fs`.
    pub fn imports_module(&self, module: &str) -> bool {
        let separator = match self.file.language.family() {
            Family::Python => '.',
            _ => '/',
        };
        self.module().imports.iter().any(|i| {
            i.module == module
                || i.module
                    .strip_prefix(module)
                    .is_some_and(|rest| rest.starts_with(separator))
        })
    }

    /// True when the file imports `name` from `module` (`from flask import session`,
    /// `const { exec } = require('child_process')`), under any local name.
    pub fn imports_name(&self, module: &str, name: &str) -> bool {
        self.module().imports.iter().any(|i| {
            i.module == module
                && matches!(&i.name, sechound_syntax::modules::ImportedName::Named(n) if n == name)
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
        self.assumed.get_mut().clear();
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
        let mut finding = RawFinding::new(self.rule, range.clone(), message);
        finding.callee_check = self
            .assumed
            .get_mut()
            .iter()
            .find(|(call, _)| call.start < range.end && range.start < call.end)
            .map(|(_, check)| check.clone());
        self.findings.push(finding);
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

    /// The confidence the current rule declares.
    pub fn rule_confidence(&self) -> Confidence {
        self.rule.confidence
    }

    /// How many findings were reported so far (for rules that post-process their own).
    pub(crate) fn finding_count(&self) -> usize {
        self.findings.len()
    }

    pub(crate) fn strength_count(&self) -> usize {
        self.strengths.len()
    }

    /// Takes back the findings reported since `start`, to fold or relabel them.
    pub(crate) fn take_findings_from(&mut self, start: usize) -> Vec<RawFinding> {
        self.findings.split_off(start.min(self.findings.len()))
    }

    pub(crate) fn put_finding(&mut self, finding: RawFinding) {
        self.findings.push(finding);
    }

    /// Drops strengths recorded since `start` that repeat one (same place, same title).
    pub(crate) fn dedup_strengths_from(&mut self, start: usize) {
        let recent = self.strengths.split_off(start.min(self.strengths.len()));
        for strength in recent {
            if !self.strengths[start.min(self.strengths.len())..]
                .iter()
                .any(|s| s.range == strength.range && s.title == strength.title)
            {
                self.strengths.push(strength);
            }
        }
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
    quiet_behind_role: false,
};

/// Every dotted name a Python file of the repository can be imported under: each tail of its
/// path (`src/app/utils.py` gives `src.app.utils`, `app.utils` and `utils`).
struct PythonModules(std::collections::HashSet<String>);

impl PythonModules {
    fn of(paths: &[String]) -> PythonModules {
        let mut names = std::collections::HashSet::new();
        for path in paths {
            let Some(stem) = path.strip_suffix(".py") else {
                continue;
            };
            let stem = stem.strip_suffix("/__init__").unwrap_or(stem);
            let dotted = stem.replace('/', ".");
            let mut tail = dotted.as_str();
            loop {
                names.insert(tail.to_string());
                match tail.split_once('.') {
                    Some((_, rest)) => tail = rest,
                    None => break,
                }
            }
        }
        PythonModules(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sechound_syntax::{Language, parse};

    fn qualified_calls(path: &str, language: Language, code: &str) -> Vec<String> {
        let file = parse(path.into(), language, code.into()).unwrap();
        let cx = CheckContext::new(&file, &crate::NoRepo);
        let mut out = Vec::new();
        sechound_syntax::node::walk(file.tree.root_node(), |n| {
            if matches!(n.kind(), "call" | "call_expression")
                && let Some(q) = cx.qualified(n)
            {
                out.push(q);
            }
            true
        });
        out
    }

    #[test]
    fn aliased_and_local_imports_resolve_to_the_module() {
        let js = qualified_calls(
            "a.js",
            Language::JavaScript,
            "import { exec as run } from 'child_process';\nrun(cmd);\nfunction f() { const cp = require('node:child_process'); cp.execSync(x); }\nfunction g() { const { spawn } = require('child_process'); spawn(y); }\nrequire('vm').runInNewContext(code);\n",
        );
        for expected in [
            "child_process.exec",
            "child_process.execSync",
            "child_process.spawn",
            "vm.runInNewContext",
        ] {
            assert!(js.iter().any(|q| q == expected), "{expected} in {js:?}");
        }
        let py = qualified_calls(
            "a.py",
            Language::Python,
            "import pickle as p\nfrom yaml import load as yload\ndef f(x):\n    import marshal as m\n    return p.loads(x), yload(x), m.loads(x)\n",
        );
        for expected in ["pickle.loads", "yaml.load", "marshal.loads"] {
            assert!(py.iter().any(|q| q == expected), "{expected} in {py:?}");
        }
    }
}
