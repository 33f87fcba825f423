//! Exposure, judged by content: metrics, API documentation, admin and debug pages, served
//! `.env` and `.git` files, on the well-known paths and on every open GET endpoint of the route
//! map. A 2xx that is the page every unknown path returns is not an exposure, and an admin page
//! that only shows a login form is not one either.

use crate::client::{Request, Response, cut};
use crate::judge;
use crate::rules;
use crate::run::{Confirms, Observation, Place, Run, Scope};
use sechound_core::{LiveVerdict, RuleMeta};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Metrics,
    Docs,
    Admin,
    Env,
    Git,
    Debug,
}

const WELL_KNOWN: &[(&str, Kind)] = &[
    ("/metrics", Kind::Metrics),
    ("/docs", Kind::Docs),
    ("/openapi.json", Kind::Docs),
    ("/swagger.json", Kind::Docs),
    ("/admin", Kind::Admin),
    ("/.env", Kind::Env),
    ("/.git/config", Kind::Git),
    ("/debug", Kind::Debug),
];

/// One exposure seen: its kind, the request, the exchange and where it points.
struct Hit {
    kind: Kind,
    request: String,
    exchange: usize,
    place: Place,
    what: String,
    /// The endpoint of the route map, for confirming project findings there.
    endpoint: Option<(String, u32)>,
}

pub fn run(run: &mut Run<'_>) {
    let mut hits = Vec::new();
    // The route map's own GET endpoints that answered without credentials.
    let mut covered: Vec<String> = Vec::new();
    for i in 0..run.endpoints.len() {
        let probe = &run.endpoints[i];
        let (Ok(aim), Some(control)) = (&probe.aim, &probe.control) else {
            continue;
        };
        if aim.method != "GET" {
            continue;
        }
        covered.push(aim.path.clone());
        if probe.live.verdict != LiveVerdict::Open {
            continue;
        }
        let Some(response) = control.response() else {
            continue;
        };
        let endpoint = run.endpoint(probe);
        // An open admin endpoint of the route map is the static review's finding (or drift,
        // when the code protects it); here only its content can add something.
        let kind = kind_of_path(&aim.path).filter(|k| *k == Kind::Debug);
        if let Some((kind, what)) = judge_content(response, kind) {
            hits.push(Hit {
                kind,
                request: format!("GET {}", aim.path),
                exchange: control.exchange,
                place: Place::of(endpoint),
                what,
                endpoint: Some((endpoint.file.clone(), endpoint.line)),
            });
        }
    }
    for (path, kind) in WELL_KNOWN {
        // Already asked as an endpoint of the route map (only the same URL counts).
        if run.client.target().prefix.is_empty() && covered.iter().any(|c| c == path) {
            continue;
        }
        if !run.afford(&format!("GET {path}"), 1) {
            break;
        }
        let Ok(sent) = run.send(&Request::new("GET", path).at_root()) else {
            break;
        };
        let Some(response) = sent.response() else {
            continue;
        };
        if !response.is_success() || run.baseline.is_same_page(path, response) {
            continue;
        }
        if *kind == Kind::Admin && judge::is_login_form(response) {
            run.notes.push(format!(
                "`GET {path}` answered {} with a login form: an admin sign-in page, not an exposure.",
                response.status
            ));
            continue;
        }
        if let Some((found, what)) = judge_content(response, Some(*kind))
            .filter(|(found, _)| found == kind || *kind == Kind::Debug)
        {
            if found == Kind::Env {
                // Every value of a served environment file is masked, not only secret-looking ones.
                let masked = run.client.masker.env_file(&response.body);
                if let Some(exchange) = run.client.log.get_mut(sent.exchange) {
                    exchange.body_excerpt = cut(&masked, 400);
                }
            }
            hits.push(Hit {
                kind: found,
                request: format!("GET {path}"),
                exchange: sent.exchange,
                place: run.app_place(),
                what,
                endpoint: None,
            });
        }
    }
    report(run, hits);
}

/// What `response` exposes, judged by its content; `expected` is what its path suggests (an
/// admin page is judged as one only on an admin path).
fn judge_content(response: &Response, expected: Option<Kind>) -> Option<(Kind, String)> {
    if judge::is_prometheus(response) {
        return Some((Kind::Metrics, "Prometheus metrics".into()));
    }
    if judge::is_openapi(response) {
        return Some((Kind::Docs, "an OpenAPI document".into()));
    }
    if judge::is_docs_page(response) {
        return Some((Kind::Docs, "an interactive API documentation page".into()));
    }
    if judge::is_env_file(response) && expected == Some(Kind::Env) {
        return Some((Kind::Env, "an environment file".into()));
    }
    if judge::is_git_config(response) {
        return Some((Kind::Git, "a git configuration file".into()));
    }
    if expected == Some(Kind::Debug) {
        if let Some((name, _)) = judge::stack_trace(&response.body) {
            return Some((Kind::Debug, format!("a {name}")));
        }
        if let Some((name, _)) = judge::debug_tool(&response.body) {
            return Some((Kind::Debug, format!("a {name}")));
        }
    }
    if expected == Some(Kind::Admin)
        && !judge::is_login_form(response)
        && !response.body.trim().is_empty()
    {
        return Some((
            Kind::Admin,
            "an administration page without a login form".into(),
        ));
    }
    None
}

fn kind_of_path(path: &str) -> Option<Kind> {
    let segments: Vec<&str> = path.split('/').collect();
    let has = |word: &str| segments.iter().any(|s| s.eq_ignore_ascii_case(word));
    if has("debug") || has("__debug__") {
        Some(Kind::Debug)
    } else if has("admin") && segments.len() <= 3 {
        Some(Kind::Admin)
    } else {
        None
    }
}

fn rule_of(kind: Kind) -> &'static RuleMeta {
    match kind {
        Kind::Metrics => &rules::METRICS_EXPOSED,
        Kind::Docs => &rules::DOCS_EXPOSED,
        Kind::Admin => &rules::ADMIN_EXPOSED,
        Kind::Env | Kind::Git => &rules::FILE_EXPOSED,
        Kind::Debug => &rules::DEBUG_EXPOSED,
    }
}

/// One finding per kind, every path of that kind in it.
fn report(run: &mut Run<'_>, hits: Vec<Hit>) {
    for kind in [
        Kind::Env,
        Kind::Git,
        Kind::Debug,
        Kind::Admin,
        Kind::Metrics,
        Kind::Docs,
    ] {
        let of_kind: Vec<&Hit> = hits.iter().filter(|h| h.kind == kind).collect();
        let Some(first) = of_kind.first() else {
            continue;
        };
        let requests: Vec<String> = of_kind.iter().map(|h| h.request.clone()).collect();
        let described: Vec<String> = of_kind
            .iter()
            .map(|h| format!("`{}` answered {}", h.request, h.what))
            .collect();
        let mut observation =
            Observation::new(rule_of(kind), first.place.clone(), requests.join(","));
        observation.also = of_kind.iter().skip(1).map(|h| h.place.clone()).collect();
        observation
            .also
            .dedup_by(|a, b| a.file == b.file && a.line == b.line);
        observation.message = format!(
            "{} without any credential{}.",
            described.join("; "),
            if run.baseline.catch_all() {
                " (unlike a path that cannot exist, which gets the catch-all page)"
            } else {
                ""
            }
        );
        observation.observed = described.join("; ");
        observation.exchanges = of_kind.iter().map(|h| h.exchange).collect();
        for hit in &of_kind {
            if let Some((file, line)) = &hit.endpoint {
                observation.confirms.push(Confirms::Rules(
                    &["project.sensitive-route-unauthenticated"],
                    Scope::At(file.clone(), *line),
                ));
            }
        }
        if kind == Kind::Debug {
            observation
                .confirms
                .push(Confirms::Rules(&["py.debug-enabled"], Scope::Anywhere));
        }
        run.observations.push(observation);
    }
}
