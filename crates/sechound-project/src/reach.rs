//! Which endpoints run the code at a place: the link between a finding and the endpoints that
//! expose it.
//!
//! [`Reachability`] is the question. [`HandlerIndex`] answers it from each endpoint's own
//! handler function: a finding inside the handler (or a function nested in it) is reached
//! through that endpoint. A call graph answers it for code further down (a helper the handler
//! calls, in any file) by implementing the same trait; [`Chain`] asks several in turn and
//! keeps every answer. [`exposure`] turns the answer into what the report shows.

use sechound_core::project::ProjectModel;
use sechound_core::{ExposedEndpoint, Exposure, Reach, ReachLink};

/// An endpoint (by index into the model's `endpoints`) that runs the code at a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reached {
    pub endpoint: usize,
    pub link: ReachLink,
}

/// Tells which endpoints run the code at `path:line`.
pub trait Reachability {
    fn endpoints_reaching(&self, path: &str, line: u32) -> Vec<Reached>;
}

/// Answers from the endpoints' handler functions.
pub struct HandlerIndex<'m> {
    model: &'m ProjectModel,
}

impl<'m> HandlerIndex<'m> {
    pub fn new(model: &'m ProjectModel) -> HandlerIndex<'m> {
        HandlerIndex { model }
    }
}

impl Reachability for HandlerIndex<'_> {
    fn endpoints_reaching(&self, path: &str, line: u32) -> Vec<Reached> {
        let inside: Vec<(usize, u32, u32)> = self
            .model
            .endpoints
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let span = e.handler_span.as_ref()?;
                span.contains(path, line)
                    .then_some((i, span.start_line, span.end_line))
            })
            .collect();
        // A handler written inside another function that is itself a handler: the innermost
        // one runs the code.
        inside
            .iter()
            .filter(|(_, start, end)| {
                !inside
                    .iter()
                    .any(|(_, s, e)| (s, e) != (start, end) && s >= start && e <= end)
            })
            .map(|(i, _, _)| Reached {
                endpoint: *i,
                link: ReachLink::Handler,
            })
            .collect()
    }
}

/// Several answers together: every endpoint any of them names, once, with the first link
/// found.
pub struct Chain<'a>(pub Vec<&'a dyn Reachability>);

impl Reachability for Chain<'_> {
    fn endpoints_reaching(&self, path: &str, line: u32) -> Vec<Reached> {
        let mut out: Vec<Reached> = Vec::new();
        for source in &self.0 {
            for reached in source.endpoints_reaching(path, line) {
                if !out.iter().any(|r| r.endpoint == reached.endpoint) {
                    out.push(reached);
                }
            }
        }
        out
    }
}

/// The exposure of the code at `path:line`: the endpoints that reach it, easiest first, and
/// the reach they give; `None` when no endpoint is known to reach it.
pub fn exposure(
    model: &ProjectModel,
    reachability: &dyn Reachability,
    path: &str,
    line: u32,
) -> Option<Exposure> {
    let mut endpoints: Vec<ExposedEndpoint> = reachability
        .endpoints_reaching(path, line)
        .into_iter()
        .filter_map(|r| {
            let endpoint = model.endpoints.get(r.endpoint)?;
            Some(ExposedEndpoint::from_endpoint(endpoint, r.link))
        })
        .collect();
    endpoints.sort_by(|a, b| (a.reach(), &a.path, &a.method).cmp(&(b.reach(), &b.path, &b.method)));
    let reach = Reach::of(&endpoints)?;
    Some(Exposure {
        reach,
        endpoints,
        rule_severity: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sechound_core::project::{AuthStatus, CodeSpan, Endpoint, Framework, Method};

    fn endpoint(path: &str, auth: AuthStatus, span: (u32, u32)) -> Endpoint {
        Endpoint {
            method: Method::Get,
            path: path.into(),
            framework: Framework::Express,
            handler: None,
            file: "src/routes.ts".into(),
            line: span.0,
            code: String::new(),
            auth,
            auth_by: Vec::new(),
            exempted_by: None,
            roles: Vec::new(),
            notes: Vec::new(),
            limited_by: Vec::new(),
            signals: Vec::new(),
            why: None,
            conditions: Vec::new(),
            handler_span: Some(CodeSpan {
                file: "src/handlers.ts".into(),
                start_line: span.0,
                end_line: span.1,
            }),
            live: None,
            access: Default::default(),
        }
    }

    #[test]
    fn a_finding_inside_a_handler_is_reached_through_its_endpoints() {
        let model = ProjectModel {
            endpoints: vec![
                endpoint("/open", AuthStatus::Unauthenticated, (10, 20)),
                endpoint("/closed", AuthStatus::Authenticated, (30, 40)),
                endpoint("/nested", AuthStatus::Authenticated, (12, 14)),
            ],
            ..ProjectModel::default()
        };
        let index = HandlerIndex::new(&model);
        let open = exposure(&model, &index, "src/handlers.ts", 18).unwrap();
        assert_eq!(open.reach, Reach::Public);
        assert_eq!(open.endpoints[0].path, "/open");
        let closed = exposure(&model, &index, "src/handlers.ts", 35).unwrap();
        assert_eq!(closed.reach, Reach::Authenticated);
        // Inside the inner handler only the inner endpoint runs the code.
        let nested = exposure(&model, &index, "src/handlers.ts", 13).unwrap();
        assert_eq!(nested.endpoints.len(), 1);
        assert_eq!(nested.endpoints[0].path, "/nested");
        assert!(exposure(&model, &index, "src/handlers.ts", 25).is_none());
        assert!(exposure(&model, &index, "src/routes.ts", 18).is_none());
    }
}
