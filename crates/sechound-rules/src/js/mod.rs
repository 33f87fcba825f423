//! Rules for JavaScript and TypeScript services (Express, Fastify, NestJS, Next.js, socket.io).

mod code_injection;
mod command_injection;
mod cors_allow_all_origins;
mod crypto_names;
mod insecure_cookie;
mod insecure_randomness;
mod nosql_injection;
mod open_redirect;
mod path_traversal;
mod regex_injection;
mod session_hardcoded_secret;
mod sinks;
mod sql_injection;
mod ssrf;
mod timing_unsafe_comparison;
mod weak_cipher;
mod weak_password_hash;
mod xss;

use crate::CodeRule;

pub use code_injection::CodeInjection;
pub use command_injection::CommandInjection;
pub use cors_allow_all_origins::CorsAllowAllOrigins;
pub use insecure_cookie::InsecureCookie;
pub use insecure_randomness::InsecureRandomness;
pub use nosql_injection::NosqlInjection;
pub use open_redirect::OpenRedirect;
pub use path_traversal::PathTraversal;
pub use regex_injection::RegexInjection;
pub use session_hardcoded_secret::SessionHardcodedSecret;
pub use sql_injection::SqlInjection;
pub use ssrf::Ssrf;
pub use timing_unsafe_comparison::TimingUnsafeComparison;
pub use weak_cipher::WeakCipher;
pub use weak_password_hash::WeakPasswordHash;
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
        &InsecureCookie,
        &SessionHardcodedSecret,
        &WeakPasswordHash,
        &WeakCipher,
        &InsecureRandomness,
        &TimingUnsafeComparison,
    ]
}
