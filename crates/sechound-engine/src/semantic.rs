//! Linking the whole program and settling the data-flow findings that waited for it: a finding
//! whose value came from a parameter or a call stands when the linked program shows request data
//! reaching it, with every step from the source to the sink.

use crate::evidence::quote_line;
use crate::review::{FileOutcome, Pending};
use sechound_core::{FLOW_SOURCE, Finding, FlowStep, FlowStepKind};
use sechound_rules::ValueCheck;
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
                let line = (s.line as usize).clamp(1, source.line_count().max(1));
                let start = source.line_start(line);
                let end = start + source.line(line).len();
                if ranges.iter().any(|r| r.start < end && r.end > start) {
                    code = quote_line(source, line, ranges).trim().to_string();
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
    let mut superseded: Vec<(String, String, (u32, u32))> = Vec::new();
    for outcome in outcomes.iter_mut() {
        for pending in std::mem::take(&mut outcome.pending) {
            let suppressed = pending.suppressed;
            let finding = match pending.pending {
                Pending::Flow(origins) => settle_flow(
                    &program,
                    &outcome.path,
                    &origins,
                    pending.finding,
                    &mut quote,
                ),
                Pending::Value(check) => {
                    settle_value(&program, &outcome.path, &check, pending.finding, &mut quote)
                }
            };
            let Some(finding) = finding else {
                continue;
            };
            // The same rule reporting the definition a value finding cites reports one problem
            // twice: the finding where the value takes effect wins.
            if finding.flow.iter().any(|s| s.kind == FlowStepKind::Value) {
                for step in finding
                    .flow
                    .iter()
                    .filter(|s| s.kind == FlowStepKind::Value)
                {
                    let span = program.definition_span(&step.path, step.line);
                    superseded.push((finding.rule_id.clone(), step.path.clone(), span));
                }
            }
            if suppressed {
                outcome.suppressed.push(finding);
            } else {
                outcome.findings.push(finding);
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
    program
}

/// The flow finding with the steps from the request data to its sink, when request data reaches
/// the origins.
fn settle_flow(
    program: &Program,
    path: &str,
    origins: &[sechound_syntax::Origin],
    mut finding: Finding,
    quote: &mut impl FnMut(&Step) -> FlowStep,
) -> Option<Finding> {
    let witness = program.request_flow(path, origins)?;
    let mut steps: Vec<FlowStep> = witness.steps.iter().map(&mut *quote).collect();
    steps.append(&mut finding.flow);
    finding.message = finding
        .message
        .replace(FLOW_SOURCE, &describe_source(&witness, &steps));
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
) -> Option<Finding> {
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
    Some(finding)
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
