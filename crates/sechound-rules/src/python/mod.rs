//! Rules for Python services (FastAPI, Starlette, Flask, Django).

mod allowed_hosts_wildcard;
mod archive_extraction;
mod assert_used_for_security;
mod check_then_act_race;
mod code_injection;
mod command_injection;
mod cors_allow_all_origins;
mod debug_enabled;
mod error_details_exposed;
mod flow;
mod hardcoded_secret;
mod header_injection;
mod insecure_cookie;
mod insecure_randomness;
mod insecure_temp_file;
mod jwt_decode_without_verify;
mod jwt_without_expiry;
mod ldap_injection;
mod log_injection;
mod mass_assignment;
mod nosql_injection;
mod oauth_email_unverified;
mod oauth_state_missing;
mod open_redirect;
mod path_traversal;
mod permissive_file_mode;
pub(crate) mod plaintext_token_column;
mod privilege_field_assignment;
mod proxy_headers_trust_all;
mod redos;
mod regex_injection;
mod reset_token_reusable;
mod secret_fallback;
mod secret_names;
mod sensitive_data_logged;
mod session_redirect_unvalidated;
pub(crate) mod sink_table;
mod sinks;
mod sql_injection;
mod sqlalchemy_not_operator;
mod ssrf;
mod template_injection;
mod timing_unsafe_comparison;
mod tls_verification_disabled;
pub(crate) mod token_names;
mod trust_boundary;
mod unbounded_upload;
mod unsafe_deserialization;
mod weak_cipher;
mod weak_hash;
mod weak_password_hash;
mod websocket_identity_from_handshake;
mod xpath_injection;
mod xss;
mod xxe;

use crate::CodeRule;

pub use allowed_hosts_wildcard::AllowedHostsWildcard;
pub use archive_extraction::ArchiveExtraction;
pub use assert_used_for_security::AssertUsedForSecurity;
pub use check_then_act_race::CheckThenActRace;
pub use code_injection::CodeInjection;
pub use command_injection::CommandInjection;
pub use cors_allow_all_origins::PyCorsAllowAllOrigins;
pub use debug_enabled::DebugEnabled;
pub use error_details_exposed::ErrorDetailsExposed;
pub use hardcoded_secret::HardcodedSecret;
pub use header_injection::HeaderInjection;
pub use insecure_cookie::InsecureCookie;
pub use insecure_randomness::InsecureRandomness;
pub use insecure_temp_file::InsecureTempFile;
pub use jwt_decode_without_verify::JwtDecodeWithoutVerify;
pub use jwt_without_expiry::JwtWithoutExpiry;
pub use ldap_injection::LdapInjection;
pub use log_injection::LogInjection;
pub use mass_assignment::MassAssignment;
pub use nosql_injection::NosqlInjection;
pub use oauth_email_unverified::PyOauthEmailUnverified;
pub use oauth_state_missing::PyOauthStateMissing;
pub use open_redirect::OpenRedirect;
pub use path_traversal::PathTraversal;
pub use permissive_file_mode::PermissiveFileMode;
pub use plaintext_token_column::PlaintextTokenColumn;
pub use privilege_field_assignment::PrivilegeFieldAssignment;
pub use proxy_headers_trust_all::ProxyHeadersTrustAll;
pub use redos::Redos;
pub use regex_injection::RegexInjection;
pub use reset_token_reusable::PyResetTokenReusable;
pub use secret_fallback::SecretFallback;
pub use sensitive_data_logged::SensitiveDataLogged;
pub use session_redirect_unvalidated::PySessionRedirectUnvalidated;
pub use sql_injection::SqlInjection;
pub use sqlalchemy_not_operator::SqlalchemyNotOperator;
pub use ssrf::Ssrf;
pub use template_injection::TemplateInjection;
pub use timing_unsafe_comparison::TimingUnsafeComparison;
pub use tls_verification_disabled::TlsVerificationDisabled;
pub use trust_boundary::TrustBoundary;
pub use unbounded_upload::UnboundedUpload;
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
        &PyCorsAllowAllOrigins,
        &ProxyHeadersTrustAll,
        &HardcodedSecret,
        &SecretFallback,
        &DebugEnabled,
        &ErrorDetailsExposed,
        &AllowedHostsWildcard,
        &SensitiveDataLogged,
        &SqlInjection,
        &CommandInjection,
        &CodeInjection,
        &UnsafeDeserialization,
        &PathTraversal,
        &ArchiveExtraction,
        &Ssrf,
        &OpenRedirect,
        &PyOauthEmailUnverified,
        &PySessionRedirectUnvalidated,
        &TemplateInjection,
        &JwtDecodeWithoutVerify,
        &JwtWithoutExpiry,
        &TlsVerificationDisabled,
        &WeakPasswordHash,
        &WeakHash,
        &WeakCipher,
        &AssertUsedForSecurity,
        &InsecureTempFile,
        &PermissiveFileMode,
        &Redos,
        &InsecureRandomness,
        &TimingUnsafeComparison,
        &PlaintextTokenColumn,
        &PyResetTokenReusable,
        &PyOauthStateMissing,
        &UnboundedUpload,
        &SqlalchemyNotOperator,
        &HeaderInjection,
        &InsecureCookie,
        &LdapInjection,
        &LogInjection,
        &MassAssignment,
        &PrivilegeFieldAssignment,
        &NosqlInjection,
        &RegexInjection,
        &TrustBoundary,
        &XpathInjection,
        &Xss,
        &Xxe,
        &CheckThenActRace,
        &WebsocketIdentityFromHandshake,
    ]
}
