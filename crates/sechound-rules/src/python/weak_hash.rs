use super::flow::in_request_handler;
use super::token_names::{enclosing_names, is_password_name, purpose_name, value_names, words};
use crate::digest_words::{HARMLESS_WORDS, SECURITY_WORDS};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::{text, walk};
use sechound_syntax::python::{
    enclosing_function, keyword_arg, method_name, positional_args, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// MD5, SHA-1 and MD4 (`hashlib.md5`, `hashlib.sha1`, `hashlib.new("md5")`, PyCryptodome
    /// `MD5.new`/`SHA1.new`, `cryptography`'s `hashes.MD5()`/`hashes.SHA1()`) used where the
    /// digest protects something: the digest, its input or the function around it is named for
    /// a token, a secret, a signature, a session, an API key, a nonce, a certificate or
    /// integrity, or the function says it handles passwords or sensitive values (medium).
    ///
    /// Where nothing says what the digest is for, a weak hash inside a request handler is a
    /// low-confidence finding, folded per file: the reviewer decides.
    ///
    /// ## Why it matters
    /// Collisions for MD5 and SHA-1 are cheap to compute: a signature, integrity check or
    /// token built on them can be forged or made to match a second, chosen input.
    ///
    /// ## Not reported
    /// `usedforsecurity=False`, digests named for caching, ETags, file names, de-duplication,
    /// sharding or avatars (`cache_key`, `etag`, `gravatar`), HMAC (`hmac.new(key, msg,
    /// "sha1")` is not broken by collisions), password hashing (reported by
    /// `py.weak-password-hash`), and code outside request handlers whose purpose is not named.
    ///
    /// ## Example
    /// ```python
    /// signature = hashlib.md5(payload + SECRET).hexdigest()                   # reported
    /// etag = hashlib.md5(body, usedforsecurity=False).hexdigest()             # fine
    /// ```
    pub struct WeakHash {
        id: "py.weak-hash",
        title: "Broken hash (MD5, SHA-1) protecting a value",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [328, 327],
        owasp: A02,
        effort: Hours,
        impact: "A digest built on MD5 or SHA-1 can be matched by a second input of the attacker's choosing: forged signatures, integrity checks that pass for altered data, guessable tokens.",
        recommendation: "Use SHA-256 or better (`hashlib.sha256`), an HMAC with a secret key for signatures and tokens (`hmac.new(key, msg, hashlib.sha256)`), and a password hash (argon2, bcrypt) for passwords; mark digests that protect nothing with `usedforsecurity=False`.",
        verification: "Search the module for `md5`/`sha1`: every remaining use carries `usedforsecurity=False` and serves caching or naming only.",
    }
}

const WEAK: &[&str] = &["md5", "sha1", "md4", "md5_sha1", "sha"];

impl CodeRule for WeakHash {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(algorithm) = weak_algorithm(cx, call) else {
            return;
        };
        let args = positional_args(call);
        let is_new = method_name(call, src) == Some("new") && algorithm_from_string(cx, call);
        let data = args.get(usize::from(is_new)).copied();
        // A password given straight to the hash: `py.weak-password-hash` reports it.
        if data.is_some_and(|d| value_names(d, src).iter().any(|n| is_password_name(n))) {
            return;
        }
        let mut names: Vec<String> = Vec::new();
        if let Some(target) = purpose_name(call, src) {
            names.push(target);
        }
        if let Some(data) = data {
            names.extend(value_names(data, src));
        }
        names.extend(enclosing_names(call, src));
        names.extend(digest_names(cx, call));
        let named_words: Vec<String> = names.iter().flat_map(|n| words(n)).collect();
        // `md5_not_for_security`, `not_security_relevant`.
        let disclaimed = named_words.iter().any(|w| w == "not")
            && named_words.iter().any(|w| w == "security" || w == "secure");
        if disclaimed
            || named_words
                .iter()
                .any(|w| HARMLESS_WORDS.iter().any(|h| w == h || w.starts_with(h)))
        {
            return;
        }
        let named = named_words
            .iter()
            .find(|w| SECURITY_WORDS.contains(&w.as_str()))
            .cloned();
        let mentioned = named
            .clone()
            .or_else(|| function_mentions_security(cx, call));
        match (named, mentioned) {
            (Some(word), _) => {
                let message = format!(
                    "`{algorithm}` makes a digest for a value named for `{word}`: MD5 and SHA-1 collisions are cheap, so it can be forged or matched."
                );
                cx.report(call, message);
            }
            (None, Some(word)) => {
                let message = format!(
                    "`{algorithm}` hashes a value in a function that handles `{word}` data: MD5 and SHA-1 collisions are cheap, so the digest does not protect it."
                );
                cx.report(call, message).confidence(Confidence::Medium);
            }
            (None, None) => {
                if cx.in_test_file() || !in_request_handler(cx, call) {
                    return;
                }
                let message = format!(
                    "`{algorithm}` hashes a value in a request handler, and nothing around it says what the digest is for; if it protects anything (a token, a signature, an integrity check), MD5 and SHA-1 are broken for that. Otherwise pass `usedforsecurity=False`."
                );
                cx.report(call, message).severity(Severity::Low).sink();
            }
        }
    }
}

/// The weak algorithm a call builds, unless marked `usedforsecurity=False`.
fn weak_algorithm<'f>(cx: &CheckContext<'f>, call: Node<'f>) -> Option<String> {
    let src = cx.src();
    if keyword_arg(call, src, "usedforsecurity").is_some_and(|v| text(unwrap(v), src) == "False") {
        return None;
    }
    let qualified = cx.qualified(call)?;
    let algorithm = match qualified.as_str() {
        "hashlib.new" => string_value(*positional_args(call).first()?, src)?.to_ascii_lowercase(),
        q if q.starts_with("hashlib.") => q["hashlib.".len()..].to_string(),
        "Crypto.Hash.MD5.new" | "Cryptodome.Hash.MD5.new" => "md5".into(),
        "Crypto.Hash.SHA.new" | "Crypto.Hash.SHA1.new" | "Cryptodome.Hash.SHA1.new" => {
            "sha1".into()
        }
        "Crypto.Hash.MD4.new" => "md4".into(),
        "cryptography.hazmat.primitives.hashes.MD5" => "md5".into(),
        "cryptography.hazmat.primitives.hashes.SHA1" => "sha1".into(),
        _ => return None,
    };
    WEAK.contains(&algorithm.as_str())
        .then(|| match algorithm.as_str() {
            "sha" => "sha1".to_string(),
            _ => algorithm,
        })
}

fn algorithm_from_string<'f>(cx: &CheckContext<'f>, call: Node<'f>) -> bool {
    cx.qualified(call).as_deref() == Some("hashlib.new")
}

/// A security word in the string literals of the function around `call` (`"passwordFile.txt"`,
/// `"Sensitive value hashed"`).
fn function_mentions_security(cx: &CheckContext<'_>, call: Node<'_>) -> Option<String> {
    let src = cx.src();
    let function = enclosing_function(call)?;
    let mut found = None;
    walk(function, |n| {
        if found.is_some() {
            return false;
        }
        if n.kind() == "string_content" {
            found = words(text(n, src))
                .into_iter()
                .find(|w| SECURITY_WORDS.contains(&w.as_str()) || w.starts_with("password"));
        }
        true
    });
    found
}

/// Where the function stores the digest of a hash object made here: `h = md5(); …;
/// response["ETag"] = h.hexdigest()` gives `ETag`.
fn digest_names(cx: &CheckContext<'_>, call: Node<'_>) -> Vec<String> {
    let src = cx.src();
    let Some(holder) = purpose_name(call, src) else {
        return Vec::new();
    };
    let Some(function) = enclosing_function(call) else {
        return Vec::new();
    };
    let needle = format!("{holder}.");
    let mut out = Vec::new();
    walk(function, |n| {
        if n.kind() == "assignment"
            && let (Some(left), Some(right)) = (
                n.child_by_field_name("left"),
                n.child_by_field_name("right"),
            )
            && text(right, src).contains(&needle)
        {
            let t = match left.kind() {
                "subscript" => left
                    .child_by_field_name("subscript")
                    .and_then(|k| string_value(k, src))
                    .unwrap_or_else(|| text(left, src).to_string()),
                _ => text(left, src).rsplit('.').next().unwrap_or("").to_string(),
            };
            out.push(t);
        }
        true
    });
    out
}
