//! The branch review's authentication check: endpoints that required authentication at the base
//! and are open on the branch (`branch.auth-removed`), weighed by the findings in their handlers,
//! including handlers the branch did not touch.

use crate::evidence::{build_findings, distinct_places, evidence};
use crate::review::{Engine, FileOutcome};
use sechound_core::project::{AuthStatus, Endpoint, ProjectModel};
use sechound_core::{Finding, RootCause};
use sechound_rules::branch::{AuthRemoved, Behind, check_auth_removed};
use sechound_rules::{NoRepo, RawFinding};
use sechound_syntax::SourceText;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// Project rules whose findings say the same thing about endpoints the branch opened: folded
/// into the removal that caused them.
const SAME_CAUSE: &[&str] = &[
    "project.state-changing-route-unauthenticated",
    "project.sensitive-route-unauthenticated",
    "project.auth-exemption-prefix",
];

impl Engine {
    /// The findings of `branch.auth-removed` for `head` against `base`; `known` are the
    /// findings the branch review already has (introduced and pre-existing), and `touched` the
    /// files it read. Project findings in `introduced` with the same cause get its root cause.
    pub(crate) fn auth_removed(
        &self,
        root: &Path,
        base: &ProjectModel,
        head: &ProjectModel,
        known: &[&Finding],
        touched: &HashSet<String>,
        introduced: &mut [Finding],
    ) -> (Vec<Finding>, Vec<Finding>) {
        if !self.runs_rule(AuthRemoved::META.id) {
            return (Vec::new(), Vec::new());
        }
        let weakened: Vec<&Endpoint> = head
            .endpoints
            .iter()
            .filter(|now| now.auth != AuthStatus::Authenticated)
            .filter(|now| {
                base.endpoints.iter().any(|b| {
                    b.method == now.method
                        && b.path == now.path
                        && b.auth == AuthStatus::Authenticated
                })
            })
            .collect();
        if weakened.is_empty() {
            return (Vec::new(), Vec::new());
        }
        // What the handlers the branch did not touch hold: reviewed here only to weigh.
        let mut untouched: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
        for endpoint in &weakened {
            if let Some(span) = &endpoint.handler_span
                && !touched.contains(&span.file)
                && !untouched.contains_key(&span.file)
            {
                let found = std::fs::read(root.join(&span.file))
                    .ok()
                    .and_then(|bytes| self.review_file_in(&span.file, bytes, &NoRepo))
                    .map(|o| o.findings)
                    .unwrap_or_default();
                untouched.insert(span.file.clone(), found);
            }
        }
        let all: Vec<&Finding> = known
            .iter()
            .copied()
            .chain(untouched.values().flatten())
            .collect();
        let behind = |endpoint: &Endpoint| -> Vec<Behind> {
            let Some(span) = &endpoint.handler_span else {
                return Vec::new();
            };
            all.iter()
                .filter(|f| span.contains(&f.evidence.path, f.evidence.line))
                .map(|f| Behind {
                    severity: f.severity,
                    what: format!("{} at {}", f.title, f.evidence.cite()),
                })
                .collect()
        };
        let mut findings = Vec::new();
        let mut suppressed = Vec::new();
        for found in check_auth_removed(base, head, &behind) {
            let Ok(text) = std::fs::read_to_string(root.join(&found.place.file)) else {
                continue;
            };
            let secrets = self.secret_ranges(&found.place.file, &text);
            let source = SourceText::new(text);
            let raw = RawFinding {
                severity: found.severity,
                confidence: found.confidence,
                recommendation: found.recommendation.clone(),
                secrets: secrets.clone(),
                ..RawFinding::new(found.rule, line(&source, found.place.line), found.message)
            };
            let mut built = build_findings(&found.place.file, &source, vec![raw]);
            let places: Vec<(String, u32)> = std::iter::once(&found.place)
                .chain(&found.related)
                .map(|p| (p.file.clone(), p.line))
                .collect();
            for finding in &mut built {
                let mut quoted = Vec::new();
                for place in &found.related {
                    if let Ok(text) = std::fs::read_to_string(root.join(&place.file)) {
                        let source = SourceText::new(text);
                        quoted.push(evidence(
                            &place.file,
                            &source,
                            &line(&source, place.line),
                            &self.secret_ranges(&place.file, source.text()),
                        ));
                    }
                }
                finding.related = distinct_places(&finding.evidence, quoted);
                let cause = RootCause {
                    key: format!("auth-removed:{}", finding.fingerprint),
                    title: format!(
                        "Authentication removed from {} endpoint{} by the branch",
                        places.len(),
                        if places.len() == 1 { "" } else { "s" }
                    ),
                    remedy: finding.recommendation.clone(),
                };
                for other in introduced.iter_mut() {
                    if same_cause(other, &places, head) {
                        other.root_cause = Some(cause.clone());
                    }
                }
                finding.root_cause = Some(cause);
            }
            let mut outcome = FileOutcome::default();
            self.place(
                built.into_iter().map(|f| (f, None)).collect(),
                &source,
                &found.place.file,
                &mut outcome,
            );
            findings.extend(outcome.findings);
            suppressed.extend(outcome.suppressed);
        }
        (findings, suppressed)
    }

    /// Byte ranges of the secret values the rules see in a file, to mask them in quotes.
    fn secret_ranges(&self, path: &str, text: &str) -> Vec<std::ops::Range<usize>> {
        self.review_file_in(path, text.as_bytes().to_vec(), &NoRepo)
            .map(|o| o.secret_ranges)
            .unwrap_or_default()
    }
}

/// True when `finding`, of a rule that reports open endpoints, is about endpoints among
/// `removed` only.
fn same_cause(finding: &Finding, removed: &[(String, u32)], head: &ProjectModel) -> bool {
    if !SAME_CAUSE.contains(&finding.rule_id.as_str()) || finding.root_cause.is_some() {
        return false;
    }
    let places: Vec<(String, u32)> = std::iter::once(&finding.evidence)
        .chain(&finding.related)
        .map(|e| (e.path.clone(), e.line))
        .collect();
    let endpoint_places: Vec<&(String, u32)> = places
        .iter()
        .filter(|p| {
            head.endpoints
                .iter()
                .any(|e| e.file == p.0 && e.line == p.1)
        })
        .collect();
    !endpoint_places.is_empty() && endpoint_places.iter().all(|p| removed.contains(p))
}

/// Byte range of line `line` (1-based), without its newline.
fn line(source: &SourceText, line: u32) -> std::ops::Range<usize> {
    let line = (line as usize).clamp(1, source.line_count().max(1));
    let start = source.line_start(line);
    start..start + source.line(line).len()
}
