//! What a secret looks like: secret-like names, placeholders, entropy, and the published formats
//! of provider credentials.

use regex::Regex;
use sechound_core::Severity;
use std::ops::Range;
use std::sync::OnceLock;

/// `name` without a trailing number: `DB_PASSWORD_2` and `apiSecret2` are a second password and
/// secret, named like the first (`DB_PASSWORD`, `apiSecret`).
pub(crate) fn without_numbering(name: &str) -> &str {
    name.trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches(['_', '-', '.'])
}

/// True for names that hold secrets: `JWT_SECRET`, `apiKey`, `db_password`, `GITHUB_TOKEN`...
/// Names that only describe a secret (`TOKEN_URL`, `PASSWORD_MIN_LENGTH`, `SECRET_KEY_FILE`,
/// `token_type`) are not.
pub fn is_secret_name(name: &str) -> bool {
    let name = without_numbering(name);
    let lower = name.to_ascii_lowercase().replace(['-', '.'], "_");
    // camelCase → snake: `apiKey` → `api_key`.
    let mut words = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase()
            && i > 0
            && name
                .chars()
                .nth(i - 1)
                .is_some_and(|p| p.is_ascii_lowercase())
        {
            words.push('_');
        }
        words.push(c.to_ascii_lowercase());
    }
    let words = words.replace(['-', '.'], "_");
    let parts: Vec<&str> = words.split('_').filter(|p| !p.is_empty()).collect();
    const DESCRIPTIVE: &[&str] = &[
        "url",
        "uri",
        "endpoint",
        "file",
        "path",
        "dir",
        "name",
        "type",
        "length",
        "len",
        "min",
        "max",
        "expiry",
        "expires",
        "expiration",
        "ttl",
        "header",
        "prefix",
        "field",
        "id",
        "count",
        "policy",
        "hash",
        "hashed",
        "digest",
        "salt",
        "rounds",
        "algorithm",
        "alg",
        "format",
        "regex",
        "pattern",
        "label",
        "hint",
        "env",
        "var",
        "reset",
        "enabled",
        "required",
        "placeholder",
        "location",
        "arn",
        "ref",
        "version",
        "at",
        "data",
        "param",
        "query",
        "attr",
        "attribute",
        "column",
        "table",
        "cache",
        "storage",
        "option",
        "index",
        "map",
        "strategy",
        "mode",
        "rotation",
        "source",
    ];
    if parts.last().is_none_or(|last| DESCRIPTIVE.contains(last)) {
        return false;
    }
    // Pagination and lexer tokens are not credentials.
    const NOT_CREDENTIALS: &[&str] = &[
        "page",
        "cursor",
        "continuation",
        "pagination",
        "next",
        "csrf",
        "xsrf",
        "lexer",
    ];
    if parts.iter().any(|p| NOT_CREDENTIALS.contains(p)) {
        return false;
    }
    const WORDS: &[&str] = &[
        "secret",
        "password",
        "passwd",
        "pwd",
        "token",
        "apikey",
        "credential",
        "credentials",
        "pass",
        "passphrase",
    ];
    if parts.iter().any(|p| WORDS.contains(p)) {
        return true;
    }
    let joined = lower.replace('_', "");
    if [
        "apikey",
        "accesskey",
        "privatekey",
        "secretkey",
        "signingkey",
        "encryptionkey",
        "clientsecret",
        "authkey",
        "masterkey",
    ]
    .iter()
    .any(|k| joined.contains(k))
    {
        return true;
    }
    // `*_KEY` is a secret only with a qualifier that says so (`STRIPE_KEY`, `HMAC_KEY`), not
    // for dictionary keys (`cache_key`, `format_key`).
    const KEY_QUALIFIERS: &[&str] = &[
        "api",
        "secret",
        "private",
        "access",
        "signing",
        "sign",
        "encryption",
        "enc",
        "master",
        "auth",
        "client",
        "app",
        "service",
        "license",
        "hmac",
        "jwt",
        "session",
        "webhook",
        "crypto",
        "cipher",
        "aes",
        "stripe",
        "aws",
        "github",
        "openai",
        "sendgrid",
        "twilio",
        "mailgun",
        "google",
        "gcp",
        "azure",
        "slack",
        "firebase",
        "algolia",
        "admin",
        "root",
        "ssh",
        "deploy",
    ];
    parts.len() > 1
        && parts.last() == Some(&"key")
        && KEY_QUALIFIERS.contains(&parts[parts.len() - 2])
}

/// True for values that stand in for a secret: `changeme`, `your-api-key-here`, `xxx`,
/// `<token>`, `${JWT_SECRET}`, `***`, all-same characters...
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim().to_ascii_lowercase();
    if v.len() < 4 {
        return true;
    }
    if v.starts_with('<') && v.ends_with('>')
        || v.contains("${")
        || v.contains("{{")
        || v.contains("$(")
        || v.contains("%(")
    {
        return true;
    }
    let first = v.chars().next().unwrap_or(' ');
    if v.chars().all(|c| c == first) {
        return true;
    }
    const MARKERS: &[&str] = &[
        "changeme",
        "change-me",
        "change_me",
        "change-this",
        "change_this",
        "your-",
        "your_",
        "yourkey",
        "xxxx",
        "placeholder",
        "example",
        "dummy",
        "redacted",
        "replace",
        "insert",
        "todo",
        "fixme",
        "sample",
        "****",
        "...",
        "<",
        "not-a-real",
        "notreal",
        "fake",
    ];
    MARKERS.iter().any(|m| v.contains(m))
        || matches!(
            v.as_str(),
            "secret" | "password" | "token" | "none" | "null" | "undefined" | "test" | "empty"
        )
}

/// Shannon entropy of `value` in bits per character.
pub fn entropy(value: &str) -> f64 {
    let mut counts = [0usize; 256];
    let bytes = value.as_bytes();
    for b in bytes {
        counts[*b as usize] += 1;
    }
    let len = bytes.len() as f64;
    counts
        .iter()
        .filter(|c| **c > 0)
        .map(|c| {
            let p = *c as f64 / len;
            -p * p.log2()
        })
        .sum()
}

/// A value that looks like a generated secret rather than a word, an identifier or a
/// placeholder: printable ASCII, 16 characters or more, letters and digits, high entropy, and not
/// made of words joined by separators (`DATE_INPUT_FORMATS`, `_auth_user_backend`).
pub fn looks_generated(value: &str) -> bool {
    let v = value.trim();
    if v.len() < 16 || !v.chars().all(|c| c.is_ascii_graphic()) || is_placeholder(v) {
        return false;
    }
    if !v.chars().any(|c| c.is_ascii_digit()) || !v.chars().any(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let wordy = v
        .split(['_', '-', '.', ':', '/', '|'])
        .filter(|piece| !piece.is_empty())
        .all(|piece| {
            piece.chars().all(|c| c.is_ascii_alphabetic())
                || piece.chars().all(|c| c.is_ascii_digit())
        });
    if wordy || v.starts_with(['&', '*', '!']) {
        return false;
    }
    // Password hashes (Django, bcrypt, argon2) are not the secret itself.
    if [
        "pbkdf2_", "$2a$", "$2b$", "$2y$", "$argon2", "sha1$", "md5$", "bcrypt$", "scrypt$",
    ]
    .iter()
    .any(|p| v.starts_with(p))
    {
        return false;
    }
    if ["file:", "link:", "workspace:", "npm:", "git+", "../"]
        .iter()
        .any(|p| v.contains(p))
    {
        return false;
    }
    let classes = [
        v.chars().any(|c| c.is_ascii_lowercase()),
        v.chars().any(|c| c.is_ascii_uppercase()),
        v.chars().any(|c| c.is_ascii_digit()),
        v.chars().any(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    classes >= 2 && entropy(v) >= 3.5 && !looks_like_path_or_identifier(v)
}

fn looks_like_path_or_identifier(v: &str) -> bool {
    v.starts_with('/')
        || v.starts_with("./")
        || v.starts_with("http") && !v.contains('@')
        || v.contains("::")
        || v.split('.').count() > 2
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
            && !v.starts_with("ey")
}

/// A published credential format.
pub struct KnownFormat {
    pub name: &'static str,
    /// Literal text every match contains; the regex runs only on files that have one.
    pub markers: &'static [&'static str],
    pub regex: Regex,
    pub severity: Severity,
}

/// Credential formats recognised by their shape, with the regex group 1 being the secret.
/// Patterns are ASCII-only (`(?-u)`): Unicode word boundaries cost more than the whole scan.
pub fn known_formats() -> &'static [KnownFormat] {
    static FORMATS: OnceLock<Vec<KnownFormat>> = OnceLock::new();
    FORMATS.get_or_init(|| {
        type Spec = (&'static str, &'static [&'static str], &'static str, Severity);
        let specs: &[Spec] = &[
            ("AWS access key id", &["AKIA", "ASIA", "ABIA", "ACCA"], r"\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b", Severity::High),
            ("GitHub token", &["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], r"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})\b", Severity::High),
            ("GitHub fine-grained token", &["github_pat_"], r"\b(github_pat_[A-Za-z0-9_]{82})\b", Severity::High),
            ("GitLab personal access token", &["glpat-"], r"\b(glpat-[A-Za-z0-9_\-]{20})\b", Severity::High),
            ("Slack token", &["xox"], r"\b(xox[baprs]-[A-Za-z0-9]{10,48}(?:-[A-Za-z0-9]{4,48}){1,4})\b", Severity::High),
            (
                "Slack webhook URL",
                &["hooks.slack.com"],
                r"(https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,})",
                Severity::Medium,
            ),
            ("Stripe live secret key", &["_live_"], r"\b((?:sk|rk)_live_[A-Za-z0-9]{20,99})\b", Severity::Critical),
            ("Google API key", &["AIza"], r"\b(AIza[0-9A-Za-z_\-]{35})\b", Severity::High),
            ("SendGrid API key", &["SG."], r"\b(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})\b", Severity::High),
            ("Twilio API key", &["SK"], r"\b(SK[0-9a-f]{32})\b", Severity::High),
            ("npm access token", &["npm_"], r"\b(npm_[A-Za-z0-9]{36})\b", Severity::High),
            (
                "JSON Web Token",
                &["eyJ"],
                r"\b(eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{16,})",
                Severity::Medium,
            ),
        ];
        specs
            .iter()
            .map(|(name, markers, pattern, severity)| KnownFormat {
                name,
                markers,
                regex: Regex::new(&format!("(?-u){pattern}")).expect("credential pattern compiles"),
                severity: *severity,
            })
            .collect()
    })
}

/// Every known-format credential in `text`: the format and the byte range of the secret.
pub fn find_known(text: &str) -> Vec<(&'static KnownFormat, Range<usize>)> {
    let mut found = Vec::new();
    for format in known_formats() {
        if !format.markers.iter().any(|m| text.contains(m)) {
            continue;
        }
        for captures in format.regex.captures_iter(text) {
            let secret = captures.get(1).expect("group 1");
            if !is_placeholder(secret.as_str()) {
                found.push((format, secret.range()));
            }
        }
    }
    found.sort_by_key(|(_, r)| r.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names() {
        for name in [
            "JWT_SECRET",
            "apiKey",
            "db_password",
            "GITHUB_TOKEN",
            "client_secret",
            "STRIPE_KEY",
            "privateKey",
            "SESSION_SECRET_KEY",
            "DB_PASSWORD_2",
            "apiSecret2",
            "API_KEY2",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in [
            "TOKEN_URL",
            "PASSWORD_MIN_LENGTH",
            "SECRET_KEY_FILE",
            "token_type",
            "public_key",
            "password_hash",
            "keyboard",
            "monkey",
            "SECRET_ARN",
            "cache_key",
            "format_key",
            "next_page_token",
            "tokenData",
            "queryKey",
            "localStorageKey",
        ] {
            assert!(!is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn placeholders_and_generated_values() {
        for value in [
            "changeme",
            "your-api-key-here",
            "xxxxxxxx",
            "<token>",
            "${JWT_SECRET}",
            "***",
            "secret",
            "sk_test_EXAMPLE",
        ] {
            assert!(is_placeholder(value), "{value}");
        }
        assert!(looks_generated("9fT2kLq8ZxW4mN7pR1vB6cY3"));
        assert!(looks_generated("c2VjcmV0LWtleS1mb3ItcHJvZA=="));
        assert!(!looks_generated("dev-secret"));
        assert!(!looks_generated("/var/run/secrets/token"));
        assert!(!looks_generated("postgres"));
        assert!(!looks_generated("DATE_INPUT_FORMATS_2"));
        assert!(!looks_generated("file:../ghost/session-from-token"));
        assert!(!looks_generated("token:${user.id}:${Date.now()}"));
    }

    #[test]
    fn known_formats_are_found_and_placeholders_are_not() {
        let text = "a = 'ghp_0123456789abcdefghijABCDEFGHIJ012345'\nb = 'AKIAIOSFODNN7EXAMPLE'\nc = 'AKIAZ3MXQW7PLK2VJHTR'\n";
        let found: Vec<&str> = find_known(text).iter().map(|(f, _)| f.name).collect();
        assert_eq!(found, ["GitHub token", "AWS access key id"]);
    }
}
