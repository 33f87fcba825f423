//! Rules for JavaScript and TypeScript services (Express, Fastify, NestJS, Next.js, socket.io).

mod cors_allow_all_origins;
mod error_details_exposed;
mod jwt_decode_without_verify;
mod jwt_hardcoded_secret;
mod jwt_sign_without_expiry;
mod jwt_verify_without_algorithms;
mod secret_fallback;
mod secret_names;
mod sensitive_data_logged;
mod trust_proxy_all;

use crate::CodeRule;

pub use cors_allow_all_origins::CorsAllowAllOrigins;
pub use error_details_exposed::ErrorDetailsExposed;
pub use jwt_decode_without_verify::JwtDecodeWithoutVerify;
pub use jwt_hardcoded_secret::JwtHardcodedSecret;
pub use jwt_sign_without_expiry::JwtSignWithoutExpiry;
pub use jwt_verify_without_algorithms::JwtVerifyWithoutAlgorithms;
pub use secret_fallback::SecretFallback;
pub use sensitive_data_logged::SensitiveDataLogged;
pub use trust_proxy_all::TrustProxyAll;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &CorsAllowAllOrigins,
        &TrustProxyAll,
        &JwtHardcodedSecret,
        &JwtDecodeWithoutVerify,
        &JwtVerifyWithoutAlgorithms,
        &JwtSignWithoutExpiry,
        &SecretFallback,
        &SensitiveDataLogged,
        &ErrorDetailsExposed,
    ]
}
