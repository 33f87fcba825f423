//! Reading what came back: is this Prometheus text, an OpenAPI document, a login form, a stack
//! trace, an environment file? Exposure is judged by content, never by a status code alone, and
//! against the page a never-existing path returns.

use crate::client::Response;
use regex::Regex;
use std::sync::LazyLock;

/// A Prometheus sample line: `name{labels} value [timestamp]`.
static METRIC_SAMPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})?\s+[-+]?([0-9.]+([eE][-+]?[0-9]+)?|NaN|[-+]?Inf)(\s+-?[0-9]+)?$")
        .expect("valid regex")
});

/// Stack frames and debug pages of the common stacks. Each pattern also matches the escaped
/// forms a JSON body (`\n    at …`) or an HTML page (`&nbsp;at …`) carries.
static STACK_TRACES: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    [
        ("Python traceback", r"Traceback \(most recent call last\)"),
        (
            "Python stack frames",
            r#"File (&quot;|"|\\")[^"&\\]+\.py(&quot;|"|\\"), line \d+, in "#,
        ),
        (
            "Node.js stack frames",
            r"\bat [\w$.<>\[\] ]{1,120} \((?:/|[A-Za-z]:\\|node:|file:)[^()\s]*:\d+:\d+\)",
        ),
        (
            "Node.js stack frames",
            r"\bat (?:/|node:internal/)[^()\s]+:\d+:\d+",
        ),
        (
            "Java stack frames",
            r"\bat [a-z][\w$]*(\.[\w$<>]+)+\([\w$]+\.(java|kt|scala):\d+\)",
        ),
        ("Werkzeug debugger", r"Werkzeug Debugger|__debugger__"),
        (
            "Django debug page",
            r"You(&#x27;|')re seeing this error because you have <code>DEBUG = True</code>|Using the URLconf defined in",
        ),
        ("Ruby on Rails debug page", r"Action Controller: Exception caught"),
        ("PHP stack trace", r"Stack trace:\s*(<br />)?\s*#0 "),
        ("ASP.NET error page", r"Server Error in '/' Application|DeveloperExceptionPage"),
    ]
    .into_iter()
    .map(|(name, pattern)| (name, Regex::new(pattern).expect("valid regex")))
    .collect()
});

/// Debug tooling that is not an error page.
static DEBUG_TOOLS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    [
        ("Go pprof index", r"Types of profiles available"),
        ("Django Debug Toolbar", r"djDebug|djdt"),
        (
            "PHP info page",
            r"<title>phpinfo\(\)</title>|PHP Version \d",
        ),
        (
            "Spring Boot actuator index",
            r#""_links"\s*:\s*\{\s*"self".*"health""#,
        ),
        ("Express status monitor", r"express-status-monitor"),
    ]
    .into_iter()
    .map(|(name, pattern)| (name, Regex::new(pattern).expect("valid regex")))
    .collect()
});

static PASSWORD_INPUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<input[^>]*type\s*=\s*["']?password"#).expect("valid regex")
});

static ENV_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(export\s+)?[A-Za-z_][A-Za-z0-9_]*=\S*").expect("valid regex"));

/// True when `body` is Prometheus (or OpenMetrics) exposition text: `# HELP`/`# TYPE` lines,
/// or sample lines making up most of the body.
pub fn is_prometheus(response: &Response) -> bool {
    if response.is_html() || response.content_type().contains("json") {
        return false;
    }
    let lines: Vec<&str> = response
        .body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return false;
    }
    let typed = lines
        .iter()
        .any(|l| l.starts_with("# TYPE ") || l.starts_with("# HELP "));
    let samples = lines.iter().filter(|l| METRIC_SAMPLE.is_match(l)).count();
    let other = lines
        .iter()
        .filter(|l| !l.starts_with('#') && !METRIC_SAMPLE.is_match(l))
        .count();
    samples > 0 && (typed || other * 4 <= samples)
}

/// True for an OpenAPI (3.x) or Swagger (2.0) document.
pub fn is_openapi(response: &Response) -> bool {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&response.body) else {
        return false;
    };
    (value.get("openapi").is_some() || value.get("swagger").is_some())
        && value.get("paths").is_some_and(|p| p.is_object())
}

/// True for an interactive documentation page (Swagger UI, ReDoc, RapiDoc).
pub fn is_docs_page(response: &Response) -> bool {
    let body = &response.body;
    response.is_html()
        && (body.contains("swagger-ui")
            || body.contains("SwaggerUIBundle")
            || body.contains("<redoc")
            || body.contains("redoc.standalone")
            || body.contains("<rapi-doc"))
}

/// True for a page that asks for a password.
pub fn is_login_form(response: &Response) -> bool {
    PASSWORD_INPUT.is_match(&response.body)
}

/// The kind of stack trace or debug page in `body`, with the byte offset where it shows.
pub fn stack_trace(body: &str) -> Option<(&'static str, usize)> {
    STACK_TRACES
        .iter()
        .filter_map(|(name, pattern)| pattern.find(body).map(|m| (*name, m.start())))
        .min_by_key(|(_, at)| *at)
}

/// Debug tooling (profiler index, debug toolbar, phpinfo), with the byte offset.
pub fn debug_tool(body: &str) -> Option<(&'static str, usize)> {
    DEBUG_TOOLS
        .iter()
        .find_map(|(name, pattern)| pattern.find(body).map(|m| (*name, m.start())))
}

/// True for an environment file: several `NAME=value` lines, most of the non-comment lines.
pub fn is_env_file(response: &Response) -> bool {
    if response.is_html() || response.body.trim_start().starts_with('<') {
        return false;
    }
    let lines: Vec<&str> = response
        .body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let assignments = lines.iter().filter(|l| ENV_LINE.is_match(l)).count();
    assignments >= 2 && assignments * 4 >= lines.len() * 3
}

/// True for a git configuration file.
pub fn is_git_config(response: &Response) -> bool {
    response.body.contains("[core]") && response.body.contains("repositoryformatversion")
}

/// A redirect to a login page: 3xx whose `Location` names a login, sign-in or auth page.
pub fn redirects_to_login(response: &Response) -> bool {
    (300..400).contains(&response.status)
        && response.header("location").is_some_and(|location| {
            let l = location.to_ascii_lowercase();
            [
                "login", "signin", "sign-in", "sign_in", "auth", "sso", "oauth", "session",
            ]
            .iter()
            .any(|w| l.contains(w))
        })
}

/// True when the service refused the request for lack of (valid) credentials: 401, 403, or a
/// redirect to a login page.
pub fn is_rejection(response: &Response) -> bool {
    matches!(response.status, 401 | 403) || redirects_to_login(response)
}

/// What a never-existing path answered: when it is a 2xx, the service answers every path, and
/// a 2xx proves nothing until its content differs from this page.
#[derive(Debug, Clone)]
pub struct Baseline {
    pub status: Option<u16>,
    /// The path that was requested, so that pages echoing it compare equal.
    pub path: String,
    pub body: String,
    pub content_type: String,
}

impl Baseline {
    pub fn catch_all(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }

    /// True when `response` (to `path`) is the catch-all page: same status class and content
    /// type, and the same body once the requested paths are blanked out (or nearly the same
    /// length for pages that embed a nonce or a time).
    pub fn is_same_page(&self, path: &str, response: &Response) -> bool {
        if !self.catch_all() || !response.is_success() {
            return false;
        }
        if response.content_type() != self.content_type {
            return false;
        }
        let ours = blank(&self.body, &self.path);
        let theirs = blank(&response.body, path);
        if ours == theirs {
            return true;
        }
        let (a, b) = (ours.len() as f64, theirs.len() as f64);
        a > 200.0 && (a - b).abs() / a.max(b) < 0.02 && title(&ours) == title(&theirs)
    }
}

fn blank(body: &str, path: &str) -> String {
    let trimmed = path.trim_start_matches('/');
    let mut out = body.replace(path, "");
    if !trimmed.is_empty() {
        out = out.replace(trimmed, "");
    }
    out
}

fn title(body: &str) -> Option<&str> {
    let start = body.find("<title>")? + "<title>".len();
    let end = body[start..].find("</title>")? + start;
    Some(&body[start..end])
}

/// A short excerpt of `body` around byte `at`, for the report (masked by the caller).
pub fn excerpt_at(body: &str, at: usize, chars: usize) -> String {
    let mut start = at.saturating_sub(40).min(body.len());
    while !body.is_char_boundary(start) {
        start -= 1;
    }
    let piece: String = body[start..].chars().take(chars).collect();
    if start > 0 {
        format!("…{piece}")
    } else {
        piece
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, content_type: &str, body: &str) -> Response {
        Response {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.into(),
        }
    }

    #[test]
    fn prometheus_text_is_recognised_and_look_alikes_are_not() {
        let metrics = "# HELP http_requests_total Requests.\n# TYPE http_requests_total counter\nhttp_requests_total{method=\"get\",code=\"200\"} 1027 1395066363000\nprocess_cpu_seconds_total 12.47\n";
        assert!(is_prometheus(&response(
            200,
            "text/plain; version=0.0.4",
            metrics
        )));
        assert!(is_prometheus(&response(
            200,
            "text/plain",
            "jobs_failed_total 3\n"
        )));
        assert!(!is_prometheus(&response(200, "text/plain", "OK\n")));
        assert!(!is_prometheus(&response(
            200,
            "text/html",
            "<html>metrics 3</html>"
        )));
        assert!(!is_prometheus(&response(
            200,
            "text/plain",
            "Welcome to the service\nuptime 3\nSee the docs for more\nand more words here\nlast line\n"
        )));
    }

    #[test]
    fn documents_login_forms_and_files() {
        assert!(is_openapi(&response(
            200,
            "application/json",
            r#"{"openapi":"3.1.0","info":{},"paths":{"/a":{}}}"#
        )));
        assert!(!is_openapi(&response(
            200,
            "application/json",
            r#"{"openapi":"x"}"#
        )));
        assert!(is_docs_page(&response(
            200,
            "text/html",
            "<div id=\"swagger-ui\"></div><script>SwaggerUIBundle({})</script>"
        )));
        assert!(is_login_form(&response(
            200,
            "text/html",
            "<form><input name=u><input type=\"password\" name=p></form>"
        )));
        assert!(is_env_file(&response(
            200,
            "application/octet-stream",
            "# comment\nNODE_ENV=production\nJWT_SECRET=abc\n"
        )));
        assert!(!is_env_file(&response(
            200,
            "text/html",
            "<html>A=B\nC=D</html>"
        )));
        assert!(is_git_config(&response(
            200,
            "text/plain",
            "[core]\n\trepositoryformatversion = 0\n"
        )));
    }

    #[test]
    fn stack_traces_of_each_stack_raw_escaped_and_in_html() {
        let cases = [
            "Traceback (most recent call last):\n  File \"/app/main.py\", line 3, in <module>",
            r#"{"error":"x","stack":"Error: x\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)"}"#,
            "Error: x<br> &nbsp; &nbsp;at next (/app/node_modules/express/lib/router/route.js:149:13)",
            "java.lang.NullPointerException\n\tat com.example.Foo.bar(Foo.java:42)",
            "<title>TypeError // Werkzeug Debugger</title>",
            "You're seeing this error because you have <code>DEBUG = True</code> in your Django settings",
        ];
        for case in cases {
            assert!(stack_trace(case).is_some(), "{case}");
        }
        for quiet in [
            r#"{"detail":"Not Found"}"#,
            "Meet us at the office (room 4:12:30)",
            "Internal Server Error",
            r#"{"error":"invalid token"}"#,
        ] {
            assert!(stack_trace(quiet).is_none(), "{quiet}");
        }
    }

    #[test]
    fn a_catch_all_page_matches_itself_under_another_path() {
        let page = "<html><title>App</title><body>Not here: /sechound-probe-1234</body></html>";
        let baseline = Baseline {
            status: Some(200),
            path: "/sechound-probe-1234".into(),
            body: page.into(),
            content_type: "text/html".into(),
        };
        assert!(baseline.is_same_page(
            "/metrics",
            &response(
                200,
                "text/html",
                "<html><title>App</title><body>Not here: /metrics</body></html>"
            )
        ));
        assert!(!baseline.is_same_page(
            "/metrics",
            &response(200, "text/plain", "jobs_failed_total 3\n")
        ));
        let no_catch_all = Baseline {
            status: Some(404),
            ..baseline
        };
        assert!(!no_catch_all.is_same_page("/x", &response(200, "text/html", page)));
    }

    #[test]
    fn rejections_include_redirects_to_login() {
        let mut redirect = response(302, "text/plain", "");
        redirect
            .headers
            .push(("location".into(), "/accounts/login/?next=/admin/".into()));
        assert!(is_rejection(&redirect));
        let mut elsewhere = response(302, "text/plain", "");
        elsewhere.headers.push(("location".into(), "/home".into()));
        assert!(!is_rejection(&elsewhere));
        assert!(is_rejection(&response(401, "application/json", "{}")));
        assert!(!is_rejection(&response(404, "application/json", "{}")));
    }
}
