//! Secret detection in every text file: provider credential formats, private keys, passwords in
//! connection URLs, and high-entropy values given secret-like names.

mod high_entropy_assignment;
pub(crate) mod kinds;
mod known_credential_format;
pub(crate) mod patterns;
mod private_key;
mod url_credentials;

use crate::FileRule;

pub use high_entropy_assignment::HighEntropyAssignment;
pub use known_credential_format::KnownCredentialFormat;
pub use private_key::PrivateKey;
pub use url_credentials::UrlCredentials;

pub(crate) fn rules() -> Vec<&'static dyn FileRule> {
    vec![
        &KnownCredentialFormat,
        &PrivateKey,
        &UrlCredentials,
        &HighEntropyAssignment,
    ]
}

/// `a` or `an` before `word`, by its first letter as read aloud (`an npm token`, `an AWS key`).
pub(crate) fn article(word: &str) -> &'static str {
    let first = word
        .trim_start_matches('`')
        .chars()
        .next()
        .unwrap_or('x')
        .to_ascii_lowercase();
    let spelled_vowel =
        word.chars().take(3).all(|c| c.is_ascii_uppercase()) && "fhlmnrsx".contains(first);
    if "aeio".contains(first) || spelled_vowel || word.starts_with("npm") {
        "an"
    } else {
        "a"
    }
}
