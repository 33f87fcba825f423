use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{
    arguments, callee_path, dotted_path, enclosing_function, env_var_name, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{contains, named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Encryption that does not protect the data it is given:
    /// - `crypto.createCipher` / `createDecipher`: deprecated and removed in Node 22; the key
    ///   comes from one round of MD5 over the password and there is no IV, so equal plaintexts
    ///   give equal ciphertexts (high);
    /// - DES, RC4 or RC2 in `createCipheriv`, node-forge or CryptoJS (high); Triple-DES or
    ///   Blowfish, 64-bit block ciphers (medium);
    /// - any ECB mode (`aes-256-ecb`, `CryptoJS.mode.ECB`, forge `'AES-ECB'`) (medium);
    /// - `createCipheriv` with a fixed IV: a string literal, `Buffer.alloc(16)` (all zeros),
    ///   `Buffer.from('...')` of a literal, an IV read once from the environment, or one made
    ///   by `crypto.randomBytes` outside the encrypting function and so shared by every call
    ///   (medium).
    ///
    /// ## Why it matters
    /// ECB and reused IVs show which records are equal and leak patterns of the plaintext; with
    /// CTR or GCM a repeated IV lets an attacker recover plaintexts and, for GCM, forge
    /// messages. DES and RC4 are broken outright.
    ///
    /// ## Not reported
    /// `createCipheriv('aes-256-gcm', key, iv)` with an IV from `crypto.randomBytes`, and
    /// algorithm names the rule cannot read (a variable from another module).
    ///
    /// ## Example
    /// ```js
    /// crypto.createCipher('aes-256-cbc', password);                          // reported
    /// crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));     // fine
    /// ```
    pub struct WeakCipher {
        id: "js.weak-cipher",
        title: "Weak or misused encryption",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [327, 329],
        owasp: A02,
        effort: Hours,
        impact: "Encrypted data can be read or its patterns recognised without the key; with a reused IV in GCM, messages can also be forged.",
        recommendation: "Use `crypto.createCipheriv('aes-256-gcm', key, iv)` with a 32-byte key from a key store and a fresh `crypto.randomBytes(12)` IV per message, stored next to the ciphertext together with `cipher.getAuthTag()`.",
        verification: "Encrypt the same plaintext twice: the two ciphertexts differ, and decrypting a ciphertext with one altered byte fails with an authentication error.",
    }
}

/// Why an algorithm name is weak, and how bad it is.
fn weak_algorithm(name: &str) -> Option<(Severity, &'static str)> {
    let lower = name.to_ascii_lowercase();
    if lower.starts_with("des-ede")
        || lower.starts_with("3des")
        || lower == "des3"
        || lower == "tripledes"
    {
        Some((
            Severity::Medium,
            "Triple-DES, a 64-bit block cipher deprecated by NIST",
        ))
    } else if lower == "des"
        || lower.starts_with("des-")
        || lower == "desx"
        || lower.starts_with("desx-")
    {
        Some((
            Severity::High,
            "single DES, whose 56-bit key is brute-forced in hours",
        ))
    } else if lower.starts_with("rc4") {
        Some((Severity::High, "RC4, a broken stream cipher"))
    } else if lower.starts_with("rc2") {
        Some((Severity::High, "RC2, a broken cipher"))
    } else if lower == "bf" || lower.starts_with("bf-") || lower.starts_with("blowfish") {
        Some((
            Severity::Medium,
            "Blowfish, a 64-bit block cipher open to birthday attacks on long sessions",
        ))
    } else if lower.ends_with("-ecb") || lower.ends_with("ecb") && lower.contains("aes") {
        Some((
            Severity::Medium,
            "ECB mode, which encrypts equal blocks to equal ciphertext",
        ))
    } else {
        None
    }
}

impl CodeRule for WeakCipher {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "member_expression"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if node.kind() == "member_expression" {
            check_cryptojs_mode(node, cx);
            return;
        }
        let src = cx.src();
        let Some(path) = callee_path(node, src) else {
            return;
        };
        let name = path.rsplit('.').next().unwrap_or(&path);
        let args = arguments(node);
        let algorithm = args
            .first()
            .and_then(|a| string_value(cx.js_taint().resolve(*a), src));
        match name {
            "createCipher" | "createDecipher" => {
                // node-forge: forge.cipher.createCipher('AES-CBC', key) is fine by itself.
                if path.contains("forge")
                    || path.ends_with("cipher.createCipher")
                    || path.ends_with("cipher.createDecipher")
                {
                    if let Some(algorithm) = algorithm {
                        report_algorithm(cx, node, &path, &algorithm);
                    }
                    return;
                }
                let weak = algorithm.as_deref().and_then(weak_algorithm);
                let mut message = format!(
                    "`{path}` derives its key from a password with one MD5 round and uses no IV; it is deprecated and gone from Node 22."
                );
                if let (Some(algorithm), Some((_, why))) = (&algorithm, weak) {
                    message.push_str(&format!(" Its algorithm `{algorithm}` is {why}."));
                }
                cx.report(node, message).recommendation(
                    "Replace it with `crypto.createCipheriv('aes-256-gcm', key, iv)`: a 32-byte key from a key store (or `crypto.scryptSync(password, salt, 32)`), a fresh `crypto.randomBytes(12)` IV per message, and the auth tag stored with the ciphertext.",
                );
            }
            "createCipheriv" | "createDecipheriv" => {
                if let Some(algorithm) = &algorithm
                    && report_algorithm(cx, node, &path, algorithm)
                {
                    return;
                }
                if name == "createCipheriv"
                    && let Some(iv) = args.get(2)
                    && let Some(why) = fixed_iv(*iv, cx)
                {
                    let algorithm = algorithm.map(|a| format!(" (`{a}`)")).unwrap_or_default();
                    let confidence = iv_confidence(&why);
                    cx.report(*iv, format!("`{path}`{algorithm} encrypts with {why}; every message reuses the same IV."))
                        .severity(Severity::Medium)
                        .confidence(confidence)
                        .related(node);
                }
            }
            "encrypt" | "decrypt" => {
                // CryptoJS.DES.encrypt(...), CryptoJS.RC4.encrypt(...)
                let mut parts = path.rsplit('.');
                parts.next();
                if let Some(cipher) = parts.next()
                    && path.to_ascii_lowercase().starts_with("cryptojs.")
                {
                    report_algorithm(cx, node, &path, cipher);
                }
            }
            _ => {}
        }
    }
}

/// Reports a weak algorithm name; true when it did.
fn report_algorithm<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    api: &str,
    algorithm: &str,
) -> bool {
    let Some((severity, why)) = weak_algorithm(algorithm) else {
        return false;
    };
    cx.report(call, format!("`{api}` uses `{algorithm}`: {why}."))
        .severity(severity);
    true
}

/// `mode: CryptoJS.mode.ECB`.
fn check_cryptojs_mode<'f>(member: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    // Cheap test first: this runs on every member expression of the file.
    if member.field("property").map(|p| text(p, src)) != Some("ECB") {
        return;
    }
    let Some(path) = dotted_path(member, src) else {
        return;
    };
    if path.ends_with(".mode.ECB") && path.to_ascii_lowercase().starts_with("cryptojs") {
        cx.report(
            member,
            format!("`{path}` selects ECB mode, which encrypts equal blocks to equal ciphertext."),
        )
        .severity(Severity::Medium);
    }
}

/// Why an IV expression is the same for every message, if it is.
fn fixed_iv<'f>(iv: Node<'f>, cx: &CheckContext<'f>) -> Option<String> {
    let src = cx.src();
    let use_site = iv;
    let iv = cx.js_taint().resolve(iv);
    match iv.kind() {
        // `const iv = crypto.randomBytes(16)` at module level, used inside `encrypt()`: random
        // once per process, then the same for every message.
        "call_expression"
            if callee_path(iv, src)
                .is_some_and(|p| p == "randomBytes" || p.ends_with(".randomBytes")) =>
        {
            let inside = enclosing_function(use_site)?;
            let declared_outside =
                enclosing_function(iv).is_none_or(|f| f != inside && contains(f, inside));
            declared_outside.then(|| {
                format!(
                    "an IV generated once outside the function (`{}`)",
                    text(unwrap(use_site), src)
                )
            })
        }
        "string" | "template_string" => {
            string_value(iv, src).map(|_| "a string literal as IV".to_string())
        }
        "call_expression" => {
            let path = callee_path(iv, src)?;
            let args = arguments(iv);
            match path.as_str() {
                "Buffer.alloc" => {
                    let fill = args.get(1).map(|f| text(unwrap(*f), src));
                    match fill {
                        None | Some("0") => Some(format!("an all-zero IV (`{}`)", text(iv, src))),
                        Some(_) if args.get(1).is_some_and(|f| is_constant(*f, src)) => {
                            Some(format!("a constant IV (`{}`)", text(iv, src)))
                        }
                        Some(_) => None,
                    }
                }
                "Buffer.from" => {
                    let data = cx.js_taint().resolve(*args.first()?);
                    if let Some(var) = env_var_name(data, src) {
                        Some(format!("an IV read once from `{var}`"))
                    } else if is_constant(data, src) {
                        Some("a constant IV written in the source".to_string())
                    } else {
                        None
                    }
                }
                _ => None,
            }
        }
        "new_expression" => {
            let path = callee_path(iv, src)?;
            let args = arguments(iv);
            (path == "Uint8Array" && args.len() == 1 && unwrap(args[0]).kind() == "number")
                .then(|| "an all-zero IV (`new Uint8Array(...)`)".to_string())
        }
        _ => None,
    }
}

/// A string literal or an array of number literals.
fn is_constant(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    match node.kind() {
        "string" | "template_string" => string_value(node, src).is_some(),
        "number" => true,
        "array" => {
            let items = named_children(node);
            !items.is_empty() && items.iter().all(|i| unwrap(*i).kind() == "number")
        }
        _ => false,
    }
}

/// Confidence is lowered for IVs from the environment: the variable might hold a fresh value
/// per process, but it never changes per message.
fn iv_confidence(why: &str) -> Confidence {
    if why.contains("read once") || why.contains("generated once") {
        Confidence::Medium
    } else {
        Confidence::High
    }
}
