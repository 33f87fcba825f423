use super::crypto_names::{names_password, names_password_or_secret};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{FUNCTION_KINDS, arguments, callee_path, receiver, string_value, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{ancestor, text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Passwords (and secrets) hashed with a fast digest instead of a password hashing function:
    /// - `crypto.createHash('md5' | 'sha1').update(password)`, also through a variable holding
    ///   the hash object;
    /// - `md5(password)`, `sha1(password)` (npm `md5`, `sha1`, `blueimp-md5`), `CryptoJS.MD5(...)`,
    ///   `CryptoJS.SHA1(...)`;
    /// - the same with SHA-2 (`sha256`, `sha512`, `CryptoJS.SHA256`): medium severity and
    ///   confidence, as salted or not it is still one fast hash;
    /// - `bcrypt.hash(password, rounds)` / `genSalt(rounds)` with fewer than 10 rounds and
    ///   `crypto.pbkdf2(Sync)` with fewer than 100 000 iterations (literal values).
    ///
    /// The hashed value counts as a password when an identifier in it is named like one
    /// (`password`, `passwd`, `pwd`, `pin`; for MD5 and SHA-1 also `secret`) or when the code
    /// sits in a function named for it (`hashPassword`, medium confidence).
    ///
    /// ## Why it matters
    /// MD5 and SHA-1 run billions of times per second on a GPU, so a leaked table of such hashes
    /// gives up most passwords within hours; unsalted hashes fall to precomputed tables at once.
    ///
    /// ## Not reported
    /// Digests of request bodies, files, buffers or cache keys (ETags, checksums), SHA-2 digests
    /// of high-entropy values (API keys, client secrets, reset tokens), HMACs, and
    /// `bcrypt`/`scrypt`/`argon2` with sound parameters.
    ///
    /// ## Example
    /// ```js
    /// const hash = crypto.createHash('md5').update(password).digest('hex'); // reported
    /// const hash = await bcrypt.hash(password, 12);                           // fine
    /// ```
    pub struct WeakPasswordHash {
        id: "js.weak-password-hash",
        title: "Password hashed with a fast or broken digest",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [916, 328],
        owasp: A02,
        effort: Days,
        impact: "If the user table leaks, attackers recover most passwords with commodity hardware and reuse them on other sites.",
        recommendation: "Hash passwords with a slow, salted function: `await bcrypt.hash(password, 12)` (or `argon2.hash(password)`, or `crypto.scrypt`), compare with `bcrypt.compare`, and rehash existing digests at the next login.",
        verification: "Create a user and look at the stored value: it starts with `$2b$12$` (bcrypt) or `$argon2id$`, and two users with the same password get different hashes.",
    }
}

const MIN_BCRYPT_ROUNDS: f64 = 10.0;
const MIN_PBKDF2_ITERATIONS: f64 = 100_000.0;

/// How weak a digest is for passwords.
fn digest_strength(algorithm: &str) -> Option<(Severity, &'static str)> {
    let a = algorithm.to_ascii_lowercase().replace(['-', '_'], "");
    match a.as_str() {
        "md5" | "md4" | "md2" | "sha1" | "ripemd160" | "rmd160" => {
            Some((Severity::High, "a broken, fast digest"))
        }
        "sha224" | "sha256" | "sha384" | "sha512" | "sha3" | "sha3256" | "sha3512"
        | "sha512256" => Some((Severity::Medium, "a fast digest with no work factor")),
        _ => None,
    }
}

impl CodeRule for WeakPasswordHash {
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
        let Some(path) = callee_path(call, src).or_else(|| {
            // crypto.createHash('md5').update(x): the callee holds a call.
            let function = unwrap(call.field("function")?);
            (function.kind() == "member_expression")
                .then(|| function.field("property"))
                .flatten()
                .map(|p| format!("?.{}", text(p, src)))
        }) else {
            return;
        };
        let name = path.rsplit('.').next().unwrap_or(&path);
        let args = arguments(call);
        match name {
            "update" => {
                let Some(hasher) = receiver(call).map(|r| cx.js_taint().resolve(r)) else {
                    return;
                };
                if hasher.kind() != "call_expression"
                    || !callee_path(hasher, src)
                        .is_some_and(|p| p == "createHash" || p.ends_with(".createHash"))
                {
                    return;
                }
                let Some(algorithm) = arguments(hasher)
                    .first()
                    .and_then(|a| string_value(cx.js_taint().resolve(*a), src))
                else {
                    return;
                };
                if let Some(input) = args.first() {
                    check_digest(
                        cx,
                        call,
                        *input,
                        &format!("`createHash('{algorithm}')`"),
                        &algorithm,
                    );
                }
            }
            "hash" | "hashSync" | "genSalt" | "genSaltSync"
                if path.to_ascii_lowercase().contains("bcrypt") =>
            {
                let rounds = if name.starts_with("genSalt") {
                    args.first()
                } else {
                    args.get(1)
                };
                if let Some(rounds) = rounds.map(|r| cx.js_taint().resolve(*r))
                    && let Some(value) = number(rounds, src)
                    && value < MIN_BCRYPT_ROUNDS
                {
                    cx.report(call, format!("`{path}` uses a bcrypt cost of {value}, below the minimum of 10."))
                        .severity(Severity::Medium)
                        .recommendation("Use a bcrypt cost of at least 12 (`bcrypt.hash(password, 12)`), and rehash stored passwords at the next login.");
                }
            }
            "pbkdf2" | "pbkdf2Sync" => {
                if let Some(iterations) = args.get(2).map(|r| cx.js_taint().resolve(*r))
                    && let Some(value) = number(iterations, src)
                    && value < MIN_PBKDF2_ITERATIONS
                {
                    cx.report(call, format!("`{path}` runs {value} PBKDF2 iterations; current guidance is hundreds of thousands (600 000 for SHA-256)."))
                        .severity(Severity::Medium)
                        .recommendation("Raise the iteration count to 600 000 with `sha256` (or switch to `bcrypt`/`argon2`), and rehash stored passwords at the next login.");
                }
            }
            _ => {
                // md5(x), sha1(x), CryptoJS.MD5(x), CryptoJS.SHA256(x)
                if path.starts_with("?.") || args.is_empty() {
                    return;
                }
                let library_call = path == name
                    || path.starts_with("CryptoJS.")
                    || path.starts_with("cryptoJs.")
                    || path.starts_with("CryptoJs.");
                if !library_call || name.chars().any(|c| c == '_') {
                    return;
                }
                if digest_strength(name).is_some() {
                    check_digest(cx, call, args[0], &format!("`{path}()`"), name);
                }
            }
        }
    }
}

fn number(node: Node<'_>, src: &str) -> Option<f64> {
    let node = unwrap(node);
    (node.kind() == "number")
        .then(|| text(node, src).replace('_', "").parse().ok())
        .flatten()
}

/// Reports `call` when `input` (what is hashed) is a password or secret.
fn check_digest<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    input: Node<'f>,
    api: &str,
    algorithm: &str,
) {
    let Some((severity, why)) = digest_strength(algorithm) else {
        return;
    };
    let src = cx.src();
    // A fast SHA-2 digest is fine for high-entropy secrets (API keys, client secrets); only
    // passwords need a work factor.
    let matches_input: fn(&str) -> bool = if severity == Severity::High {
        names_password_or_secret
    } else {
        names_password
    };
    let (what, confidence) = if let Some(name) = password_identifier(input, src, matches_input) {
        (format!("`{name}`"), Confidence::High)
    } else if let Some(function) = password_function(call, src) {
        (format!("the input of `{function}`"), Confidence::Medium)
    } else {
        return;
    };
    let confidence = if severity == Severity::High {
        confidence
    } else {
        Confidence::Medium
    };
    let message =
        format!("{api} hashes {what}: {why}, unsuited to protecting passwords and secrets.");
    cx.report(call, message)
        .severity(severity)
        .confidence(confidence);
}

/// A password-like identifier in `input`, outside nested function calls other than string
/// building (`password + salt`, `` `${salt}${user.password}` ``, `password.trim()`).
fn password_identifier(
    input: Node<'_>,
    src: &str,
    matches_input: fn(&str) -> bool,
) -> Option<String> {
    let mut found = None;
    walk(unwrap(input), |node| {
        if found.is_some() {
            return false;
        }
        match node.kind() {
            "identifier" | "property_identifier" | "shorthand_property_identifier" => {
                let name = text(node, src);
                if matches_input(name) {
                    found = Some(name.to_string());
                }
                true
            }
            // `hash(password)` inside the input is already a derived value; do not look inside
            // other functions.
            "arrow_function" | "function_expression" => false,
            _ => true,
        }
    });
    found
}

/// The name of the enclosing function when it is named for password hashing (`hashPassword`).
fn password_function(call: Node<'_>, src: &str) -> Option<String> {
    let function = ancestor(call, FUNCTION_KINDS)?;
    let name = function
        .field("name")
        .or_else(|| {
            let parent = function.parent()?;
            match parent.kind() {
                "variable_declarator" => parent.field("name"),
                "pair" => parent.field("key"),
                _ => None,
            }
        })
        .map(|n| text(n, src))?;
    names_password(name).then(|| name.to_string())
}
