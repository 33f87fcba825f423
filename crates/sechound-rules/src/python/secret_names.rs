//! Names and values shared by the Python configuration rules: which names hold secrets or
//! credentials, which string literals are real values rather than placeholders, where an
//! assignment sits (module, class or function), and which files are development settings.

use crate::{CheckContext, RawFinding};
use sechound_syntax::Node;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::python::{callee_path, keyword_arg, positional_args, string_value, unwrap};
use std::ops::Range;

/// What kind of credential a name holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SecretKind {
    /// A key that signs or encrypts (`SECRET_KEY`, `JWT_SECRET`, `SIGNING_KEY`).
    SigningKey,
    Password,
    /// API keys, access keys, tokens.
    Token,
}

impl SecretKind {
    pub(crate) fn noun(self) -> &'static str {
        match self {
            SecretKind::SigningKey => "secret key",
            SecretKind::Password => "password",
            SecretKind::Token => "credential",
        }
    }
}

pub(crate) use sechound_syntax::name_words as words;

/// Words before `key` that make it a credential (`api_key`, `private_key`), not a lookup key.
const KEY_QUALIFIERS: &[&str] = &[
    "api",
    "secret",
    "private",
    "signing",
    "sign",
    "encryption",
    "access",
    "master",
    "jwt",
    "hmac",
    "app",
    "auth",
    "client",
    "fernet",
    "crypt",
    "cipher",
    "aes",
    "webhook",
    "stripe",
    "openai",
];

/// First words that make a name a flag or a switch.
const FLAG_PREFIXES: &[&str] = &[
    "is", "has", "use", "show", "hide", "allow", "enable", "enabled", "require", "requires",
    "needs", "with", "no", "skip", "should",
];

/// Owners that make `pass` / `pwd` a password (`db_pass`, `SMTP_PWD`).
const ACCOUNT_WORDS: &[&str] = &[
    "db", "database", "user", "admin", "root", "smtp", "mail", "email", "ftp", "redis", "ldap",
    "proxy", "mysql", "postgres", "pg", "mongo", "rabbit", "amqp", "login", "account", "service",
    "app", "api", "sa", "my",
];

/// Tokens that are not credentials: pagination cursors, tokenizer markers, cancellation.
const NON_CREDENTIAL_TOKENS: &[&str] = &[
    "page",
    "next",
    "previous",
    "prev",
    "pagination",
    "continuation",
    "cursor",
    "sync",
    "max",
    "num",
    "eos",
    "bos",
    "pad",
    "unk",
    "sep",
    "cls",
    "mask",
    "start",
    "end",
    "cancellation",
    "cancel",
    "special",
    "lexer",
];

/// Classifies a variable, attribute, setting or environment-variable name by its last word(s):
/// `JWT_SECRET`, `SECRET_KEY`, `db_password`, `GITHUB_TOKEN`, `stripeApiKey`. Names whose last
/// word describes something else are not secrets: `TOKEN_URL`, `SECRET_KEY_FILE`,
/// `PASSWORD_MIN_LENGTH`, `token_type`, `ACCESS_TOKEN_EXPIRE_MINUTES`.
pub(crate) fn secret_kind(name: &str) -> Option<SecretKind> {
    let words = words(crate::secrets::patterns::without_numbering(name));
    let last = words.last()?.as_str();
    let before = words.len().checked_sub(2).map(|i| words[i].as_str());
    // `is_secret`, `show_password`: flags about a secret, not the secret.
    if words.len() > 1 && FLAG_PREFIXES.contains(&words[0].as_str()) {
        return None;
    }
    // `TEST_SECRET`, `EXAMPLE_API_KEY`, `fake_token`: declared stand-ins.
    if words.iter().any(|w| {
        matches!(
            w.as_str(),
            "test" | "example" | "dummy" | "fake" | "mock" | "sample"
        )
    }) {
        return None;
    }
    match last {
        "secret" => Some(SecretKind::SigningKey),
        "password" | "passwd" | "passphrase" => Some(SecretKind::Password),
        // `pwd` alone is usually the working directory, `first_pass` a loop stage.
        "pwd" | "pass" if before.is_some_and(|b| ACCOUNT_WORDS.contains(&b)) => {
            Some(SecretKind::Password)
        }
        "token" if before.is_some_and(|b| NON_CREDENTIAL_TOKENS.contains(&b)) => None,
        "token" => Some(SecretKind::Token),
        "apikey" | "secretkey" | "privatekey" => Some(SecretKind::Token),
        "key" => match before? {
            "secret" | "signing" | "sign" | "jwt" | "hmac" | "fernet" | "encryption" | "crypt"
            | "cipher" | "aes" => Some(SecretKind::SigningKey),
            q if KEY_QUALIFIERS.contains(&q) => Some(SecretKind::Token),
            _ => None,
        },
        _ => None,
    }
    .map(|kind| {
        // `SECRET_KEY` and `*_SECRET` sign things; a `*_SECRET_TOKEN` is still a token.
        if kind == SecretKind::Token && words.iter().any(|w| w == "jwt" || w == "signing") {
            SecretKind::SigningKey
        } else {
            kind
        }
    })
}

/// A string literal that looks like a real secret value: not empty, not a sentence, not a
/// template (`${JWT_SECRET}`, `{{ token }}`, `<your-key>`), not the name of the setting itself,
/// not an internal key name (`"_auth_user_id"`).
///
/// Signing keys and passwords count even as placeholders (`"changeme"`, `"dev-secret"`): the
/// application signs or logs in with whatever the literal is. Tokens and API keys count only
/// when the value looks issued (12+ characters with a digit), because `*_TOKEN` names often
/// hold session keys or markers (`RESET_TOKEN = "set-password"`).
pub(crate) fn literal_secret(
    value: Node<'_>,
    src: &str,
    name: &str,
    kind: SecretKind,
) -> Option<String> {
    let value = unwrap(value);
    if !matches!(value.kind(), "string" | "concatenated_string") {
        return None;
    }
    let literal = string_value(value, src)?;
    let trimmed = literal.trim();
    // Sentences are messages (`INVALID_TOKEN = "Invalid or expired token"`, `"Enter a
    // password"`); a short lower-case phrase can still be a key (Flask's old
    // `SECRET_KEY = "development key"`).
    let spaces = trimmed.chars().filter(|c| c.is_whitespace()).count();
    let phrase_allowed = kind == SecretKind::SigningKey
        && spaces <= 2
        && trimmed.starts_with(|c: char| c.is_ascii_lowercase())
        && !trimmed.ends_with(['.', '!', '?', ':']);
    if trimmed.len() < 3 || (spaces > 0 && !phrase_allowed) {
        return None;
    }
    if trimmed.contains("${")
        || trimmed.contains("{{")
        || (trimmed.starts_with('<') && trimmed.ends_with('>'))
    {
        return None;
    }
    // `PASSWORD = "password"`, `TOKEN = "token"`: a field or key name, not a value.
    let lower = trimmed.to_ascii_lowercase();
    let name_words = words(name);
    if name_words.contains(&lower) || lower.replace(['-', '_'], "") == name_words.concat() {
        return None;
    }
    if trimmed.starts_with('_') {
        return None;
    }
    // `"HEALTHCARE_SECRET"`: the name of an environment variable or setting, looked up later.
    if trimmed.contains('_')
        && trimmed
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        return None;
    }
    if kind == SecretKind::Token {
        // `"auth-token"` for `HEADER_TOKEN`: a marker that names what it stands for. A value
        // with digits among its words (`sk_live_51Hq…KeyValue…`) is issued, whatever it spells.
        let last = name_words.last().map(String::as_str).unwrap_or("");
        let value_words = words(trimmed);
        let marker_like = value_words.len() <= 4
            && value_words
                .iter()
                .all(|w| w.len() <= 3 || w.chars().all(|c| c.is_ascii_alphabetic()));
        if marker_like && value_words.iter().any(|w| w == last) {
            return None;
        }
    }
    if kind == SecretKind::Token
        && (trimmed.len() < 12 || !trimmed.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some(literal)
}

/// True for literal values a reviewer reads as "on": `True`, `1`, `"true"`, `"1"`, `"yes"`, `"on"`.
pub(crate) fn truthy_literal(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    match node.kind() {
        "true" => true,
        "integer" => text(node, src) != "0",
        "string" => string_value(node, src).is_some_and(|v| {
            matches!(
                v.trim().to_ascii_lowercase().as_str(),
                "true" | "1" | "yes" | "on" | "t" | "y"
            )
        }),
        _ => false,
    }
}

/// Where an assignment statement sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    Module,
    /// In a class body; the node is the `class_definition`.
    Class,
    Function,
}

/// The level of `node`, looking through `if`/`try`/`with` blocks; for class level, the class.
pub(crate) fn level(node: Node<'_>) -> (Level, Option<Node<'_>>) {
    let mut current = node.parent();
    while let Some(n) = current {
        match n.kind() {
            "module" => return (Level::Module, None),
            "class_definition" => return (Level::Class, Some(n)),
            "function_definition" | "lambda" => return (Level::Function, Some(n)),
            _ => current = n.parent(),
        }
    }
    (Level::Module, None)
}

/// The name `env_lookup` reads and its default: `os.getenv("X", d)`, `os.environ.get("X", d)`,
/// `config("X", default=d)` (python-decouple), `env("X", default=d)` / `env.str("X", d)`
/// (django-environ).
pub(crate) fn env_lookup<'t>(node: Node<'t>, src: &str) -> Option<(String, Option<Node<'t>>)> {
    let node = unwrap(node);
    if let Some(read) = sechound_syntax::python::env_read(node, src) {
        return Some(read);
    }
    if node.kind() != "call" {
        return None;
    }
    let path = callee_path(node, src)?;
    let is_config_reader = matches!(
        path.as_str(),
        "config"
            | "decouple.config"
            | "env"
            | "environ.get"
            | "env.str"
            | "env.bool"
            | "env.get_value"
    );
    if !is_config_reader {
        return None;
    }
    let positional = positional_args(node);
    let name = string_value(*positional.first()?, src)?;
    let default = keyword_arg(node, src, "default").or_else(|| positional.get(1).copied());
    Some((name, default))
}

/// Words in an `if` condition that gate code on the deployment environment.
const ENVIRONMENT_WORDS: &[&str] = &[
    "production",
    "prod",
    "development",
    "dev",
    "debug",
    "local",
    "testing",
    "staging",
    "env",
    "environment",
];

/// True when `node` sits in the branch of `if_statement` that runs in production:
/// the body of `if ENV == "production":` or `if not DEBUG:`, the `else` of `if DEBUG:` or
/// `if ENV != "production":`.
fn production_side(if_statement: Node<'_>, condition: Node<'_>, node: Node<'_>, src: &str) -> bool {
    let in_body = if_statement
        .field("consequence")
        .is_some_and(|body| sechound_syntax::node::contains(body, node));
    let condition_text = text(condition, src).to_ascii_lowercase();
    let negated = condition_text.contains("!=")
        || condition_text.contains("not ")
        || condition_text.starts_with("not");
    let names_production = words(&condition_text)
        .iter()
        .any(|w| w == "prod" || w == "production");
    // `if ENV == "production"` is true in production; `if DEBUG` / `if ENV == "dev"` is not.
    let true_in_production = names_production != negated;
    in_body == true_in_production
}

/// The `if` whose non-production branch holds `node`, when its condition tests the deployment
/// environment (`if ENV != "production":`, `if settings.DEBUG:`, the `else` of
/// `if ENV == "prod":`).
pub(crate) fn environment_branch<'t>(node: Node<'t>, src: &str) -> Option<Node<'t>> {
    let mut current = node.parent();
    while let Some(n) = current {
        if matches!(
            n.kind(),
            "function_definition" | "class_definition" | "module"
        ) {
            return None;
        }
        if n.kind() == "if_statement"
            && let Some(condition) = n.field("condition")
            && !sechound_syntax::node::contains(condition, node)
        {
            let condition_words = words(text(condition, src));
            if condition_words
                .iter()
                .any(|w| ENVIRONMENT_WORDS.contains(&w.as_str()))
            {
                // The production side of the test is not a fallback: it ships.
                return (!production_side(n, condition, node, src)).then_some(n);
            }
        }
        current = n.parent();
    }
    None
}

/// Files that are not deployed as they are: development, local or test settings and templates
/// to copy (`settings_dev.py`, `settings/local.py`, `development.py`, `conftest.py`,
/// `tests/...`, `settings_example.py`, `config.sample.py`), where debug switches, wildcards and
/// placeholder secrets are expected.
pub(crate) fn is_development_file(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let file = lower.rsplit('/').next().unwrap_or(&lower);
    let stem = file.strip_suffix(".py").unwrap_or(file);
    let stem_words = words(stem);
    let dev_word = stem_words.iter().any(|w| {
        matches!(
            w.as_str(),
            "dev"
                | "development"
                | "local"
                | "test"
                | "tests"
                | "testing"
                | "conftest"
                | "ci"
                | "example"
                | "sample"
        )
    });
    let test_dir = lower
        .split('/')
        .any(|segment| matches!(segment, "tests" | "test" | "testing"));
    dev_word || test_dir
}

/// Reports at `node` with every secret-looking literal of the file masked, not only the one the
/// finding is about: the quoted context lines may hold a neighbouring `PASSWORD = "..."`.
///
/// The file's literals are found once per file. The engine masks the secrets of every finding of
/// a file in every quote from that file, so the whole list travels with the first finding only;
/// each later one carries the literals on and around its own lines (for its fingerprint). Handing
/// every finding the whole list made a file of N secrets cost N² in time and memory.
pub(crate) fn report_masked<'a, 'f>(
    cx: &'a mut CheckContext<'f>,
    node: Node<'_>,
    message: impl Into<String>,
) -> &'a mut RawFinding {
    let literals = cx.derived(|| SecretLiterals::of(cx.file.tree.root_node(), cx.src()));
    let first = !literals.handed_out.replace(true);
    let finding = cx.report(node, message);
    if first {
        for (_, range) in &literals.ranges {
            finding.mask_range(range.clone());
        }
    } else {
        let from = node.start_position().row.saturating_sub(QUOTED_AROUND);
        let to = node.end_position().row + QUOTED_AROUND;
        let start = literals.ranges.partition_point(|(row, _)| *row < from);
        for (_, range) in literals.ranges[start..]
            .iter()
            .take_while(|(row, _)| *row <= to)
        {
            finding.mask_range(range.clone());
        }
    }
    finding
}

/// Lines around a finding whose secret literals it masks itself (the engine quotes one line of
/// context on each side).
const QUOTED_AROUND: usize = 2;

/// The secret literals of one file with the row each starts on, in file order, and whether the
/// whole list was already handed to a finding.
struct SecretLiterals {
    ranges: Vec<(usize, Range<usize>)>,
    handed_out: std::cell::Cell<bool>,
}

impl SecretLiterals {
    fn of(root: Node<'_>, src: &str) -> SecretLiterals {
        let mut ranges = Vec::new();
        walk(root, |n| {
            if matches!(n.kind(), "string" | "concatenated_string") {
                if string_value(n, src).is_some_and(|v| !v.trim().is_empty())
                    && literal_owner(n, src).is_some_and(|owner| secret_kind(&owner).is_some())
                {
                    ranges.push((n.start_position().row, n.byte_range()));
                }
                return false;
            }
            true
        });
        SecretLiterals {
            ranges,
            handed_out: std::cell::Cell::new(false),
        }
    }
}

/// The name a string literal is the value of, seen from its parent.
fn literal_owner(literal: Node<'_>, src: &str) -> Option<String> {
    let mut node = literal;
    let mut parent = node.parent()?;
    while parent.kind() == "parenthesized_expression" {
        node = parent;
        parent = node.parent()?;
    }
    match parent.kind() {
        "assignment" => target_name(parent, src),
        "keyword_argument" => {
            let name = text(parent.field("name")?, src);
            if name == "default" {
                let call = parent.parent()?.parent()?;
                if let Some((var, _)) = env_lookup(call, src) {
                    return Some(var);
                }
                return enclosing_target(call, src);
            }
            Some(name.to_string())
        }
        // Only the value positions: the default of an environment lookup or `Field(...)`, the
        // key of `jwt.encode(payload, key)`; never the variable name being read.
        "argument_list" => {
            let call = parent.parent()?;
            let path = callee_path(call, src).unwrap_or_default();
            let positional = positional_args(call);
            if path.starts_with("jwt.") || path.contains(".jwt.") {
                return (positional.get(1) == Some(&node)).then(|| "jwt_secret".to_string());
            }
            if let Some((var, default)) = env_lookup(call, src) {
                return (default == Some(node)).then_some(var);
            }
            if path == "Field" || path.ends_with(".Field") {
                return (positional.first() == Some(&node))
                    .then(|| enclosing_target(call, src))
                    .flatten();
            }
            None
        }
        "pair" => {
            if parent.field("value") != Some(node) {
                return None;
            }
            string_value(parent.field("key")?, src)
        }
        "boolean_operator" => {
            let left = parent.field("left")?;
            env_lookup(left, src)
                .map(|(var, _)| var)
                .filter(|var| secret_kind(var).is_some())
                .or_else(|| enclosing_target(parent, src))
        }
        "return_statement" => {
            let function = sechound_syntax::python::enclosing_function(parent)?;
            Some(text(function.field("name")?, src).to_string())
        }
        _ => None,
    }
}

fn enclosing_target(node: Node<'_>, src: &str) -> Option<String> {
    let mut current = node.parent();
    while let Some(n) = current {
        match n.kind() {
            "assignment" => return target_name(n, src),
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

fn target_name(assignment: Node<'_>, src: &str) -> Option<String> {
    let left = assignment.field("left")?;
    match left.kind() {
        "identifier" => Some(text(left, src).to_string()),
        "attribute" => Some(text(left.field("attribute")?, src).to_string()),
        "subscript" => string_value(left.field("subscript")?, src),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_names_by_their_last_words() {
        assert_eq!(words("jwtSecretKey"), ["jwt", "secret", "key"]);
        assert_eq!(words("JWT_SECRET_KEY"), ["jwt", "secret", "key"]);
        assert_eq!(secret_kind("SECRET_KEY"), Some(SecretKind::SigningKey));
        assert_eq!(secret_kind("JWT_SECRET"), Some(SecretKind::SigningKey));
        assert_eq!(secret_kind("jwt_token"), Some(SecretKind::SigningKey));
        assert_eq!(secret_kind("db_password"), Some(SecretKind::Password));
        assert_eq!(secret_kind("DB_PASS"), Some(SecretKind::Password));
        assert_eq!(secret_kind("smtpPwd"), Some(SecretKind::Password));
        assert_eq!(secret_kind("stripeApiKey"), Some(SecretKind::Token));
        assert_eq!(secret_kind("GITHUB_TOKEN"), Some(SecretKind::Token));
        assert_eq!(secret_kind("DB_PASSWORD_2"), Some(SecretKind::Password));
        assert_eq!(secret_kind("apiSecret2"), Some(SecretKind::SigningKey));
        for name in [
            "TOKEN_URL",
            "SECRET_KEY_FILE",
            "PASSWORD_MIN_LENGTH",
            "token_type",
            "ACCESS_TOKEN_EXPIRE_MINUTES",
            "SESSION_KEY",
            "cache_key",
            "pass",
            "password_policy",
            "token_count",
            "is_secret",
            "pwd",
            "first_pass",
            "next_page_token",
            "pad_token",
            "TEST_SECRET",
            "EXAMPLE_API_KEY",
        ] {
            assert_eq!(secret_kind(name), None, "{name}");
        }
    }

    #[test]
    fn development_files_by_name() {
        for path in [
            "proj/settings_dev.py",
            "proj/settings_example.py",
            "config.sample.py",
            "proj/settings/local.py",
            "development.py",
            "tests/test_x.py",
            "conftest.py",
        ] {
            assert!(is_development_file(path), "{path}");
        }
        for path in [
            "proj/settings.py",
            "proj/settings/production.py",
            "app/main.py",
            "latest.py",
        ] {
            assert!(!is_development_file(path), "{path}");
        }
    }
}
