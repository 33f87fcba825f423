//! Error pages: a malformed JSON body sent to one endpoint that takes a body, then every answer
//! of the run read for stack traces and framework debug pages.

use crate::client::{Request, cut};
use crate::judge;
use crate::rules;
use crate::run::{Confirms, Observation, Run, Scope};
use sechound_core::{LiveVerdict, SkipReason};

/// Exchanges quoted in the finding at most.
const QUOTED: usize = 3;

pub fn malformed_body(run: &mut Run<'_>) {
    let check = "malformed JSON body";
    if run.options.read_only {
        run.skip(
            check,
            SkipReason::ReadOnly,
            "needs a POST, PUT or PATCH request",
        );
        return;
    }
    // An endpoint that takes a body and answered something; open ones first, as a body parser
    // mounted before authentication answers there as everywhere.
    let mut candidates: Vec<&crate::run::EndpointProbe> = run
        .endpoints
        .iter()
        .filter(|p| {
            p.control.as_ref().is_some_and(|c| c.response().is_some())
                && p.aim
                    .as_ref()
                    .is_ok_and(|a| matches!(a.method.as_str(), "POST" | "PUT" | "PATCH"))
        })
        .collect();
    candidates.sort_by_key(|p| p.live.verdict != LiveVerdict::Open);
    let Some(aim) = candidates.first().and_then(|p| p.aim.clone().ok()) else {
        run.skip(
            check,
            SkipReason::NotApplicable,
            "no endpoint of the route map takes a body and answered",
        );
        return;
    };
    if !run.afford(&format!("{check} to {} {}", aim.method, aim.path), 1) {
        return;
    }
    let _ = run.send(&Request::new(&aim.method, &aim.path).json("{\"sechound-probe\": "));
}

/// Every answer that carries a stack trace or a debug page, as one finding.
pub fn stack_traces(run: &mut Run<'_>) {
    let reported: Vec<usize> = run
        .observations
        .iter()
        .filter(|o| o.rule.id == rules::DEBUG_EXPOSED.id)
        .flat_map(|o| o.exchanges.iter().copied())
        .collect();
    let mut hits: Vec<(usize, &'static str, String)> = Vec::new();
    for (exchange, response) in &run.answers {
        if reported.contains(exchange) {
            continue;
        }
        if let Some((kind, at)) = judge::stack_trace(&response.body) {
            let excerpt = judge::excerpt_at(&response.body, at, 300);
            hits.push((*exchange, kind, excerpt));
        }
    }
    let Some(first) = hits.first() else {
        return;
    };
    let first_exchange = first.0;
    // The quoted answers show the trace itself, not the page's first lines.
    for (exchange, _, excerpt) in hits.iter().take(QUOTED) {
        let masked = run.client.masker.text(excerpt);
        if let Some(logged) = run.client.log.get_mut(*exchange) {
            logged.body_excerpt = cut(&masked, 400);
        }
    }
    let cites: Vec<String> = hits
        .iter()
        .filter_map(|(exchange, kind, _)| {
            run.client
                .log
                .get(*exchange)
                .map(|e| format!("`{}` ({kind})", e.cite()))
        })
        .collect();
    let mut kinds: Vec<&str> = hits.iter().map(|(_, k, _)| *k).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let mut observation = Observation::new(&rules::ERROR_DETAILS, run.app_place(), kinds.join(","));
    observation.message = format!(
        "{} answer(s) carried {}: {}{}.",
        hits.len(),
        kinds.join(", "),
        cites.iter().take(5).cloned().collect::<Vec<_>>().join(", "),
        if cites.len() > 5 {
            format!(" and {} more", cites.len() - 5)
        } else {
            String::new()
        }
    );
    observation.observed = format!(
        "{} carried {}",
        run.client
            .log
            .get(first_exchange)
            .map(|e| format!("`{}`", e.cite()))
            .unwrap_or_default(),
        kinds.join(", ")
    );
    observation.exchanges = hits.iter().take(QUOTED).map(|(e, _, _)| *e).collect();
    observation.confirms.push(Confirms::Rules(
        &["js.error-details-exposed", "py.debug-enabled"],
        Scope::Anywhere,
    ));
    run.observations.push(observation);
}
