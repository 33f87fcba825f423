//! Rules for Python services (FastAPI, Starlette, Flask, Django).

mod allowed_hosts_wildcard;
mod cors_allow_all_origins;
mod debug_enabled;
mod hardcoded_secret;
mod proxy_headers_trust_all;
mod secret_fallback;
mod secret_names;
mod sensitive_data_logged;

use crate::CodeRule;

pub use allowed_hosts_wildcard::AllowedHostsWildcard;
pub use cors_allow_all_origins::PyCorsAllowAllOrigins;
pub use debug_enabled::DebugEnabled;
pub use hardcoded_secret::HardcodedSecret;
pub use proxy_headers_trust_all::ProxyHeadersTrustAll;
pub use secret_fallback::SecretFallback;
pub use sensitive_data_logged::SensitiveDataLogged;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &PyCorsAllowAllOrigins,
        &ProxyHeadersTrustAll,
        &HardcodedSecret,
        &SecretFallback,
        &DebugEnabled,
        &AllowedHostsWildcard,
        &SensitiveDataLogged,
    ]
}
