//! Masking of what the probe records: the tokens it sent, the credentials it was given, the
//! repository's secrets, and secret-looking values in the service's answers. Nothing reaches a
//! report unmasked.

use regex::Regex;
use sechound_core::mask_secret;
use std::sync::LazyLock;

/// A JSON Web Token: three base64url parts, the first one a JSON object (`eyJ`).
static JWT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*").expect("valid regex")
});

/// `NAME=value` / `NAME: value` lines whose name says they hold a secret.
static SECRET_ASSIGNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?im)^(\s*(?:export\s+)?[A-Z0-9_.-]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH|DATABASE_URL|DSN|_KEY)[A-Z0-9_.-]*\s*[=:]\s*)(.+?)\s*$"#,
    )
    .expect("valid regex")
});

/// `"access_token": "value"` in JSON: a key that says it holds a secret.
static SECRET_JSON_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)("[a-z0-9_-]*(?:token|secret|password|passwd|api_?key|private_?key|credential|session)[a-z0-9_-]*"\s*:\s*")([^"]+)(")"#,
    )
    .expect("valid regex")
});

/// Any `NAME=value` line, for a served `.env` file where every value is masked.
static ANY_ASSIGNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*=\s*)(.+?)\s*$")
        .expect("valid regex")
});

/// Masks known values (the repository's secrets, the credentials given on the command line,
/// the tokens the probe made) and secret-looking values in free text.
#[derive(Default)]
pub struct Masker {
    known: Vec<String>,
}

impl Masker {
    /// Adds a value that must never appear in a report. Values of fewer than four characters
    /// are not searched for in free text (they would mask ordinary words), but they are still
    /// masked where the probe itself places them (headers it sets).
    pub fn add(&mut self, value: &str) {
        if value.len() >= 4 && !self.known.iter().any(|k| k == value) {
            self.known.push(value.to_string());
            // Longest first, so that a value containing another is masked whole.
            self.known.sort_by_key(|k| std::cmp::Reverse(k.len()));
        }
    }

    /// Free text (a body, a header value) with every known value, token and secret-looking
    /// assignment masked.
    pub fn text(&self, text: &str) -> String {
        let mut out = text.to_string();
        for known in &self.known {
            if out.contains(known.as_str()) {
                out = out.replace(known.as_str(), &mask_secret(known));
            }
        }
        out = JWT
            .replace_all(&out, |c: &regex::Captures| mask_secret(&c[0]))
            .into_owned();
        out = SECRET_JSON_VALUE
            .replace_all(&out, |c: &regex::Captures| {
                format!("{}{}{}", &c[1], mask_unless_masked(&c[2]), &c[3])
            })
            .into_owned();
        SECRET_ASSIGNMENT
            .replace_all(&out, |c: &regex::Captures| {
                format!("{}{}", &c[1], mask_unless_masked(&c[2]))
            })
            .into_owned()
    }

    /// A served environment file: every value masked, names kept.
    pub fn env_file(&self, text: &str) -> String {
        let masked = ANY_ASSIGNMENT
            .replace_all(text, |c: &regex::Captures| {
                format!("{}{}", &c[1], mask_unless_masked(&c[2]))
            })
            .into_owned();
        self.text(&masked)
    }

    /// The value of a header the probe sent: credentials are masked whole, the scheme kept
    /// (`Bearer eyJh…[120 chars]`).
    pub fn credential(&self, name: &str, value: &str) -> String {
        let lower = name.to_ascii_lowercase();
        if lower == "authorization" || lower == "proxy-authorization" {
            return match value.split_once(' ') {
                Some((scheme, token)) => format!("{scheme} {}", mask_secret(token)),
                None => mask_secret(value),
            };
        }
        if lower == "cookie" {
            return value
                .split(';')
                .map(|pair| match pair.trim().split_once('=') {
                    // The probe's own marker cookie carries nothing.
                    Some((k, v)) if k.starts_with("sechound_probe") => format!("{k}={v}"),
                    Some((k, v)) => format!("{k}={}", mask_secret(v)),
                    None => pair.trim().to_string(),
                })
                .collect::<Vec<_>>()
                .join("; ");
        }
        self.text(value)
    }

    /// A `Set-Cookie` value: the cookie's value masked, its attributes kept.
    pub fn set_cookie(&self, value: &str) -> String {
        let (pair, attributes) = match value.split_once(';') {
            Some((pair, rest)) => (pair, Some(rest)),
            None => (value, None),
        };
        let pair = match pair.split_once('=') {
            Some((name, v)) if !v.is_empty() => format!("{name}={}", mask_secret(v)),
            _ => pair.to_string(),
        };
        match attributes {
            Some(rest) => format!("{pair};{rest}"),
            None => pair,
        }
    }
}

fn mask_unless_masked(value: &str) -> String {
    if value.contains("chars]") {
        value.to_string()
    } else {
        mask_secret(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_known_values_and_secret_assignments_are_masked() {
        let mut masker = Masker::default();
        masker.add("dev-jwt-secret-change-me");
        let body = r#"{"access_token":"abc.def","note":"key dev-jwt-secret-change-me","t":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwIn0.c2lnbmF0dXJl"}"#;
        let masked = masker.text(body);
        assert!(!masked.contains("dev-jwt-secret-change-me"), "{masked}");
        assert!(!masked.contains("abc.def"), "{masked}");
        assert!(!masked.contains("c2lnbmF0dXJl"), "{masked}");
        assert!(
            masked.contains(r#""note":"key dev-…[24 chars]""#),
            "{masked}"
        );

        let env = "NODE_ENV=production\nJWT_SECRET=hunter2hunter2\nPORT=3000\n";
        assert!(!masker.text(env).contains("hunter2hunter2"));
        assert!(masker.text(env).contains("PORT=3000"));
        let served = masker.env_file(env);
        assert!(
            !served.contains("production") && !served.contains("3000"),
            "{served}"
        );
        assert!(served.contains("NODE_ENV="), "{served}");
    }

    #[test]
    fn credentials_keep_their_scheme_and_cookies_their_names() {
        let masker = Masker::default();
        assert_eq!(
            masker.credential("Authorization", "Bearer abcdefghijklmnopqrstuvwxyz"),
            "Bearer abcd…[26 chars]"
        );
        assert_eq!(
            masker.credential("Cookie", "access_token=abcdefghijklmnop; theme=dark"),
            "access_token=abcd…[16 chars]; theme=…[4 chars]"
        );
        assert_eq!(
            masker.set_cookie("sid=s%3Aabcdefghijkl; Path=/; HttpOnly"),
            "sid=s%3A…[16 chars]; Path=/; HttpOnly"
        );
    }
}
