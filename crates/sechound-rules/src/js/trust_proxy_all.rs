use crate::js::secret_names::env_reads;
use crate::{CheckContext, CodeRule, ValueCheck, Verdict, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{
    arguments, callee_path, method_name, object_property, pair_key, string_value,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{short_text, text};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A server that trusts every proxy in front of it, so the client address and protocol come
    /// from `X-Forwarded-For` / `X-Forwarded-Proto` headers anyone can send:
    /// - Express `app.set('trust proxy', true)` and `app.enable('trust proxy')` (also through
    ///   NestJS `app.set(...)` or `getHttpAdapter().getInstance().set(...)`);
    /// - Fastify `fastify({ trustProxy: true })` and NestJS `new FastifyAdapter({ trustProxy: true })`;
    /// - Koa `app.proxy = true` / `new Koa({ proxy: true })` without `maxIpsCount`;
    /// - any of these with a value read from the environment that defaults to `true` when the
    ///   variable is unset: `process.env.TRUST_PROXY ?? true`, `process.env.TRUST_PROXY !== 'false'`,
    ///   `parseBool(process.env.TRUST_PROXY, true)`;
    /// - a configuration entry named `trustProxy` / `TRUST_PROXY` with such a default, including
    ///   environment schemas (`TRUST_PROXY: z.coerce.boolean().default(true)`), medium confidence
    ///   since the value's use is in another file.
    ///
    /// ## Why it matters
    /// With every hop trusted, `req.ip` is the left-most `X-Forwarded-For` entry, which the client
    /// chooses. Rate limits keyed on the IP, IP allow-lists, audit logs and `req.secure` checks all
    /// believe whatever the caller writes.
    ///
    /// ## Not reported
    /// Test code (`*.spec.*`, `*.test.*`, `__tests__/`, `test/`, `e2e/`).
    /// A number of hops (`1`), named ranges or subnets (`'loopback'`, `'uniquelocal'`,
    /// `'10.0.0.0/8'`), a trust function, `false`, or an environment value that defaults to off.
    ///
    /// ## Example
    /// ```js
    /// app.set('trust proxy', true);        // reported
    /// app.set('trust proxy', 1);           // fine: exactly one proxy (the load balancer) is trusted
    /// ```
    pub struct TrustProxyAll {
        id: "js.trust-proxy-all",
        title: "Every proxy is trusted for client IP and protocol",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [348],
        owasp: A05,
        effort: Minutes,
        impact: "Clients can spoof their IP address and protocol with X-Forwarded-* headers, defeating IP-based rate limits, allow-lists and audit trails.",
        recommendation: "Trust only the proxies you run: set the hop count (`app.set('trust proxy', 1)` behind one load balancer, Fastify `trustProxy: 1`) or their addresses (`'loopback, 10.0.0.0/8'`), read from configuration with a safe default.",
        verification: "Send a request with `X-Forwarded-For: 203.0.113.9` straight to the service (or through the load balancer) and check that `req.ip` is the real peer address, not 203.0.113.9.",
    }
}

/// How a trust setting ends up as "trust everything".
enum TrustAll {
    Literal,
    EnvDefault(String),
}

impl CodeRule for TrustProxyAll {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &[
            "call_expression",
            "new_expression",
            "pair",
            "assignment_expression",
        ]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        if call.kind() == "pair" {
            check_setting(call, cx);
            return;
        }
        if call.kind() == "assignment_expression" {
            check_koa_assignment(call, cx);
            return;
        }
        let src = cx.src();
        let Some(method) = method_name(call, src) else {
            return;
        };
        let args = arguments(call);
        match method {
            "set" | "enable" if call.kind() == "call_expression" => {
                let Some(setting) = args.first().and_then(|a| string_value(*a, src)) else {
                    return;
                };
                if setting != "trust proxy" {
                    return;
                }
                let trust = if method == "enable" {
                    Some(TrustAll::Literal)
                } else {
                    args.get(1).and_then(|v| trusts_all(*v, cx))
                };
                if trust.is_none()
                    && let Some(setting) = args.get(1)
                {
                    check_configured(call, *setting, cx);
                }
                if let Some(trust) = trust {
                    let value = if method == "enable" { "" } else { ", …" };
                    let api = format!("`{}('trust proxy'{value})`", short_callee(call, src));
                    report(cx, call, &trust, &api);
                }
            }
            "fastify" | "Fastify" | "FastifyAdapter" => {
                let Some(options) = args.first().map(|o| cx.js_taint().resolve(*o)) else {
                    return;
                };
                // Environment defaults inside the options are reported at the `trustProxy` pair.
                if let Some(value) = object_property(options, src, "trustProxy")
                    && let Some(trust @ TrustAll::Literal) = trusts_all(value, cx)
                {
                    report(cx, call, &trust, &format!("`{method}` with `trustProxy`"));
                }
            }
            // Koa: new Koa({ proxy: true })
            "Koa" if call.kind() == "new_expression" => {
                let Some(options) = args.first().map(|o| cx.js_taint().resolve(*o)) else {
                    return;
                };
                if let Some(value) = object_property(options, src, "proxy")
                    && cx.js_taint().resolve(value).kind() == "true"
                    && object_property(options, src, "maxIpsCount").is_none()
                {
                    report(cx, call, &TrustAll::Literal, "`new Koa({ proxy: true })`");
                }
            }
            _ => {}
        }
    }
}

/// Koa: `app.proxy = true` on an application from the `koa` package, without `maxIpsCount`.
/// `app.set('trust proxy', config.trustProxy)`: the value comes from another module (a config
/// object, a helper that parses the environment). Reported here, where it takes effect, when the
/// resolved value trusts every proxy.
fn check_configured<'f>(call: Node<'f>, setting: Node<'f>, cx: &mut CheckContext<'f>) {
    let value = cx.value(setting);
    if !value.has_references() {
        return;
    }
    let api = format!("`{}('trust proxy', …)`", short_callee(call, cx.src()));
    cx.report(call, format!("{api} takes its value from configuration."))
        .value_check(ValueCheck {
            value,
            judge: trusts_every_proxy,
            context: api,
        });
}

/// The verdict on a resolved `trust proxy` value: `true` (or a string a setting parser reads as
/// true), always or when the environment leaves it unset.
fn trusts_every_proxy(value: &Value, api: &str) -> Option<Verdict> {
    if let Some(variable) = value.true_by_default() {
        return Some(Verdict {
            message: format!(
                "{api} trusts every proxy unless the environment variable `{variable}` is set: its default is true, so `req.ip` and `req.secure` come from headers any client can send"
            ),
            severity: None,
            confidence: Some(Confidence::Medium),
        });
    }
    value.can_be_true().then(|| Verdict {
        message: format!(
            "{api} is given a value that can be `true`, which trusts every proxy: `req.ip` and `req.secure` come from headers any client can send"
        ),
        severity: None,
        confidence: Some(Confidence::Medium),
    })
}

fn check_koa_assignment<'f>(assignment: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    if left.kind() != "member_expression"
        || left.field("property").map(|p| text(p, src)) != Some("proxy")
        || cx.js_taint().resolve(right).kind() != "true"
    {
        return;
    }
    let root = crate::js::secret_names::root_of(assignment);
    let uses_koa = crate::js::secret_names::imported_module(root, src, "Koa").as_deref()
        == Some("koa")
        || crate::js::secret_names::imported_module(root, src, "koa").as_deref() == Some("koa");
    if !uses_koa || text(root, src).contains("maxIpsCount") {
        return;
    }
    let target = left.field("object").map(|o| text(o, src)).unwrap_or("app");
    report(
        cx,
        assignment,
        &TrustAll::Literal,
        &format!("`{target}.proxy = true` (Koa)"),
    );
}

/// A configuration entry for proxy trust (`trustProxy: …`, `TRUST_PROXY: …`) whose value is on
/// unless the environment turns it off: `process.env.TRUST_PROXY !== 'false'`,
/// `z.coerce.boolean().default(true)`, `parseBool(process.env.TRUST_PROXY, true)`.
fn check_setting<'f>(pair: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(key) = pair_key(pair, src) else {
        return;
    };
    let normalized: String = key
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    if normalized != "trustproxy" {
        return;
    }
    let Some(value) = pair.field("value") else {
        return;
    };
    let trust = match trusts_all(value, cx) {
        Some(TrustAll::EnvDefault(var)) => TrustAll::EnvDefault(var),
        Some(TrustAll::Literal) => return,
        None if schema_defaults_to_true(value, src) => TrustAll::EnvDefault(key.to_string()),
        None => return,
    };
    let TrustAll::EnvDefault(var) = trust else {
        return;
    };
    let unless = if var == key {
        String::new()
    } else {
        format!(" unless `{var}` turns it off")
    };
    cx.report(
        pair,
        format!(
            "The setting `{key}` defaults to trusting every proxy hop{unless}; if it reaches Express `trust proxy` or Fastify `trustProxy`, `req.ip` comes from the client's `X-Forwarded-For` header."
        ),
    )
    .confidence(Confidence::Medium);
}

/// `z.coerce.boolean().default(true)`, `Joi.boolean().default(true)`, `bool({ default: true })`.
fn schema_defaults_to_true(value: Node<'_>, src: &str) -> bool {
    let value = sechound_syntax::js::unwrap(value);
    if value.kind() != "call_expression" {
        return false;
    }
    let compact: String = text(value, src)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    [
        ".default(true)",
        ".default('true')",
        ".default(\"true\")",
        "default:true",
    ]
    .iter()
    .any(|form| compact.contains(form))
}

fn short_callee(call: Node<'_>, src: &str) -> String {
    callee_path(call, src).unwrap_or_else(|| {
        sechound_syntax::js::callee(call)
            .map(|c| short_text(c, src, 60))
            .unwrap_or_default()
    })
}

/// Whether a trust-proxy value trusts every hop: `true`, or an environment switch that is on
/// unless someone turns it off.
fn trusts_all<'f>(value: Node<'f>, cx: &CheckContext<'f>) -> Option<TrustAll> {
    let src = cx.src();
    let value = cx.js_taint().resolve(value);
    match value.kind() {
        "true" => Some(TrustAll::Literal),
        "binary_expression" => {
            let operator = text(value.field("operator")?, src);
            let left = value.field("left")?;
            let right = cx.js_taint().resolve(value.field("right")?);
            let var = env_reads(left, cx).into_iter().next()?;
            let defaults_on = match operator {
                "||" | "??" => right.kind() == "true",
                "!==" | "!=" => string_value(right, src)
                    .is_some_and(|v| matches!(v.as_str(), "false" | "0" | "no")),
                _ => false,
            };
            defaults_on.then_some(TrustAll::EnvDefault(var))
        }
        // `parseBool(process.env.TRUST_PROXY, true)`, `envFlag('TRUST_PROXY', true)`
        "call_expression" => {
            let args = arguments(value);
            let last = cx.js_taint().resolve(*args.last()?);
            if args.len() < 2 || last.kind() != "true" {
                return None;
            }
            let first = args.first()?;
            let var = env_reads(*first, cx).into_iter().next().or_else(|| {
                string_value(*first, src).filter(|name| name.to_ascii_uppercase().contains("PROXY"))
            })?;
            Some(TrustAll::EnvDefault(var))
        }
        // `process.env.TRUST_PROXY === 'false' ? false : true`
        "ternary_expression" => {
            let condition = value.field("condition")?;
            let alternative = cx.js_taint().resolve(value.field("alternative")?);
            let var = env_reads(condition, cx).into_iter().next()?;
            let condition = sechound_syntax::js::unwrap(condition);
            let tests_off = condition.kind() == "binary_expression"
                && matches!(
                    condition.field("operator").map(|o| text(o, src)),
                    Some("===" | "==")
                )
                && condition
                    .field("right")
                    .and_then(|r| string_value(r, src))
                    .is_some_and(|v| matches!(v.as_str(), "false" | "0" | "no"));
            (tests_off && alternative.kind() == "true").then_some(TrustAll::EnvDefault(var))
        }
        _ => None,
    }
}

fn report<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, trust: &TrustAll, api: &str) {
    match trust {
        TrustAll::Literal => {
            cx.report(
                call,
                format!(
                    "{api} trusts every proxy hop, so the client IP and protocol the app sees (`req.ip`, `req.protocol`) come from the client's own `X-Forwarded-*` headers."
                ),
            );
        }
        TrustAll::EnvDefault(var) => {
            cx.report(
                call,
                format!(
                    "{api} trusts every proxy hop unless `{var}` is set to turn it off; by default `req.ip` comes from the client's `X-Forwarded-For` header."
                ),
            )
            .confidence(Confidence::Medium);
        }
    }
}
