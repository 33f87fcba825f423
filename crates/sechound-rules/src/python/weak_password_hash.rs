use super::token_names::{is_password_name, value_names, words};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::text;
use sechound_syntax::python::{
    callee_path, keyword_arg, method_name, positional_args, receiver, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Passwords (and PINs) hashed with a fast general-purpose hash from `hashlib`:
    /// - `hashlib.md5(password)`, `hashlib.sha1(...)`, `hashlib.new("md5", password)` (high);
    /// - `hashlib.sha256(password)` and the other SHA-2/SHA-3/BLAKE2 functions with nothing but
    ///   the password as input (medium), or with a salt mixed in (low: salted, but still one
    ///   fast round);
    /// - the same through `h = hashlib.md5(); h.update(password)`.
    ///
    /// The input counts as a password when a name in it says so: `password`, `passwd`, `pwd`,
    /// `pass`, `passphrase`, `pin`.
    ///
    /// ## Why it matters
    /// These hashes are built to be fast: a GPU tries billions of guesses per second, so a
    /// leaked table of MD5/SHA password hashes is mostly cracked within hours, and unsalted
    /// ones fall to precomputed tables at once.
    ///
    /// ## Not reported
    /// Hashes of content, files, cache keys or ETags (no password name in the input),
    /// `usedforsecurity=False`, `hashlib.pbkdf2_hmac`, `hashlib.scrypt`, and hashes of tokens or
    /// keys (random, high-entropy values for which a fast hash is fine).
    ///
    /// ## Example
    /// ```python
    /// user.password_hash = hashlib.md5(password.encode()).hexdigest()  # reported, high
    /// user.password_hash = argon2.PasswordHasher().hash(password)      # fine
    /// ```
    pub struct WeakPasswordHash {
        id: "py.weak-password-hash",
        title: "Password hashed with a fast hash",
        severity: High,
        confidence: High,
        area: Authentication,
        cwe: [916, 328],
        owasp: A02,
        effort: Days,
        impact: "If the user table leaks, most passwords are recovered by brute force in hours and reused against other services.",
        recommendation: "Hash passwords with a slow, salted password hash: `argon2.PasswordHasher().hash(password)` (argon2-cffi), `bcrypt.hashpw(password.encode(), bcrypt.gensalt())`, or passlib's `CryptContext(schemes=[\"argon2\"])`; rehash existing hashes at the next successful login.",
        verification: "Register a user and check the stored value starts with `$argon2id$` or `$2b$`; login still works for migrated users.",
    }
}

const WEAK: &[&str] = &["md5", "sha1", "md4", "md5_sha1", "ripemd160"];
const FAST: &[&str] = &[
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "blake2b",
    "blake2s",
    "sha512_224",
    "sha512_256",
];

impl CodeRule for WeakPasswordHash {
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
        if method_name(call, src) == Some("update") {
            // h = hashlib.md5(); h.update(password.encode())
            let Some(object) = receiver(call) else { return };
            let constructor = cx.py_taint().resolve(object);
            if constructor.kind() != "call" || constructor == call {
                return;
            }
            let Some(algorithm) = hash_algorithm(constructor, src) else {
                return;
            };
            if let Some(data) = positional_args(call).first() {
                check_input(call, *data, &algorithm, constructor, cx);
            }
            return;
        }
        let Some(algorithm) = hash_algorithm(call, src) else {
            return;
        };
        let is_new = callee_path(call, src).is_some_and(|p| p.ends_with("new"));
        let data = positional_args(call)
            .get(usize::from(is_new))
            .copied()
            .or_else(|| keyword_arg(call, src, "data"))
            .or_else(|| keyword_arg(call, src, "string"));
        if let Some(data) = data {
            check_input(call, data, &algorithm, call, cx);
        }
    }
}

/// The hashlib algorithm a call builds (`hashlib.md5(...)`, `md5(...)` imported from hashlib,
/// `hashlib.new("sha1", ...)`), unless it is marked `usedforsecurity=False`.
fn hash_algorithm(call: Node<'_>, src: &str) -> Option<String> {
    let path = callee_path(call, src)?;
    if keyword_arg(call, src, "usedforsecurity").is_some_and(|v| text(unwrap(v), src) == "False") {
        return None;
    }
    let (module, function) = path.rsplit_once('.').unwrap_or(("", path.as_str()));
    let algorithm = if function == "new" && module.ends_with("hashlib") {
        string_value(*positional_args(call).first()?, src)?.to_ascii_lowercase()
    } else if module.ends_with("hashlib")
        || (module.is_empty() && src.contains("from hashlib import"))
    {
        function.to_string()
    } else {
        return None;
    };
    (WEAK.contains(&algorithm.as_str()) || FAST.contains(&algorithm.as_str())).then_some(algorithm)
}

fn check_input<'f>(
    at: Node<'f>,
    data: Node<'f>,
    algorithm: &str,
    constructor: Node<'f>,
    cx: &mut CheckContext<'f>,
) {
    let src = cx.src();
    let names = value_names(data, src);
    let Some(password) = names
        .iter()
        .find(|n| is_password_name(n) && !is_digest_name(n))
    else {
        return;
    };
    let salted = names.iter().any(|n| {
        let w = words(n);
        w.iter()
            .any(|w| matches!(w.as_str(), "salt" | "pepper" | "nonce"))
    });
    let weak = WEAK.contains(&algorithm);
    let message = if weak {
        format!("The password `{password}` is hashed with `{algorithm}`, a fast and broken hash.")
    } else if salted {
        format!(
            "The password `{password}` is hashed with one round of `{algorithm}`: salted, but fast enough to brute-force."
        )
    } else {
        format!(
            "The password `{password}` is hashed with unsalted `{algorithm}`: fast to brute-force and open to precomputed tables."
        )
    };
    let finding = cx.report(at, message);
    if !weak {
        finding.severity(if salted {
            Severity::Low
        } else {
            Severity::Medium
        });
    }
    if password.eq_ignore_ascii_case("pin") || words(password).iter().any(|w| w == "pass") {
        finding.confidence(Confidence::Medium);
    }
    if constructor != at {
        finding.related(constructor);
    }
}

/// Names of values that mention a password without being one: digests of it (`password_hash`),
/// reset tokens, files, policies and form fields about it.
fn is_digest_name(name: &str) -> bool {
    const NOT_THE_PASSWORD: &[&str] = &[
        "hash",
        "hashed",
        "digest",
        "hasher",
        "hashers",
        "field",
        "fields",
        "reset",
        "changed",
        "token",
        "file",
        "path",
        "policy",
        "url",
        "form",
        "length",
        "len",
        "prompt",
        "label",
        "name",
        "validator",
        "validators",
        "strength",
        "expiry",
        "expires",
        "age",
        "history",
    ];
    let w = words(name);
    w.iter().any(|w| NOT_THE_PASSWORD.contains(&w.as_str()))
}
