//! Which secret-like environment variables the code reads (the project rule on start-up
//! validation weighs them). What route handlers do is read from their syntax tree by the
//! semantic layer (see `handler.rs`).

use crate::facts::FileFacts;
use regex::Regex;
use sechound_core::project::ControlEvidence;
use sechound_syntax::CodeFile;
use std::sync::LazyLock;

static SECRET_ENV: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:process\.env\.|process\.env\[['"]|os\.environ\.get\(\s*['"]|os\.getenv\(\s*['"]|os\.environ\[\s*['"]|env\(\s*['"])([A-Z][A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|DATABASE_URL|DSN|CREDENTIALS?)[A-Z0-9_]*)"#)
        .expect("valid regex")
});

/// Reads the secret-like environment variables the file reads.
pub(crate) fn read_secret_env(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    for captures in SECRET_ENV.captures_iter(src) {
        let whole = captures.get(0).expect("match");
        let name = &captures[1];
        if !names_a_secret(name) {
            continue;
        }
        if facts.secret_env_reads.iter().any(|r| r.detail == name) {
            continue;
        }
        let line = src[..whole.start()].matches('\n').count() as u32 + 1;
        facts.secret_env_reads.push(ControlEvidence {
            file: file.path.clone(),
            line,
            code: src
                .lines()
                .nth(line as usize - 1)
                .unwrap_or("")
                .trim()
                .to_string(),
            detail: name.to_string(),
            partial: false,
            scope: None,
        });
    }
}

/// True when an environment variable name holds a secret value rather than its location or
/// settings: `JWT_SECRET`, `DATABASE_URL`, not `TIKTOKEN_CACHE_DIR` or `TOKEN_EXPIRY`.
fn names_a_secret(name: &str) -> bool {
    const NOT_A_VALUE: &[&str] = &[
        "DIR",
        "PATH",
        "FILE",
        "CACHE",
        "URL",
        "URI",
        "ENDPOINT",
        "NAME",
        "EXPIRY",
        "EXPIRES",
        "TTL",
        "LENGTH",
        "HEADER",
        "ALGORITHM",
        "ISSUER",
        "AUDIENCE",
        "TYPE",
        "ID",
        "LIFETIME",
        "MINUTES",
        "SECONDS",
        "HOURS",
        "DAYS",
    ];
    const SECRET_WORDS: &[&str] = &[
        "SECRET",
        "TOKEN",
        "PASSWORD",
        "PASSWD",
        "DSN",
        "CREDENTIALS",
        "CREDENTIAL",
    ];
    const SECRET_KEYS: &[&str] = &["API_KEY", "PRIVATE_KEY", "SECRET_KEY", "ACCESS_KEY"];
    if name == "DATABASE_URL" || name.ends_with("_DATABASE_URL") || name.ends_with("_DSN") {
        return true;
    }
    let segments: Vec<&str> = name.split('_').collect();
    let names_secret = segments.iter().any(|s| SECRET_WORDS.contains(s))
        || SECRET_KEYS.iter().any(|k| name.contains(k));
    names_secret && !segments.iter().any(|s| NOT_A_VALUE.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_secret_values_from_their_settings() {
        for name in [
            "JWT_SECRET",
            "DATABASE_URL",
            "STRIPE_API_KEY",
            "DJANGO_SECRET_KEY",
            "DB_PASSWORD",
            "SENTRY_DSN",
        ] {
            assert!(names_a_secret(name), "{name}");
        }
        for name in [
            "TIKTOKEN_CACHE_DIR",
            "TOKEN_EXPIRY",
            "AWS_ACCESS_KEY_ID",
            "JWT_ALGORITHM",
            "KEYBOARD",
            "PASSWORD_MIN_LENGTH",
        ] {
            assert!(!names_a_secret(name), "{name}");
        }
    }
}
