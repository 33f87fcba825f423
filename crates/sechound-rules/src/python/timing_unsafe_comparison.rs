use super::token_names::{has_any, is_api_key, words};
use crate::{CheckContext, CodeRule, ValueCheck, Verdict, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{ancestor, named_children, short_text, text};
use sechound_syntax::python::{
    callee_path, is_fstring, is_literal, method_name, positional_args, receiver, string_value,
    unwrap,
};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// `==` or `!=` between two runtime values when one of them is a secret: an HMAC or
    /// signature (`signature`, `expected_sig`, `hmac.new(...).hexdigest()`, an
    /// `X-Hub-Signature` header), a digest, an API key, a token, a shared secret or a password
    /// hash, or a password checked against a configured one (`settings.ADMIN_PASSWORD`, an
    /// environment variable). Comparisons of signatures and digests are medium; other secrets
    /// are low-severity heuristics.
    ///
    /// In a request handler, request data (a header, query or body value) compared with a secret
    /// the server keeps is medium: a stored token (`token == organization.token`), a setting or
    /// environment variable named as a credential (`x_api_key != settings.API_KEY`), or, by its
    /// origin rather than its name, a value the
    /// semantic layer resolves across modules to an environment variable named as one
    /// (`sig != config.github` with `github = os.environ["GITHUB_WEBHOOK_SECRET"]` in
    /// `config.py`), reported with the definition's place.
    ///
    /// ## Why it matters
    /// `==` on strings stops at the first differing byte, so the time it takes leaks how much of
    /// a guess is right. Measured over many requests this lets an attacker recover a valid
    /// signature or key one byte at a time.
    ///
    /// ## Not reported
    /// Comparisons with literals or `None` (`token_type == "bearer"`), with `len(...)` or
    /// `type(...)`, names that describe a secret without being one (`token_type`,
    /// `token_expires_at`, `api_key_id`, `password_confirmation == password`), ORM filter
    /// expressions (`User.api_key == key` inside `.filter(...)` runs in the database),
    /// `assert` statements, and request data compared with configuration that is not a
    /// credential (`region != settings.DEFAULT_REGION`).
    ///
    /// ## Example
    /// ```python
    /// if signature != expected:                               # reported
    /// if not hmac.compare_digest(signature, expected):        # fine
    /// ```
    pub struct TimingUnsafeComparison {
        id: "py.timing-unsafe-comparison",
        title: "Secret compared with `==`",
        severity: Low,
        confidence: Low,
        area: Authentication,
        cwe: [208],
        owasp: A02,
        effort: Minutes,
        impact: "Response timing reveals how many leading bytes of a guess are right, which can let an attacker forge a signature or recover a key.",
        recommendation: "Compare secrets in constant time: `hmac.compare_digest(provided.encode(), expected.encode())` (or `secrets.compare_digest`), and look tokens up by their hash rather than comparing raw values.",
        verification: "Search the module for `==` on signatures, tokens and keys: each check goes through `hmac.compare_digest`, and the tests for wrong values still fail.",
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    /// A MAC, signature or digest: the classic case for `compare_digest`.
    Signature,
    /// A token, API key or shared secret.
    Secret,
}

/// Names whose value describes a secret rather than being one.
const DESCRIPTIVE_WORDS: &[&str] = &[
    "identity",
    "start",
    "end",
    "pos",
    "position",
    "line",
    "char",
    "chars",
    "test",
    "db",
    "wildcard",
    "sep",
    "separator",
    "delimiter",
    "regex",
    "pattern",
    "reason",
    "parser",
    "lexer",
    "next",
    "prev",
    "previous",
    "current",
    "first",
    "word",
    "words",
    "string",
    "attr",
    "type",
    "kind",
    "name",
    "id",
    "ids",
    "expires",
    "expiry",
    "exp",
    "expiration",
    "count",
    "len",
    "length",
    "prefix",
    "scheme",
    "version",
    "alg",
    "algorithm",
    "algo",
    "format",
    "url",
    "uri",
    "endpoint",
    "method",
    "status",
    "scope",
    "scopes",
    "path",
    "user",
    "username",
    "field",
    "fields",
    "label",
    "is",
    "has",
    "valid",
    "enabled",
    "required",
    "mode",
    "location",
    "usage",
    "class",
    "cls",
    "model",
    "created",
    "updated",
    "last",
    "at",
    "str",
    "hint",
];

/// Calls whose arguments build a database query: `==` there is SQL, not Python.
const QUERY_CALLS: &[&str] = &[
    "filter",
    "filter_by",
    "where",
    "having",
    "exclude",
    "get",
    "get_or_404",
    "first_or_404",
    "query",
    "select",
    "and_",
    "or_",
    "not_",
    "join",
    "outerjoin",
    "exists",
    "case",
    "Q",
    "update",
    "delete",
    "one_or_none",
];

impl CodeRule for TimingUnsafeComparison {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["comparison_operator"]
    }

    fn check<'f>(&self, comparison: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let operands = named_children(comparison);
        let [left, right] = operands.as_slice() else {
            return;
        };
        let mut cursor = comparison.walk();
        let operators: Vec<&str> = comparison
            .children_by_field_name("operators", &mut cursor)
            .map(|o| o.kind())
            .collect();
        if !matches!(operators.as_slice(), ["=="] | ["!="]) {
            return;
        }
        if ancestor(comparison, &["assert_statement"]).is_some() || in_query(comparison, src) {
            return;
        }
        let (left, right) = (unwrap(*left), unwrap(*right));
        if syncs_on_change(comparison, left, right, src) {
            return;
        }
        if [left, right]
            .iter()
            .any(|o| not_a_secret_value(*o, src) || is_named_literal(*o, cx))
        {
            return;
        }
        let kinds: Vec<(Kind, String)> = [left, right]
            .iter()
            .filter_map(|o| {
                let name = operand_name(*o, src)?;
                secret_kind(&name).map(|k| (k, name))
            })
            .filter(|(kind, name)| match kind {
                Kind::Signature => file_signs(src),
                Kind::Secret => !only_token_word(name) || file_authenticates(src),
            })
            .collect();
        let mut kinds = kinds;
        if kinds.is_empty()
            && let Some(name) = configured_password(left, right, src)
        {
            kinds.push((Kind::Secret, name));
        }
        let operator = operators[0];
        let Some((kind, name)) = kinds
            .iter()
            .find(|(k, _)| *k == Kind::Signature)
            .or_else(|| kinds.first())
            .cloned()
        else {
            configured_elsewhere(comparison, operator, left, right, cx);
            return;
        };
        // Request data against a secret the server keeps (a configured key, a stored invite
        // token): the textbook case, whatever the secret's kind.
        let against_request = kind == Kind::Secret
            && crate::python::flow::in_request_handler(cx, comparison)
            && (cx.py_taint().is_tainted(left) || cx.py_taint().is_tainted(right));
        // Name the value the server keeps, not the client's copy of it.
        let name = if against_request {
            [left, right]
                .into_iter()
                .filter(|o| !cx.py_taint().is_tainted(*o))
                .find_map(|o| operand_name(o, src).filter(|n| secret_kind(n).is_some()))
                .unwrap_or(name)
        } else {
            name
        };
        let message = if against_request && (configured(left, cx) || configured(right, cx)) {
            format!(
                "Request data is compared with the configured secret `{name}` using `{operator}`, which returns as soon as a byte differs; use `hmac.compare_digest`."
            )
        } else if against_request {
            format!(
                "Request data is compared with the secret `{name}` using `{operator}`, which returns as soon as a byte differs; use `hmac.compare_digest`."
            )
        } else {
            format!(
                "`{name}` is compared with `{operator}`, which returns as soon as a byte differs; use `hmac.compare_digest` for secrets."
            )
        };
        let finding = cx.report(comparison, message);
        if kind == Kind::Signature || against_request {
            finding
                .severity(Severity::Medium)
                .confidence(Confidence::Medium);
        }
    }
}

/// A value read from configuration: an environment read, or a name or attribute whose value
/// the semantic layer follows to another module (`settings.API_KEY`).
fn configured<'f>(operand: Node<'f>, cx: &CheckContext<'f>) -> bool {
    let operand = unwrap(operand);
    if sechound_syntax::python::env_read(operand, cx.src()).is_some() {
        return true;
    }
    // A name read off an imported or module-level object (`settings.API_KEY`), not off a
    // record a call returned (`Organization.objects.first().token`).
    matches!(operand.kind(), "identifier" | "attribute" | "subscript")
        && cx.value(operand).alternatives().iter().any(|v| {
            matches!(
                v,
                Value::Env { .. } | Value::Import { .. } | Value::Global { .. }
            )
        })
}

/// `token != settings.hook` in a request handler, where `settings.hook` is, in another
/// module, the environment variable `WEBHOOK_SECRET`: a secret by its origin, not its name.
/// Reported at once when this file reads the variable, otherwise when the linker resolves it.
fn configured_elsewhere<'f>(
    comparison: Node<'f>,
    operator: &str,
    left: Node<'f>,
    right: Node<'f>,
    cx: &mut CheckContext<'f>,
) {
    let src = cx.src();
    let nameable = |n: Node<'f>| matches!(n.kind(), "identifier" | "attribute" | "subscript");
    if !(nameable(left) || nameable(right))
        || !crate::python::flow::in_request_handler(cx, comparison)
    {
        return;
    }
    let taint = cx.py_taint();
    let (config, request) = if taint.is_tainted(right) && !taint.is_tainted(left) {
        (left, right)
    } else if taint.is_tainted(left) && !taint.is_tainted(right) {
        (right, left)
    } else {
        return;
    };
    if !nameable(config) {
        return;
    }
    let value = cx.value(config);
    let context = format!(
        "`{}` {operator} `{}`",
        short_text(request, src, 50),
        short_text(config, src, 50)
    );
    if value.has_references() {
        cx.report(
            comparison,
            format!("{context} compares request data with a value from configuration."),
        )
        .value_check(ValueCheck {
            value,
            judge: secret_from_environment,
            context,
        });
    } else if let Some(verdict) = secret_from_environment(&value, &context) {
        cx.report(comparison, format!("{}.", verdict.message))
            .severity(Severity::Medium)
            .confidence(Confidence::Medium);
    }
}

/// The verdict on a configuration value compared with request data: a secret when it is read
/// from an environment variable named as a credential.
fn secret_from_environment(value: &Value, context: &str) -> Option<Verdict> {
    let name = value.alternatives().into_iter().find_map(|v| match v {
        Value::Env { name, .. } => secret_kind(name).map(|_| name.clone()),
        _ => None,
    })?;
    Some(Verdict {
        message: format!(
            "{context} compares request data with the secret `{name}` from the environment, and the comparison returns as soon as a byte differs; use `hmac.compare_digest`"
        ),
        severity: Some(Severity::Medium),
        confidence: Some(Confidence::Medium),
        member: None,
    })
}

/// Literals, `None`, f-strings, `len(x)`, `type(x)`, numbers derived with `int()`.
fn not_a_secret_value(operand: Node<'_>, src: &str) -> bool {
    if is_literal(operand, src) || is_fstring(operand) || operand.kind() == "none" {
        return true;
    }
    match operand.kind() {
        "call" => callee_path(operand, src).is_some_and(|p| {
            matches!(
                p.as_str(),
                "len" | "type" | "int" | "float" | "bool" | "id" | "ord" | "isinstance"
            )
        }),
        "attribute" => {
            // Model.column in SQLAlchemy expressions, enum members (TokenType.ACCESS).
            let root = root_name(operand, src);
            root.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        }
        "integer" | "float" | "true" | "false" | "list" | "tuple" | "dictionary" | "set" => true,
        _ => false,
    }
}

fn root_name<'s>(attribute: Node<'_>, src: &'s str) -> &'s str {
    let mut current = attribute;
    while current.kind() == "attribute" {
        match current.field("object") {
            Some(object) => current = unwrap(object),
            None => break,
        }
    }
    text(current, src)
}

/// The name a compared value goes by: `signature`, `user.api_key` → `api_key`,
/// `request.headers["X-Signature"]` → `X-Signature`, `hmac.new(...).hexdigest()` → `hexdigest`.
fn operand_name(operand: Node<'_>, src: &str) -> Option<String> {
    let operand = unwrap(operand);
    match operand.kind() {
        "identifier" => Some(text(operand, src).to_string()),
        "attribute" => operand.field("attribute").map(|a| text(a, src).to_string()),
        "subscript" => {
            let key = operand.field("subscript")?;
            string_value(key, src).or_else(|| operand_name(operand.field("value")?, src))
        }
        "call" => {
            let method = method_name(operand, src)?;
            match method {
                "get" | "getenv" | "get_header" | "getheader" => {
                    string_value(*positional_args(operand).first()?, src)
                }
                "encode" | "decode" | "strip" | "lower" | "upper" | "rstrip" | "lstrip" => {
                    operand_name(receiver(operand)?, src)
                }
                "str" => operand_name(*positional_args(operand).first()?, src),
                _ => Some(method.to_string()),
            }
        }
        _ => None,
    }
}

fn secret_kind(name: &str) -> Option<Kind> {
    let w = words(name);
    if has_any(&w, DESCRIPTIVE_WORDS) {
        return None;
    }
    if has_any(
        &w,
        &[
            "signature",
            "sig",
            "signatures",
            "digest",
            "hexdigest",
            "hmac",
        ],
    ) {
        return Some(Kind::Signature);
    }
    let password_hash =
        has_any(&w, &["password", "passwd", "pwd"]) && has_any(&w, &["hash", "hashed", "digest"]);
    let token_hash = has_any(&w, &["token", "secret"]) && has_any(&w, &["hash", "hashed"]);
    if password_hash || token_hash {
        return Some(Kind::Signature);
    }
    if has_any(&w, &["token", "secret", "csrf", "xsrf", "otp", "apikey"]) || is_api_key(&w) {
        return Some(Kind::Secret);
    }
    None
}

/// True inside the arguments of an ORM query call (`.filter(User.token == token)`).
fn in_query(node: Node<'_>, src: &str) -> bool {
    let mut current = node.parent();
    while let Some(n) = current {
        match n.kind() {
            "call" if method_name(n, src).is_some_and(|m| QUERY_CALLS.contains(&m)) => return true,
            "function_definition" | "lambda" | "block" => return false,
            _ => {}
        }
        current = n.parent();
    }
    false
}

/// A name bound to a literal: a module constant (`BLOCK_TAG_START = "{%"`) or a class attribute
/// read through `self` (`reset_url_token = "set-password"`).
fn is_named_literal<'f>(operand: Node<'f>, cx: &CheckContext<'f>) -> bool {
    let src = cx.src();
    match operand.kind() {
        "identifier" => {
            let resolved = cx.py_taint().resolve(operand);
            resolved != operand && is_literal(resolved, src)
        }
        "attribute" => {
            let (Some(object), Some(attribute)) =
                (operand.field("object"), operand.field("attribute"))
            else {
                return false;
            };
            if !matches!(text(object, src), "self" | "cls") {
                return false;
            }
            let Some(body) = ancestor(operand, &["class_definition"]).and_then(|c| c.field("body"))
            else {
                return false;
            };
            let name = text(attribute, src);
            named_children(body).into_iter().any(|statement| {
                statement
                    .named_child(0)
                    .filter(|a| a.kind() == "assignment")
                    .is_some_and(|a| {
                        a.field("left").is_some_and(|l| text(l, src) == name)
                            && a.field("right").is_some_and(|r| is_literal(r, src))
                    })
            })
        }
        _ => false,
    }
}

/// True when the only secret word in `name` is `token`: parsers, lexers and identity maps use
/// the word too, so such names count only in files that deal with authentication.
fn only_token_word(name: &str) -> bool {
    let w = words(name);
    !has_any(&w, &["secret", "csrf", "xsrf", "otp", "apikey"]) && !is_api_key(&w)
}

fn file_authenticates(src: &str) -> bool {
    let lowered = src.to_ascii_lowercase();
    [
        "authenticat",
        "oauth",
        "login",
        "bearer",
        "jwt",
        "secret",
        "password",
        "credential",
        "api_key",
        "apikey",
    ]
    .iter()
    .any(|m| lowered.contains(m))
}

/// True when the file computes signatures or digests (so `signature` is not a function
/// signature or a schema fingerprint).
fn file_signs(src: &str) -> bool {
    [
        "hmac",
        "hashlib",
        "itsdangerous",
        "nacl",
        "cryptography",
        "Signer",
        "webhook",
        "Webhook",
    ]
    .iter()
    .any(|m| src.contains(m))
}

/// `if session.get(KEY) != cookie: session[KEY] = cookie`: the comparison only decides whether to copy a
/// value, it guards nothing.
fn syncs_on_change(comparison: Node<'_>, left: Node<'_>, right: Node<'_>, src: &str) -> bool {
    let Some(statement) = comparison.parent().filter(|p| p.kind() == "if_statement") else {
        return false;
    };
    let Some(block) = statement.field("consequence") else {
        return false;
    };
    let (left, right) = (text(left, src), text(right, src));
    named_children(block).into_iter().any(|s| {
        s.named_child(0)
            .filter(|a| a.kind() == "assignment")
            .and_then(|a| a.field("right"))
            .is_some_and(|value| {
                let value = text(value, src);
                value == left || value == right
            })
    })
}

/// `credentials.password == settings.ADMIN_PASSWORD`: a password checked against a configured
/// secret (an upper-case setting or an environment variable), as in HTTP Basic guards.
fn configured_password(left: Node<'_>, right: Node<'_>, src: &str) -> Option<String> {
    let is_password = |n: Node<'_>| {
        operand_name(n, src).filter(|name| {
            let w = words(name);
            has_any(&w, &["password", "passwd", "pwd", "passphrase"])
                && !has_any(&w, DESCRIPTIVE_WORDS)
                && !has_any(
                    &w,
                    &[
                        "confirm",
                        "confirmation",
                        "new",
                        "old",
                        "repeat",
                        "again",
                        "hash",
                        "hashed",
                    ],
                )
        })
    };
    let is_configured = |n: Node<'_>| {
        if sechound_syntax::python::env_read(n, src).is_some() {
            return true;
        }
        let last = match n.kind() {
            "identifier" => text(n, src),
            "attribute" => n.field("attribute").map(|a| text(a, src)).unwrap_or(""),
            _ => "",
        };
        last.chars().any(|c| c.is_ascii_uppercase())
            && !last.chars().any(|c| c.is_ascii_lowercase())
    };
    for (a, b) in [(left, right), (right, left)] {
        if let (Some(name), Some(_)) = (is_password(a), is_password(b))
            && is_configured(b)
        {
            return Some(name);
        }
    }
    None
}
