//! The live checks, one module per concern, each reading and writing the shared [`Run`].
//!
//! [`Run`]: crate::run::Run

pub mod auth;
pub mod baseline;
pub mod cors;
pub mod errors;
pub mod exposure;
pub mod headers;
pub mod login;
pub mod refresh;

use crate::client::Request;

/// A request carrying `token` the ways services read one: the `Authorization` header and the
/// usual cookie names.
pub fn with_token(request: Request, token: &str) -> Request {
    request
        .header("Authorization", &format!("Bearer {token}"))
        .header(
            "Cookie",
            &format!("token={token}; access_token={token}; jwt={token}"),
        )
}

/// The request an endpoint gets: its method and filled path, and an empty JSON object as body
/// for methods that carry one (no field is set, so no record is written with real data).
pub fn request_for(aim: &crate::plan::Aim) -> Request {
    let request = Request::new(&aim.method, &aim.path);
    if matches!(aim.method.as_str(), "POST" | "PUT" | "PATCH") {
        request.json("{}")
    } else {
        request
    }
}
