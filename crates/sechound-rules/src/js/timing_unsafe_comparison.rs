use super::crypto_names::{credential_head, operand_name, words};
use crate::{CheckContext, CodeRule, ValueCheck, Verdict, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{callee_path, env_var_name, is_literal, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{short_text, text};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A token, API key, signature, HMAC, digest, secret or password hash compared with `===`,
    /// `==`, `!==` or `!=`, where a constant-time comparison belongs:
    /// - `req.headers['x-api-key'] === process.env.API_KEY`;
    /// - `signature !== expectedSignature`, `hmac.digest('hex') === req.get('x-hub-signature')`;
    /// - `user.passwordResetToken === token` in a service, `user.password === req.body.password`.
    ///
    /// An operand counts as a credential when its name (variable, property, header or
    /// environment variable) ends in such a word, or when it is a local copy of such an
    /// environment variable (`const expected = process.env.API_KEY`), or when the semantic
    /// layer resolves it, through a configuration module, to such an environment variable
    /// (`req.get('x-hook') !== config.github` with `github: process.env.GITHUB_WEBHOOK_SECRET`
    /// in `config.js`; reported with the definition's place); and the other side is
    /// request data, an environment variable, or another credential or digest. Severity and
    /// confidence are medium when one side comes from the request or the environment, low
    /// otherwise; a bare
    /// `token` compared between two local values must involve a stored field named for
    /// authentication (`user.passwordResetToken`) and is skipped in files that look like
    /// lexers; a bare `digest` between local values counts only in files that compute HMACs.
    ///
    /// ## Why it matters
    /// String equality stops at the first differing character, so its duration tells an
    /// attacker how much of a guess was right; with enough requests a secret can be recovered
    /// one character at a time.
    ///
    /// ## Not reported
    /// Comparisons with literals, `null`, `undefined` or `''`, with `typeof`, lengths or enum
    /// members (`tokenType === 'Bearer'`, `kind === SyntaxKind.Token`), names that describe a
    /// credential rather than hold it (`tokenType`, `keyId`), and a password checked against
    /// its confirmation field at signup (`password === confirmPassword`) or a new password
    /// against the current one; two values that both come from the request
    /// (`req.body.password == req.body.cpassword`), where no server-side secret is compared; a
    /// value compared with a public key or address (`privateKey === publicKey`); either side an
    /// unkeyed hash (`user.password !== security.hash(given)`, `token == md5(login)`,
    /// `createHash('sha256')…digest('hex') === user.resetTokenHash`), which a client cannot
    /// steer byte by byte (HMACs and signatures stay reported).
    ///
    /// ## Example
    /// ```js
    /// if (req.get('x-api-key') !== process.env.API_KEY) return res.sendStatus(401); // reported
    /// const a = Buffer.from(given), b = Buffer.from(expected);
    /// if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return res.sendStatus(401); // fine
    /// ```
    pub struct TimingUnsafeComparison {
        id: "js.timing-unsafe-comparison",
        title: "Secret compared with a non-constant-time operator",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [208],
        owasp: A02,
        effort: Minutes,
        impact: "Response timing reveals how many leading characters of a guessed token or signature are right, letting an attacker recover it one character at a time.",
        recommendation: "Compare with `crypto.timingSafeEqual` on equal-length buffers: `const a = Buffer.from(given); const b = Buffer.from(expected); const ok = a.length === b.length && crypto.timingSafeEqual(a, b);` (or compare HMACs of both values).",
        verification: "Check that the comparison now goes through `crypto.timingSafeEqual` and that a wrong value of the same length and a wrong value of a different length are both rejected.",
    }
}

impl CodeRule for TimingUnsafeComparison {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["binary_expression"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(operator) = node.field("operator").map(|o| text(o, src)) else {
            return;
        };
        if !matches!(operator, "===" | "==" | "!==" | "!=") {
            return;
        }
        let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
            return;
        };
        if !comparable(left, src) || !comparable(right, src) {
            return;
        }
        let left_name = operand_name(left, src);
        let right_name = operand_name(right, src);
        if is_confirmation(left_name.as_deref(), right_name.as_deref()) {
            return;
        }
        let head = left_name
            .as_deref()
            .and_then(credential_head)
            .map(|h| (h, left))
            .or_else(|| {
                right_name
                    .as_deref()
                    .and_then(credential_head)
                    .map(|h| (h, right))
            })
            // `key !== expectedKey` with `const expectedKey = process.env.API_KEY`.
            .or_else(|| configured_secret(left, cx).map(|h| (h, left)))
            .or_else(|| configured_secret(right, cx).map(|h| (h, right)));
        let Some((head, secret_side)) = head else {
            configured_elsewhere(node, operator, left, right, cx);
            return;
        };
        let other = if secret_side == left { right } else { left };
        // A guess checked against the public half (`privateKey === address`, `=== publicKey`)
        // compares nothing secret.
        if operand_name(other, src).is_some_and(|name| {
            words(&name)
                .iter()
                .any(|w| matches!(w.as_str(), "public" | "pub" | "address"))
        }) {
            return;
        }
        // Against an unkeyed hash (`user.password !== security.hash(password)`,
        // `token == md5(login)`, `createHash('sha256').update(token).digest('hex') ===
        // user.resetTokenHash`): the attacker cannot steer the hash byte by byte, so timing
        // reveals nothing useful (a weak or predictable hash is another rule's finding).
        if unkeyed_hash_call(cx.js_taint().resolve(other), src)
            || unkeyed_hash_call(cx.js_taint().resolve(secret_side), src)
        {
            return;
        }
        // Both sides sent by the client (`req.body.password == req.body.cpassword`, a token
        // against a digest of the login it came with): no value the server keeps secret is
        // compared, so timing reveals nothing the client does not already have.
        if client_sent(left, cx)
            && client_sent(right, cx)
            && !keyed(cx.js_taint().resolve(left), src)
            && !keyed(cx.js_taint().resolve(right), src)
        {
            return;
        }
        // Both names must stay in the world of credentials or requests: `token === lastToken`
        // in a parser is two lexer tokens.
        let external =
            |n: Node<'f>| cx.js_taint().is_tainted(n) || env_var_name(unwrap(n), src).is_some();
        let from_outside = external(left) || external(right);
        let other_is_credential = operand_name(other, src)
            .as_deref()
            .and_then(credential_head)
            .is_some()
            || is_digest_call(cx.js_taint().resolve(other), src);
        if !from_outside && !other_is_credential {
            return;
        }
        // A digest is a secret only when it is a MAC: integrity hashes and ETags are public.
        if head == "digest"
            && !from_outside
            && !cx.file_contains("hmac")
            && !cx.file_contains("Hmac")
        {
            return;
        }
        // A type checker's `signature === resolvingSignature` compares function signatures:
        // between values of the code itself, a signature is cryptographic only in a file that
        // signs or verifies something.
        if head == "signature"
            && !from_outside
            && ![
                "hmac",
                "Hmac",
                "createSign(",
                "createVerify(",
                "timingSafeEqual",
                "webhook",
                "jwt",
                "JWT",
            ]
            .iter()
            .any(|m| cx.file_contains(m))
        {
            return;
        }
        // Between two values of the code itself, `token` is as often a lexer, design,
        // cancellation or position token as a credential: require a stored field named for
        // authentication (`user.passwordResetToken`) and no parser around.
        if head == "token"
            && !from_outside
            && (lexer_context(src)
                || !(is_stored(left) || is_stored(right))
                || ![left_name.as_deref(), right_name.as_deref()]
                    .into_iter()
                    .flatten()
                    .any(names_auth_token))
        {
            return;
        }
        let mut message = format!(
            "`{}` ({head}) is compared with `{operator}` against `{}`; the comparison's duration leaks how much of the value matches.",
            short_text(secret_side, src, 60),
            short_text(other, src, 60),
        );
        // A shared password in the environment is plain text by design; a user's is not.
        // `user.password !== security.hash(password)` keeps a hash, not the password.
        let plaintext_password = head == "password"
            && env_var_name(unwrap(left), src).is_none()
            && env_var_name(unwrap(right), src).is_none()
            && !is_digest_call(cx.js_taint().resolve(left), src)
            && !is_digest_call(cx.js_taint().resolve(right), src);
        if plaintext_password {
            message
                .push_str(" Comparing passwords directly also means they are kept in plain text.");
        }
        let finding = cx.report(node, message);
        if plaintext_password {
            finding.recommendation(
                "Store only a password hash (`await bcrypt.hash(password, 12)`) and check logins with `await bcrypt.compare(given, user.passwordHash)`, which also compares in constant time.",
            );
        }
        if !from_outside {
            finding.severity(Severity::Low).confidence(Confidence::Low);
        }
    }
}

/// An operand worth comparing in constant time: not a literal, `typeof`, length or enum member.
fn comparable(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    if is_literal(node, src) || node.kind() == "template_string" && !text(node, src).contains("${")
    {
        return false;
    }
    match node.kind() {
        "unary_expression" | "binary_expression" | "array" | "object" | "arrow_function" => false,
        "member_expression" => {
            let property = node.field("property").map_or("", |p| text(p, src));
            let object = node.field("object").map(unwrap);
            if matches!(
                property,
                "length" | "size" | "type" | "kind" | "name" | "id" | "status"
            ) {
                return false;
            }
            // `SyntaxKind.Token`, `TokenType.BEARER`, `this.constructor.KEY`: enum-like constants.
            let object_is_type = object
                .filter(|o| o.kind() == "identifier")
                .is_some_and(|o| {
                    text(o, src)
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_uppercase())
                });
            let property_is_constant = property
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase());
            !(object_is_type && property_is_constant)
        }
        "identifier" => {
            let name = text(node, src);
            // SCREAMING_CASE constants compiled into the code are not secrets read at run time.
            !(name.len() > 1
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit()))
                || words(name)
                    .last()
                    .is_some_and(|w| w == "secret" || w == "key" || w == "token")
        }
        _ => true,
    }
}

/// `password === confirmPassword`, `newPassword !== passwordConfirmation`.
fn is_confirmation(left: Option<&str>, right: Option<&str>) -> bool {
    let marks = |n: &str| {
        words(n).iter().any(|w| {
            matches!(
                w.as_str(),
                "confirm"
                    | "confirmation"
                    | "confirmed"
                    | "repeat"
                    | "repeated"
                    | "retype"
                    | "again"
                    | "verify"
                    | "old"
                    | "current"
                    | "previous"
                    | "new"
            )
        })
    };
    left.is_some_and(marks) || right.is_some_and(marks)
}

/// `hmac.digest('hex')`, `crypto.createHmac(...).update(body).digest('hex')`, `sign(...)`.
fn is_digest_call(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    if node.kind() != "call_expression" {
        return false;
    }
    let function = node.field("function").map(unwrap);
    let method = match function {
        Some(f) if f.kind() == "member_expression" => f.field("property").map(|p| text(p, src)),
        Some(f) => callee_path(node, src).map(|_| text(f, src)),
        None => None,
    };
    method.is_some_and(|m| {
        let lower = m.to_ascii_lowercase();
        lower == "digest"
            || lower.contains("hmac")
            || lower.contains("signature")
            || lower == "sign"
            || lower.ends_with("hash")
    })
}

/// `md5(x)`, `security.hash(password)`, `crypto.createHash('sha256').update(x).digest('hex')`:
/// a hash with no key. A call chain that mentions an HMAC or a signature is keyed.
fn unkeyed_hash_call(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    if node.kind() != "call_expression" {
        return false;
    }
    let Some(function) = node.field("function").map(unwrap) else {
        return false;
    };
    let chain = text(function, src).to_ascii_lowercase();
    if chain.contains("hmac") || chain.contains("sign") {
        return false;
    }
    let last = chain
        .rsplit(['.', ')'])
        .next()
        .unwrap_or(&chain)
        .trim()
        .to_string();
    chain.contains("createhash(")
        || matches!(
            last.as_str(),
            "md5" | "sha1" | "sha256" | "sha512" | "hash" | "hashpassword" | "hash_password"
        )
}

/// True when `operand` is read from what the client sends (body, query, path parameters,
/// headers, cookies), not from state the server attached to the request (`req.config`,
/// `req.user`).
fn client_sent<'f>(operand: Node<'f>, cx: &CheckContext<'f>) -> bool {
    cx.js_taint().trace(operand).is_some_and(|trace| {
        [
            ".body", ".query", ".params", ".headers", ".cookies", ".get(", ".header(", "@Body",
            "@Query", "@Param", "@Headers",
        ]
        .iter()
        .any(|part| trace.source.contains(part))
    })
}

/// True when `expr` computes a MAC or signature or reads the environment: a value derived from
/// request data with a server-side key (`createHmac(secret).update(req.body).digest('hex')`).
fn keyed(expr: Node<'_>, src: &str) -> bool {
    let mut found = false;
    sechound_syntax::node::walk(expr, |n| {
        found |= is_digest_call(n, src) || env_var_name(n, src).is_some();
        !found
    });
    found
}

/// A file that handles lexer or parser tokens rather than credentials.
fn lexer_context(src: &str) -> bool {
    src.contains("SyntaxKind")
        || src.contains("TokenType")
        || src.contains("scanner")
        || src.contains("lexer")
}

/// A property of a record (`user.resetToken`, `session.csrfToken`), not of `this`.
fn is_stored(node: Node<'_>) -> bool {
    let node = unwrap(node);
    node.kind() == "member_expression"
        && node
            .field("object")
            .is_some_and(|o| unwrap(o).kind() != "this")
}

/// A local name for a credential read from the environment: `expectedKey` after
/// `const expectedKey = process.env.API_KEY` (or `... || ''`).
fn configured_secret<'f>(node: Node<'f>, cx: &CheckContext<'f>) -> Option<&'static str> {
    let src = cx.src();
    if unwrap(node).kind() != "identifier" {
        return None;
    }
    let mut value = cx.js_taint().resolve(node);
    if value.kind() == "binary_expression"
        && value
            .field("operator")
            .is_some_and(|o| matches!(text(o, src), "||" | "??"))
    {
        value = unwrap(value.field("left")?);
    }
    env_var_name(value, src)
        .as_deref()
        .and_then(credential_head)
}

/// `passwordResetToken`, `refreshToken`, `csrfToken`: a token whose name says it authenticates.
fn names_auth_token(name: &str) -> bool {
    words(name).iter().any(|w| {
        matches!(
            w.as_str(),
            "reset"
                | "refresh"
                | "access"
                | "auth"
                | "session"
                | "csrf"
                | "xsrf"
                | "verification"
                | "verify"
                | "api"
                | "bearer"
                | "invite"
                | "invitation"
                | "magic"
                | "confirmation"
                | "activation"
                | "remember"
                | "password"
                | "login"
                | "otp"
                | "jwt"
                | "admin"
        )
    })
}

/// `req.get('x-hook') !== config.github` where `config.github` is, in another module,
/// `process.env.GITHUB_WEBHOOK_SECRET`: a secret by its origin, not its name. Reported when the
/// linker resolves the configuration side to a credential environment variable.
fn configured_elsewhere<'f>(
    node: Node<'f>,
    operator: &str,
    left: Node<'f>,
    right: Node<'f>,
    cx: &mut CheckContext<'f>,
) {
    let src = cx.src();
    // Only comparisons in request handlers can take request data, and one side must be a name
    // a module can hold configuration under: cheap tests before the taint engine's.
    let nameable = |n: Node<'f>| {
        matches!(
            unwrap(n).kind(),
            "identifier" | "member_expression" | "subscript_expression"
        )
    };
    if !(nameable(left) || nameable(right)) || !crate::js::flow::in_request_handler(cx, node) {
        return;
    }
    let taint = cx.js_taint();
    let (config, request) = if taint.is_tainted(right) && !taint.is_tainted(left) {
        (left, right)
    } else if taint.is_tainted(left) && !taint.is_tainted(right) {
        (right, left)
    } else {
        return;
    };
    if !matches!(
        unwrap(config).kind(),
        "identifier" | "member_expression" | "subscript_expression"
    ) {
        return;
    }
    let value = cx.value(config);
    if !value.has_references() {
        return;
    }
    let context = format!(
        "`{}` {operator} `{}`",
        short_text(config, src, 50),
        short_text(request, src, 50)
    );
    cx.report(
        node,
        format!("{context} compares request data with a value from configuration."),
    )
    .value_check(ValueCheck {
        value,
        judge: secret_from_environment,
        context,
    });
}

/// The verdict on a configuration value compared with request data: a secret when it is read
/// from an environment variable named as a credential.
fn secret_from_environment(value: &Value, context: &str) -> Option<Verdict> {
    let name = value.alternatives().into_iter().find_map(|v| match v {
        Value::Env { name, .. } => credential_head(name).map(|_| name.clone()),
        _ => None,
    })?;
    Some(Verdict {
        message: format!(
            "{context} compares request data with the secret `{name}` from the environment; the comparison's duration leaks how much of the value matches"
        ),
        severity: None,
        confidence: Some(Confidence::Medium),
        member: None,
    })
}
