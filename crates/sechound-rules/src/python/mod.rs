//! Rules for Python services (FastAPI, Starlette, Flask, Django).

mod insecure_randomness;
mod jwt_decode_without_verify;
mod jwt_without_expiry;
mod plaintext_token_column;
mod sqlalchemy_not_operator;
mod timing_unsafe_comparison;
mod tls_verification_disabled;
mod token_names;
mod unbounded_upload;
mod weak_password_hash;

use crate::CodeRule;

pub use insecure_randomness::InsecureRandomness;
pub use jwt_decode_without_verify::JwtDecodeWithoutVerify;
pub use jwt_without_expiry::JwtWithoutExpiry;
pub use plaintext_token_column::PlaintextTokenColumn;
pub use sqlalchemy_not_operator::SqlalchemyNotOperator;
pub use timing_unsafe_comparison::TimingUnsafeComparison;
pub use tls_verification_disabled::TlsVerificationDisabled;
pub use unbounded_upload::UnboundedUpload;
pub use weak_password_hash::WeakPasswordHash;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &JwtDecodeWithoutVerify,
        &JwtWithoutExpiry,
        &TlsVerificationDisabled,
        &WeakPasswordHash,
        &InsecureRandomness,
        &TimingUnsafeComparison,
        &PlaintextTokenColumn,
        &UnboundedUpload,
        &SqlalchemyNotOperator,
    ]
}
