//! Rules for JavaScript and TypeScript services (Express, Fastify, NestJS, Next.js, socket.io).

mod cors_allow_all_origins;
mod crypto_names;
mod insecure_cookie;
mod insecure_randomness;
mod session_hardcoded_secret;
mod timing_unsafe_comparison;
mod weak_cipher;
mod weak_password_hash;

use crate::CodeRule;

pub use cors_allow_all_origins::CorsAllowAllOrigins;
pub use insecure_cookie::InsecureCookie;
pub use insecure_randomness::InsecureRandomness;
pub use session_hardcoded_secret::SessionHardcodedSecret;
pub use timing_unsafe_comparison::TimingUnsafeComparison;
pub use weak_cipher::WeakCipher;
pub use weak_password_hash::WeakPasswordHash;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &CorsAllowAllOrigins,
        &InsecureCookie,
        &SessionHardcodedSecret,
        &WeakPasswordHash,
        &WeakCipher,
        &InsecureRandomness,
        &TimingUnsafeComparison,
    ]
}
