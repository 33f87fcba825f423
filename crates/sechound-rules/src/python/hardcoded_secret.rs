use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::text;
use sechound_syntax::python::{callee_path, keyword_args, positional_args, string_value, unwrap};
use sechound_syntax::{Family, Node};

use super::secret_names::{
    Level, SecretKind, environment_branch, is_development_file, level, literal_secret,
    report_masked, secret_kind,
};

declare_rule! {
    /// ## What it finds
    /// A secret written into the source as a string literal:
    /// - module or class level assignments to secret names: `SECRET_KEY = "..."` (Django,
    ///   Flask config classes), `JWT_SECRET`, `*_SECRET`, `*_API_KEY`, `*_TOKEN`, `*_PASSWORD`,
    ///   including annotated settings fields (`jwt_secret: str = "changeme"`, pydantic
    ///   `BaseSettings`) and `Field("...")` defaults;
    /// - Flask's `app.config["SECRET_KEY"] = "..."`, `app.config.update(SECRET_KEY="...")`,
    ///   `app.config.from_mapping(SECRET_KEY="...")` and `app.secret_key = "..."`;
    /// - entries of upper-case settings dictionaries at module level
    ///   (`DATABASES = {"default": {"PASSWORD": "..."}}`) and of `app.config.update({...})`;
    /// - a literal key passed to `jwt.encode(payload, "...")` / `jwt.decode(token, "...")`.
    ///
    /// The value is masked in every output.
    ///
    /// ## Why it matters
    /// Everyone with the repository (and every copy of it) holds the secret. A leaked
    /// `SECRET_KEY` or JWT secret lets an attacker forge sessions, password-reset links and
    /// tokens for any user; it also cannot be rotated without a code change.
    ///
    /// ## Not reported
    /// Empty strings, sentences (messages), templates such as `"${JWT_SECRET}"` or
    /// `"<your-key>"`, values equal to the name (`PASSWORD = "password"`), internal key names
    /// starting with `_` (`SESSION_KEY = "_auth_user_id"`), names whose last word is something
    /// else (`TOKEN_URL`, `SECRET_KEY_FILE`, `PASSWORD_MIN_LENGTH`, `next_page_token`), token
    /// and API-key values that do not look issued (shorter than 12 characters or without a
    /// digit: `RESET_URL_TOKEN = "set-password"` is a marker), values read from the
    /// environment, local variables inside functions, lower-case data dictionaries, and files under
    /// `tests/` or named for development or tests (`settings_dev.py`, `local.py`,
    /// `conftest.py`). A literal assigned only in a branch for a non-production environment is
    /// reported by `py.secret-fallback` instead.
    ///
    /// ## Example
    /// ```python
    /// SECRET_KEY = "django-insecure-4f$k..."           # reported
    /// SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]     # fine
    /// ```
    pub struct HardcodedSecret {
        id: "py.hardcoded-secret",
        title: "Secret hard-coded in source",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "Anyone with access to the code can forge sessions and tokens or use the credential; rotating it needs a code change and a deploy.",
        recommendation: "Read the secret from the environment or a secret manager and fail at start-up when it is missing (for example `SECRET_KEY = os.environ[\"SECRET_KEY\"]`), then rotate the value that was committed.",
        verification: "Search the repository for the old value (it should be gone), start the app without the variable set and check that it refuses to start, and check that tokens signed with the old value are rejected.",
    }
}

impl CodeRule for HardcodedSecret {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["assignment", "call"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if is_development_file(&cx.file.path) {
            return;
        }
        match node.kind() {
            "assignment" => check_assignment(node, cx),
            _ => check_call(node, cx),
        }
    }
}

fn check_assignment<'f>(assignment: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    let (name, described) = match left.kind() {
        "identifier" => {
            let (at, _) = level(assignment);
            if at == Level::Function {
                return;
            }
            // DATABASES = {"default": {"PASSWORD": "..."}}: settings are upper-case module
            // names; a lower-case dict is data (`credentials = {"password": ...}` in a test).
            if unwrap(right).kind() == "dictionary" {
                let settings_name =
                    at == Level::Module && !text(left, src).chars().any(|c| c.is_ascii_lowercase());
                if !settings_name {
                    return;
                }
                check_mapping(unwrap(right), text(left, src), cx);
                return;
            }
            (
                text(left, src).to_string(),
                format!("`{}`", text(left, src)),
            )
        }
        // app.config["SECRET_KEY"] = "..."
        "subscript" => {
            let Some(key) = left.field("subscript").and_then(|k| string_value(k, src)) else {
                return;
            };
            let on_config = left
                .field("value")
                .is_some_and(|v| text(v, src).ends_with("config"));
            if !on_config {
                return;
            }
            (key, format!("`{}`", text(left, src)))
        }
        // app.secret_key = "..."
        "attribute" => {
            let Some(attribute) = left.field("attribute").map(|a| text(a, src)) else {
                return;
            };
            if attribute != "secret_key" {
                return;
            }
            (attribute.to_string(), format!("`{}`", text(left, src)))
        }
        _ => return,
    };
    let Some(kind) = secret_kind(&name) else {
        return;
    };
    // A literal picked only outside production is `py.secret-fallback`'s.
    if environment_branch(assignment, src).is_some() {
        return;
    }
    let value = field_default(right, src).unwrap_or(right);
    if literal_secret(value, src, &name, kind).is_none() {
        return;
    }
    report(cx, assignment, value, &described, kind);
}

/// `Field("changeme", env="JWT_SECRET")` / `Field(default="changeme")`: the literal default.
fn field_default<'f>(value: Node<'f>, src: &str) -> Option<Node<'f>> {
    let value = unwrap(value);
    if value.kind() != "call"
        || !callee_path(value, src).is_some_and(|p| p == "Field" || p.ends_with(".Field"))
    {
        return None;
    }
    sechound_syntax::python::keyword_arg(value, src, "default")
        .or_else(|| positional_args(value).first().copied())
}

fn check_call<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(path) = callee_path(call, src) else {
        return;
    };
    match path.rsplit('.').next().unwrap_or(&path) {
        // app.config.update(SECRET_KEY="..."), app.config.from_mapping(SECRET_KEY="dev")
        "update" | "from_mapping" if path.contains("config") => {
            let owner = format!("{path}(...)");
            check_keywords(call, &owner, cx);
            // app.config.update(dict(SECRET_KEY="...")) and app.config.update({...})
            for argument in positional_args(call) {
                let argument = unwrap(argument);
                match argument.kind() {
                    "dictionary" => check_mapping(argument, &owner, cx),
                    "call" if callee_path(argument, src).as_deref() == Some("dict") => {
                        check_keywords(argument, &owner, cx)
                    }
                    _ => {}
                }
            }
        }
        // jwt.encode(payload, "secret", algorithm="HS256"), jwt.decode(token, "secret", ...)
        "encode" | "decode" if path.starts_with("jwt.") || path.starts_with("jose.jwt.") => {
            let key = sechound_syntax::python::keyword_arg(call, src, "key")
                .or_else(|| positional_args(call).get(1).copied());
            if let Some(key) = key
                && literal_secret(key, src, "key", SecretKind::SigningKey).is_some()
            {
                let described = format!("The key passed to `{path}`");
                let finding = report_masked(
                    cx,
                    call,
                    format!("{described} is a string literal in the source."),
                );
                finding.mask(unwrap(key));
            }
        }
        _ => {}
    }
}

/// `KEY="..."` keyword arguments holding secrets.
fn check_keywords<'f>(call: Node<'f>, owner: &str, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    for (key, value) in keyword_args(call, src) {
        if let Some(kind) = secret_kind(key)
            && literal_secret(value, src, key, kind).is_some()
        {
            let described = format!("`{key}` in `{owner}`");
            let node = value.parent().unwrap_or(value);
            report(cx, node, value, &described, kind);
        }
    }
}

/// `"PASSWORD": "..."` entries of a settings dictionary, nested ones included.
fn check_mapping<'f>(mapping: Node<'f>, owner: &str, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let mut pairs = Vec::new();
    sechound_syntax::node::walk(mapping, |n| {
        if n.kind() == "pair" {
            pairs.push(n);
        }
        !matches!(
            n.kind(),
            "lambda" | "call" | "list_comprehension" | "dictionary_comprehension"
        ) || n == mapping
    });
    for pair in pairs {
        let (Some(key), Some(value)) = (
            pair.field("key").and_then(|k| string_value(k, src)),
            pair.field("value"),
        ) else {
            continue;
        };
        if let Some(kind) = secret_kind(&key)
            && literal_secret(value, src, &key, kind).is_some()
        {
            let described = format!("`{key}` in `{owner}`");
            report(cx, pair, value, &described, kind);
        }
    }
}

fn report<'f>(
    cx: &mut CheckContext<'f>,
    node: Node<'f>,
    value: Node<'f>,
    described: &str,
    kind: SecretKind,
) {
    let message = format!(
        "{described} holds a hard-coded {} (a string literal in the source).",
        kind.noun()
    );
    let finding = report_masked(cx, node, message);
    finding.mask(unwrap(value));
}
