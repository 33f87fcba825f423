//! Linking the whole program and settling the data-flow findings that waited for it: a finding
//! whose value came from a parameter or a call stands when the linked program shows request data
//! reaching it, with every step from the source to the sink.

use crate::evidence::quote_line;
use crate::review::{FileOutcome, Pending};
use sechound_core::{FLOW_SOURCE, Finding, FlowStep, FlowStepKind, Tier};
use sechound_rules::{CalleeCheck, ValueCheck};
use sechound_semantic::{Program, Step, StepKind, Witness};
use sechound_syntax::SourceText;
use std::collections::BTreeMap;

/// Links the summaries of `outcomes` and moves each pending finding that stands into its file's
/// findings (or suppressed findings). `read` gives a file's text, to mask the secrets of the
/// lines a flow step quotes.
pub(crate) fn settle(
    outcomes: &mut [FileOutcome],
    read: &dyn Fn(&str) -> Option<String>,
) -> Program {
    let summaries = outcomes
        .iter_mut()
        .filter_map(|o| o.summary.take())
        .collect();
    let program = Program::link(summaries);
    let secrets: BTreeMap<String, Vec<std::ops::Range<usize>>> = outcomes
        .iter()
        .filter(|o| !o.secret_ranges.is_empty())
        .map(|o| (o.path.clone(), o.secret_ranges.clone()))
        .collect();
    let mut sources: BTreeMap<String, Option<SourceText>> = BTreeMap::new();
    // A step's code, with the secrets of its line masked as evidence is.
    let mut quote = |s: &Step| -> FlowStep {
        let mut code = s.code.clone();
        if let Some(ranges) = secrets.get(&s.path) {
            let source = sources
                .entry(s.path.clone())
                .or_insert_with(|| read(&s.path).map(SourceText::new));
            if let Some(source) = source {
                // A value's definition can span lines (`module.exports = {` … `}`): every line
                // of it is masked, then condensed as the step's code is.
                let (first, last) = if s.kind == StepKind::Value {
                    program.definition_span(&s.path, s.line)
                } else {
                    (s.line, s.line)
                };
                let count = source.line_count().max(1);
                let first = (first as usize).clamp(1, count);
                let last = (last as usize).clamp(first, count);
                let start = source.line_start(first);
                let end = source.line_start(last) + source.line(last).len();
                if ranges.iter().any(|r| r.start < end && r.end > start) {
                    let joined: Vec<String> = (first..=last)
                        .map(|line| quote_line(source, line, ranges).trim().to_string())
                        .collect();
                    code = condense(&joined.join(" "));
                }
            }
        }
        FlowStep {
            path: s.path.clone(),
            line: s.line,
            code,
            kind: step_kind(s.kind),
        }
    };
    let mut superseded: Vec<Superseded> = Vec::new();
    // Value findings about one member of a definition (a signing key in a config object): they
    // join the definition's own finding, which stays where the value is written (and the
    // secret is), once all findings are known.
    let mut into_definition: Vec<(usize, Finding, String)> = Vec::new();
    for (index, outcome) in outcomes.iter_mut().enumerate() {
        let pendings = std::mem::take(&mut outcome.pending);
        let path = outcome.path.clone();
        for pending in pendings {
            let suppressed = pending.suppressed;
            let (finding, member) = settle_one(
                &program,
                &path,
                pending.pending,
                pending.finding,
                pending.fallback,
                &mut quote,
            );
            let Some(finding) = finding else {
                continue;
            };
            if suppressed {
                outcome.suppressed.push(finding);
                continue;
            }
            match member {
                Some(member) => into_definition.push((index, finding, member)),
                None => {
                    // The same rule reporting the definition a value finding cites reports one
                    // problem twice: the finding where the value takes effect wins.
                    for step in finding
                        .flow
                        .iter()
                        .filter(|s| s.kind == FlowStepKind::Value)
                    {
                        let span = program.definition_span(&step.path, step.line);
                        superseded.push((finding.rule_id.clone(), step.path.clone(), span));
                    }
                    outcome.findings.push(finding);
                }
            }
        }
    }
    if !superseded.is_empty() {
        for outcome in outcomes.iter_mut() {
            let cited = |f: &Finding| {
                superseded.iter().any(|(rule, path, (first, last))| {
                    *rule == f.rule_id
                        && *path == f.evidence.path
                        && (*first..=*last).contains(&f.evidence.line)
                })
            };
            outcome.findings.retain(|f| !cited(f));
            outcome.suppressed.retain(|f| !cited(f));
        }
    }
    join_definitions(&program, outcomes, into_definition);
    program
}

/// The summary of a file read outside a review (the files a branch did not touch), with its
/// own taint engine; `None` for files that are not JavaScript, TypeScript or Python.
pub(crate) fn summarize_alone(
    file: &sechound_syntax::CodeFile,
    module: &sechound_syntax::modules::ModuleRecord,
) -> Option<sechound_semantic::FileSummary> {
    use sechound_semantic::extract::Engine as Taint;
    match file.language.family() {
        sechound_syntax::Family::Js => {
            let taint = sechound_syntax::js::taint::JsTaint::symbolic(file);
            Some(sechound_semantic::summarize(
                file,
                Taint::Js(&taint),
                module,
            ))
        }
        sechound_syntax::Family::Python => {
            let taint = sechound_syntax::python::taint::PyTaint::symbolic(file);
            Some(sechound_semantic::summarize(
                file,
                Taint::Python(&taint),
                module,
            ))
        }
        _ => None,
    }
}

/// A definition whose own findings of a rule fold into the value finding that cites it: rule,
/// path, lines.
type Superseded = (String, String, (u32, u32));

/// Value findings about one member of a definition join the rule's finding on the line that
/// defines the member: its flow gains each place the value takes effect, and its message says
/// where. Without such a finding, the first place reports it and the others are further
/// locations of it.
fn join_definitions(
    program: &Program,
    outcomes: &mut [FileOutcome],
    uses: Vec<(usize, Finding, String)>,
) {
    // (outcome, finding) of each definition finding, with the places it takes effect.
    let mut joined: BTreeMap<(usize, usize), Vec<(String, u32)>> = BTreeMap::new();
    let mut first_use: BTreeMap<(String, String, u32, String), (usize, usize)> = BTreeMap::new();
    for (index, finding, member) in uses {
        let cited = finding
            .flow
            .iter()
            .filter(|s| s.kind == FlowStepKind::Value)
            .map(|s| (s.path.clone(), program.definition_span(&s.path, s.line)))
            .collect::<Vec<_>>();
        let definition = outcomes.iter().enumerate().find_map(|(o, outcome)| {
            let at = outcome.findings.iter().position(|f| {
                f.rule_id == finding.rule_id
                    && cited.iter().any(|(path, (first, last))| {
                        *path == f.evidence.path && (*first..=*last).contains(&f.evidence.line)
                    })
                    && f.evidence
                        .snippet
                        .iter()
                        .any(|l| l.marked && l.text.contains(member.as_str()))
            })?;
            Some((o, at))
        });
        if let Some((o, at)) = definition {
            let target = &mut outcomes[o].findings[at];
            if target.flow.is_empty() {
                target.flow.push(FlowStep {
                    path: target.evidence.path.clone(),
                    line: target.evidence.line,
                    code: crate::evidence::sink_code(&target.evidence),
                    kind: FlowStepKind::Value,
                });
            }
            target.flow.push(FlowStep {
                path: finding.evidence.path.clone(),
                line: finding.evidence.line,
                code: crate::evidence::sink_code(&finding.evidence),
                kind: FlowStepKind::Sink,
            });
            joined
                .entry((o, at))
                .or_default()
                .push((finding.evidence.path.clone(), finding.evidence.line));
            continue;
        }
        let Some(step) = finding.flow.iter().rfind(|s| s.kind == FlowStepKind::Value) else {
            outcomes[index].findings.push(finding);
            continue;
        };
        let key = (
            finding.rule_id.clone(),
            step.path.clone(),
            step.line,
            member,
        );
        if let Some(&(o, at)) = first_use.get(&key) {
            outcomes[o].findings[at].related.push(finding.evidence);
            continue;
        }
        first_use.insert(key, (index, outcomes[index].findings.len()));
        outcomes[index].findings.push(finding);
    }
    for ((o, at), places) in joined {
        let finding = &mut outcomes[o].findings[at];
        let (path, line) = &places[0];
        let more = match places.len() {
            1 => String::new(),
            2 => " and 1 more place".to_string(),
            n => format!(" and {} more places", n - 1),
        };
        finding.message = format!(
            "{} It takes effect at `{path}:{line}`{more}.",
            finding.message.trim_end()
        );
    }
}

/// Whitespace runs as one space, at most 80 characters (as the summaries quote code).
fn condense(text: &str) -> String {
    let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.chars().count() > 80 {
        let cut: String = words.chars().take(80).collect();
        format!("{cut}…")
    } else {
        words
    }
}

/// What one pending finding becomes once the program is linked: the finding (or the sink
/// finding that replaces it), and the member of a definition it is about, if any.
fn settle_one(
    program: &Program,
    path: &str,
    pending: Pending,
    finding: Finding,
    fallback: Option<Finding>,
    quote: &mut impl FnMut(&Step) -> FlowStep,
) -> (Option<Finding>, Option<String>) {
    match pending {
        Pending::Flow(origins, needs_object) => (
            settle_flow(program, path, &origins, needs_object, finding, quote)
                // No request data reaches it: what is left is the dangerous call itself.
                .or(fallback),
            None,
        ),
        Pending::Value(check) => match settle_value(program, path, &check, finding, quote) {
            Some((finding, member)) => (Some(finding), member),
            None => (None, None),
        },
        Pending::Callee(check, then) => {
            let Some((finding, fallback)) = settle_callee(program, path, &check, finding, fallback)
            else {
                return (None, None);
            };
            match then {
                Some(then) => settle_one(program, path, *then, finding, fallback, quote),
                None => (Some(finding), None),
            }
        }
    }
}

/// The finding (and its sink fallback) with the module that passes the package function on,
/// when the linker confirms the callee is that function.
fn settle_callee(
    program: &Program,
    path: &str,
    check: &CalleeCheck,
    mut finding: Finding,
    mut fallback: Option<Finding>,
) -> Option<(Finding, Option<Finding>)> {
    let (qualified, through) = program.reexported_package_name(path, &check.written)?;
    if qualified != check.expected {
        return None;
    }
    let note = format!(
        " `{}` is `{qualified}`, passed on by `{through}`.",
        check.written
    );
    for f in std::iter::once(&mut finding).chain(fallback.as_mut()) {
        f.message = format!("{}{note}", f.message.trim_end());
    }
    Some((finding, fallback))
}

/// The flow finding with the steps from the request data to its sink, when request data reaches
/// the origins.
fn settle_flow(
    program: &Program,
    path: &str,
    origins: &[sechound_syntax::Origin],
    needs_object: bool,
    mut finding: Finding,
    quote: &mut impl FnMut(&Step) -> FlowStep,
) -> Option<Finding> {
    let witness = program.request_flow(path, origins)?;
    if needs_object
        && witness
            .source()
            .is_some_and(|s| sechound_rules::string_only_source(&s.code))
    {
        return None;
    }
    let mut steps: Vec<FlowStep> = witness.steps.iter().map(&mut *quote).collect();
    steps.append(&mut finding.flow);
    finding.message = crate::evidence::sentence_case(
        finding
            .message
            .replace(FLOW_SOURCE, &describe_source(&witness, &steps)),
    );
    finding.flow = steps;
    Some(finding)
}

/// The configuration finding with the rule's verdict on the resolved value and the places the
/// value is defined, when the verdict says it is bad.
fn settle_value(
    program: &Program,
    path: &str,
    check: &ValueCheck,
    mut finding: Finding,
    quote: &mut impl FnMut(&Step) -> FlowStep,
) -> Option<(Finding, Option<String>)> {
    let (value, steps) = program.resolve_value(path, &check.value);
    let verdict = (check.judge)(&value, &check.context)?;
    let mut flow: Vec<FlowStep> = steps.iter().map(&mut *quote).collect();
    let defined = flow
        .last()
        .map(|s| format!(" (defined at `{}:{}`)", s.path, s.line))
        .unwrap_or_default();
    flow.push(FlowStep {
        path: finding.evidence.path.clone(),
        line: finding.evidence.line,
        code: crate::evidence::sink_code(&finding.evidence),
        kind: FlowStepKind::Sink,
    });
    finding.message = format!("{}{defined}.", verdict.message.trim_end_matches('.'));
    if let Some(severity) = verdict.severity {
        finding.severity = severity;
    }
    if let Some(confidence) = verdict.confidence {
        finding.confidence = confidence;
    }
    finding.flow = flow;
    Some((finding, verdict.member))
}

/// "`req.query.name` (routes/users.js:3)", "the route parameter `q` (app/api.py:11)": where the
/// request data is read.
fn describe_source(witness: &Witness, steps: &[FlowStep]) -> String {
    let (Some(source), Some(shown)) = (witness.source(), steps.first()) else {
        return "request data".to_string();
    };
    let code = shown.code.as_str();
    if code.contains(['.', '(', '[', '{']) {
        format!("`{code}` ({}:{})", source.path, source.line)
    } else {
        // A handler parameter the framework fills from the request: `q: str`, `name=None`.
        let name = code.split([':', '=']).next().unwrap_or(code).trim();
        format!(
            "the route parameter `{name}` ({}:{})",
            source.path, source.line
        )
    }
}

fn step_kind(kind: StepKind) -> FlowStepKind {
    match kind {
        StepKind::Source => FlowStepKind::Source,
        StepKind::Call | StepKind::Return => FlowStepKind::Call,
        StepKind::Sink => FlowStepKind::Sink,
        StepKind::Value => FlowStepKind::Value,
    }
}

/// Folds the sink findings of each rule in one file into one finding: the first call is the
/// evidence and the others are listed with it. A sink finding says only that a dangerous call
/// takes a value whose origin was not followed; one per call would bury the flow findings.
pub(crate) fn fold_sink_findings(outcome: &mut FileOutcome) {
    if !outcome.findings.iter().any(|f| f.tier == Some(Tier::Sink)) {
        return;
    }
    let (mut sinks, mut rest): (Vec<Finding>, Vec<Finding>) = std::mem::take(&mut outcome.findings)
        .into_iter()
        .partition(|f| f.tier == Some(Tier::Sink));
    sinks.sort_by_key(|f| (f.rule_id.clone(), f.evidence.line, f.evidence.column));
    let mut folded: Vec<Finding> = Vec::new();
    for finding in sinks {
        match folded.last_mut() {
            Some(first) if first.rule_id == finding.rule_id => {
                first.related.push(finding.evidence);
                first.related.extend(finding.related);
            }
            _ => folded.push(finding),
        }
    }
    for finding in &mut folded {
        let more = finding.related.len();
        if more > 0 {
            finding.message.push_str(&format!(
                " {more} more place{} in this file show{} the same, listed with this finding.",
                if more == 1 { "" } else { "s" },
                if more == 1 { "s" } else { "" }
            ));
        }
    }
    rest.extend(folded);
    outcome.findings = rest;
}
