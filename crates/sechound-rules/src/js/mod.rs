//! Rules for JavaScript and TypeScript services (Express, Fastify, NestJS, Next.js, socket.io).

mod archive_extraction;
mod check_then_act_race;
mod code_injection;
mod command_injection;
mod cors_allow_all_origins;
mod crypto_names;
mod error_details_exposed;
mod flow;
mod header_injection;
mod insecure_cookie;
mod insecure_randomness;
mod jwt_decode_without_verify;
mod jwt_hardcoded_secret;
mod jwt_sign_without_expiry;
mod jwt_verify_weakened;
mod jwt_verify_without_algorithms;
mod ldap_injection;
mod log_injection;
mod mass_assignment;
mod nosql_injection;
mod oauth_email_unverified;
mod oauth_state_missing;
mod open_redirect;
mod path_traversal;
mod permissive_file_mode;
mod plaintext_token_column;
mod privilege_field_assignment;
mod prototype_pollution;
mod redos;
mod regex_injection;
mod reset_token_reusable;
mod secret_fallback;
mod secret_names;
mod sensitive_data_logged;
mod session_hardcoded_secret;
mod session_redirect_unvalidated;
pub(crate) mod sink_table;
mod sinks;
mod sql_injection;
mod ssrf;
mod template_injection;
mod timing_unsafe_comparison;
mod tls_verification_disabled;
mod trust_proxy_all;
mod unsafe_deserialization;
mod weak_cipher;
mod weak_hash;
mod weak_password_hash;
mod websocket_identity_from_handshake;
mod xpath_injection;
mod xss;
mod xxe;

use crate::CodeRule;

pub use archive_extraction::ArchiveExtraction;
pub use check_then_act_race::CheckThenActRace;
pub use code_injection::CodeInjection;
pub use command_injection::CommandInjection;
pub use cors_allow_all_origins::CorsAllowAllOrigins;
pub use error_details_exposed::ErrorDetailsExposed;
pub use header_injection::HeaderInjection;
pub use insecure_cookie::InsecureCookie;
pub use insecure_randomness::InsecureRandomness;
pub use jwt_decode_without_verify::JwtDecodeWithoutVerify;
pub use jwt_hardcoded_secret::JwtHardcodedSecret;
pub use jwt_sign_without_expiry::JwtSignWithoutExpiry;
pub use jwt_verify_weakened::JwtVerifyWeakened;
pub use jwt_verify_without_algorithms::JwtVerifyWithoutAlgorithms;
pub use ldap_injection::LdapInjection;
pub use log_injection::LogInjection;
pub use mass_assignment::MassAssignment;
pub use nosql_injection::NosqlInjection;
pub use oauth_email_unverified::JsOauthEmailUnverified;
pub use oauth_state_missing::OauthStateMissing;
pub use open_redirect::OpenRedirect;
pub use path_traversal::PathTraversal;
pub use permissive_file_mode::PermissiveFileMode;
pub use plaintext_token_column::JsPlaintextTokenColumn;
pub use privilege_field_assignment::PrivilegeFieldAssignment;
pub use prototype_pollution::PrototypePollution;
pub use redos::Redos;
pub use regex_injection::RegexInjection;
pub use reset_token_reusable::ResetTokenReusable;
pub use secret_fallback::SecretFallback;
pub use sensitive_data_logged::SensitiveDataLogged;
pub use session_hardcoded_secret::SessionHardcodedSecret;
pub use session_redirect_unvalidated::JsSessionRedirectUnvalidated;
pub use sql_injection::SqlInjection;
pub use ssrf::Ssrf;
pub use template_injection::TemplateInjection;
pub use timing_unsafe_comparison::TimingUnsafeComparison;
pub use tls_verification_disabled::TlsVerificationDisabled;
pub use trust_proxy_all::TrustProxyAll;
pub use unsafe_deserialization::UnsafeDeserialization;
pub use weak_cipher::WeakCipher;
pub use weak_hash::WeakHash;
pub use weak_password_hash::WeakPasswordHash;
pub use websocket_identity_from_handshake::WebsocketIdentityFromHandshake;
pub use xpath_injection::XpathInjection;
pub use xss::Xss;
pub use xxe::Xxe;

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
        &JsOauthEmailUnverified,
        &JsSessionRedirectUnvalidated,
        &Xss,
        &RegexInjection,
        &InsecureCookie,
        &SessionHardcodedSecret,
        &WeakPasswordHash,
        &WeakHash,
        &TlsVerificationDisabled,
        &PermissiveFileMode,
        &ArchiveExtraction,
        &Redos,
        &WeakCipher,
        &InsecureRandomness,
        &TimingUnsafeComparison,
        &TrustProxyAll,
        &JwtHardcodedSecret,
        &JwtDecodeWithoutVerify,
        &JwtVerifyWithoutAlgorithms,
        &JwtVerifyWeakened,
        &JwtSignWithoutExpiry,
        &SecretFallback,
        &SensitiveDataLogged,
        &ErrorDetailsExposed,
        &TemplateInjection,
        &UnsafeDeserialization,
        &Xxe,
        &CheckThenActRace,
        &WebsocketIdentityFromHandshake,
        &XpathInjection,
        &LdapInjection,
        &LogInjection,
        &PrototypePollution,
        &MassAssignment,
        &PrivilegeFieldAssignment,
        &HeaderInjection,
        &JsPlaintextTokenColumn,
        &ResetTokenReusable,
        &OauthStateMissing,
    ]
}
