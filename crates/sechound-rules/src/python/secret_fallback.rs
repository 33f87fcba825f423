use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::python::{callee_path, unwrap};
use sechound_syntax::{Family, Node};

use super::secret_names::{
    Level, SecretKind, env_lookup, environment_branch, is_development_file, level, literal_secret,
    report_masked, secret_kind,
};

declare_rule! {
    /// ## What it finds
    /// A secret that silently takes a value from the source when configuration is missing:
    /// - an environment lookup with a literal default: `os.getenv("JWT_SECRET", "dev")`,
    ///   `os.environ.get("SECRET_KEY", "...")`, `config("SECRET_KEY", default="...")`
    ///   (python-decouple), `env("SECRET_KEY", default="...")` (django-environ), or
    ///   `os.getenv("JWT_SECRET") or "dev"`;
    /// - a literal secret assigned in a branch that runs outside production
    ///   (`if ENV != "production": SECRET_KEY = "dev"`, the `else` of `if DEBUG:` ...), or
    ///   returned there by a secret-named function (`def get_jwt_secret(): ... return "dev"`);
    /// - a variable read from the environment and replaced when empty
    ///   (`secret = os.getenv("JWT_SECRET")` then `if not secret: secret = "dev"`);
    /// - a secret generated at start-up when none is configured
    ///   (`os.getenv("SECRET_KEY") or secrets.token_urlsafe(32)`, a settings field
    ///   `SECRET_KEY: str = secrets.token_urlsafe(32)`, Flask's `app.secret_key = os.urandom(24)`).
    ///
    /// When `jwt.encode()`/`jwt.decode()` use such a key from another module (a settings class
    /// or config module), the finding at the definition lists each of those calls as a place the
    /// key takes effect; if the definition has no finding of its own, the first call reports it
    /// and cites the definition.
    ///
    /// Severity: high for signing keys (`SECRET_KEY`, `*_SECRET`, JWT keys) with a literal
    /// fallback, medium for other credentials and for literals chosen by an environment check,
    /// low for a generated fallback. Values are masked.
    ///
    /// ## Why it matters
    /// The fallback is what runs when the variable is missing or the environment name is wrong
    /// in a deployment, and nothing fails: the service starts signing tokens with a value that
    /// is in the repository, so anyone can forge them. A generated fallback is not guessable
    /// but changes on every restart and differs between workers, logging users out at random
    /// and hiding the missing configuration.
    ///
    /// ## Not reported
    /// Lookups without a default or with an empty one, non-secret names (`PORT`, `LOG_LEVEL`),
    /// files under `tests/` or named for development or tests.
    ///
    /// ## Example
    /// ```python
    /// JWT_SECRET = os.getenv("JWT_SECRET", "dev-secret")   # reported
    /// JWT_SECRET = os.environ["JWT_SECRET"]                # fine: fails fast when unset
    /// ```
    pub struct SecretFallback {
        id: "py.secret-fallback",
        title: "Secret falls back to a value in the code",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [1188, 798],
        owasp: A05,
        effort: Minutes,
        impact: "A deployment with a missing or misnamed variable runs with a secret that is in the repository, so tokens and sessions can be forged without any error being raised.",
        recommendation: "Drop the default and fail at start-up when the secret is missing (`NAME = os.environ[\"NAME\"]`, or a pydantic settings field without a default); keep development values in a local `.env` file that is not committed.",
        verification: "Start the service without the variable set (and with the environment name misspelled) and check that it refuses to start instead of running with a default secret.",
    }
}

impl CodeRule for SecretFallback {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "boolean_operator", "assignment", "return_statement"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if is_development_file(&cx.file.path) {
            return;
        }
        match node.kind() {
            "call" => {
                check_lookup(node, cx);
                check_signing_key(node, cx);
            }
            "boolean_operator" => check_or(node, cx),
            "return_statement" => check_return(node, cx),
            _ => check_branch_assignment(node, cx),
        }
    }
}

/// Functions that produce a fresh random secret.
fn is_generated(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    node.kind() == "call"
        && callee_path(node, src).is_some_and(|p| {
            matches!(
                p.rsplit('.').next().unwrap_or(&p),
                "token_urlsafe"
                    | "token_hex"
                    | "token_bytes"
                    | "urandom"
                    | "uuid4"
                    | "get_random_secret_key"
                    | "get_random_string"
                    | "generate_key"
            )
        })
}

/// The secret name for a lookup: the variable read, else the name it is assigned to.
fn secret_for<'f>(node: Node<'f>, var: &str, src: &str) -> Option<(String, SecretKind)> {
    if let Some(kind) = secret_kind(var) {
        return Some((var.to_string(), kind));
    }
    let mut current = node.parent();
    while let Some(n) = current {
        match n.kind() {
            "assignment" => {
                let left = n.field("left")?;
                let name = match left.kind() {
                    "identifier" => text(left, src).to_string(),
                    "attribute" => text(left.field("attribute")?, src).to_string(),
                    _ => return None,
                };
                return secret_kind(&name).map(|k| (name, k));
            }
            "boolean_operator"
            | "parenthesized_expression"
            | "call"
            | "argument_list"
            | "attribute" => current = n.parent(),
            _ => return None,
        }
    }
    None
}

fn check_lookup<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some((var, Some(default))) = env_lookup(call, src) else {
        return;
    };
    let Some((_, kind)) = secret_for(call, &var, src) else {
        return;
    };
    if is_generated(default, src) {
        report_generated(cx, call, &var);
    } else if literal_secret(default, src, &var, kind).is_some() {
        report_literal(cx, call, default, &var, kind);
    }
}

/// `os.getenv("JWT_SECRET") or "dev"`, `os.getenv("SECRET_KEY") or secrets.token_hex()`.
fn check_or<'f>(node: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    if node.field("operator").is_none_or(|o| text(o, src) != "or") {
        return;
    }
    let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
        return;
    };
    let Some((var, default)) = env_lookup(left, src) else {
        return;
    };
    // With its own default the lookup is reported on its own.
    if default.is_some() {
        return;
    }
    let Some((_, kind)) = secret_for(node, &var, src) else {
        return;
    };
    if is_generated(right, src) {
        report_generated(cx, node, &var);
    } else if literal_secret(right, src, &var, kind).is_some() {
        report_literal(cx, node, right, &var, kind);
    }
}

fn report_literal<'f>(
    cx: &mut CheckContext<'f>,
    node: Node<'f>,
    default: Node<'f>,
    var: &str,
    kind: SecretKind,
) {
    let message = format!(
        "`{var}` falls back to a {} written in the code when the variable is unset.",
        kind.noun()
    );
    let finding = report_masked(cx, node, message);
    finding.mask(unwrap(default)).about_secret(
        var,
        format!(
            "Drop the default for `{var}` and fail at start-up when it is missing: `{var} = os.environ[\"{var}\"]`, or a pydantic settings field without a default; keep development values in a local `.env` file that is not committed."
        ),
    );
    if kind == SecretKind::SigningKey {
        finding.severity(Severity::High);
    }
}

fn report_generated<'f>(cx: &mut CheckContext<'f>, node: Node<'f>, var: &str) {
    let message = format!(
        "`{var}` falls back to a random value generated at start-up: it changes on every restart, differs between workers, and hides the missing configuration."
    );
    let finding = report_masked(cx, node, message);
    finding
        .severity(Severity::Low)
        .confidence(Confidence::Medium);
}

/// `if ENV != "production": SECRET_KEY = "dev"`.
fn check_branch_assignment<'f>(assignment: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    let name = match left.kind() {
        "identifier" => text(left, src),
        "attribute" => match left.field("attribute") {
            Some(a) => text(a, src),
            None => return,
        },
        _ => return,
    };
    let Some(kind) = secret_kind(name) else {
        return;
    };
    if left.kind() == "identifier"
        && let Some(var) = unset_branch(assignment, name, src)
    {
        if is_generated(right, src) {
            report_generated(cx, assignment, &var);
        } else if literal_secret(right, src, name, kind).is_some() {
            report_literal(cx, assignment, right, &var, kind);
        }
        return;
    }
    let Some(branch) = environment_branch(assignment, src) else {
        // `SECRET_KEY: str = secrets.token_urlsafe(32)` (a settings default),
        // `app.secret_key = os.urandom(24)`: a new key on every start.
        let at = level(assignment).0;
        if is_generated(right, src) && at != Level::Function {
            let when = if at == Level::Class {
                " unless the environment sets it"
            } else {
                ""
            };
            let message = format!(
                "`{}` is generated at start-up{when}: it changes on every restart and differs between workers, so sessions and tokens break and a missing setting goes unnoticed.",
                text(left, src)
            );
            let finding = report_masked(cx, assignment, message);
            finding
                .severity(Severity::Low)
                .confidence(Confidence::Medium);
        }
        return;
    };
    let condition = branch
        .field("condition")
        .map(|c| sechound_syntax::node::short_text(c, src, 50))
        .unwrap_or_default();
    if is_generated(right, src) {
        let message = format!(
            "`{name}` is set to a random value generated at start-up under `if {condition}`: it changes on every restart and differs between workers."
        );
        let finding = report_masked(cx, assignment, message);
        finding
            .severity(Severity::Low)
            .confidence(Confidence::Medium);
    } else if literal_secret(right, src, name, kind).is_some() {
        let message = format!(
            "`{name}` gets a {} written in the code under `if {condition}`; a deployment with the wrong environment setting runs with it.",
            kind.noun()
        );
        let finding = report_masked(cx, assignment, message);
        finding.mask(unwrap(right));
    }
}

/// `secret = os.getenv("JWT_SECRET")` then `if not secret: secret = "dev"`: the environment
/// variable read into `name` when `assignment` sits in an `if` that tests `name`.
fn unset_branch(assignment: Node<'_>, name: &str, src: &str) -> Option<String> {
    let mut current = assignment.parent();
    let mut tested = false;
    while let Some(n) = current {
        if matches!(
            n.kind(),
            "function_definition" | "class_definition" | "module"
        ) {
            break;
        }
        if n.kind() == "if_statement"
            && let Some(condition) = n.field("condition")
        {
            walk(condition, |c| {
                tested |= c.kind() == "identifier" && text(c, src) == name;
                true
            });
        }
        current = n.parent();
    }
    let scope = current?;
    if !tested {
        return None;
    }
    let mut var = None;
    walk(scope, |n| {
        if var.is_none()
            && n.kind() == "assignment"
            && n.end_byte() <= assignment.start_byte()
            && n.field("left").is_some_and(|l| text(l, src) == name)
            && let Some(right) = n.field("right")
            && let Some((read, None)) = env_lookup(right, src)
        {
            var = Some(read);
        }
        var.is_none()
            && (n == scope || !matches!(n.kind(), "function_definition" | "class_definition"))
    });
    var
}

/// `def get_jwt_secret(): if ENV != "production": return "dev-secret"`.
fn check_return<'f>(statement: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(value) = statement.named_child(0) else {
        return;
    };
    let Some(function) = sechound_syntax::python::enclosing_function(statement) else {
        return;
    };
    let Some(name) = function.field("name").map(|n| text(n, src)) else {
        return;
    };
    let Some(kind) = secret_kind(name) else {
        return;
    };
    let Some(branch) = environment_branch(statement, src) else {
        return;
    };
    let condition = branch
        .field("condition")
        .map(|c| sechound_syntax::node::short_text(c, src, 50))
        .unwrap_or_default();
    if is_generated(value, src) {
        let message = format!(
            "`{name}()` returns a random value generated at run time under `if {condition}`: it changes on every restart and differs between workers."
        );
        let finding = report_masked(cx, statement, message);
        finding
            .severity(Severity::Low)
            .confidence(Confidence::Medium);
    } else if literal_secret(value, src, name, kind).is_some() {
        let message = format!(
            "`{name}()` returns a {} written in the code under `if {condition}`; a deployment with the wrong environment setting runs with it.",
            kind.noun()
        );
        let finding = report_masked(cx, statement, message);
        finding.mask(unwrap(value));
    }
}

/// `jwt.encode(payload, settings.SECRET_KEY)`, `jwt.decode(token, config.JWT_SECRET, …)`: a
/// signing key read from another module (a settings class, a config module) is judged here,
/// where it takes effect, once its value is resolved across files; the definition's own finding
/// folds into this one, which cites it.
fn check_signing_key<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let Some(path) = cx.qualified(call) else {
        return;
    };
    let context = match path.as_str() {
        "jwt.encode" | "jose.jwt.encode" => "`jwt.encode()` signs tokens",
        "jwt.decode" | "jose.jwt.decode" => "`jwt.decode()` accepts tokens signed",
        _ => return,
    };
    let key = sechound_syntax::python::keyword_arg(call, cx.src(), "key").or_else(|| {
        sechound_syntax::python::positional_args(call)
            .get(1)
            .copied()
    });
    let Some(key) = key else {
        return;
    };
    let api = context.split(' ').next().unwrap_or(context);
    crate::secrets::key_value::check_key(cx, call, key, api, context.to_string());
}
