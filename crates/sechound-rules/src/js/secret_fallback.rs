use crate::js::secret_names::{
    env_reads, is_jwt_configuration_call, is_process_env, is_secret_name, jsonwebtoken_method,
    name_words, non_empty_literal,
};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{arguments, method_name, pair_key, receiver, string_value, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A secret that silently becomes a value written in the source when configuration is
    /// missing:
    /// - `process.env.JWT_SECRET || 'dev-secret'` and `?? 'dev-secret'` (also through
    ///   `configService.get('JWT_SECRET') || '…'` and `configService.get('JWT_SECRET', '…')`);
    /// - an environment schema default: `JWT_SECRET: z.string().default('…')`,
    ///   `Joi.string().default('…')`, envalid `str({ default: '…' })` (envalid's `devDefault`
    ///   is not reported: it only applies outside production);
    /// - `const { SESSION_SECRET = 'keyboard cat' } = process.env`;
    /// - a choice by environment: `NODE_ENV === 'production' ? process.env.X : 'dev-secret'`;
    /// - a getter named after a secret (`getJwtSecret()`) that reads configuration and returns a
    ///   literal on some path (typically "outside production");
    /// - an assignment in a guard: `if (!process.env.API_KEY) process.env.API_KEY = '…'`,
    ///   `if (process.env.NODE_ENV !== 'production') secret = '…'`.
    ///
    /// When `jwt.sign()`/`jwt.verify()` use such a key from another module (`config.jwtSecret`
    /// exported by `config.js`), the finding at the definition lists each of those calls as a
    /// place the key takes effect; if the definition has no finding of its own, the first call
    /// reports it and cites the definition.
    ///
    /// A value is a secret when the variable's name says so (`*_SECRET`, `*_PASSWORD`, `*_PASS`,
    /// `*_TOKEN`, `API_KEY`, `PRIVATE_KEY`, `ENCRYPTION_KEY` …; not `*_PUBLIC_KEY`,
    /// `*_PUBLISHABLE_KEY`, `TOKEN_TTL`), when the name it is stored under says so (`jwtSecret:`),
    /// or when it is passed straight to a JWT library as its key. Severity is high when the
    /// secret is a JWT key, medium otherwise. This rule owns every fallback;
    /// `js.jwt-hardcoded-secret` reports keys that are only ever a literal.
    ///
    /// ## Why it matters
    /// A deployment that forgets the variable (or runs with `NODE_ENV` unset, which is not
    /// `'production'`) starts normally with a key anyone can read in the repository: tokens and
    /// sessions can be forged, encrypted data decrypted, accounts logged into.
    ///
    /// ## Not reported
    /// Test files. Variables that bundlers publish to the browser (`NEXT_PUBLIC_*`,
    /// `REACT_APP_*`, `VITE_*`). An empty-string fallback (`|| ''`): the service then fails or rejects at first use rather
    /// than running with a known key. Public keys and names that describe a secret without
    /// holding it.
    ///
    /// ## Example
    /// ```js
    /// const secret = process.env.JWT_SECRET || 'changeme';     // reported
    /// const secret = requireEnv('JWT_SECRET');                  // fine: fails fast when unset
    /// ```
    pub struct SecretFallback {
        id: "js.secret-fallback",
        title: "Secret falls back to a hard-coded value",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798, 1188],
        owasp: A05,
        effort: Minutes,
        impact: "If the variable is missing in some environment the service runs with a publicly known secret, letting anyone forge tokens or sessions or use the credential.",
        recommendation: "Remove the fallback and fail at startup when the secret is missing: `if (!process.env.NAME) throw new Error('NAME is required')` (or a schema validator such as zod/envalid/Joi with the variable required). Keep development values in an untracked `.env` file.",
        verification: "Start the service without the variable (and with `NODE_ENV` unset) and check that it refuses to start; search the repository for the old literal.",
    }
}

impl CodeRule for SecretFallback {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &[
            "binary_expression",
            "ternary_expression",
            "variable_declarator",
            "assignment_expression",
            "pair",
            "call_expression",
            "return_statement",
        ]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        match node.kind() {
            "binary_expression" => check_fallback(node, cx),
            "ternary_expression" => check_choice(node, cx),
            "variable_declarator" => check_destructuring(node, cx),
            "pair" => check_schema_default(node, cx),
            "call_expression" => {
                check_config_default(node, cx);
                check_signing_key(node, cx);
            }
            "return_statement" => check_secret_getter(node, cx),
            _ => check_guarded_assignment(node, cx),
        }
    }
}

/// What made a value count as a secret, for the message.
struct SecretOrigin {
    /// `` `JWT_SECRET` `` or `` the option `secret` ``.
    described: String,
    /// The variable or configuration key, when one is read.
    name: Option<String>,
    jwt: bool,
    confidence: Confidence,
}

/// The configuration names read in `expr`: environment variables and `config.get('X')` keys.
fn config_reads<'f>(expr: Node<'f>, cx: &CheckContext<'f>) -> Vec<String> {
    let mut names = env_reads(expr, cx);
    let src = cx.src();
    let node = unwrap(expr);
    if node.kind() == "call_expression"
        && matches!(method_name(node, src), Some("get" | "getOrThrow"))
        && receiver(node).is_some_and(|r| text(r, src).to_ascii_lowercase().contains("config"))
        && let Some(key) = arguments(node).first().and_then(|a| string_value(*a, src))
    {
        names.push(key);
    }
    // A validated env object (`env.JWT_SECRET` from t3-env, envalid or a local schema).
    if node.kind() == "member_expression"
        && let Some(object) = node.field("object").map(unwrap)
        && object.kind() == "identifier"
        && matches!(text(object, src), "env" | "ENV" | "environment")
        && let Some(property) = node.field("property")
    {
        let key = text(property, src);
        if key
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            names.push(key.to_string());
        }
    }
    names
}

/// Why the value at `expr`, which reads `names`, is a secret, if it is one.
fn secret_origin<'f>(
    expr: Node<'f>,
    names: &[String],
    cx: &CheckContext<'f>,
) -> Option<SecretOrigin> {
    if names.iter().any(|n| is_browser_variable(n)) {
        return None;
    }
    if let Some(name) = names.iter().find(|n| is_secret_name(n)) {
        return Some(SecretOrigin {
            described: format!("`{name}`"),
            name: Some(name.clone()),
            jwt: mentions_jwt(name) || used_as_jwt_key(expr, cx),
            confidence: Confidence::High,
        });
    }
    let (binding, jwt_key) = binding_name(expr, cx)?;
    if !(jwt_key || is_secret_name(binding.trim_matches('`'))) {
        return None;
    }
    let read = names
        .first()
        .map(|n| format!(" (read from `{n}`)"))
        .unwrap_or_default();
    Some(SecretOrigin {
        described: format!("{binding}{read}"),
        name: names.first().cloned(),
        jwt: jwt_key || mentions_jwt(binding.trim_matches('`')),
        confidence: Confidence::Medium,
    })
}

/// Variables that bundlers inline into browser code (`NEXT_PUBLIC_*`, `REACT_APP_*`, `VITE_*`):
/// they are public by construction, so a fallback for them reveals nothing new.
fn is_browser_variable(name: &str) -> bool {
    [
        "NEXT_PUBLIC_",
        "REACT_APP_",
        "VITE_",
        "EXPO_PUBLIC_",
        "GATSBY_",
        "PUBLIC_",
    ]
    .iter()
    .any(|prefix| name.starts_with(prefix))
}

fn mentions_jwt(name: &str) -> bool {
    name_words(name).iter().any(|w| w == "jwt")
}

/// The name an expression is stored under (`const jwtSecret = …`, `{ secret: … }`,
/// `this.apiKey = …`) and whether it is the key argument of a JWT call or option.
fn binding_name<'f>(expr: Node<'f>, cx: &CheckContext<'f>) -> Option<(String, bool)> {
    let src = cx.src();
    let mut node = expr;
    let mut parent = node.parent()?;
    // Look through wrappers that keep the value: parentheses, casts, `Buffer.from(...)`.
    loop {
        match parent.kind() {
            "parenthesized_expression"
            | "as_expression"
            | "non_null_expression"
            | "satisfies_expression" => {}
            "arguments"
                if parent.parent().is_some_and(|call| {
                    matches!(
                        method_name(call, src),
                        Some("from" | "encode" | "createSecretKey" | "String")
                    )
                }) =>
            {
                parent = parent.parent()?;
            }
            _ => break,
        }
        node = parent;
        parent = node.parent()?;
    }
    match parent.kind() {
        "variable_declarator" => {
            let name = parent.field("name")?;
            (name.kind() == "identifier").then(|| (format!("`{}`", text(name, src)), false))
        }
        "pair" => {
            let key = pair_key(parent, src)?;
            let jwt_key = matches!(
                key,
                "secret" | "secretOrKey" | "secretOrPrivateKey" | "privateKey"
            ) && parent
                .parent()
                .and_then(|object| object.parent())
                .and_then(|args| args.parent())
                .is_some_and(|call| is_jwt_configuration_call(call, src));
            let jwt_key = jwt_key || matches!(key, "secretOrKey" | "secretOrPrivateKey");
            Some((format!("`{key}`"), jwt_key))
        }
        "assignment_expression" => {
            let left = parent.field("left")?;
            let name = match left.kind() {
                "member_expression" => text(left.field("property")?, src),
                _ => text(left, src),
            };
            Some((format!("`{name}`"), false))
        }
        "arguments" => {
            let call = parent.parent()?;
            let is_key = jsonwebtoken_method(call, cx).is_some_and(|m| m != "decode")
                && arguments(call).get(1) == Some(&node);
            is_key.then(|| {
                (
                    format!(
                        "passed as the `jwt.{}` key",
                        method_name(call, src).unwrap_or("sign")
                    ),
                    true,
                )
            })
        }
        _ => None,
    }
}

fn used_as_jwt_key<'f>(expr: Node<'f>, cx: &CheckContext<'f>) -> bool {
    binding_name(expr, cx).is_some_and(|(_, jwt)| jwt)
}

fn report<'f>(
    cx: &mut CheckContext<'f>,
    at: Node<'f>,
    literal: Node<'f>,
    origin: &SecretOrigin,
    how: &str,
) {
    let finding = cx.report(at, format!("The secret {} {how}", origin.described));
    finding.mask(literal).confidence(origin.confidence);
    if let Some(name) = &origin.name {
        finding.about_secret(
            name,
            format!(
                "Remove the value written for `{name}` in the source and fail at start-up when it is missing: `if (!process.env.{name}) throw new Error('{name} is required')`, or mark it required in the zod/envalid/Joi schema. Keep development values in an untracked `.env` file."
            ),
        );
    }
    if origin.jwt {
        finding.severity(Severity::High);
    }
}

/// `process.env.X || 'literal'`, `process.env.X ?? 'literal'`.
fn check_fallback<'f>(node: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(operator) = node.field("operator").map(|o| text(o, src)) else {
        return;
    };
    if !matches!(operator, "||" | "??") {
        return;
    }
    let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
        return;
    };
    let right = unwrap(right);
    if !non_empty_literal(right, src) {
        return;
    }
    let names = config_reads(left, cx);
    if names.is_empty() {
        return;
    }
    if let Some(origin) = secret_origin(node, &names, cx) {
        report(
            cx,
            node,
            right,
            &origin,
            "falls back to a value written in the source when it is not configured.",
        );
    }
}

/// `cond ? process.env.X : 'literal'` (either order).
fn check_choice<'f>(node: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(condition), Some(consequence), Some(alternative)) = (
        node.field("condition"),
        node.field("consequence"),
        node.field("alternative"),
    ) else {
        return;
    };
    let (configured, literal) = if non_empty_literal(alternative, src) {
        (consequence, unwrap(alternative))
    } else if non_empty_literal(consequence, src) {
        (alternative, unwrap(consequence))
    } else {
        return;
    };
    let names = config_reads(configured, cx);
    if names.is_empty() {
        return;
    }
    let Some(origin) = secret_origin(node, &names, cx) else {
        return;
    };
    let how = if text(condition, src).contains("NODE_ENV") {
        "is a value written in the source whenever `NODE_ENV` is not the expected one (an unset `NODE_ENV` included)."
    } else {
        "is a value written in the source on one branch of this condition."
    };
    report(cx, node, literal, &origin, how);
}

/// `const { JWT_SECRET = 'dev' } = process.env`.
fn check_destructuring<'f>(declarator: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(pattern), Some(value)) = (declarator.field("name"), declarator.field("value")) else {
        return;
    };
    if pattern.kind() != "object_pattern" || !is_process_env(value, cx) {
        return;
    }
    for field in named_children(pattern) {
        let (name, default) = match field.kind() {
            "object_assignment_pattern" => (field.field("left"), field.field("right")),
            "pair_pattern" => {
                let value = field.field("value");
                let default = value
                    .filter(|v| v.kind() == "assignment_pattern")
                    .and_then(|v| v.field("right"));
                (field.field("key"), default)
            }
            _ => continue,
        };
        let (Some(name), Some(default)) = (name, default) else {
            continue;
        };
        let name = text(name, src).to_string();
        if !is_secret_name(&name) || !non_empty_literal(default, src) {
            continue;
        }
        let origin = SecretOrigin {
            described: format!("`{name}`"),
            name: Some(name.clone()),
            jwt: mentions_jwt(&name),
            confidence: Confidence::High,
        };
        report(
            cx,
            field,
            unwrap(default),
            &origin,
            "defaults to a value written in the source when it is not configured.",
        );
    }
}

/// `if (!process.env.API_KEY) process.env.API_KEY = '…'`, or `secret = '…'` under a
/// `NODE_ENV` check.
fn check_guarded_assignment<'f>(node: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
        return;
    };
    if !non_empty_literal(right, src) {
        return;
    }
    let env = env_reads(left, cx);
    let name = match env.first() {
        Some(name) => name.clone(),
        None => match left.kind() {
            "identifier" => text(left, src).to_string(),
            "member_expression" => match left.field("property") {
                Some(p) => text(p, src).to_string(),
                None => return,
            },
            _ => return,
        },
    };
    if !is_secret_name(&name) {
        return;
    }
    let Some(guard) = sechound_syntax::node::ancestor(node, &["if_statement"]) else {
        return;
    };
    let Some(condition) = guard.field("condition") else {
        return;
    };
    let condition_text = text(condition, src);
    // `if (!secret) secret = '…'` counts only when `secret` was read from configuration.
    let guard_is_config = condition_text.contains("NODE_ENV")
        || !env_reads(condition, cx).is_empty()
        || (left.kind() == "identifier"
            && condition_text.contains(text(left, src))
            && declared_from_config(left, cx));
    if !guard_is_config {
        return;
    }
    let origin = SecretOrigin {
        described: format!("`{name}`"),
        name: Some(name.clone()),
        jwt: mentions_jwt(&name),
        confidence: if env.is_empty() {
            Confidence::Medium
        } else {
            Confidence::High
        },
    };
    report(
        cx,
        node,
        unwrap(right),
        &origin,
        "is set to a value written in the source when configuration is missing or not production.",
    );
}

/// True when the variable `ident` names is declared somewhere in the file from the environment or
/// a config service (`let secret = process.env.JWT_SECRET;`).
fn declared_from_config<'f>(ident: Node<'f>, cx: &CheckContext<'f>) -> bool {
    let src = cx.src();
    let name = text(ident, src);
    let mut found = false;
    sechound_syntax::node::walk(crate::js::secret_names::root_of(ident), |n| {
        if n.kind() == "variable_declarator"
            && n.field("name").is_some_and(|id| text(id, src) == name)
            && let Some(value) = n.field("value")
            && !config_reads(value, cx).is_empty()
        {
            found = true;
        }
        !found
    });
    found
}

/// An environment schema entry with a default: `JWT_SECRET: z.string().default('dev')`,
/// `Joi.string().default('dev')`, envalid `str({ default: 'dev' })`.
fn check_schema_default<'f>(pair: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(key) = pair_key(pair, src) else {
        return;
    };
    if !is_secret_name(key) || is_browser_variable(key) {
        return;
    }
    let Some(value) = pair.field("value").map(unwrap) else {
        return;
    };
    let Some(literal) = schema_default(value, src) else {
        return;
    };
    let origin = SecretOrigin {
        described: format!("`{key}`"),
        name: Some(key.to_string()),
        jwt: mentions_jwt(key),
        confidence: Confidence::High,
    };
    report(
        cx,
        pair,
        literal,
        &origin,
        "has a default written in the source in this configuration schema, used whenever the variable is missing.",
    );
}

/// The non-empty literal given as `.default(...)` in a validator chain, or as `default:` in
/// the options of an envalid-style validator call.
fn schema_default<'f>(value: Node<'f>, src: &str) -> Option<Node<'f>> {
    let mut current = value;
    for _ in 0..12 {
        if current.kind() != "call_expression" {
            return None;
        }
        let args = arguments(current);
        match method_name(current, src) {
            Some("default") => {
                let literal = unwrap(*args.first()?);
                return non_empty_literal(literal, src).then_some(literal);
            }
            Some("str" | "string" | "makeValidator") => {
                if let Some(options) = args.first().map(|a| unwrap(*a))
                    && let Some(default) =
                        sechound_syntax::js::object_property(options, src, "default")
                {
                    let default = unwrap(default);
                    return non_empty_literal(default, src).then_some(default);
                }
            }
            _ => {}
        }
        current = unwrap(receiver(current)?);
    }
    None
}

/// `configService.get('JWT_SECRET', 'dev-secret')`: NestJS `ConfigService` (and `config`
/// packages) with a literal default.
fn check_config_default<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    if !matches!(method_name(call, src), Some("get")) {
        return;
    }
    if !receiver(call).is_some_and(|r| text(r, src).to_ascii_lowercase().contains("config")) {
        return;
    }
    let args = arguments(call);
    let (Some(name), Some(default)) = (
        args.first().and_then(|a| string_value(*a, src)),
        args.get(1),
    ) else {
        return;
    };
    let default = unwrap(*default);
    if !non_empty_literal(default, src) || !is_secret_name(&name) {
        return;
    }
    let origin = SecretOrigin {
        described: format!("`{name}`"),
        name: Some(name.clone()),
        jwt: mentions_jwt(&name) || used_as_jwt_key(call, cx),
        confidence: Confidence::High,
    };
    report(
        cx,
        call,
        default,
        &origin,
        "falls back to a value written in the source when it is not configured.",
    );
}

/// `function getJwtSecret() { … if (!secret) return 'dev-secret'; … }`: a getter named after a
/// secret that reads configuration and returns a literal on some path.
fn check_secret_getter<'f>(node: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(value) = node.named_child(0).map(unwrap) else {
        return;
    };
    if !non_empty_literal(value, src) {
        return;
    }
    let Some(function) = sechound_syntax::js::enclosing_function(node) else {
        return;
    };
    let Some(name) = function_name(function, src) else {
        return;
    };
    if !is_secret_name(name) || config_reads(function, cx).is_empty() {
        return;
    }
    let production_guarded = text(function, src).contains("NODE_ENV");
    let how = if production_guarded {
        "is a value written in the source whenever the variable is missing outside `production` (an unset `NODE_ENV` included)."
    } else {
        "is a value written in the source whenever the variable is missing."
    };
    let origin = SecretOrigin {
        described: format!("returned by `{name}()`"),
        name: config_reads(function, cx).into_iter().next(),
        jwt: mentions_jwt(name),
        confidence: Confidence::Medium,
    };
    report(cx, node, value, &origin, how);
}

/// The name of a function declaration, method, or the variable or property an arrow function is
/// assigned to.
fn function_name<'s>(function: Node<'_>, src: &'s str) -> Option<&'s str> {
    if let Some(name) = function.field("name") {
        return Some(text(name, src));
    }
    let parent = function.parent()?;
    match parent.kind() {
        "variable_declarator" => parent.field("name").map(|n| text(n, src)),
        "pair" => pair_key(parent, src),
        _ => None,
    }
}

/// `jwt.sign(payload, config.jwtSecret)`, `jwt.verify(token, settings.secret)`: a signing key
/// read from another module (a configuration object, a settings export) is judged here, where it
/// takes effect, once its value is resolved across files. The definition's own finding is then
/// folded into this one, which cites it.
fn check_signing_key<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let Some(method) = jsonwebtoken_method(call, cx) else {
        return;
    };
    if method == "decode" {
        return;
    }
    let Some(key) = arguments(call).get(1).copied() else {
        return;
    };
    let context = if method == "sign" {
        "`jwt.sign()` signs tokens".to_string()
    } else {
        format!("`jwt.{method}()` accepts tokens signed")
    };
    crate::secrets::key_value::check_key(cx, call, key, &format!("`jwt.{method}()`"), context);
}
