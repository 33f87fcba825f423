//! A path that cannot exist, asked first: whether the service answers everything with 200 (a
//! single-page application, a catch-all route) decides how much a 2xx proves afterwards.

use crate::ProbeError;
use crate::client::{Outcome, Request};
use crate::judge::Baseline;
use crate::run::Run;

pub fn run(run: &mut Run<'_>) -> Result<(), ProbeError> {
    let path = format!("/sechound-probe-{}", crate::jwt::random_hex(16));
    let sent = run
        .send(&Request::new("GET", &path))
        .map_err(|reason| ProbeError::Unreachable {
            url: run.url(),
            problem: format!("no request could be sent ({})", reason.label()),
        })?;
    match sent.outcome {
        Outcome::Answered(response) => {
            run.baseline = Baseline {
                status: Some(response.status),
                path,
                content_type: response.content_type().to_string(),
                body: response.body,
            };
            Ok(())
        }
        Outcome::Failed(problem) => Err(ProbeError::Unreachable {
            url: run.url(),
            problem,
        }),
    }
}
