//! Judgement: what the findings mean together, once every file and the project model are
//! read. Findings of one root cause are folded into one; each finding is tied to the endpoints
//! that reach it and ranked by that; efforts are weighed by the places a fix touches; controls
//! are judged against the findings that contradict them; ids are given (stable across
//! reviews); and the verdict is reached, INCOMPLETE when too little was read.

mod controls;
mod effort;
mod exposure;
mod root_cause;

use sechound_core::ids::{BaselineIds, assign};
use sechound_core::{Owasp, Report, RuleMeta, Sections, Summary};

/// Puts an assembled report in its final form. `branch` is set for branch reviews, whose
/// coverage is judged on what the branch touched.
pub(crate) fn finalize(
    report: &mut Report,
    rules: &[&'static RuleMeta],
    baseline: &BaselineIds,
    branch: bool,
    program: Option<&sechound_semantic::Program>,
) {
    report.findings = root_cause::fold(std::mem::take(&mut report.findings));
    if let Some(model) = &report.project {
        let quiet: Vec<&str> = rules
            .iter()
            .filter(|r| r.quiet_behind_role)
            .map(|r| r.id)
            .collect();
        exposure::expose(&mut report.findings, model, program, &quiet);
        if let Some(review) = &mut report.branch {
            exposure::expose(&mut review.preexisting, model, program, &quiet);
        }
    }
    for finding in &mut report.findings {
        effort::weigh(finding);
    }
    for (findings, prefix) in [
        (&mut report.findings, "SEC"),
        (&mut report.suppressed, "SUP"),
    ] {
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        assign(findings, prefix, baseline);
    }
    if let Some(review) = &mut report.branch {
        review
            .preexisting
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        assign(&mut review.preexisting, "PRE", baseline);
    }
    controls::judge(report);
    summarise(report, rules, branch);
}

/// The sections and the summary, from the final findings.
pub(crate) fn summarise(report: &mut Report, rules: &[&'static RuleMeta], branch: bool) {
    let rules_by_owasp: Vec<(Owasp, u32)> = Owasp::ALL
        .iter()
        .map(|o| (*o, rules.iter().filter(|r| r.owasp == *o).count() as u32))
        .collect();
    report.sections = Sections::build(&report.findings, &report.strengths, &rules_by_owasp);
    crate::assemble::mark_partly_assessed(report);
    let coverage = sechound_core::coverage::assess(&report.stats, branch);
    report.summary = Summary::of(&report.findings).with_coverage(coverage);
}
