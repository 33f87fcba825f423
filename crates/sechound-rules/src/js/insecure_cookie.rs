use super::crypto_names::{names_auth_cookie, operand_name};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{
    arguments, callee, callee_path, object_has_spread, object_property, receiver, string_value,
    unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{short_text, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Session and authentication cookies sent without the attributes that keep them out of
    /// reach of scripts and plain HTTP:
    /// - `res.cookie(name, value, options)` (Express, NestJS), `reply.setCookie(...)` (Fastify),
    ///   `setCookie(c, ...)` (Hono; `setCookie(name, ...)` in h3 and TanStack Start),
    ///   `cookies.set(...)` / `cookieStore.set(...)` (Next.js, Koa) and `cookie.serialize(...)`
    ///   for a cookie whose name or value looks like a session or token (`sid`, `session`, `jwt`,
    ///   `token`, `auth`, `refresh`...) with `httpOnly` missing or `false`, `secure: false`, or no
    ///   `sameSite`;
    /// - `secure: false` or `httpOnly: false` in the cookie options of `express-session`,
    ///   `cookie-session`, `@fastify/session` and `@fastify/secure-session`;
    /// - `cookieOptions: { secure: false }` in iron-session options;
    /// - the same in a shared options object (`const authCookieOptions: CookieOptions = {...}`,
    ///   `cookieOptions`, `COOKIE_CONFIG`), reported once where it is declared (medium
    ///   confidence: the cookies it is used for are not always in view).
    ///
    /// Severity is medium when a script can read the cookie (`httpOnly` missing or false) or it
    /// travels over plain HTTP (`secure: false`); low when only `sameSite` (or `secure`) is left
    /// to the browser's default.
    ///
    /// ## Why it matters
    /// A session cookie readable from JavaScript turns any cross-site scripting bug into account
    /// takeover; one without `Secure` is sent in clear text on any HTTP request; one without
    /// `SameSite` rides along on cross-site requests (CSRF).
    ///
    /// ## Not reported
    /// Cookies whose name and value do not look like credentials (`theme`, `locale`), CSRF
    /// cookies that scripts must read (`XSRF-TOKEN`), options spread from another object, and
    /// attributes set from an expression such as `secure: process.env.NODE_ENV === 'production'`
    /// (a common and acceptable way to allow local HTTP development). Koa's `ctx.cookies.set`
    /// is reported only for explicit `false` values, as Koa defaults `httpOnly` to true; the
    /// session middlewares likewise default to `httpOnly: true`. Also quiet: cookies cleared at
    /// logout (empty value, `maxAge: 0`, `expires: new Date(0)`), end-to-end test drivers
    /// (`cy.setCookie`, `page.setCookie`), and express-session's `secure: false` when the file
    /// turns `cookie.secure = true` on for production, as its documentation shows.
    ///
    /// ## Example
    /// ```js
    /// res.cookie('token', jwt, { secure: false });                               // reported
    /// res.cookie('token', jwt, { httpOnly: true, secure: true, sameSite: 'lax' }); // fine
    /// ```
    pub struct InsecureCookie {
        id: "js.insecure-cookie",
        title: "Session cookie without HttpOnly, Secure or SameSite",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [1004, 614],
        owasp: A05,
        effort: Minutes,
        impact: "A script injected into the page can read the session token, the cookie travels in clear text over HTTP, or it is sent on cross-site requests.",
        recommendation: "Set `httpOnly: true`, `secure: true` (or `secure: process.env.NODE_ENV === 'production'`) and `sameSite: 'lax'` (or `'strict'`) on every session and token cookie.",
        verification: "Log in and inspect the `Set-Cookie` response header: the session cookie carries `HttpOnly`, `Secure` and `SameSite=Lax` (or `Strict`), and `document.cookie` in the browser console does not show it.",
    }
}

/// How a cookie-setting API treats attributes the caller leaves out.
#[derive(Clone, Copy, PartialEq)]
enum Defaults {
    /// Nothing is set unless asked for (Express `res.cookie`, `cookie.serialize`, Fastify).
    Unset,
    /// `httpOnly` is on by default (Koa, the session middlewares): only explicit `false` counts.
    Protective,
}

impl CodeRule for InsecureCookie {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "variable_declarator", "object"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        if node.kind() == "variable_declarator" {
            check_options_declaration(cx, node);
            return;
        }
        if node.kind() == "object" {
            // iron-session: { cookieName, password, cookieOptions: { secure: false } }
            if object_property(node, src, "cookieName").is_some()
                && let Some(cookie) = object_property(node, src, "cookieOptions")
            {
                let cookie = cx.js_taint().resolve(cookie);
                check_session_cookie(cx, node, cookie, "the iron-session options");
            }
            return;
        }
        let call = node;
        let args = arguments(call);
        let Some(function) = callee(call).map(unwrap) else {
            return;
        };
        let path = callee_path(call, src);
        let method = match function.kind() {
            "identifier" => text(function, src),
            "member_expression" => function.field("property").map_or("", |p| text(p, src)),
            _ => return,
        };
        let receiver_path = receiver(call)
            .map(|r| short_text(r, src, 60))
            .unwrap_or_default();
        match method {
            "cookie" if is_response(&receiver_path) => {
                check_set_cookie(cx, call, &args, 0, "`res.cookie`", Defaults::Unset);
            }
            "setCookie" if function.kind() == "identifier" => {
                // Hono: setCookie(c, name, value, options); h3 / TanStack: setCookie(event?, ...)
                let context_first = args.first().is_some_and(|a| {
                    let a = unwrap(*a);
                    a.kind() == "identifier"
                        && matches!(text(a, src), "c" | "ctx" | "context" | "event")
                });
                let first = usize::from(context_first);
                check_set_cookie(cx, call, &args, first, "`setCookie`", Defaults::Unset);
            }
            // Fastify `reply.setCookie`; test drivers (`cy.setCookie`, `page.setCookie`) are not
            // responses.
            "setCookie" if is_response(&receiver_path) => {
                check_set_cookie(cx, call, &args, 0, "`setCookie`", Defaults::Unset);
            }
            "serialize" if receiver_path.to_ascii_lowercase().ends_with("cookie") => {
                check_set_cookie(cx, call, &args, 0, "`cookie.serialize`", Defaults::Unset);
            }
            "set"
                if receiver_path.ends_with("cookies")
                    || receiver_path.ends_with("cookies()")
                    || receiver_path.ends_with("cookieStore") =>
            {
                let koa =
                    receiver_path.starts_with("ctx.") || receiver_path.starts_with("context.");
                let defaults = if koa {
                    Defaults::Protective
                } else {
                    Defaults::Unset
                };
                check_set_cookie(cx, call, &args, 0, "`cookies.set`", defaults);
            }
            "register" => {
                // fastify.register(fastifySession, { cookie: {...} })
                let is_session = args.first().is_some_and(|p| {
                    text(unwrap(*p), src)
                        .to_ascii_lowercase()
                        .contains("session")
                });
                if is_session && let Some(options) = args.get(1).map(|o| cx.js_taint().resolve(*o))
                {
                    let cookie =
                        object_property(options, src, "cookie").map(|c| cx.js_taint().resolve(c));
                    if let Some(cookie) = cookie {
                        check_session_cookie(cx, call, cookie, "the Fastify session plugin");
                    }
                }
            }
            _ => {
                let name = path
                    .as_deref()
                    .map(|p| p.rsplit('.').next().unwrap_or(p))
                    .unwrap_or(method);
                if !name.to_ascii_lowercase().contains("session") {
                    return;
                }
                let Some(options) = args.first().map(|o| cx.js_taint().resolve(*o)) else {
                    return;
                };
                if options.kind() != "object" {
                    return;
                }
                if let Some(cookie) = object_property(options, src, "cookie") {
                    // express-session: session({ cookie: { secure: false } })
                    let cookie = cx.js_taint().resolve(cookie);
                    check_session_cookie(cx, call, cookie, &format!("`{name}()`"));
                } else if object_property(options, src, "keys").is_some()
                    || name.to_ascii_lowercase().contains("cookie")
                {
                    // cookie-session: cookieSession({ keys, secure: false })
                    check_session_cookie(cx, call, options, &format!("`{name}()`"));
                }
            }
        }
    }
}

fn is_response(receiver: &str) -> bool {
    let last = receiver.rsplit('.').next().unwrap_or(receiver);
    matches!(
        last,
        "res" | "response" | "reply" | "resp" | "_res" | "ctx" | "context"
    ) || last.ends_with("Response")
        || last.ends_with("Res")
}

/// An attribute as the options object gives it.
enum Attr {
    Missing,
    False,
    Set,
}

fn attr(options: Option<Node<'_>>, src: &str, key: &str) -> Attr {
    let Some(options) = options else {
        return Attr::Missing;
    };
    match object_property(options, src, key).map(unwrap) {
        None => Attr::Missing,
        Some(v) if v.kind() == "false" => Attr::False,
        Some(_) => Attr::Set,
    }
}

/// `res.cookie(name, value, options)` and friends; `first` is the index of the name argument.
fn check_set_cookie<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    args: &[Node<'f>],
    first: usize,
    api: &str,
    defaults: Defaults,
) {
    let src = cx.src();
    let (Some(name), Some(value)) = (args.get(first), args.get(first + 1)) else {
        return;
    };
    let cookie_name = string_value(*name, src).or_else(|| operand_name(*name, src));
    let value_name = operand_name(*value, src);
    let is_auth = cookie_name.as_deref().is_some_and(names_auth_cookie)
        || (cookie_name
            .as_deref()
            .is_none_or(|n| !names_auth_cookie_excluded(n))
            && value_name.as_deref().is_some_and(names_auth_cookie));
    if !is_auth {
        return;
    }
    // Explicit `false` values of a named options object are reported at its declaration.
    let shared_options = args
        .get(first + 2)
        .map(|o| unwrap(*o))
        .is_some_and(|o| o.kind() == "identifier" && names_cookie_options(text(o, src)));
    let options = args.get(first + 2).map(|o| cx.js_taint().resolve(*o));
    let (options, known) = match options {
        None => (None, true),
        Some(o) if o.kind() == "object" => (Some(o), !object_has_spread(o)),
        // Options built elsewhere: only what we can see counts.
        Some(_) => return,
    };
    if clears_cookie(*value, options, src) {
        return;
    }
    let label = match cookie_name.as_deref() {
        Some(n) if string_value(*name, src).is_some() => format!("`{n}`"),
        _ => format!("`{}`", short_text(*name, src, 40)),
    };
    let mut problems = Vec::new();
    let mut severity = Severity::Low;
    let mut confidence = Confidence::High;
    match attr(options, src, "httpOnly") {
        Attr::False if shared_options => {}
        Attr::False => {
            problems.push("`httpOnly: false` lets page scripts read it");
            severity = Severity::Medium;
        }
        Attr::Missing if known && defaults == Defaults::Unset => {
            problems.push("without `httpOnly: true` page scripts can read it");
            severity = Severity::Medium;
            if options.is_none() {
                confidence = Confidence::Medium;
            }
        }
        _ => {}
    }
    match attr(options, src, "secure") {
        Attr::False if shared_options => {}
        Attr::False => {
            problems.push("`secure: false` sends it over plain HTTP");
            severity = Severity::Medium;
        }
        Attr::Missing if known && defaults == Defaults::Unset => {
            problems.push("without `secure` it is also sent over HTTP")
        }
        _ => {}
    }
    if matches!(attr(options, src, "sameSite"), Attr::Missing | Attr::False)
        && known
        && defaults == Defaults::Unset
    {
        problems.push("without `sameSite` the browser default decides whether it rides on cross-site requests");
    }
    if problems.is_empty() {
        return;
    }
    let message = format!(
        "{api} sets the session cookie {label} unprotected: {}.",
        join(&problems)
    );
    cx.report(call, message)
        .severity(severity)
        .confidence(confidence);
}

/// A cookie explicitly named as something scripts must read (a CSRF token).
fn names_auth_cookie_excluded(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.contains("csrf") || lower.contains("xsrf")
}

/// Cookie options of a session middleware, where `httpOnly` already defaults to true.
fn check_session_cookie<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    cookie: Node<'f>,
    api: &str,
) {
    let src = cx.src();
    if cookie.kind() != "object" {
        return;
    }
    let mut problems = Vec::new();
    let mut evidence = Vec::new();
    for (key, problem) in [
        (
            "secure",
            "`secure: false` sends the session cookie over plain HTTP",
        ),
        (
            "httpOnly",
            "`httpOnly: false` lets page scripts read the session cookie",
        ),
    ] {
        if let Some(value) = object_property(cookie, src, key).map(unwrap)
            && value.kind() == "false"
            && !turned_on_later(src, key)
        {
            problems.push(problem);
            evidence.push(value);
        }
    }
    if problems.is_empty() {
        return;
    }
    let message = format!(
        "The session cookie configured by {api} is weakened: {}.",
        join(&problems)
    );
    let finding = cx.report(evidence[0], message);
    for extra in &evidence[1..] {
        finding.related(*extra);
    }
    finding.related(call);
}

fn join(parts: &[&str]) -> String {
    match parts {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{}; {last}", init.join("; ")),
    }
}

/// `cookieOptions`, `authCookieConfig`, `COOKIE_OPTS`: an object of cookie attributes shared
/// by the calls that set the session cookie.
fn names_cookie_options(name: &str) -> bool {
    let words = super::crypto_names::words(name);
    words.iter().any(|w| w == "cookie" || w == "cookies")
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "options" | "opts" | "config" | "settings" | "attributes" | "attrs"
            )
        })
        && !words
            .iter()
            .any(|w| w.contains("csrf") || w.contains("xsrf"))
}

/// `const cookieOptions = { httpOnly: true, secure: false }`, defined once and passed to
/// `res.cookie` elsewhere (often in another module).
fn check_options_declaration<'f>(cx: &mut CheckContext<'f>, declarator: Node<'f>) {
    let src = cx.src();
    let (Some(name), Some(value)) = (declarator.field("name"), declarator.field("value")) else {
        return;
    };
    let typed = declarator
        .field("type")
        .is_some_and(|t| text(t, src).contains("CookieOptions"));
    let value = unwrap(value);
    if name.kind() != "identifier"
        || value.kind() != "object"
        || !(typed || names_cookie_options(text(name, src)))
    {
        return;
    }
    let mut problems = Vec::new();
    let mut evidence = Vec::new();
    for (key, problem) in [
        ("secure", "`secure: false` sends the cookie over plain HTTP"),
        (
            "httpOnly",
            "`httpOnly: false` lets page scripts read the cookie",
        ),
    ] {
        if let Some(v) = object_property(value, src, key).map(unwrap)
            && v.kind() == "false"
        {
            problems.push(problem);
            evidence.push(v);
        }
    }
    if problems.is_empty() {
        return;
    }
    let message = format!(
        "The cookie options `{}` weaken every cookie set with them: {}.",
        text(name, src),
        join(&problems)
    );
    let finding = cx.report(evidence[0], message);
    finding.confidence(Confidence::Medium).related(declarator);
    for extra in &evidence[1..] {
        finding.related(*extra);
    }
}

/// The express-session documentation's pattern: `secure: false` in the options, then
/// `sess.cookie.secure = true` when running in production.
fn turned_on_later(src: &str, key: &str) -> bool {
    let compact: String = src.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains(&format!("cookie.{key}=true"))
}

/// Logging out: an empty value, or a cookie that expires at once.
fn clears_cookie(value: Node<'_>, options: Option<Node<'_>>, src: &str) -> bool {
    if string_value(value, src).is_some_and(|v| v.is_empty()) || unwrap(value).kind() == "null" {
        return true;
    }
    let Some(options) = options else {
        return false;
    };
    let max_age_zero = object_property(options, src, "maxAge")
        .map(|v| text(unwrap(v), src).trim_start_matches('-').to_string())
        .is_some_and(|v| v == "0" || v == "1");
    let expired = object_property(options, src, "expires")
        .map(|v| text(unwrap(v), src).replace(' ', ""))
        .is_some_and(|v| {
            v == "newDate(0)" || v == "newDate(1)" || v.starts_with("newDate(Date.now()-")
        });
    max_age_zero || expired
}
