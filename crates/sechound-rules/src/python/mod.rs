//! Rules for Python services (FastAPI, Starlette, Flask, Django).

mod allowed_hosts_wildcard;
mod code_injection;
mod command_injection;
mod cors_allow_all_origins;
mod debug_enabled;
mod hardcoded_secret;
mod open_redirect;
mod path_traversal;
mod proxy_headers_trust_all;
mod secret_fallback;
mod secret_names;
mod sensitive_data_logged;
mod sinks;
mod sql_injection;
mod ssrf;
mod template_injection;
mod unsafe_deserialization;

use crate::CodeRule;

pub use allowed_hosts_wildcard::AllowedHostsWildcard;
pub use code_injection::CodeInjection;
pub use command_injection::CommandInjection;
pub use cors_allow_all_origins::PyCorsAllowAllOrigins;
pub use debug_enabled::DebugEnabled;
pub use hardcoded_secret::HardcodedSecret;
pub use open_redirect::OpenRedirect;
pub use path_traversal::PathTraversal;
pub use proxy_headers_trust_all::ProxyHeadersTrustAll;
pub use secret_fallback::SecretFallback;
pub use sensitive_data_logged::SensitiveDataLogged;
pub use sql_injection::SqlInjection;
pub use ssrf::Ssrf;
pub use template_injection::TemplateInjection;
pub use unsafe_deserialization::UnsafeDeserialization;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &PyCorsAllowAllOrigins,
        &ProxyHeadersTrustAll,
        &HardcodedSecret,
        &SecretFallback,
        &DebugEnabled,
        &AllowedHostsWildcard,
        &SensitiveDataLogged,
        &SqlInjection,
        &CommandInjection,
        &CodeInjection,
        &UnsafeDeserialization,
        &PathTraversal,
        &Ssrf,
        &OpenRedirect,
        &TemplateInjection,
    ]
}
