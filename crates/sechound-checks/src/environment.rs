//! The environment the steps run with: the caller's, minus every variable that looks like a
//! secret (by its name or by its value), plus `CI=true` so that tools take their
//! non-interactive, no-snapshot-writing paths.

use std::ffi::OsString;

/// Words that mark a variable's name as a secret.
const SECRET_NAME_PARTS: &[&str] = &[
    "TOKEN",
    "SECRET",
    "PASSWORD",
    "PASSWD",
    "PASSPHRASE",
    "CREDENTIAL",
    "PRIVATE",
    "API_KEY",
    "APIKEY",
    "ACCESS_KEY",
    "AUTH",
    "SESSION",
    "COOKIE",
    "DSN",
    "DATABASE_URL",
    "CONNECTION_STRING",
    "WEBHOOK",
    "SIGNING",
];

/// Value prefixes of well-known credential formats.
const SECRET_VALUE_PREFIXES: &[&str] = &[
    "ghp_",
    "gho_",
    "ghs_",
    "ghu_",
    "github_pat_",
    "glpat-",
    "sk_live_",
    "rk_live_",
    "xoxb-",
    "xoxp-",
    "AKIA",
    "ASIA",
    "npm_",
    "-----BEGIN",
];

/// True when a variable should not reach the project's code.
pub fn looks_secret(name: &str, value: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    SECRET_NAME_PARTS.iter().any(|part| upper.contains(part))
        || upper.ends_with("_KEY")
        || upper.ends_with("_PAT")
        || SECRET_VALUE_PREFIXES.iter().any(|p| value.starts_with(p))
        || (value.contains("://") && value.contains('@') && value.contains(':'))
}

/// The environment for the steps and the names withheld from it. Variables named in `pass`
/// are kept whatever they look like.
pub fn step_environment(pass: &[String]) -> (Vec<(OsString, OsString)>, Vec<String>) {
    let mut kept = Vec::new();
    let mut removed = Vec::new();
    for (name, value) in std::env::vars_os() {
        let (Some(n), v) = (name.to_str(), value.to_string_lossy()) else {
            // A name that is not UTF-8 cannot be judged: leave it out.
            removed.push(name.to_string_lossy().into_owned());
            continue;
        };
        if n == "CI" || n == "NO_COLOR" || n == "FORCE_COLOR" {
            continue;
        }
        if looks_secret(n, &v) && !pass.iter().any(|p| p == n) {
            removed.push(n.to_string());
            continue;
        }
        kept.push((name, value));
    }
    kept.push(("CI".into(), "true".into()));
    kept.push(("NO_COLOR".into(), "1".into()));
    kept.push(("FORCE_COLOR".into(), "0".into()));
    removed.sort();
    (kept, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_secrets_by_name_and_value() {
        assert!(looks_secret("GITHUB_TOKEN", "x"));
        assert!(looks_secret("AWS_SECRET_ACCESS_KEY", "x"));
        assert!(looks_secret("STRIPE_KEY", "x"));
        assert!(looks_secret("SSH_AUTH_SOCK", "/tmp/agent"));
        assert!(looks_secret("SENTRY_DSN", "https://k@sentry.io/1"));
        assert!(looks_secret(
            "MY_VAR",
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
        ));
        assert!(looks_secret(
            "UPSTREAM",
            "postgres://app:hunter2@db:5432/app"
        ));
        assert!(!looks_secret("PATH", "/usr/bin:/bin"));
        assert!(!looks_secret("HOME", "/root"));
        assert!(!looks_secret("NODE_ENV", "test"));
        assert!(!looks_secret("KEYBOARD_LAYOUT", "us"));
    }
}
