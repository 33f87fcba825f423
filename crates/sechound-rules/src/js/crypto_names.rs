//! What an identifier's name says about the value it holds: a password, a token or key, an
//! authentication cookie. Shared by the cookie, hashing, randomness and comparison rules.

use sechound_syntax::Node;
use sechound_syntax::js::{arguments, callee, dotted_path, env_var_name, string_value, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::text;

/// The lowercase words of an identifier, header or cookie name: `apiKey`, `API_KEY`, `x-api-key`
/// and `APIKey` all give `["api", "key"]`.
pub(crate) fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = part.chars().collect();
        let mut current = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let boundary = i > 0
                && c.is_ascii_uppercase()
                && (chars[i - 1].is_ascii_lowercase()
                    || chars[i - 1].is_ascii_digit()
                    || chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase())
                        && chars[i - 1].is_ascii_uppercase());
            if boundary && !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current.push(c.to_ascii_lowercase());
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

/// Words that make a value a password (or a PIN) when they appear anywhere in its name.
fn is_password_word(word: &str) -> bool {
    matches!(word, "pwd" | "pass" | "pw" | "pin" | "passcode")
        || word.contains("password")
        || word.contains("passwd")
        || word.contains("passphrase")
}

/// A name for a user's password, passphrase or PIN (`password`, `userPwd`, `new_passwd`, `pin`).
pub(crate) fn names_password(name: &str) -> bool {
    let words = words(name);
    words.iter().any(|w| is_password_word(w))
        // `passwordResetToken`, `passwordExpiresAt`, `pinned` are not passwords.
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "token" | "reset" | "link" | "url" | "expires" | "expiry" | "at" | "length" | "policy" | "rules" | "strength" | "type"
            )
        })
}

/// A name for a password or a secret a hash would be computed over (`password`, `clientSecret`).
pub(crate) fn names_password_or_secret(name: &str) -> bool {
    names_password(name) || words(name).last().is_some_and(|w| w == "secret")
}

/// The last word of a name when that word makes it a credential: a token, key, signature,
/// password or similar. `tokenType`, `signatureValid` and `keyId` name facts about a credential,
/// not the credential itself, so their last word decides.
pub(crate) fn credential_head(name: &str) -> Option<&'static str> {
    let words = words(name);
    let last = words.last()?.as_str();
    let before = words.len().checked_sub(2).map(|i| words[i].as_str());
    let head = match last {
        "token" | "tokens" => "token",
        "secret" => "secret",
        "signature" | "sig" => "signature",
        "hmac" | "mac" => "MAC",
        "digest" => "digest",
        "authorization" => "authorization header",
        "apikey" => "API key",
        "otp" | "totp" => "one-time code",
        "password" | "passwd" | "pwd" | "pass" | "passphrase" => "password",
        "key" | "keys" => match before? {
            "api" | "secret" | "access" | "private" | "signing" | "webhook" | "auth" | "client"
            | "admin" | "master" | "session" | "hmac" => "API key",
            _ => return None,
        },
        "hash" if words.iter().any(|w| is_password_word(w)) => "password hash",
        w if w.ends_with("token") && w.len() > 5 => "token",
        w if w.ends_with("secret") && w.len() > 6 => "secret",
        w if w.ends_with("apikey") => "API key",
        w if w.ends_with("signature") => "signature",
        _ => return None,
    };
    Some(head)
}

/// Words that mark a name as holding a session or authentication credential.
fn is_auth_word(word: &str) -> bool {
    matches!(
        word,
        "session"
            | "sess"
            | "sid"
            | "sessid"
            | "sessionid"
            | "jwt"
            | "auth"
            | "token"
            | "refresh"
            | "access"
            | "remember"
            | "bearer"
            | "identity"
    ) || word.ends_with("token")
        || word.ends_with("session")
        || word.ends_with("sessid")
        || word.starts_with("jwt")
}

/// A cookie name or value expression that holds a session or authentication credential
/// (`connect.sid`, `refresh_token`, `jwt`, `accessToken`); CSRF cookies are meant to be read by
/// scripts and are left out.
pub(crate) fn names_auth_cookie(name: &str) -> bool {
    let words = words(name);
    if words
        .iter()
        .any(|w| w.contains("csrf") || w.contains("xsrf"))
    {
        return false;
    }
    words.iter().any(|w| is_auth_word(w))
}

/// The name an operand is known by: `token` for `token`, `user.token` or `this.token`,
/// `x-api-key` for `req.headers['x-api-key']` or `req.get('x-api-key')`, `API_KEY` for
/// `process.env.API_KEY`.
pub(crate) fn operand_name(node: Node<'_>, src: &str) -> Option<String> {
    let node = unwrap(node);
    if let Some(var) = env_var_name(node, src) {
        return Some(var);
    }
    match node.kind() {
        "identifier" | "property_identifier" | "shorthand_property_identifier" => {
            Some(text(node, src).to_string())
        }
        "member_expression" => Some(text(node.field("property")?, src).to_string()),
        "subscript_expression" => string_value(node.field("index")?, src),
        "call_expression" => {
            let function = unwrap(callee(node)?);
            let path = dotted_path(function, src).or_else(|| {
                (function.kind() == "member_expression")
                    .then(|| function.field("property"))
                    .flatten()
                    .map(|p| text(p, src).to_string())
            })?;
            let method = path.rsplit('.').next().unwrap_or(&path);
            match method {
                "get" | "header" | "getHeader" => string_value(*arguments(node).first()?, src),
                _ => Some(method.to_string()),
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_names_into_words() {
        assert_eq!(words("apiKey"), ["api", "key"]);
        assert_eq!(words("API_KEY"), ["api", "key"]);
        assert_eq!(words("x-api-key"), ["x", "api", "key"]);
        assert_eq!(words("APIKey"), ["api", "key"]);
        assert_eq!(words("connect.sid"), ["connect", "sid"]);
    }

    #[test]
    fn recognises_credentials_by_their_last_word() {
        assert_eq!(credential_head("accessToken"), Some("token"));
        assert_eq!(credential_head("x-api-key"), Some("API key"));
        assert_eq!(credential_head("expectedSignature"), Some("signature"));
        assert_eq!(credential_head("user.passwordHash"), Some("password hash"));
        assert_eq!(credential_head("tokenType"), None);
        assert_eq!(credential_head("key"), None);
        assert_eq!(credential_head("contentHash"), None);
    }

    #[test]
    fn recognises_passwords_and_auth_cookies() {
        assert!(names_password("newPassword"));
        assert!(names_password("pwd"));
        assert!(!names_password("passwordResetToken"));
        assert!(!names_password("spinner"));
        assert!(names_auth_cookie("connect.sid"));
        assert!(names_auth_cookie("refresh_token"));
        assert!(names_auth_cookie("accessToken"));
        assert!(!names_auth_cookie("XSRF-TOKEN"));
        assert!(!names_auth_cookie("theme"));
    }
}
