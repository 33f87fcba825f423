//! Linking the whole program and settling the data-flow findings that waited for it: a finding
//! whose value came from a parameter or a call stands when the linked program shows request data
//! reaching it, with every step from the source to the sink.

use crate::evidence::quote_line;
use crate::review::FileOutcome;
use sechound_core::{FLOW_SOURCE, Finding, FlowStep, FlowStepKind, Tier};
use sechound_semantic::{Program, StepKind, Witness};
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
    for outcome in outcomes.iter_mut() {
        for pending in std::mem::take(&mut outcome.pending) {
            let Some(witness) = program.request_flow(&outcome.path, &pending.origins) else {
                // No request data reaches it: what is left is the dangerous call itself.
                if let Some(fallback) = pending.fallback {
                    match pending.suppressed {
                        true => outcome.suppressed.push(fallback),
                        false => outcome.findings.push(fallback),
                    }
                }
                continue;
            };
            let mut finding = pending.finding;
            let mut steps: Vec<FlowStep> = witness
                .steps
                .iter()
                .map(|s| {
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
                })
                .collect();
            steps.append(&mut finding.flow);
            finding.message = crate::evidence::sentence_case(
                finding
                    .message
                    .replace(FLOW_SOURCE, &describe_source(&witness, &steps)),
            );
            finding.flow = steps;
            if pending.suppressed {
                outcome.suppressed.push(finding);
            } else {
                outcome.findings.push(finding);
            }
        }
    }
    program
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
