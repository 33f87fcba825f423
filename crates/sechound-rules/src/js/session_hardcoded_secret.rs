use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{
    arguments, callee_path, env_var_name, object_property, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// The key that signs session or cookie data written into the source:
    /// - `session({ secret: 'keyboard cat' })` (express-session), including an array of secrets;
    /// - `cookieSession({ keys: ['k1'] })` or `{ secret: '...' }` (cookie-session);
    /// - `cookieParser('secret')`;
    /// - `fastify.register(fastifyCookie | fastifySession | fastifySecureSession, { secret: '...' })`;
    /// - iron-session options (`{ cookieName: '...', password: '...' }`), whose password seals
    ///   the session cookie;
    /// - an express-session options object kept apart (`{ secret: '...', resave: false }` in a
    ///   config module);
    /// - any of these with an environment fallback: `process.env.SESSION_SECRET || 'dev-secret'`.
    ///
    /// Values are followed through local constants. The secret is masked in the report.
    ///
    /// ## Why it matters
    /// Whoever knows the signing key can forge a session cookie for any user, or tamper with a
    /// signed cookie, and the key is in every clone of the repository. A fallback is used
    /// silently whenever the variable is missing from a deployment.
    ///
    /// ## Not reported
    /// Secrets read from the environment or a configuration service without a literal
    /// fallback, and empty strings.
    ///
    /// ## Example
    /// ```js
    /// app.use(session({ secret: 'keyboard cat', resave: false }));          // reported
    /// app.use(session({ secret: process.env.SESSION_SECRET, resave: false })); // fine
    /// ```
    pub struct SessionHardcodedSecret {
        id: "js.session-hardcoded-secret",
        title: "Session or cookie signing secret in source code",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798, 321],
        owasp: A07,
        effort: Minutes,
        impact: "Anyone with the source can sign session cookies, log in as any user and tamper with signed cookies.",
        recommendation: "Read the secret from the environment or a secret manager and fail at startup when it is missing (`const secret = process.env.SESSION_SECRET; if (!secret) throw new Error('SESSION_SECRET is not set')`); rotate the value that was committed.",
        verification: "Search the repository for the old value (it must be gone) and start the service without `SESSION_SECRET`: it refuses to start instead of using a default.",
    }
}

impl CodeRule for SessionHardcodedSecret {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "object"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        if call.kind() == "object" && is_iron_session_options(call, src) {
            // iron-session: `{ cookieName, password: '...' }` seals the whole session with it.
            if let Some(value) = object_property(call, src, "password") {
                check_secret(cx, value, "The iron-session `password`");
            }
            return;
        }
        if call.kind() == "object" {
            // express-session options kept in a config module: `{ secret, resave, ... }`.
            if is_session_options(call, src)
                && let Some(value) = object_property(call, src, "secret")
            {
                let api = call
                    .parent()
                    .filter(|p| p.kind() == "arguments")
                    .and_then(|p| p.parent())
                    .and_then(|c| callee_path(c, src))
                    .map(|p| format!("`{}()` option `secret`", p.rsplit('.').next().unwrap_or(&p)))
                    .unwrap_or_else(|| "The session options' `secret`".to_string());
                check_secret(cx, value, &api);
            }
            return;
        }
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let name = path.rsplit('.').next().unwrap_or(&path);
        let lower = name.to_ascii_lowercase();
        let args = arguments(call);
        if lower == "cookieparser" {
            // cookieParser(secret, options)
            if let Some(secret) = args.first() {
                check_secret(cx, *secret, "`cookieParser()`");
            }
        } else if name == "register" {
            let plugin = args
                .first()
                .map(|p| text(unwrap(*p), src).to_ascii_lowercase())
                .unwrap_or_default();
            if !(plugin.contains("session") || plugin.contains("cookie")) {
                return;
            }
            if let Some(options) = args.get(1).map(|o| cx.js_taint().resolve(*o)) {
                for key in ["secret", "key"] {
                    if let Some(value) = object_property(options, src, key) {
                        check_secret(cx, value, &format!("The Fastify plugin's `{key}`"));
                    }
                }
            }
        } else if lower.contains("session") {
            let Some(options) = args.first().map(|o| cx.js_taint().resolve(*o)) else {
                return;
            };
            if is_session_options(options, src) {
                // Reported where the object is written.
                return;
            }
            for key in ["secret", "keys"] {
                if let Some(value) = object_property(options, src, key) {
                    check_secret(cx, value, &format!("`{name}()` option `{key}`"));
                }
            }
        }
    }
}

/// iron-session options: a `cookieName` and the `password` that seals the cookie.
fn is_iron_session_options(object: Node<'_>, src: &str) -> bool {
    object_property(object, src, "cookieName").is_some()
        && object_property(object, src, "password").is_some()
}

/// An object with express-session's own option names next to `secret`.
fn is_session_options(object: Node<'_>, src: &str) -> bool {
    object.kind() == "object"
        && object_property(object, src, "secret").is_some()
        && ["resave", "saveUninitialized", "rolling", "unset", "genid"]
            .iter()
            .any(|key| object_property(object, src, key).is_some())
}

/// A literal the secret expression can evaluate to, and the environment variable it falls back
/// from, if any.
struct Hardcoded<'f> {
    literal: Node<'f>,
    fallback_of: Option<String>,
}

fn hardcoded<'f>(value: Node<'f>, cx: &CheckContext<'f>, depth: u32) -> Option<Hardcoded<'f>> {
    if depth > 4 {
        return None;
    }
    let src = cx.src();
    let value = cx.js_taint().resolve(value);
    match value.kind() {
        "string" | "template_string" => string_value(value, src)
            .filter(|v| !v.trim().is_empty())
            .map(|_| Hardcoded {
                literal: value,
                fallback_of: None,
            }),
        // express-session and cookie-session accept a list; the first entry signs.
        "array" => named_children(value)
            .into_iter()
            .find_map(|element| hardcoded(element, cx, depth + 1)),
        "binary_expression" => {
            let operator = text(value.field("operator")?, src);
            if !matches!(operator, "||" | "??") {
                return None;
            }
            let left = value.field("left")?;
            let right = value.field("right")?;
            let found = hardcoded(right, cx, depth + 1)?;
            let var = env_var_name(left, src).unwrap_or_else(|| text(left, src).to_string());
            Some(Hardcoded {
                literal: found.literal,
                fallback_of: Some(var),
            })
        }
        _ => None,
    }
}

fn check_secret<'f>(cx: &mut CheckContext<'f>, value: Node<'f>, api: &str) {
    let Some(found) = hardcoded(value, cx, 0) else {
        return;
    };
    let message = match &found.fallback_of {
        None => format!("{api} is a signing secret written in the source."),
        Some(var) => {
            format!("{api} falls back to a secret written in the source when `{var}` is unset.")
        }
    };
    let fallback = found.fallback_of.is_some();
    let finding = cx.report(value, message);
    finding.mask(found.literal);
    if found.literal.start_byte() < value.start_byte()
        || found.literal.end_byte() > value.end_byte()
    {
        finding.related(found.literal);
    }
    if fallback {
        finding.confidence(Confidence::Medium);
    }
}
