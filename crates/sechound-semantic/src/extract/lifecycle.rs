//! What a call or an assignment does to a session, a stored token or a second factor
//! ([`Lifecycle`]), read from names: the logout and two-factor rules weigh these facts per
//! endpoint, and the places that keep sessions for the whole program.

use crate::behaviour::Lifecycle;

pub use sechound_syntax::name_words as words;

/// Words that name a second factor.
const FACTOR_WORDS: &[&str] = &[
    "totp",
    "otp",
    "mfa",
    "2fa",
    "tfa",
    "twofactor",
    "authenticator",
    "hotp",
];

fn names_factor(words: &[String]) -> bool {
    words.iter().any(|w| FACTOR_WORDS.contains(&w.as_str()))
        || words
            .windows(2)
            .any(|p| p[0] == "two" && (p[1] == "factor" || p[1] == "fa"))
}

/// A field that holds a second factor's secret or switch: `totpSecret`, `otp_secret`,
/// `two_factor_secret`, `mfaEnabled`, `profile.totp` (the whole field named for the factor).
/// The code a user types (`totpToken`, `otp_code`) and timestamps are not.
pub fn second_factor_field(name: &str) -> bool {
    let w = words(name);
    if !names_factor(&w) {
        return false;
    }
    if w.len() == 1 {
        return true;
    }
    w.iter().any(|x| {
        matches!(
            x.as_str(),
            "secret" | "seed" | "key" | "enabled" | "active" | "activated" | "on"
        )
    })
}

/// True for a second-factor field that holds a switch (`twoFactorEnabled`, `mfa_active`)
/// rather than a secret: turning it on adds protection, only turning it off weakens it.
pub fn second_factor_switch(name: &str) -> bool {
    words(name)
        .iter()
        .any(|x| matches!(x.as_str(), "enabled" | "active" | "activated" | "on"))
}

/// The write of a second-factor field with the value `value` (as written), unless the value
/// is a flag computed from something else (`this.totp = options.includes('TOTP')`,
/// `mfa = !disabled`): an option, not a secret or a user's switch being set.
pub fn second_factor_write(field: String, value: &str) -> Option<Lifecycle> {
    let clears = clears(value);
    if !clears && flag_value(value) {
        return None;
    }
    Some(Lifecycle::WritesSecondFactor {
        field,
        clears,
        encrypted: false,
    })
}

/// A boolean computed in place: a comparison, a negation, a membership test.
fn flag_value(value: &str) -> bool {
    let v = value.trim();
    (v.starts_with('!') && !v.starts_with("!="))
        || v.starts_with("not ")
        || [
            "===",
            "!==",
            "==",
            "!=",
            ">=",
            "<=",
            " > ",
            " < ",
            ".includes(",
            ".has(",
            ".some(",
            ".every(",
            ".startsWith(",
            ".endsWith(",
            " in ",
            " is ",
        ]
        .iter()
        .any(|op| v.contains(op))
}

/// The text of a value that clears a field: empty, null or false.
pub fn clears(value: &str) -> bool {
    matches!(
        value.trim(),
        "''" | "\"\"" | "``" | "null" | "undefined" | "false" | "None" | "False"
    )
}

/// Receivers that are browser storage, cookies or responses, not a server-side store.
fn client_side(receiver: &str) -> bool {
    receiver.split('.').any(|s| {
        matches!(s, "res" | "response" | "reply" | "document" | "window")
            || ["storage", "cookie", "header"]
                .iter()
                .any(|w| s.contains(w))
    })
}

/// A receiver that names a session or token store: `RefreshToken`, `tokenService`,
/// `this.sessionRepository`, `user_session_crud`; not a database session (`db.session`,
/// `AsyncSession`, `self.session`) nor the request's own session.
fn token_store(segments: &[&str]) -> bool {
    segments.iter().any(|s| {
        let lower = s.to_ascii_lowercase();
        (lower.contains("token") || lower.contains("refresh") || lower.contains("session"))
            && !matches!(
                lower.as_str(),
                "session" | "db_session" | "async_session" | "dbsession" | "sessionlocal"
            )
            && !matches!(*s, "Session" | "AsyncSession" | "SessionLocal")
            && !(s.ends_with("Session") && s.len() > 7 && lower.starts_with("db"))
            && !client_side(&lower)
            && !lower.contains("reset")
            && !lower.contains("verif")
            && !lower.contains("invit")
            && !lower.contains("csrf")
    })
}

/// True for a receiver whose strings say it keeps tokens or sessions (`redis.set('refresh:' +
/// id, …)`).
fn key_value_store(receiver: &str) -> bool {
    ["redis", "cache", "store", "kv", "memcache"]
        .iter()
        .any(|w| receiver.contains(w))
        && !client_side(receiver)
}

/// True for a call on a key-value store, whose string arguments (the key) say what it keeps.
pub fn keyed_store_call(path: &str) -> bool {
    let receiver = path.rsplit_once('.').map(|(r, _)| r).unwrap_or("");
    !receiver.is_empty() && key_value_store(&receiver.to_ascii_lowercase())
}

fn token_string(strings: &[String]) -> bool {
    strings.iter().any(|s| {
        let lower = s.to_ascii_lowercase();
        lower.contains("token") || lower.contains("session") || lower.contains("refresh")
    })
}

/// What a call does to sessions, stored tokens and second factors. `path` is its callee as
/// written (`req.session.destroy`), `name` the function or method called, `strings` the
/// string literals among its arguments, `first_arg` the first argument's text, `password_kw`
/// whether it is given a `password` keyword, `no_session` whether an options argument says
/// `session: false`.
pub struct CallFacts<'a> {
    pub path: &'a str,
    pub name: &'a str,
    pub strings: Vec<String>,
    pub first_arg: Option<&'a str>,
    pub password_kw: bool,
    pub no_session: bool,
    /// An options argument gives both a `secret` and a `token` (`verifySync({ secret, token
    /// })` of otplib): a one-time code checked against a secret.
    pub secret_and_token: bool,
    pub python: bool,
}

pub fn call(facts: &CallFacts<'_>) -> Option<Lifecycle> {
    let name = facts.name;
    let lower = name.to_ascii_lowercase();
    let segments: Vec<&str> = facts.path.split('.').collect();
    let receiver_segments = &segments[..segments.len().saturating_sub(1)];
    let receiver = receiver_segments.join(".").to_ascii_lowercase();
    let head = segments.first().copied().unwrap_or("");
    let w = words(name);
    if lower.contains("cookie") {
        return None;
    }
    // Ending a session or revoking a token.
    // `logout`, `auth_logout` (Django's `logout` imported under another name), `signOut`,
    // `logoutEverywhere`.
    if ["logout", "log_out", "signout", "sign_out", "logoff"]
        .iter()
        .any(|w| lower.contains(w))
        || ["revoke", "invalidate", "blacklist", "blocklist", "denylist"]
            .iter()
            .any(|p| lower.starts_with(p) || w.iter().any(|x| x == p))
    {
        return Some(Lifecycle::Revokes);
    }
    if receiver.contains("session")
        && !receiver.contains("storage")
        && matches!(
            lower.as_str(),
            "destroy" | "flush" | "clear" | "delete" | "pop"
        )
    {
        return Some(Lifecycle::Revokes);
    }
    const REMOVE: &[&str] = &[
        "delete",
        "remove",
        "destroy",
        "del",
        "expire",
        "unlink",
        "pop",
        "findoneanddelete",
        "findbyidanddelete",
        "findbyidandremove",
        "findoneandremove",
        "hdel",
        "srem",
    ];
    let removes = REMOVE.iter().any(|p| lower.starts_with(p));
    if removes
        && (token_store(receiver_segments)
            || w.iter()
                .any(|x| x == "token" || x == "tokens" || x == "session" || x == "sessions")
            || (key_value_store(&receiver) && token_string(&facts.strings)))
    {
        return Some(Lifecycle::Revokes);
    }
    // A second factor's code checked.
    let path_words = words(facts.path);
    let checks = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "verify" | "check" | "validate" | "valid" | "match" | "matches" | "verifysync"
        )
    }) || lower.starts_with("verify")
        || lower.starts_with("check");
    if checks
        && (names_factor(&path_words)
            || path_words
                .iter()
                .any(|x| matches!(x.as_str(), "speakeasy" | "otplib" | "pyotp" | "otpauth")))
    {
        return Some(Lifecycle::VerifiesCode);
    }
    if checks && facts.secret_and_token {
        return Some(Lifecycle::VerifiesCode);
    }
    // A TOTP form validates the code (`TotpForm(totp, request.POST)`).
    if name.ends_with("Form") && names_factor(&w) {
        return Some(Lifecycle::VerifiesCode);
    }
    // The caller's password checked.
    const HASHERS: &[&str] = &[
        "bcrypt",
        "bcryptjs",
        "argon2",
        "scrypt",
        "passlib",
        "hasher",
        "pwd_context",
        "password",
    ];
    if (w.iter().any(|x| x == "password" || x == "pw" || x == "pwd")
        && w.iter().any(|x| {
            matches!(
                x.as_str(),
                "compare"
                    | "check"
                    | "verify"
                    | "match"
                    | "matches"
                    | "valid"
                    | "correct"
                    | "checkpw"
            )
        }))
        || matches!(lower.as_str(), "checkpw" | "check_password_hash")
        || (matches!(
            lower.as_str(),
            "compare" | "comparesync" | "verify" | "check" | "verifysync"
        ) && HASHERS.iter().any(|h| receiver.contains(h)))
        || (facts.python && lower == "authenticate" && facts.password_kw)
    {
        return Some(Lifecycle::VerifiesPassword);
    }
    // State kept on the server.
    let code = facts.path.to_string();
    if !facts.python && matches!(name, "logIn" | "login") && matches!(head, "req" | "request") {
        return Some(Lifecycle::StoresSession(code));
    }
    if facts.python
        && (name == "login_user"
            || (name == "login" && facts.first_arg.is_some_and(|a| a == "request")))
    {
        return Some(Lifecycle::StoresSession(code));
    }
    if name == "authenticate" && head == "passport" && !facts.no_session {
        return Some(Lifecycle::StoresSession(code));
    }
    const CREATE: &[&str] = &[
        "create", "save", "insert", "add", "store", "persist", "hset", "setex", "set", "upsert",
        "issue", "push",
    ];
    let creates = CREATE.iter().any(|p| lower.starts_with(p));
    if creates
        && !matches!(head, "req" | "request" | "ctx")
        && (token_store(receiver_segments)
            || (key_value_store(&receiver) && token_string(&facts.strings)))
    {
        return Some(Lifecycle::StoresSession(code));
    }
    // `RefreshToken(user_id=…)`, `UserSession(...)` (Python constructors).
    if facts.python
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && (w.iter().any(|x| x == "refresh")
            || (w.last().is_some_and(|x| x == "session")
                && w.iter()
                    .any(|x| matches!(x.as_str(), "user" | "login" | "auth" | "device"))))
    {
        return Some(Lifecycle::StoresSession(code));
    }
    None
}

/// A call named for encrypting a value (`encrypt`, `encryptField`, `fernet.encrypt`,
/// `createCipheriv`), not for decrypting.
pub fn encrypts(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    (lower.contains("encrypt") && !lower.contains("decrypt")) || lower == "createcipheriv"
}

/// Keys of a request's session that say who is signed in (`req.session.userId = …`,
/// `session["user_id"] = …`).
pub fn identity_session_key(key: &str) -> bool {
    let w = words(key);
    w.iter().any(|x| {
        matches!(
            x.as_str(),
            "user"
                | "uid"
                | "userid"
                | "account"
                | "token"
                | "auth"
                | "authenticated"
                | "logged"
                | "login"
                | "identity"
                | "principal"
                | "member"
        )
    })
}

/// True for a dotted name that reads request input (`req.body.totpSecret`,
/// `request.form.password`).
pub fn request_input(path: &str) -> bool {
    let segments: Vec<&str> = path.split('.').collect();
    segments.iter().any(|s| {
        matches!(
            *s,
            "body" | "query" | "params" | "form" | "args" | "data" | "json" | "GET" | "POST"
        )
    }) || (segments.len() == 2 && matches!(segments[0], "req" | "request"))
}

/// A member or name that holds a stored password (`user.password`, `account.passwordHash`).
pub fn stored_password(path: &str) -> bool {
    if !path.contains('.') || request_input(path) {
        return false;
    }
    let last = path.rsplit('.').next().unwrap_or(path);
    let w = words(last);
    w.first().is_some_and(|x| x == "password" || x == "hashed") && w.iter().any(|x| x == "password")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn js(path: &str) -> Option<Lifecycle> {
        call(&CallFacts {
            path,
            name: path.rsplit('.').next().unwrap(),
            strings: Vec::new(),
            first_arg: None,
            password_kw: false,
            no_session: false,
            secret_and_token: false,
            python: false,
        })
    }

    #[test]
    fn reads_session_work_from_names() {
        assert_eq!(js("req.logout"), Some(Lifecycle::Revokes));
        assert_eq!(js("req.session.destroy"), Some(Lifecycle::Revokes));
        assert_eq!(js("RefreshToken.deleteOne"), Some(Lifecycle::Revokes));
        assert_eq!(js("this.authService.logout"), Some(Lifecycle::Revokes));
        assert_eq!(
            js("tokenService.revokeRefreshToken"),
            Some(Lifecycle::Revokes)
        );
        assert_eq!(js("auth_logout"), Some(Lifecycle::Revokes));
        assert_eq!(js("res.clearCookie"), None);
        assert_eq!(js("localStorage.removeItem"), None);
        assert!(matches!(
            js("Token.create"),
            Some(Lifecycle::StoresSession(_))
        ));
        assert!(matches!(js("req.logIn"), Some(Lifecycle::StoresSession(_))));
        assert_eq!(js("authService.login"), None);
        assert_eq!(js("localStorage.setItem"), None);
        assert_eq!(js("db.session.add"), None);
        assert_eq!(js("authenticator.check"), Some(Lifecycle::VerifiesCode));
        assert_eq!(js("speakeasy.totp.verify"), Some(Lifecycle::VerifiesCode));
        assert_eq!(js("bcrypt.compare"), Some(Lifecycle::VerifiesPassword));
        assert_eq!(
            js("user.isPasswordMatch"),
            Some(Lifecycle::VerifiesPassword)
        );
        assert_eq!(js("jwt.verify"), None);
    }

    #[test]
    fn recognises_second_factor_fields() {
        for f in [
            "totpSecret",
            "otp_secret",
            "two_factor_secret",
            "mfaEnabled",
            "totp",
        ] {
            assert!(second_factor_field(f), "{f}");
        }
        for f in [
            "totpToken",
            "otp_code",
            "totp_created",
            "footprint",
            "secret",
        ] {
            assert!(!second_factor_field(f), "{f}");
        }
        assert!(stored_password("user.password"));
        assert!(stored_password("account.passwordHash"));
        assert!(!stored_password("password"));
        assert!(!stored_password("req.body.newPassword"));
    }
}
