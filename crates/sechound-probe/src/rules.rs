//! The `probe.*` rules: what each live check reports, with the documentation `sechound rules
//! explain` prints. The checks themselves live in `checks/`; a rule here is only its description.

use sechound_core::RuleMeta;

/// Declares one probe rule as a `RuleMeta` constant; the doc comment becomes its documentation.
macro_rules! probe_rule {
    (
        $(#[doc = $doc:literal])*
        $name:ident {
            id: $id:literal,
            title: $title:literal,
            severity: $severity:ident,
            confidence: $confidence:ident,
            area: $area:ident,
            cwe: [$($cwe:literal),* $(,)?],
            owasp: $owasp:ident,
            effort: $effort:ident,
            impact: $impact:literal,
            recommendation: $recommendation:literal,
            verification: $verification:literal $(,)?
        }
    ) => {
        pub const $name: RuleMeta = RuleMeta {
            id: $id,
            title: $title,
            severity: sechound_core::Severity::$severity,
            confidence: sechound_core::Confidence::$confidence,
            area: sechound_core::Area::$area,
            cwe: &[$($cwe),*],
            owasp: sechound_core::Owasp::$owasp,
            effort: sechound_core::Effort::$effort,
            impact: $impact,
            recommendation: $recommendation,
            verification: $verification,
            docs: concat!($($doc, "\n"),*),
            quiet_behind_role: false,
        };
    };
}

probe_rule! {
    /// ## What it finds
    /// An endpoint whose code requires authentication (a middleware, guard, dependency or
    /// decorator on its way) answered 2xx to a request that carried no credential at all.
    ///
    /// The code and the running service disagree: the control is not applied where the code
    /// suggests (mounted after the route, skipped for this method, switched off by
    /// configuration), or the route map read it wrongly. Either way the endpoint is open.
    ///
    /// ## What is not reported
    /// Endpoints the code leaves open or exempts; answers other than 2xx (a 404, 405 or 422
    /// says nothing about authentication); a 2xx that is the same page every unknown path
    /// returns.
    AUTH_REQUIRED_OPEN {
        id: "probe.auth-required-answers-open",
        title: "Endpoint the code protects answers without credentials",
        severity: High,
        confidence: High,
        area: Authentication,
        cwe: [306],
        owasp: A01,
        effort: Hours,
        impact: "Anyone who can reach the service can call an endpoint the code meant for signed-in users.",
        recommendation: "Find why the authentication control does not run for this route (order of middleware, method, path prefix, configuration) and apply it; add a test that calls the route without a token and expects 401.",
        verification: "Call the endpoint without credentials and expect 401 or 403; `sechound probe` shows it as rejected.",
    }
}

probe_rule! {
    /// ## What it finds
    /// An endpoint that refused a request without credentials accepted a token that no
    /// honest issuer signed: `alg: none` with an empty signature, an HS256 token signed with a
    /// random key, a token whose signature was removed, or a token that expired an hour ago.
    ///
    /// The first three mean the service does not verify signatures (decoding without
    /// verification, algorithms not pinned, a library that accepts `none`); the last means it
    /// does not check expiry.
    ///
    /// ## What is not reported
    /// Answers other than 2xx: a 404 or 422 after a forged token is listed in the endpoint's
    /// live column, not reported.
    FORGED_TOKEN_ACCEPTED {
        id: "probe.forged-token-accepted",
        title: "Endpoint accepts a forged or expired token",
        severity: Critical,
        confidence: High,
        area: Authentication,
        cwe: [347, 287],
        owasp: A07,
        effort: Hours,
        impact: "Anyone can mint a token the service accepts and act as any user, without knowing a password or a key.",
        recommendation: "Verify every token with the key and a pinned algorithm list (`jwt.verify(token, key, { algorithms: ['HS256'] })`, `jwt.decode(token, key, algorithms=[\"HS256\"])`), reject `none`, and check `exp`.",
        verification: "Run `sechound probe` again: the endpoint must answer 401 to each forged token.",
    }
}

probe_rule! {
    /// ## What it finds
    /// A token signed with a secret written in the repository (an `.env` file, a Compose
    /// default, a fallback in code such as `process.env.JWT_SECRET || 'dev-secret'`) was
    /// accepted by an endpoint that refused the same request without a token. The committed
    /// secret is the live signing key.
    ///
    /// The secret is never printed: the report names where it is written and shows it masked.
    ///
    /// ## What is not reported
    /// Secrets that the service refuses: those are reported by the static rules only, and the
    /// probe says they are not live.
    COMMITTED_SECRET_LIVE {
        id: "probe.committed-secret-live",
        title: "A secret committed to the repository signs tokens the service accepts",
        severity: Critical,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798, 321],
        owasp: A07,
        effort: Hours,
        impact: "Anyone with read access to the repository (or any copy of it) can sign tokens for any user and role.",
        recommendation: "Rotate the signing key now, set it only through the environment or a secrets manager, remove the committed value and the fallback, and make the service refuse to start without it.",
        verification: "Run `sechound probe` again: tokens signed with the committed value must be refused with 401.",
    }
}

probe_rule! {
    /// ## What it finds
    /// A token-refresh endpoint (a path segment containing `refresh`) answered 2xx to a
    /// well-formed refresh token signed with a random key, sent in the JSON body (`refresh_token`,
    /// `refreshToken`, `token`), the `Authorization` header and a `refresh_token` cookie.
    ///
    /// ## What is not reported
    /// A 400 or 422 (the request did not have the shape the endpoint wants) is inconclusive and
    /// listed in the probe's notes.
    REFRESH_ACCEPTS_FORGED {
        id: "probe.refresh-accepts-forged-token",
        title: "Refresh endpoint issues tokens for a refresh token with a wrong signature",
        severity: Critical,
        confidence: High,
        area: Authentication,
        cwe: [347],
        owasp: A07,
        effort: Hours,
        impact: "Anyone can turn a made-up refresh token into valid access tokens for any account.",
        recommendation: "Verify the refresh token's signature and expiry with a pinned algorithm, check it against its stored record (not revoked, not used), and rotate it on each use.",
        verification: "Send a refresh request with a token signed by another key and expect 401.",
    }
}

probe_rule! {
    /// ## What it finds
    /// A login or token endpoint answered every one of N wrong attempts (20 by default,
    /// `--login-attempts`) with a normal refusal (400, 401, 403) and never with 429, 423 or
    /// a lock-out message.
    ///
    /// ## What is not reported
    /// An endpoint that answered 404, 405, 415 or 422 to most attempts (the attempts were not
    /// processed as logins: inconclusive, noted); an endpoint that limited the attempts (noted as
    /// working).
    LOGIN_UNLIMITED {
        id: "probe.login-unlimited-attempts",
        title: "Login endpoint accepts repeated wrong attempts without limit",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [307],
        owasp: A07,
        effort: Minutes,
        impact: "Passwords can be guessed and stolen credential lists tried at full speed.",
        recommendation: "Limit attempts per IP and per account on the login endpoint (429 with `Retry-After`), and lock out or slow down after repeated failures.",
        verification: "Run `sechound probe` again: the login endpoint must answer 429 before the attempts run out.",
    }
}

probe_rule! {
    /// ## What it finds
    /// Prometheus metrics (sample lines, `# HELP`/`# TYPE`) answered without credentials, on
    /// `/metrics` or any GET endpoint of the route map. Judged by content: a 200 page that
    /// every unknown path returns is not reported.
    METRICS_EXPOSED {
        id: "probe.metrics-exposed",
        title: "Metrics answer without authentication",
        severity: Medium,
        confidence: High,
        area: Logging,
        cwe: [200],
        owasp: A01,
        effort: Minutes,
        impact: "Anyone can read internal counters, queue sizes, error rates, route names and sometimes labels with user data.",
        recommendation: "Serve metrics on a separate port or network the scraper alone reaches, or require a token for the metrics route.",
        verification: "Request `/metrics` without credentials from outside the monitoring network and expect 401, 403 or no route.",
    }
}

probe_rule! {
    /// ## What it finds
    /// An OpenAPI document or an interactive API documentation page (Swagger UI, ReDoc)
    /// answered without credentials. Judged by content.
    ///
    /// Low severity: public documentation is often deliberate. It maps every endpoint and
    /// parameter for an attacker, and the interactive page sends requests with the visitor's
    /// credentials.
    DOCS_EXPOSED {
        id: "probe.api-docs-exposed",
        title: "API documentation answers without authentication",
        severity: Low,
        confidence: High,
        area: ApiEndpoints,
        cwe: [200],
        owasp: A05,
        effort: Minutes,
        impact: "The full list of endpoints, parameters and models is public, including internal and administrative ones.",
        recommendation: "Switch the documentation off in production (`FastAPI(docs_url=None, openapi_url=None)`, no Swagger middleware) or put it behind authentication, unless the API is public by design.",
        verification: "Request `/docs` and `/openapi.json` without credentials and expect 401, 403 or 404.",
    }
}

probe_rule! {
    /// ## What it finds
    /// `/admin` (or an endpoint the route map calls administrative) answered 2xx without
    /// credentials with content that is neither a login form nor the page every unknown path
    /// returns.
    ///
    /// ## What is not reported
    /// An admin page that shows a login form, a redirect to a login page, a catch-all page.
    ADMIN_EXPOSED {
        id: "probe.admin-exposed",
        title: "Administration page answers without authentication",
        severity: High,
        confidence: Medium,
        area: Authorization,
        cwe: [306],
        owasp: A01,
        effort: Hours,
        impact: "Anyone can use the administration interface.",
        recommendation: "Require authentication and an administrator role for every administration route, and keep the interface off the public network where possible.",
        verification: "Request the page without credentials and expect 401, 403 or a redirect to the login page.",
    }
}

probe_rule! {
    /// ## What it finds
    /// `/.env` answered with environment-file content (several `NAME=value` lines), or
    /// `/.git/config` with a git configuration. The values are masked in the report.
    FILE_EXPOSED {
        id: "probe.sensitive-file-exposed",
        title: "Environment or git file served over HTTP",
        severity: Critical,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [538, 200],
        owasp: A05,
        effort: Minutes,
        impact: "Anyone can download the service's secrets (database passwords, signing keys, API keys) or its source history.",
        recommendation: "Serve only a dedicated public directory, never the project root; rotate every secret the file held.",
        verification: "Request `/.env` and `/.git/config` and expect 404.",
    }
}

probe_rule! {
    /// ## What it finds
    /// A debug endpoint (`/debug`, a route the map lists) answered with a stack trace, an
    /// interactive debugger, a profiler index or a framework debug page.
    DEBUG_EXPOSED {
        id: "probe.debug-endpoint-exposed",
        title: "Debug endpoint answers without authentication",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [489, 215],
        owasp: A05,
        effort: Minutes,
        impact: "Debug pages reveal code, configuration and internals, and some (Werkzeug's console) run code.",
        recommendation: "Remove debug endpoints and tooling from production builds, or bind them to localhost behind authentication.",
        verification: "Request the debug path and expect 404.",
    }
}

probe_rule! {
    /// ## What it finds
    /// An error response (a 5xx, or the answer to a malformed JSON body) that carries a stack
    /// trace or a framework debug page: Python tracebacks, Node.js and Java stack frames,
    /// Werkzeug, Django and Starlette debug pages.
    ERROR_DETAILS {
        id: "probe.error-details-exposed",
        title: "Error responses show stack traces or debug pages",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [209],
        owasp: A05,
        effort: Minutes,
        impact: "Every error hands callers file paths, library versions, code and sometimes configuration values that help plan an attack.",
        recommendation: "Turn debug mode off in production and return a generic error body; log the details on the server.",
        verification: "Send a malformed JSON body and request a failing endpoint; the answer must carry no stack frames.",
    }
}

probe_rule! {
    /// ## What it finds
    /// CORS answers that let another site read responses: the `Access-Control-Allow-Origin`
    /// header repeats an arbitrary origin (`https://sechound-probe.invalid`) or `null`.
    /// High with `Access-Control-Allow-Credentials: true` (any site can read what the user's
    /// cookies unlock), low without.
    ///
    /// ## What is not reported
    /// A fixed list of origins; `*` without credentials on responses that need none.
    CORS_REFLECTS_ORIGIN {
        id: "probe.cors-reflects-origin",
        title: "CORS reflects any origin",
        severity: High,
        confidence: High,
        area: ApiEndpoints,
        cwe: [942],
        owasp: A05,
        effort: Minutes,
        impact: "Any web page a signed-in user visits can call the API with the user's cookies and read the answers.",
        recommendation: "Allow a fixed list of trusted origins (`cors({ origin: ['https://app.example.com'], credentials: true })`, `allow_origins=[...]`); never reflect the request's origin or allow `null`.",
        verification: "Send `Origin: https://evil.example` and `Origin: null`; the answer must not repeat them in `Access-Control-Allow-Origin`.",
    }
}

probe_rule! {
    /// ## What it finds
    /// Responses missing security headers: `X-Content-Type-Options: nosniff` on every answer;
    /// for HTML pages also a `Content-Security-Policy` and frame protection (`X-Frame-Options`
    /// or `frame-ancestors`); over HTTPS, `Strict-Transport-Security`.
    ///
    /// A proxy in front of the service may add them in production: the probe sees the service
    /// as it was started.
    HEADERS_MISSING {
        id: "probe.missing-security-headers",
        title: "Security headers missing from responses",
        severity: Low,
        confidence: High,
        area: ApiEndpoints,
        cwe: [693],
        owasp: A05,
        effort: Minutes,
        impact: "Browsers apply none of the protections these headers switch on (MIME sniffing, framing, script sources, HTTPS only).",
        recommendation: "Set the headers in the application (`helmet()`, a Starlette/Django security middleware) or in the proxy that serves it.",
        verification: "Check the headers of a response with `curl -I` and expect each one.",
    }
}

probe_rule! {
    /// ## What it finds
    /// `X-Powered-By`, or a `Server` header with a version number.
    SERVER_BANNER {
        id: "probe.server-banner",
        title: "Responses name the framework or server version",
        severity: Low,
        confidence: High,
        area: ApiEndpoints,
        cwe: [200],
        owasp: A05,
        effort: Minutes,
        impact: "Attackers learn which framework and version to target without probing further.",
        recommendation: "Remove `X-Powered-By` (`app.disable('x-powered-by')`, `helmet()`) and the version from `Server`.",
        verification: "Check the response headers with `curl -I`.",
    }
}

probe_rule! {
    /// ## What it finds
    /// A `Set-Cookie` without `HttpOnly`, `Secure` or `SameSite`. Medium for cookies whose name
    /// says they hold a session or token, low for others. Over plain HTTP a missing `Secure` is
    /// reported too: a service that adds it only in production should say so in a waiver.
    INSECURE_COOKIE {
        id: "probe.insecure-cookie",
        title: "Cookie set without HttpOnly, Secure or SameSite",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [1004, 614, 1275],
        owasp: A05,
        effort: Minutes,
        impact: "Session cookies can be read by injected scripts, sent over plain HTTP or attached to cross-site requests.",
        recommendation: "Set `HttpOnly`, `Secure` and `SameSite=Lax` (or `Strict`) on session and token cookies.",
        verification: "Check the `Set-Cookie` header of the response that sets the cookie.",
    }
}

/// Every probe rule, for `sechound rules` and the SARIF rule table.
pub static ALL: &[&RuleMeta] = &[
    &AUTH_REQUIRED_OPEN,
    &FORGED_TOKEN_ACCEPTED,
    &COMMITTED_SECRET_LIVE,
    &REFRESH_ACCEPTS_FORGED,
    &LOGIN_UNLIMITED,
    &METRICS_EXPOSED,
    &DOCS_EXPOSED,
    &ADMIN_EXPOSED,
    &FILE_EXPOSED,
    &DEBUG_EXPOSED,
    &ERROR_DETAILS,
    &CORS_REFLECTS_ORIGIN,
    &HEADERS_MISSING,
    &SERVER_BANNER,
    &INSECURE_COOKIE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut ids: Vec<&str> = ALL.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
        for rule in ALL {
            assert!(rule.id.starts_with("probe."), "{}", rule.id);
            assert!(rule.docs.contains("## What it finds"), "{}", rule.id);
        }
    }
}
