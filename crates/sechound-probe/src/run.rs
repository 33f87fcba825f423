//! One probe run: the plan from the route map, the checks in priority order within the
//! budget, and what they observed, ready to merge into a report.

use crate::client::{Client, Limits, Response, Sent};
use crate::judge::Baseline;
use crate::mask::Masker;
use crate::plan::Aim;
use crate::{ProbeError, ProbeOptions, checks};
use sechound_core::project::{AuthStatus, Endpoint, ProjectModel};
use sechound_core::{
    Confidence, EndpointLive, Evidence, Exchange, Finding, Fingerprint, FoundSecret, LiveEvidence,
    LiveVerdict, NotProbed, ProbeBounds, ProbeRun, RuleMeta, Severity, SkipReason, SkippedCheck,
    SnippetLine,
};
use std::time::Instant;

/// Bytes of each answer's body kept for the checks that read every answer.
const ANSWER_BODY_KEPT: usize = 64 * 1024;

/// What a probe run produced, to be merged into a report ([`crate::merge`]).
#[derive(Debug)]
pub struct ProbeOutcome {
    /// `probe.*` findings, not yet numbered.
    pub findings: Vec<Finding>,
    /// The live column of each endpoint of the model, in the model's order.
    pub endpoints: Vec<EndpointLive>,
    /// Static findings the probe saw live, by rule and place or by fingerprint.
    pub confirmations: Vec<Confirmation>,
    /// What the route map got wrong, for the report's notes.
    pub model_notes: Vec<String>,
    pub run: ProbeRun,
}

/// A finding of the static review the probe saw on the running service.
#[derive(Debug, Clone)]
pub struct Confirmation {
    pub target: Confirms,
    pub evidence: LiveEvidence,
    /// The fingerprint of the probe finding that saw it, if one was reported.
    pub by: Option<String>,
}

/// Which static findings a live observation confirms.
#[derive(Debug, Clone)]
pub enum Confirms {
    /// Findings of these rules at this scope.
    Rules(&'static [&'static str], Scope),
    /// The findings with these fingerprints (the ones that reported a live secret).
    Fingerprints(Vec<String>),
}

#[derive(Debug, Clone)]
pub enum Scope {
    Anywhere,
    /// Findings in this file.
    File(String),
    /// Findings whose evidence (or a related location) is this endpoint's `file:line`.
    At(String, u32),
}

/// Where in the code a live observation points.
#[derive(Debug, Clone)]
pub struct Place {
    pub file: String,
    pub line: u32,
    pub code: String,
}

impl Place {
    pub fn of(endpoint: &Endpoint) -> Place {
        Place {
            file: endpoint.file.clone(),
            line: endpoint.line,
            code: endpoint.code.clone(),
        }
    }
}

/// One live observation that becomes a `probe.*` finding.
#[derive(Debug)]
pub struct Observation {
    pub rule: &'static RuleMeta,
    pub severity: Severity,
    pub confidence: Confidence,
    pub message: String,
    /// One sentence: what the service did.
    pub observed: String,
    pub place: Place,
    /// Further places of the same problem (other endpoints).
    pub also: Vec<Place>,
    /// What makes it the same finding across runs (`GET /metrics`, a cookie name).
    pub key: String,
    pub exchanges: Vec<usize>,
    pub confirms: Vec<Confirms>,
}

impl Observation {
    pub fn new(rule: &'static RuleMeta, place: Place, key: impl Into<String>) -> Observation {
        Observation {
            rule,
            severity: rule.severity,
            confidence: rule.confidence,
            message: String::new(),
            observed: String::new(),
            place,
            also: Vec::new(),
            key: key.into(),
            exchanges: Vec::new(),
            confirms: Vec::new(),
        }
    }
}

/// The state of an endpoint of the route map during the run.
#[derive(Debug)]
pub struct EndpointProbe {
    pub index: usize,
    pub aim: Result<Aim, String>,
    /// The request without credentials.
    pub control: Option<Sent>,
    pub live: EndpointLive,
}

/// Everything a check can read and write.
pub struct Run<'a> {
    pub client: Client,
    pub model: &'a ProjectModel,
    pub options: &'a ProbeOptions,
    pub secrets: Vec<&'a FoundSecret>,
    pub baseline: Baseline,
    pub endpoints: Vec<EndpointProbe>,
    pub observations: Vec<Observation>,
    pub confirmations: Vec<Confirmation>,
    pub notes: Vec<String>,
    pub model_notes: Vec<String>,
    pub skipped: Vec<SkippedCheck>,
    /// Every answer, with the index of its exchange, for the checks that read all answers.
    pub answers: Vec<(usize, Response)>,
    /// A signing key the probe proved live (a committed secret), for the expired-token check.
    pub live_key: Option<&'a FoundSecret>,
    /// Unix time at the start, for token claims.
    pub now: i64,
    /// Exchanges where a 429 is the answer a check hoped for (a login limiter).
    pub wanted_429: Vec<usize>,
}

impl<'a> Run<'a> {
    /// Sends a request and keeps its answer for the checks that read every answer.
    pub fn send(&mut self, request: &crate::client::Request) -> Result<Sent, SkipReason> {
        let sent = self.client.send(request)?;
        if let Some(response) = sent.response() {
            // Kept for reading headers and looking for stack traces: the start is enough.
            let mut kept = response.clone();
            if kept.body.len() > ANSWER_BODY_KEPT {
                let mut end = ANSWER_BODY_KEPT;
                while !kept.body.is_char_boundary(end) {
                    end -= 1;
                }
                kept.body.truncate(end);
            }
            self.answers.push((sent.exchange, kept));
        }
        Ok(sent)
    }

    /// Records that `check` did not run, and why.
    pub fn skip(
        &mut self,
        check: impl Into<String>,
        reason: SkipReason,
        detail: impl Into<String>,
    ) {
        self.skipped.push(SkippedCheck {
            check: check.into(),
            reason,
            detail: detail.into(),
        });
    }

    /// Whether `n` requests fit; records the skip when they do not.
    pub fn afford(&mut self, check: &str, n: u32) -> bool {
        match self.client.can_afford(n) {
            Ok(()) => true,
            Err(reason) => {
                let detail = match reason {
                    SkipReason::Budget => format!(
                        "needs {n} request{}, {} left",
                        if n == 1 { "" } else { "s" },
                        self.client.remaining()
                    ),
                    _ => String::new(),
                };
                self.skip(check, reason, detail);
                false
            }
        }
    }

    /// The exchanges with these indices, for evidence.
    pub fn exchanges(&self, indices: &[usize]) -> Vec<Exchange> {
        indices
            .iter()
            .filter_map(|i| self.client.log.get(*i).cloned())
            .collect()
    }

    pub fn endpoint(&self, probe: &EndpointProbe) -> &'a Endpoint {
        &self.model.endpoints[probe.index]
    }

    /// Where findings about the service as a whole point: where the application is created,
    /// else the first endpoint.
    pub fn app_place(&self) -> Place {
        if let Some(app) = self.model.applications.first() {
            return Place {
                file: app.file.clone(),
                line: app.line,
                code: app.code.clone(),
            };
        }
        match self.model.endpoints.first() {
            Some(e) => Place::of(e),
            None => Place {
                file: String::new(),
                line: 0,
                code: String::new(),
            },
        }
    }

    /// `GET /orders/0` for an endpoint that was aimed.
    pub fn request_line(probe: &EndpointProbe) -> String {
        match &probe.aim {
            Ok(aim) => format!("{} {}", aim.method, aim.path),
            Err(_) => String::new(),
        }
    }

    pub fn url(&self) -> String {
        self.client.target().display()
    }
}

/// Probes the service at `options.target`, aimed by `model`, trying `secrets` as signing keys.
pub fn probe(
    model: &ProjectModel,
    secrets: &[FoundSecret],
    options: &ProbeOptions,
    interrupted: Box<dyn Fn() -> bool + Send>,
) -> Result<ProbeOutcome, ProbeError> {
    let started = Instant::now();
    let started_at = jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .map(|t| t.to_string())
        .unwrap_or_default();
    let mut masker = Masker::default();
    let mut unique: Vec<&FoundSecret> = Vec::new();
    for secret in secrets {
        masker.add(secret.expose());
        if !unique.iter().any(|s| s.expose() == secret.expose()) {
            unique.push(secret);
        }
    }
    for (_, value) in &options.credentials {
        masker.add(value);
        if let Some((_, token)) = value.split_once(' ') {
            masker.add(token);
        }
    }
    let limits = Limits {
        budget: options.budget,
        rate_per_second: options.rate_per_second,
        deadline: options.deadline,
        timeout: options.timeout,
    };
    let client = Client::new(options.target.clone(), limits, masker, interrupted);
    let endpoints = model
        .endpoints
        .iter()
        .enumerate()
        .map(|(index, endpoint)| {
            let aim = crate::plan::aim(endpoint, options.read_only);
            let live = EndpointLive {
                verdict: LiveVerdict::NotProbed,
                status: None,
                request: String::new(),
                detail: aim.as_ref().err().cloned().unwrap_or_default(),
            };
            EndpointProbe {
                index,
                aim,
                control: None,
                live,
            }
        })
        .collect();
    let mut run = Run {
        client,
        model,
        options,
        secrets: unique,
        baseline: Baseline {
            status: None,
            path: String::new(),
            body: String::new(),
            content_type: String::new(),
        },
        endpoints,
        observations: Vec::new(),
        confirmations: Vec::new(),
        notes: Vec::new(),
        model_notes: Vec::new(),
        skipped: Vec::new(),
        answers: Vec::new(),
        live_key: None,
        now: jiff::Timestamp::now().as_second(),
        wanted_429: Vec::new(),
    };

    checks::baseline::run(&mut run)?;
    checks::auth::controls(&mut run);
    checks::exposure::run(&mut run);
    checks::cors::run(&mut run);
    checks::errors::malformed_body(&mut run);
    checks::login::run(&mut run);
    checks::refresh::run(&mut run);
    checks::auth::committed_secrets(&mut run);
    checks::auth::forged_tokens(&mut run);
    checks::auth::judge_controls(&mut run);
    checks::headers::run(&mut run);
    checks::errors::stack_traces(&mut run);

    let limited = run
        .answers
        .iter()
        .filter(|(e, r)| r.status == 429 && !run.wanted_429.contains(e))
        .count();
    if limited > 0 {
        run.notes.push(format!(
            "The service answered 429 (rate limited) to {limited} of the probe's requests: checks that got a 429 could not tell anything. Probe with a lower --rate, or against an instance whose limit is raised for the probe."
        ));
    }
    let stopped_early = match run.client.stopped() {
        Some(SkipReason::Budget) | None => None,
        Some(SkipReason::ServiceGone) => Some(format!(
            "the service stopped answering after {} requests (connection refused, reset or timed out several times in a row{})",
            run.client.requests_sent(),
            last_request_before_failures(&run)
                .map(|r| format!("; the last answered request was `{r}`"))
                .unwrap_or_default()
        )),
        Some(SkipReason::Deadline) => Some(format!(
            "the deadline of {} s passed",
            options.deadline.as_secs()
        )),
        Some(SkipReason::Interrupted) => Some("interrupted".into()),
        Some(other) => Some(other.label().to_string()),
    };
    let endpoints_total = model.endpoints.len() as u32;
    let endpoints_probed = run.endpoints.iter().filter(|e| e.control.is_some()).count() as u32;
    let not_probed = run
        .endpoints
        .iter()
        .filter(|e| e.control.is_none())
        .map(|e| {
            let endpoint = &model.endpoints[e.index];
            NotProbed {
                method: endpoint.method.clone(),
                path: endpoint.path.clone(),
                file: endpoint.file.clone(),
                line: endpoint.line,
                reason: e.live.detail.clone(),
            }
        })
        .collect();
    let url = run.url();
    let findings = build_findings(&run, &url);
    let mut confirmations = std::mem::take(&mut run.confirmations);
    for (observation, finding) in run.observations.iter().zip(&findings) {
        for target in &observation.confirms {
            confirmations.push(Confirmation {
                target: target.clone(),
                evidence: LiveEvidence {
                    url: url.clone(),
                    observed: observation.observed.clone(),
                    confirmed_by: Some(observation.rule.id.to_string()),
                    exchanges: run.exchanges(&observation.exchanges),
                },
                by: Some(finding.fingerprint.clone()),
            });
        }
    }
    let baseline = describe_baseline(&run);
    let run_record = ProbeRun {
        url,
        started_at,
        duration_ms: started.elapsed().as_millis() as u64,
        requests_sent: run.client.requests_sent(),
        bounds: ProbeBounds {
            budget: options.budget,
            rate_per_second: options.rate_per_second,
            deadline_ms: options.deadline.as_millis() as u64,
            timeout_ms: options.timeout.as_millis() as u64,
            login_attempts: options.login_attempts,
            read_only: options.read_only,
        },
        baseline,
        endpoints_probed,
        endpoints_total,
        not_probed,
        skipped: run.skipped.clone(),
        notes: run.notes.clone(),
        service: None,
        stopped_early,
    };
    Ok(ProbeOutcome {
        findings,
        endpoints: run.endpoints.iter().map(|e| e.live.clone()).collect(),
        confirmations,
        model_notes: run.model_notes.clone(),
        run: run_record,
    })
}

fn last_request_before_failures(run: &Run<'_>) -> Option<String> {
    run.client
        .log
        .iter()
        .rev()
        .find(|e| e.status.is_some())
        .map(|e| format!("{} {}", e.method, e.path))
}

fn describe_baseline(run: &Run<'_>) -> String {
    let b = &run.baseline;
    match b.status {
        Some(status) if b.catch_all() => format!(
            "`GET {}` (a path that cannot exist) answered {status}: the service answers every path, so a 2xx counts only where its content differs from that page",
            b.path
        ),
        Some(status) => format!(
            "`GET {}` (a path that cannot exist) answered {status}",
            b.path
        ),
        None => format!("`GET {}` (a path that cannot exist) got no answer", b.path),
    }
}

fn build_findings(run: &Run<'_>, url: &str) -> Vec<Finding> {
    run.observations
        .iter()
        .map(|o| {
            let evidence = evidence_at(&o.place);
            Finding {
                id: String::new(),
                rule_id: o.rule.id.to_string(),
                title: o.rule.title.to_string(),
                message: format!("Verified live: {}", o.message),
                severity: o.severity,
                confidence: o.confidence,
                area: o.rule.area,
                cwe: o.rule.cwe_ids(),
                owasp: o.rule.owasp,
                fingerprint: Fingerprint::compute(o.rule.id, &evidence.path, &o.key, 0).0,
                evidence,
                related: o
                    .also
                    .iter()
                    .filter(|p| p.file != o.place.file || p.line != o.place.line)
                    .map(evidence_at)
                    .collect(),
                flow: Vec::new(),
                impact: o.rule.impact.to_string(),
                recommendation: o.rule.recommendation.to_string(),
                verification: o.rule.verification.to_string(),
                effort: o.rule.effort,
                suppression: None,
                expired_waiver: None,
                status: None,
                exposure: None,
                root_cause: None,
                folded: Vec::new(),
                effort_reason: None,
                live: Some(LiveEvidence {
                    url: url.to_string(),
                    observed: o.observed.clone(),
                    confirmed_by: None,
                    exchanges: run.exchanges(&o.exchanges),
                }),
            }
        })
        .collect()
}

fn evidence_at(place: &Place) -> Evidence {
    Evidence {
        path: place.file.clone(),
        line: place.line.max(1),
        column: 1,
        end_line: place.line.max(1),
        end_column: 1,
        snippet: if place.code.is_empty() {
            Vec::new()
        } else {
            vec![SnippetLine {
                line: place.line.max(1),
                text: place.code.clone(),
                marked: true,
            }]
        },
    }
}

/// True for endpoints the code says require authentication.
pub fn claims_required(endpoint: &Endpoint) -> bool {
    endpoint.auth == AuthStatus::Authenticated
}
