//! Rules for JavaScript and TypeScript services (Express, Fastify, NestJS, Next.js, socket.io).

mod code_injection;
mod command_injection;
mod cors_allow_all_origins;
mod nosql_injection;
mod open_redirect;
mod path_traversal;
mod regex_injection;
mod sinks;
mod sql_injection;
mod ssrf;
mod xss;

use crate::CodeRule;

pub use code_injection::CodeInjection;
pub use command_injection::CommandInjection;
pub use cors_allow_all_origins::CorsAllowAllOrigins;
pub use nosql_injection::NosqlInjection;
pub use open_redirect::OpenRedirect;
pub use path_traversal::PathTraversal;
pub use regex_injection::RegexInjection;
pub use sql_injection::SqlInjection;
pub use ssrf::Ssrf;
pub use xss::Xss;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &CorsAllowAllOrigins,
        &SqlInjection,
        &NosqlInjection,
        &CommandInjection,
        &CodeInjection,
        &PathTraversal,
        &Ssrf,
        &OpenRedirect,
        &Xss,
        &RegexInjection,
    ]
}
