use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::text;
use sechound_syntax::python::{keyword_arg, positional_args, string_value, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Encryption that does not protect the data it is given, with PyCryptodome/PyCrypto
    /// (`Crypto.Cipher`), `cryptography` and pyDes:
    /// - DES, RC4 (`ARC4`), RC2 (`ARC2`) (high); Triple-DES, Blowfish, IDEA, CAST5 (medium:
    ///   64-bit blocks, deprecated);
    /// - ECB mode (`AES.MODE_ECB`, `modes.ECB()`) (medium);
    /// - a fixed IV or nonce: a bytes literal, `b"\0" * 16` or a module constant given as `iv=`
    ///   / `nonce=` or to `modes.CBC(...)`, `modes.GCM(...)`, `modes.CTR(...)` (medium);
    /// - RSA and DSA keys under 2048 bits (`rsa.generate_private_key(key_size=1024)`,
    ///   `RSA.generate(1024)`) (high) and elliptic curves under 224 bits (`ec.SECP192R1()`)
    ///   (medium).
    ///
    /// ## Why it matters
    /// DES keys are brute-forced in hours and RC4 leaks its key stream; ECB and reused IVs show
    /// which records are equal and, with CTR or GCM, let an attacker recover plaintexts and
    /// forge messages; 1024-bit RSA is within reach of factoring.
    ///
    /// ## Not reported
    /// AES in GCM, CBC or CTR with `get_random_bytes()` / `os.urandom()` IVs, `Fernet`, keys of
    /// 2048 bits or more, and algorithms the rule cannot read (a variable from another module).
    ///
    /// ## Example
    /// ```python
    /// cipher = AES.new(key, AES.MODE_ECB)                           # reported
    /// cipher = AES.new(key, AES.MODE_GCM, nonce=get_random_bytes(12))  # fine
    /// ```
    pub struct WeakCipher {
        id: "py.weak-cipher",
        title: "Weak or misused encryption",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [327, 329, 326],
        owasp: A02,
        effort: Hours,
        impact: "Encrypted data can be read or its patterns recognised without the key; with a reused nonce in GCM or CTR, messages can also be forged or decrypted.",
        recommendation: "Use AES-GCM (`cryptography.hazmat.primitives.ciphers.aead.AESGCM`) or `Fernet` with a key from a key store and a fresh random nonce per message (`os.urandom(12)`), stored next to the ciphertext; generate RSA keys of at least 2048 bits (3072 for long-lived keys) or use Ed25519.",
        verification: "Encrypt the same plaintext twice: the two ciphertexts differ, and decrypting a ciphertext with one altered byte fails with an authentication error.",
    }
}

impl CodeRule for WeakCipher {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "attribute"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if node.kind() == "attribute" {
            check_ecb_constant(cx, node);
            return;
        }
        let Some(qualified) = cx.qualified(node) else {
            return;
        };
        let shown =
            sechound_syntax::python::callee_path(node, cx.src()).unwrap_or(qualified.clone());
        let last = qualified.rsplit('.').next().unwrap_or(&qualified);
        let module = qualified.rsplit_once('.').map_or("", |(m, _)| m);
        // PyCryptodome / PyCrypto: `Crypto.Cipher.DES.new(key, mode, iv=...)`.
        if last == "new"
            && let Some(cipher) = module
                .strip_prefix("Crypto.Cipher.")
                .or_else(|| module.strip_prefix("Cryptodome.Cipher."))
        {
            if let Some((severity, why)) = weak_algorithm(cipher) {
                report_algorithm(cx, node, &shown, severity, why);
                return;
            }
            check_fixed_iv(cx, node, &shown);
            return;
        }
        if let Some(algorithm) = module
            .ends_with("primitives.ciphers.algorithms")
            .then_some(last)
            .or_else(|| (module == "pyDes").then_some(if last == "des" { "DES" } else { "DES3" }))
        {
            if let Some((severity, why)) = weak_algorithm(algorithm) {
                report_algorithm(cx, node, &shown, severity, why);
            }
            return;
        }
        if module.ends_with("primitives.ciphers.modes") {
            match last {
                "ECB" => {
                    cx.report(node, "`modes.ECB()` encrypts equal blocks to equal ciphertext, so patterns of the plaintext show through.")
                        .severity(Severity::Medium);
                }
                "CBC" | "GCM" | "CTR" | "OFB" | "CFB" => {
                    if let Some(iv) = positional_args(node).first()
                        && let Some(why) = fixed_bytes(cx, *iv)
                    {
                        cx.report(node, format!("`modes.{last}` is given {why} as its IV or nonce; every message reuses it."))
                            .severity(Severity::Medium);
                    }
                }
                _ => {}
            }
            return;
        }
        check_key_size(cx, node, &qualified, &shown);
    }
}

/// Why a cipher name is weak, and how bad it is.
fn weak_algorithm(name: &str) -> Option<(Severity, &'static str)> {
    match name.to_ascii_uppercase().as_str() {
        "DES" => Some((
            Severity::High,
            "single DES, whose 56-bit key is brute-forced in hours",
        )),
        "ARC4" | "RC4" => Some((Severity::High, "RC4, a broken stream cipher")),
        "ARC2" | "RC2" => Some((Severity::High, "RC2, a broken cipher")),
        "DES3" | "TRIPLEDES" => Some((
            Severity::Medium,
            "Triple-DES, a 64-bit block cipher deprecated by NIST",
        )),
        "BLOWFISH" | "IDEA" | "CAST" | "CAST5" => Some((
            Severity::Medium,
            "a 64-bit block cipher, open to birthday attacks on long streams",
        )),
        _ => None,
    }
}

fn report_algorithm<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    api: &str,
    severity: Severity,
    why: &str,
) {
    cx.report(call, format!("`{api}` encrypts with {why}."))
        .severity(severity);
}

/// `AES.new(key, AES.MODE_CBC, iv=b"0000000000000000")`: a fixed IV or nonce.
fn check_fixed_iv<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, api: &str) {
    let src = cx.src();
    let iv = keyword_arg(call, src, "iv")
        .or_else(|| keyword_arg(call, src, "nonce"))
        .or_else(|| positional_args(call).get(2).copied());
    if let Some(iv) = iv
        && let Some(why) = fixed_bytes(cx, iv)
    {
        cx.report(
            call,
            format!("`{api}` is given {why} as its IV or nonce; every message reuses it."),
        )
        .severity(Severity::Medium);
    }
}

/// `AES.MODE_ECB` (any PyCryptodome cipher's ECB mode constant).
fn check_ecb_constant<'f>(cx: &mut CheckContext<'f>, attribute: Node<'f>) {
    let src = cx.src();
    let text = text(attribute, src);
    if !text.ends_with(".MODE_ECB") {
        return;
    }
    let head = text.split('.').next().unwrap_or("");
    let from_crypto = cx
        .module()
        .qualify(head)
        .is_some_and(|q| q.starts_with("Crypto.") || q.starts_with("Cryptodome."));
    if from_crypto {
        cx.report(attribute, format!("`{text}` encrypts equal blocks to equal ciphertext, so patterns of the plaintext show through."))
            .severity(Severity::Medium);
    }
}

/// Why an IV expression is fixed: a bytes literal, a repeated literal, a module constant.
fn fixed_bytes<'f>(cx: &CheckContext<'f>, iv: Node<'f>) -> Option<String> {
    let src = cx.src();
    let node = unwrap(cx.py_taint().resolve(iv));
    match node.kind() {
        "string" | "concatenated_string" if string_value(node, src).is_some() => {
            Some("a literal".into())
        }
        "binary_operator"
            if node
                .child_by_field_name("left")
                .is_some_and(|l| string_value(l, src).is_some()) =>
        {
            Some(format!("`{}`", text(node, src)))
        }
        "identifier" | "attribute" => {
            let t = text(node, src);
            let last = t.rsplit('.').next().unwrap_or(t);
            (last
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
                && last.chars().any(|c| c.is_ascii_alphabetic()))
            .then(|| format!("the constant `{t}`"))
        }
        _ => None,
    }
}

/// RSA/DSA keys under 2048 bits, curves under 224 bits.
fn check_key_size<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, api: &str, shown: &str) {
    let src = cx.src();
    let bits_of = |n: Node<'_>| text(unwrap(n), src).replace('_', "").parse::<u32>().ok();
    let bits = match api {
        a if a.ends_with("asymmetric.rsa.generate_private_key")
            || a.ends_with("asymmetric.dsa.generate_private_key") =>
        {
            keyword_arg(call, src, "key_size")
                .or_else(|| {
                    let args = positional_args(call);
                    if a.contains(".rsa.") {
                        args.get(1).copied()
                    } else {
                        args.first().copied()
                    }
                })
                .and_then(bits_of)
        }
        "Crypto.PublicKey.RSA.generate"
        | "Cryptodome.PublicKey.RSA.generate"
        | "Crypto.PublicKey.DSA.generate"
        | "Cryptodome.PublicKey.DSA.generate"
        | "rsa.newkeys" => positional_args(call)
            .first()
            .copied()
            .or_else(|| keyword_arg(call, src, "bits"))
            .and_then(bits_of),
        a if a.ends_with("asymmetric.ec.generate_private_key") => {
            let curve = positional_args(call)
                .first()
                .or(keyword_arg(call, src, "curve").as_ref())
                .map(|c| text(*c, src).to_string());
            if let Some(curve) = curve
                && ["SECP192R1", "SECT163K1", "SECT163R2"]
                    .iter()
                    .any(|w| curve.contains(w))
            {
                cx.report(call, format!("`{shown}` makes a key on `{curve}`, a curve under 224 bits: too small for new keys."))
                    .severity(Severity::Medium)
                    .confidence(Confidence::High);
            }
            return;
        }
        _ => return,
    };
    if let Some(bits) = bits
        && bits < 2048
    {
        cx.report(call, format!("`{shown}` makes a {bits}-bit key; keys under 2048 bits are within reach of factoring."));
    }
}
