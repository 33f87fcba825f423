//! Exposure: each finding tied to the endpoints whose handling runs its code (through the
//! project model's [`Reachability`](sechound_project::reach::Reachability)). Open endpoints
//! rank a finding first among its severity; behind an administrator role a flaw in the code
//! counts one severity lower, as a score that weighs the privileges an attack needs would.
//! Rules that report what only an administrator may do (`quiet_behind_role`) lose their findings
//! there instead.

use sechound_core::project::ProjectModel;
use sechound_core::{Confidence, Finding, Reach, ReachLink, Severity};
use sechound_project::reach::{Chain, HandlerIndex, Reachability, Reached, exposure};
use sechound_semantic::Program;

pub(crate) fn expose(
    findings: &mut Vec<Finding>,
    model: &ProjectModel,
    program: Option<&Program>,
    quiet_behind_role: &[&str],
) {
    let handlers = HandlerIndex::new(model);
    let calls = program.map(|program| CallGraph { program, model });
    let mut sources: Vec<&dyn Reachability> = vec![&handlers];
    if let Some(calls) = &calls {
        sources.push(calls);
    }
    let reach = Chain(sources);
    for finding in findings.iter_mut().filter(|f| f.exposure.is_none()) {
        let Some(mut found) =
            exposure(model, &reach, &finding.evidence.path, finding.evidence.line)
        else {
            continue;
        };
        if found.reach == Reach::Privileged
            && is_code_rule(&finding.rule_id)
            && finding.severity > Severity::Low
        {
            found.rule_severity = Some(finding.severity);
            finding.severity = one_lower(finding.severity);
        }
        finding.exposure = Some(found);
    }
    // A finding that folded in another rule's keeps its place: that rule still holds.
    let quiet = |id: &str| quiet_behind_role.contains(&id);
    // Reached only through endpoints whose authentication could not be read (a route added
    // under a computed path, a guard in a hook sechound does not follow): whether only an
    // administrator gets there is unknown, so the finding cannot stand as certain.
    for f in findings.iter_mut().filter(|f| {
        quiet(&f.rule_id) && f.exposure.as_ref().map(|e| e.reach) == Some(Reach::Unknown)
    }) {
        f.confidence = Confidence::Low;
        f.message = format!(
            "{} Whether only an administrator reaches it is unknown: the authentication of the endpoints that run it could not be read.",
            f.message.trim_end()
        );
    }
    findings.retain(|f| {
        !(quiet(&f.rule_id)
            && f.folded.iter().all(|part| quiet(&part.rule_id))
            && f.exposure.as_ref().map(|e| e.reach) == Some(Reach::Privileged))
    });
}

/// Endpoints whose handlers call, directly or through other functions in any file, the function
/// around a place: the linked program's call graph read upwards.
struct CallGraph<'a> {
    program: &'a Program,
    model: &'a ProjectModel,
}

impl Reachability for CallGraph<'_> {
    fn endpoints_reaching(&self, path: &str, line: u32) -> Vec<Reached> {
        let mut out = Vec::new();
        // The first function is the one around the place itself: the handler index already
        // answers for it.
        for (caller_path, first, _) in self.program.callers_of(path, line).into_iter().skip(1) {
            for (i, endpoint) in self.model.endpoints.iter().enumerate() {
                let runs = endpoint
                    .handler_span
                    .as_ref()
                    .is_some_and(|span| span.contains(&caller_path, first));
                if runs && !out.iter().any(|r: &Reached| r.endpoint == i) {
                    out.push(Reached {
                        endpoint: i,
                        link: ReachLink::CallGraph,
                    });
                }
            }
        }
        out
    }
}

/// Rules over a handler's code (not the project rules, which judge the endpoint itself).
fn is_code_rule(rule_id: &str) -> bool {
    rule_id.starts_with("js.") || rule_id.starts_with("py.")
}

fn one_lower(severity: Severity) -> Severity {
    match severity {
        Severity::Critical => Severity::High,
        Severity::High => Severity::Medium,
        Severity::Medium => Severity::Low,
        other => other,
    }
}
