use super::token_names::words;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::node::{NodeExt, named_children, text};
use sechound_syntax::python::{keyword_arg, method_name, positional_args, string_value, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Cookies sent without the attributes that keep them off plain HTTP and out of scripts:
    /// - `response.set_cookie(..., secure=False)` (Flask, Werkzeug, Django, Starlette): medium
    ///   for a session or token cookie (its name says `session`, `token`, `auth`, `jwt`,
    ///   `remember`...), low for other cookies, since the code turns the protection off on
    ///   purpose;
    /// - `httponly=False` on a session or token cookie, or no `httponly` at all (Flask,
    ///   Werkzeug, Starlette and Django default it to off, so `set_cookie("access_token", jwt)`
    ///   hands the token to any script on the page) (medium);
    /// - the framework settings turned off: Django `SESSION_COOKIE_SECURE = False`,
    ///   `CSRF_COOKIE_SECURE = False`, `SESSION_COOKIE_HTTPONLY = False` in a settings module,
    ///   and Flask `app.config["SESSION_COOKIE_SECURE"] = False` /
    ///   `SESSION_COOKIE_HTTPONLY = False`.
    ///
    /// ## Why it matters
    /// A cookie without `Secure` is sent in clear text on any HTTP request to the site, where a
    /// network attacker reads it; a session cookie readable from JavaScript turns any XSS into
    /// account takeover.
    ///
    /// ## Not reported
    /// `set_cookie` without a `secure` argument (the attribute is often set by a proxy or the
    /// framework's settings), `secure=settings.X` and other values taken from configuration,
    /// and cookies being deleted.
    ///
    /// ## Example
    /// ```python
    /// resp.set_cookie("session", token, secure=False)                 # reported
    /// resp.set_cookie("session", token, secure=True, httponly=True)   # fine
    /// ```
    pub struct InsecureCookie {
        id: "py.insecure-cookie",
        title: "Cookie sent without Secure or HttpOnly",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [614, 1004],
        owasp: A05,
        effort: Minutes,
        impact: "The cookie travels in clear text over HTTP, or page scripts can read it: a network attacker or an XSS bug takes the session.",
        recommendation: "Set `secure=True, httponly=True, samesite=\"Lax\"` on session and token cookies (`SESSION_COOKIE_SECURE = True` and `SESSION_COOKIE_HTTPONLY = True` in Django or Flask settings); allow plain HTTP only in development, from configuration.",
        verification: "Log in over HTTPS and check the `Set-Cookie` header of the session cookie carries `Secure` and `HttpOnly`.",
    }
}

const SETTINGS: &[(&str, &str)] = &[
    (
        "SESSION_COOKIE_SECURE",
        "session cookie is sent over plain HTTP too",
    ),
    (
        "CSRF_COOKIE_SECURE",
        "CSRF cookie is sent over plain HTTP too",
    ),
    (
        "SESSION_COOKIE_HTTPONLY",
        "session cookie is readable from page scripts",
    ),
    (
        "REMEMBER_COOKIE_SECURE",
        "remember-me cookie is sent over plain HTTP too",
    ),
    (
        "REMEMBER_COOKIE_HTTPONLY",
        "remember-me cookie is readable from page scripts",
    ),
];

impl CodeRule for InsecureCookie {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "assignment"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        match node.kind() {
            "call" => check_set_cookie(cx, node),
            _ => check_setting(cx, node),
        }
    }
}

fn check_set_cookie<'f>(cx: &mut CheckContext<'f>, call: Node<'f>) {
    let src = cx.src();
    if method_name(call, src) != Some("set_cookie") {
        return;
    }
    let is_false = |name: &str| {
        keyword_arg(call, src, name).is_some_and(|v| matches!(unwrap(v).kind(), "false"))
    };
    let name_node = positional_args(call)
        .first()
        .copied()
        .or_else(|| keyword_arg(call, src, "key"));
    let name = name_node
        .map(|n| string_value(n, src).unwrap_or_else(|| text(unwrap(n), src).to_string()))
        .unwrap_or_default();
    let auth = auth_cookie(&name);
    let insecure = is_false("secure");
    // Flask, Werkzeug, Starlette and Django all default `httponly` to off: a token cookie set
    // without it is readable from page scripts. Deleting a cookie (an empty value, an expiry
    // of 0) and options spread from elsewhere (`**cookie_options`) are not judged.
    let splat = call.field("arguments").is_some_and(|a| {
        named_children(a)
            .iter()
            .any(|c| c.kind() == "dictionary_splat")
    });
    let deleting = positional_args(call)
        .get(1)
        .or(keyword_arg(call, src, "value").as_ref())
        .is_some_and(|v| string_value(*v, src).is_some_and(|s| s.is_empty()))
        || ["expires", "max_age"]
            .iter()
            .any(|k| keyword_arg(call, src, k).is_some_and(|v| text(unwrap(v), src) == "0"));
    let httponly_missing =
        auth && keyword_arg(call, src, "httponly").is_none() && !splat && !deleting;
    let readable = (auth && is_false("httponly")) || httponly_missing;
    if !insecure && !readable {
        return;
    }
    let script_part = if httponly_missing {
        "no `httponly=True` leaves it readable from page scripts (the framework's default is off)"
    } else {
        "`httponly=False` lets page scripts read it"
    };
    let what = match (insecure, readable) {
        (true, true) => format!("`secure=False` sends it over plain HTTP and {script_part}"),
        (true, false) => {
            "`secure=False` sends it over plain HTTP too, where the network reads it".to_string()
        }
        _ => script_part.to_string(),
    };
    let kind = if auth {
        "session or token cookie"
    } else {
        "cookie"
    };
    let message = format!("`set_cookie` sets the {kind} `{name}`: {what}.");
    let finding = cx.report(call, message);
    if !auth {
        finding.severity(Severity::Low);
    }
}

/// `SESSION_COOKIE_SECURE = False` (Django settings) or `app.config["SESSION_COOKIE_SECURE"] =
/// False` (Flask).
fn check_setting<'f>(cx: &mut CheckContext<'f>, assignment: Node<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    if unwrap(right).kind() != "false" {
        return;
    }
    let key = match left.kind() {
        "identifier" => text(left, src).to_string(),
        "subscript" => left
            .field("subscript")
            .and_then(|s| string_value(s, src))
            .unwrap_or_default(),
        _ => return,
    };
    let Some((_, what)) = SETTINGS.iter().find(|(k, _)| *k == key) else {
        return;
    };
    // Django's own defaults file states the defaults; projects override them.
    if cx.in_test_file()
        || super::secret_names::is_development_file(&cx.file.path)
        || cx.file.path.ends_with("global_settings.py")
    {
        return;
    }
    let message = format!("`{key} = False`: the {what}.");
    cx.report(assignment, message);
}

/// A cookie name that holds a session or credential (CSRF cookies are meant to be read).
fn auth_cookie(name: &str) -> bool {
    let words = words(name);
    if words
        .iter()
        .any(|w| w.contains("csrf") || w.contains("xsrf"))
    {
        return false;
    }
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "session"
                | "sess"
                | "sid"
                | "sessionid"
                | "jwt"
                | "auth"
                | "token"
                | "refresh"
                | "access"
                | "remember"
                | "bearer"
                | "login"
        ) || w.ends_with("token")
            || w.ends_with("session")
            || w.starts_with("remember")
    })
}
