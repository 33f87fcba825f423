use super::crypto_names::{names_password, words};
use super::flow::in_request_handler;
use crate::digest_words::{HARMLESS_WORDS, SECURITY_WORDS};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{FUNCTION_KINDS, arguments, callee_path, string_value, unwrap};
use sechound_syntax::node::{NodeExt, text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// MD5 and SHA-1 (`crypto.createHash('md5' | 'sha1')`, the npm `md5`/`sha1` functions,
    /// `CryptoJS.MD5`/`SHA1`) used where the digest protects something: the digest, the data
    /// hashed or the function around it is named for a token, a secret, a signature, a
    /// session, an API key, a nonce, a certificate or integrity (medium).
    ///
    /// Where nothing says what the digest is for, a weak hash inside a request handler is a
    /// low-confidence finding, folded per file: the reviewer decides.
    ///
    /// ## Why it matters
    /// Collisions for MD5 and SHA-1 are cheap to compute: a signature, integrity check or token
    /// built on them can be forged or made to match a second, chosen input.
    ///
    /// ## Not reported
    /// Digests named for caching, ETags, file names, de-duplication or avatars (`etag`,
    /// `cacheKey`, `gravatar`), HMACs (`createHmac('sha1', key)` is not broken by collisions),
    /// password hashing (reported by `js.weak-password-hash`), and code outside request
    /// handlers whose purpose is not named.
    ///
    /// ## Example
    /// ```js
    /// const signature = crypto.createHash('md5').update(payload + SECRET).digest('hex'); // reported
    /// const etag = crypto.createHash('md5').update(body).digest('hex');                 // fine
    /// ```
    pub struct WeakHash {
        id: "js.weak-hash",
        title: "Broken hash (MD5, SHA-1) protecting a value",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [328, 327],
        owasp: A02,
        effort: Hours,
        impact: "A digest built on MD5 or SHA-1 can be matched by a second input of the attacker's choosing: forged signatures, integrity checks that pass for altered data, guessable tokens.",
        recommendation: "Use SHA-256 or better (`crypto.createHash('sha256')`), an HMAC with a secret key for signatures and tokens (`crypto.createHmac('sha256', key)`), and bcrypt or argon2 for passwords.",
        verification: "Search the code for `md5`/`sha1`: every remaining use names a cache key, an ETag or another value that protects nothing.",
    }
}

impl CodeRule for WeakHash {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(algorithm) = weak_algorithm(cx, call) else {
            return;
        };
        // The data hashed: `createHash('md5').update(data)` or `md5(data)`.
        let data = if callee_path(call, src).is_some_and(|p| p.ends_with("createHash")) {
            call.parent()
                .filter(|p| p.kind() == "member_expression")
                .and_then(|m| m.parent())
                .filter(|c| c.kind() == "call_expression")
                .and_then(|c| arguments(c).first().copied())
        } else {
            arguments(call).first().copied()
        };
        let data_names: Vec<String> = data.map(|d| identifiers(d, src)).unwrap_or_default();
        if data_names.iter().any(|n| names_password(n)) {
            return;
        }
        let mut names = data_names;
        if let Some(target) = assigned_name(call, src) {
            names.push(target);
        }
        names.extend(function_names(call, src));
        names.extend(digest_names(call, src));
        // The words of each name, and each name whole (`ETag` is `etag`, not `e tag`).
        let all_words: Vec<String> = names
            .iter()
            .flat_map(|n| {
                let mut w = words(n);
                w.push(n.to_ascii_lowercase().replace(['-', '_'], ""));
                w
            })
            .collect();
        let disclaimed = all_words.iter().any(|w| w == "not")
            && all_words.iter().any(|w| w == "security" || w == "secure");
        if disclaimed
            || all_words
                .iter()
                .any(|w| HARMLESS_WORDS.contains(&w.as_str()))
        {
            return;
        }
        if let Some(word) = all_words
            .iter()
            .find(|w| SECURITY_WORDS.contains(&w.as_str()))
        {
            cx.report(
                call,
                format!("`{algorithm}` makes a digest for a value named for `{word}`: MD5 and SHA-1 collisions are cheap, so it can be forged or matched."),
            );
            return;
        }
        if cx.in_test_file() || !in_request_handler(cx, call) {
            return;
        }
        cx.report(
            call,
            format!("`{algorithm}` hashes a value in a request handler, and nothing around it says what the digest is for; if it protects anything (a token, a signature, an integrity check), MD5 and SHA-1 are broken for that."),
        )
        .severity(Severity::Low)
        .confidence(Confidence::Low)
        .sink();
    }
}

/// `md5` or `sha1` for a call that makes such a digest.
fn weak_algorithm<'f>(cx: &CheckContext<'f>, call: Node<'f>) -> Option<&'static str> {
    let src = cx.src();
    let qualified = cx.qualified(call)?;
    let algorithm = match qualified.as_str() {
        "crypto.createHash" => string_value(*arguments(call).first()?, src)?.to_ascii_lowercase(),
        "md5" | "blueimp-md5" | "js-md5" => "md5".to_string(),
        "sha1" | "js-sha1" => "sha1".to_string(),
        q if q.ends_with("CryptoJS.MD5") || q == "crypto-js.MD5" || q == "crypto-js/md5" => {
            "md5".to_string()
        }
        q if q.ends_with("CryptoJS.SHA1") || q == "crypto-js.SHA1" || q == "crypto-js/sha1" => {
            "sha1".to_string()
        }
        _ => return None,
    };
    match algorithm.replace('-', "").as_str() {
        "md5" => Some("md5"),
        "sha1" => Some("sha1"),
        "md4" => Some("md4"),
        _ => None,
    }
}

/// The identifiers and property names an expression reads.
fn identifiers(expr: Node<'_>, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    walk(unwrap(expr), |n| {
        if matches!(
            n.kind(),
            "identifier" | "property_identifier" | "shorthand_property_identifier"
        ) {
            out.push(text(n, src).to_string());
        }
        !FUNCTION_KINDS.contains(&n.kind())
    });
    out
}

/// The variable, property or key the digest is stored under (`const etag = md5(x)`).
fn assigned_name(call: Node<'_>, src: &str) -> Option<String> {
    let mut current = call;
    while let Some(parent) = current.parent() {
        match parent.kind() {
            "variable_declarator" => return parent.field("name").map(|n| text(n, src).to_string()),
            "assignment_expression" => {
                return parent.field("left").map(|l| {
                    let t = text(l, src);
                    t.rsplit('.').next().unwrap_or(t).to_string()
                });
            }
            "pair" => {
                return parent
                    .field("key")
                    .map(|k| text(k, src).trim_matches(['\'', '"']).to_string());
            }
            "return_statement" | "expression_statement" | "statement_block" => return None,
            _ => current = parent,
        }
    }
    None
}

/// Names of the functions around `node`, innermost first (`hashToken`, a method name).
fn function_names(node: Node<'_>, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = node.parent();
    while let Some(n) = current {
        if FUNCTION_KINDS.contains(&n.kind()) {
            if let Some(name) = n.field("name") {
                out.push(text(name, src).to_string());
            } else if let Some(declarator) =
                n.parent().filter(|p| p.kind() == "variable_declarator")
                && let Some(name) = declarator.field("name")
            {
                out.push(text(name, src).to_string());
            }
        }
        current = n.parent();
    }
    out
}

/// Where the function stores the digest of a hash object made here: `const h =
/// crypto.createHash('md5'); …; headers.ETag = h.digest('hex')` gives `ETag`.
fn digest_names(call: Node<'_>, src: &str) -> Vec<String> {
    let Some(holder) = assigned_name(call, src) else {
        return Vec::new();
    };
    let Some(function) = sechound_syntax::js::enclosing_function(call) else {
        return Vec::new();
    };
    let needle = format!("{holder}.digest");
    let mut out = Vec::new();
    walk(function, |n| {
        let (left, right) = match n.kind() {
            "assignment_expression" => (n.field("left"), n.field("right")),
            "variable_declarator" => (n.field("name"), n.field("value")),
            "pair" => (n.field("key"), n.field("value")),
            _ => (None, None),
        };
        if let (Some(left), Some(right)) = (left, right)
            && text(right, src).contains(&needle)
        {
            let t = text(left, src);
            out.push(
                t.rsplit('.')
                    .next()
                    .unwrap_or(t)
                    .trim_matches(['\'', '"'])
                    .to_string(),
            );
        }
        true
    });
    out
}
