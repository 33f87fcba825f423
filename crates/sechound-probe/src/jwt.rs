//! Tokens no honest issuer signed: HS256 with a given (or random) key, `alg: none`, a stripped
//! signature, an expired token. Built by hand (HMAC-SHA256 from `hmac`/`sha2`, base64url) so
//! that nothing refuses to make the broken ones.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The claims of every forged token: a subject that names no real user (`"0"`, numeric for
/// services that parse it), issued now, valid for ten minutes. `expired` moves both an hour
/// and more into the past.
pub fn claims(now: i64, expired: bool, extra: &[(&str, &str)]) -> Value {
    let (iat, exp) = if expired {
        (now - 7200, now - 3600)
    } else {
        (now, now + 600)
    };
    let mut claims = json!({ "sub": "0", "iat": iat, "exp": exp });
    for (key, value) in extra {
        claims[*key] = json!(value);
    }
    claims
}

/// An HS256 token signed with `key`.
pub fn hs256(key: &[u8], claims: &Value) -> String {
    let signing_input = format!(
        "{}.{}",
        encode(&json!({ "alg": "HS256", "typ": "JWT" })),
        encode(claims)
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(signing_input.as_bytes());
    let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    format!("{signing_input}.{signature}")
}

/// `{"alg":"none"}` with an empty signature.
pub fn alg_none(claims: &Value) -> String {
    format!(
        "{}.{}.",
        encode(&json!({ "alg": "none", "typ": "JWT" })),
        encode(claims)
    )
}

/// An HS256 token with its signature removed.
pub fn empty_signature(claims: &Value) -> String {
    let token = hs256(&random_bytes(32), claims);
    let cut = token.rfind('.').map(|i| i + 1).unwrap_or(token.len());
    token[..cut].to_string()
}

fn encode(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

/// Bytes no one can guess twice: for wrong keys and never-existing paths. Not for anything
/// that must stay secret.
pub fn random_bytes(n: usize) -> Vec<u8> {
    use std::hash::{BuildHasher, Hasher};
    let mut out = Vec::with_capacity(n);
    let mut counter = 0u64;
    while out.len() < n {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(counter);
        let mut digest = Sha256::new();
        digest.update(hasher.finish().to_le_bytes());
        digest.update(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default()
                .to_le_bytes(),
        );
        digest.update(std::process::id().to_le_bytes());
        digest.update(counter.to_le_bytes());
        out.extend_from_slice(&digest.finalize());
        counter += 1;
    }
    out.truncate(n);
    out
}

/// `n` random lower-case hex characters.
pub fn random_hex(n: usize) -> String {
    random_bytes(n.div_ceil(2))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()[..n]
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hs256_matches_the_rfc_7515_example_shape_and_verifies() {
        // A token signed here verifies with the same key (recomputed) and not with another.
        let claims = claims(1_700_000_000, false, &[("type", "refresh")]);
        let token = hs256(b"secret", &claims);
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        let payload: Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(payload["sub"], "0");
        assert_eq!(payload["type"], "refresh");
        assert_eq!(payload["exp"], 1_700_000_600);
        let mut mac = Hmac::<Sha256>::new_from_slice(b"secret").unwrap();
        mac.update(format!("{}.{}", parts[0], parts[1]).as_bytes());
        assert!(
            mac.verify_slice(&URL_SAFE_NO_PAD.decode(parts[2]).unwrap())
                .is_ok()
        );
        assert_ne!(token, hs256(b"other", &claims));
    }

    #[test]
    fn a_known_hs256_vector() {
        // jwt.io's default example: {"alg":"HS256","typ":"JWT"} is encoded by serde_json in
        // key order, so compare the signature over a fixed signing input instead.
        let mut mac = Hmac::<Sha256>::new_from_slice(b"your-256-bit-secret").unwrap();
        mac.update(b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ");
        assert_eq!(
            URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()),
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        );
    }

    #[test]
    fn unsigned_tokens_end_with_a_dot() {
        let claims = claims(0, true, &[]);
        let none = alg_none(&claims);
        assert!(none.ends_with('.') && none.matches('.').count() == 2);
        let header: Value = serde_json::from_slice(
            &URL_SAFE_NO_PAD
                .decode(none.split('.').next().unwrap())
                .unwrap(),
        )
        .unwrap();
        assert_eq!(header["alg"], "none");
        assert!(empty_signature(&claims).ends_with('.'));
        assert_eq!(claims["exp"], -3600);
        assert_ne!(random_hex(16), random_hex(16));
        assert_eq!(random_hex(15).len(), 15);
    }
}
