//! Names that say what a function or guard does, shared by every language: the JavaScript and
//! Python naming conventions differ only in case style, and the patterns accept both
//! (`requireAuth`, `require_auth`, `get_current_user`).

use regex::Regex;
use std::sync::LazyLock;

/// Names that say a function authenticates the caller.
static AUTH_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(authenticat|^auth$|^auth_?(middleware|guard|required|check|user|token)|requireauth|require_?(user|login|session|token|api_?key|signed_?in)|is_?authenticated|ensure_?(auth|logged|user|signed)|logged_?in|login_?required|verify_?(jwt|token|session|user|api_?key|auth|access)|check_?(jwt|token|auth|session|api_?key)|jwt_?(auth|guard|required|middleware)|current_?user|^protect(ed)?$|with_?auth|api_?key_?(auth|guard|check))",
    )
    .expect("valid regex")
});

/// Names that say a guard checks roles or permissions.
static ROLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(role|admin|permission|authori[sz]e|superuser|staff|scope|can_?access|is_?owner)",
    )
    .expect("valid regex")
});

pub(crate) fn is_auth_name(name: &str) -> bool {
    AUTH_NAME.is_match(name)
}

pub(crate) fn is_role_name(name: &str) -> bool {
    ROLE_NAME.is_match(name)
}
