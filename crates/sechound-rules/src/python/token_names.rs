//! What a Python value is for, read from the names around it: passwords, tokens, secrets and
//! one-time codes. Shared by the JWT, hashing, randomness, comparison and model-column rules.

use sechound_syntax::Node;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::python::{string_value, unwrap};

pub(crate) use sechound_syntax::name_words as words;

/// True when `words` contains `word`.
pub(crate) fn has(words: &[String], word: &str) -> bool {
    words.iter().any(|w| w == word)
}

/// True when `words` contains any of `list`.
pub(crate) fn has_any(words: &[String], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.as_str()))
}

/// What a one-time token field is for, from its name: `resetPasswordToken` → a password-reset
/// token, `email_verification_token`/`verifyCode` → a verification token, `inviteToken` → an
/// invitation token, `magicLinkToken` → a sign-in link. Digests and metadata
/// (`resetTokenExpires`, `token_hash`) are not the token.
pub(crate) fn one_time_token_field(name: &str) -> Option<&'static str> {
    let w = words(name);
    if !has_any(&w, &["token", "code", "key", "hash", "otp"]) && !name.contains("Token") {
        return None;
    }
    if has_any(
        &w,
        &[
            "expires",
            "expiry",
            "expiration",
            "expire",
            "at",
            "sent",
            "date",
            "time",
            "type",
            "count",
            "attempts",
            "used",
            "created",
        ],
    ) {
        return None;
    }
    if has(&w, "reset") || (has(&w, "recovery") && !has(&w, "codes")) {
        Some("password-reset token")
    } else if has_any(
        &w,
        &[
            "verification",
            "verify",
            "confirmation",
            "confirm",
            "activation",
            "activate",
        ],
    ) {
        Some("verification token")
    } else if has_any(&w, &["invite", "invitation"]) {
        Some("invitation token")
    } else if has(&w, "magic") {
        Some("sign-in link token")
    } else {
        None
    }
}

/// True when a name holds a password or its digest (`password`, `passwordHash`,
/// `hashed_password`) rather than a token.
pub(crate) fn is_password_field(name: &str) -> bool {
    let w = words(name);
    is_password_name(name) && !has_any(&w, &["token", "reset", "code", "expires", "changed", "at"])
}

/// True when a name is a flag that records a verified or accepted state (`isVerified`,
/// `email_verified`, `confirmed`, `accepted_at`).
pub(crate) fn is_verified_flag(name: &str) -> bool {
    let w = words(name);
    has_any(
        &w,
        &["verified", "confirmed", "activated", "accepted", "active"],
    ) && !has_any(&w, &["token", "code"])
}

/// True when a name records that a one-time token was used (`used`, `usedAt`,
/// `consumed_at`, `redeemed`).
pub(crate) fn is_used_marker(name: &str) -> bool {
    has_any(
        &words(name),
        &[
            "used",
            "consumed",
            "redeemed",
            "spent",
            "revoked",
            "invalidated",
        ],
    )
}

/// True when a called function's name says it ends a token's life (`deleteOne`,
/// `destroy`, `revokeToken`, `invalidate`, `markUsed`, `consume`, `clear_reset_token`).
pub(crate) fn ends_token_life(function: &str) -> bool {
    let w = words(function);
    has_any(
        &w,
        &[
            "delete",
            "destroy",
            "remove",
            "revoke",
            "invalidate",
            "consume",
            "clear",
            "unset",
            "del",
            "used",
            "expire",
            "burn",
            "redeem",
            "getdel",
            "pop",
        ],
    ) || matches!(
        function,
        "findOneAndDelete" | "findOneAndRemove" | "findByIdAndDelete"
    )
}

/// Words that name a password a person chose (and can be guessed).
const PASSWORD_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "pass",
    "passphrase",
    "passcode",
    "pin",
    "pincode",
    "pw",
    "pword",
];

/// True for names of user-chosen passwords and PINs (`password`, `new_pwd`, `pin_code`).
pub(crate) fn is_password_name(name: &str) -> bool {
    let w = words(name);
    has_any(&w, PASSWORD_WORDS)
        || w.iter()
            .any(|w| w.starts_with("password") || w.ends_with("password") || w.ends_with("passwd"))
}

/// True for `api_key`, `apiKey`, `X-API-Key`, `apikey`.
pub(crate) fn is_api_key(words: &[String]) -> bool {
    has(words, "apikey")
        || words
            .windows(2)
            .any(|pair| pair[0] == "api" && (pair[1] == "key" || pair[1] == "keys"))
}

/// Names that a value or expression is known by: identifiers, attribute names, string keys of
/// subscripts and `.get("...")` calls, and the method names of calls in it.
pub(crate) fn value_names(expr: Node<'_>, src: &str) -> Vec<String> {
    let mut names = Vec::new();
    walk(unwrap(expr), |n| {
        match n.kind() {
            // The body of a lambda or comprehension is somebody else's value.
            "lambda" => return false,
            "identifier" => names.push(text(n, src).to_string()),
            "subscript" => {
                if let Some(key) = n.field("subscript")
                    && let Some(key) = string_value(key, src)
                {
                    names.push(key);
                }
            }
            "call" => {
                let function = n.field("function").map(unwrap);
                let is_get = function
                    .and_then(|f| f.field("attribute"))
                    .is_some_and(|a| matches!(text(a, src), "get" | "getenv" | "getlist"));
                if is_get
                    && let Some(args) = n.field("arguments")
                    && let Some(first) = named_children(args).first()
                    && let Some(key) = string_value(*first, src)
                {
                    names.push(key);
                }
            }
            _ => {}
        }
        true
    });
    names
}

/// The name a value is given where it ends up: the target of the assignment, keyword argument,
/// dictionary key or `return` (then the function's name) around `node`, climbing through the
/// expressions that only reshape it (calls, joins, f-strings, comprehensions, operators).
pub(crate) fn purpose_name(node: Node<'_>, src: &str) -> Option<String> {
    let mut current = node;
    while let Some(parent) = current.parent() {
        match parent.kind() {
            "assignment" | "augmented_assignment" => {
                let left = parent.field("left")?;
                if sechound_syntax::node::contains(left, current) {
                    return None;
                }
                return Some(target_name(left, src));
            }
            "keyword_argument" => {
                return parent.field("name").map(|n| text(n, src).to_string());
            }
            "pair" => {
                let key = parent.field("key")?;
                if sechound_syntax::node::contains(key, current) {
                    return None;
                }
                return string_value(key, src).or_else(|| Some(text(key, src).to_string()));
            }
            "return_statement" => {
                let function = sechound_syntax::python::enclosing_function(parent)?;
                return function.field("name").map(|n| text(n, src).to_string());
            }
            "expression_statement"
            | "block"
            | "module"
            | "if_statement"
            | "while_statement"
            | "for_statement"
            | "function_definition"
            | "class_definition" => return None,
            _ => current = parent,
        }
    }
    None
}

/// The name an assignment target stands for: `token`, `self.reset_code` → `reset_code`,
/// `data["otp"]` → `otp`.
fn target_name(target: Node<'_>, src: &str) -> String {
    let target = unwrap(target);
    match target.kind() {
        "attribute" => target
            .field("attribute")
            .map(|a| text(a, src).to_string())
            .unwrap_or_default(),
        "subscript" => target
            .field("subscript")
            .and_then(|k| string_value(k, src))
            .unwrap_or_else(|| text(target, src).to_string()),
        _ => text(target, src).to_string(),
    }
}

/// Names of the enclosing function and class of `node`, innermost first.
pub(crate) fn enclosing_names(node: Node<'_>, src: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut current = node.parent();
    while let Some(n) = current {
        if matches!(n.kind(), "function_definition" | "class_definition")
            && let Some(name) = n.field("name")
        {
            names.push(text(name, src).to_string());
        }
        current = n.parent();
    }
    names
}

/// True when the file hashes, MACs or key-derives something: the sign that secrets stored in it
/// may be digests rather than the values themselves.
pub(crate) fn file_hashes_secrets(src: &str) -> bool {
    const MARKERS: &[&str] = &[
        "hashlib",
        "hmac",
        "bcrypt",
        "passlib",
        "argon2",
        "scrypt",
        "pbkdf2",
        "hash_token",
        "hash_secret",
        "hash_key",
        "make_password",
        "CryptContext",
        "fernet",
        "Fernet",
        "encrypt",
    ];
    MARKERS.iter().any(|m| src.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_names_into_words() {
        assert_eq!(words("resetToken"), ["reset", "token"]);
        assert_eq!(words("X-API-Key"), ["x", "api", "key"]);
        assert_eq!(words("TOTP_SECRET"), ["totp", "secret"]);
        assert_eq!(words("hashed_password2"), ["hashed", "password2"]);
        assert!(is_password_name("new_password"));
        assert!(is_password_name("userPwd"));
        assert!(is_password_name("pin"));
        assert!(!is_password_name("spinner"));
        assert!(!is_password_name("passage"));
        assert!(is_api_key(&words("X-API-Key")));
        assert!(is_api_key(&words("apiKey")));
    }
}
