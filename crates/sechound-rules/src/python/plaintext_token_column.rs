use super::token_names::{file_hashes_secrets, has, has_any, is_api_key, words};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::text;
use sechound_syntax::python::{callee_path, keyword_arg, positional_args, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A database model column that keeps a bearer secret as a plain string: password-reset,
    /// invitation, verification, API, refresh or session tokens, API keys, TOTP/MFA secrets and
    /// recovery codes, declared as
    /// - SQLAlchemy `Column(String)`, `mapped_column(String(64))`, `Mapped[str]`, or
    ///   Flask-SQLAlchemy `db.Column(db.Text)`;
    /// - Django `models.CharField`, `TextField`, `SlugField`;
    ///
    /// in a file that shows no hashing or encryption at all (no `hashlib`, `hmac`, `bcrypt`,
    /// `passlib`, `hash_token`, `encrypt`...). A bare `token`, `key`, `secret` or `code` column
    /// counts only when the model's name says what it is for (`ApiToken.key`,
    /// `PasswordReset.token`). OAuth tokens of linked accounts (`OAuthAccount.access_token`)
    /// are reported with low confidence and a recommendation to encrypt them, since they must
    /// be sent back to the provider and cannot be hashed.
    ///
    /// ## Why it matters
    /// Whoever reads the table (a SQL injection, a leaked backup, a read replica shared with
    /// analytics) can use these values directly: reset any password with a pending reset, call
    /// the API as any customer, or generate valid TOTP codes.
    ///
    /// ## Not reported
    /// Columns that hold a digest or metadata of the secret (`token_hash`, `hashed_token`,
    /// `token_digest`, `password_hash`, `token_type`, `token_expires_at`, `api_key_prefix`),
    /// encrypted column types (`EncryptedType`, `EncryptedCharField`), and models in files that
    /// hash or encrypt something (the value may be a digest already).
    ///
    /// ## Example
    /// ```python
    /// reset_token = Column(String(64))        # reported
    /// reset_token_hash = Column(String(64))   # fine: store sha256(token), compare digests
    /// ```
    pub struct PlaintextTokenColumn {
        id: "py.plaintext-token-column",
        title: "Secret token stored in plain text",
        severity: Medium,
        confidence: Medium,
        area: DataProtection,
        cwe: [312, 256],
        owasp: A02,
        effort: Hours,
        impact: "A read of the database (backup, injection, replica) yields working reset links, API keys or MFA secrets for every account.",
        recommendation: "Store a digest and compare digests: keep `token_hash = Column(String(64))` filled with `hashlib.sha256(token.encode()).hexdigest()` and look tokens up by that hash; encrypt TOTP secrets at rest (for example with `cryptography.fernet.Fernet` and a key from the secret store).",
        verification: "Create a token through the application and read the row directly in the database: the column holds a 64-hex digest (or ciphertext), not the value sent to the user.",
    }
}

/// Column names that hold metadata about a secret rather than the secret.
const METADATA_WORDS: &[&str] = &[
    "hash",
    "hashed",
    "digest",
    "hmac",
    "type",
    "kind",
    "expires",
    "expiry",
    "expiration",
    "expire",
    "at",
    "created",
    "updated",
    "used",
    "id",
    "prefix",
    "suffix",
    "last4",
    "last",
    "hint",
    "count",
    "version",
    "length",
    "len",
    "encrypted",
    "enc",
    "cipher",
    "ciphertext",
    "salt",
    "name",
    "label",
    "scope",
    "scopes",
    "uri",
    "url",
    "endpoint",
    "enabled",
    "verified",
    "sent",
    "attempts",
    "question",
    "answer",
    "date",
    "time",
    "is",
    "has",
    "fingerprint",
    "public",
    "pub",
];

/// String column types of SQLAlchemy and Django.
const SQLALCHEMY_STRING_TYPES: &[&str] = &[
    "String",
    "Text",
    "Unicode",
    "UnicodeText",
    "CHAR",
    "VARCHAR",
    "NVARCHAR",
    "TEXT",
    "NCHAR",
];
const DJANGO_STRING_FIELDS: &[&str] = &["CharField", "TextField", "SlugField"];

impl CodeRule for PlaintextTokenColumn {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["assignment"]
    }

    fn check<'f>(&self, assignment: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(class) = class_of(assignment) else {
            return;
        };
        let Some(left) = assignment.field("left") else {
            return;
        };
        if left.kind() != "identifier" {
            return;
        }
        let name = text(left, src);
        let class_name = class.field("name").map(|n| text(n, src)).unwrap_or("model");
        if !is_model_class(class, src) {
            return;
        }
        let Some(what) = secret_column(name, class_name) else {
            return;
        };
        let annotation = assignment.field("type").map(|t| text(t, src));
        let Some(column_type) = string_column(assignment.field("right"), annotation, src) else {
            return;
        };
        if file_hashes_secrets(src) {
            return;
        }
        if is_provider_token(name, class_name) {
            // Tokens issued by another service must be sent back to it: they can be encrypted,
            // not hashed.
            cx.report(
                assignment,
                format!(
                    "`{class_name}.{name}` keeps a third-party OAuth token as plain `{column_type}`, and nothing in this file encrypts it: a read of the table yields working access to the users' linked accounts."
                ),
            )
            .confidence(Confidence::Low)
            .recommendation(
                "Encrypt provider tokens at rest (for example `sqlalchemy_utils.StringEncryptedType(String, key_from_secret_store)` or a `cryptography.fernet.Fernet` wrapper), and request the narrowest scopes and offline access only when needed.",
            );
            return;
        }
        cx.report(
            assignment,
            format!(
                "`{class_name}.{name}` keeps {what} as plain `{column_type}`, and nothing in this file hashes or encrypts it: a read of the table yields usable secrets."
            ),
        );
    }
}

/// The class whose body holds `assignment` directly.
fn class_of(assignment: Node<'_>) -> Option<Node<'_>> {
    let statement = assignment.parent()?;
    if statement.kind() != "expression_statement" {
        return None;
    }
    let block = statement.parent()?;
    let class = block.parent()?;
    (block.kind() == "block" && class.kind() == "class_definition").then_some(class)
}

/// A database model: a class deriving from something named like a model or declarative base,
/// and not from a form, serializer or pydantic schema.
fn is_model_class(class: Node<'_>, src: &str) -> bool {
    let Some(bases) = class.field("superclasses").map(|b| text(b, src)) else {
        return false;
    };
    let other = [
        "Form",
        "Serializer",
        "Schema",
        "BaseModel",
        "BaseSettings",
        "TypedDict",
    ];
    (bases.contains("Model") || bases.contains("Base") || bases.contains("SQLModel"))
        && !other.iter().any(|o| bases.contains(o))
}

/// Class names that say what their bare `token`, `key` or `secret` column is for.
const SECRET_CLASS_WORDS: &[&str] = &[
    "token",
    "reset",
    "invite",
    "invitation",
    "verification",
    "confirmation",
    "activation",
    "magic",
    "apikey",
    "session",
    "auth",
    "device",
    "mfa",
    "totp",
    "otp",
    "credential",
    "login",
];

/// `access_token`/`refresh_token`/`id_token` of a model describing a linked external account.
pub(crate) fn is_provider_token(name: &str, class_name: &str) -> bool {
    let w = words(name);
    let class_words = words(class_name);
    has_any(&w, &["access", "refresh", "id", "oauth", "provider"])
        && has_any(
            &class_words,
            &[
                "oauth",
                "social",
                "provider",
                "integration",
                "account",
                "connection",
                "linked",
                "identity",
            ],
        )
}

/// What secret a column name says it holds, if any.
pub(crate) fn secret_column(name: &str, class_name: &str) -> Option<&'static str> {
    let w = words(name);
    if has_any(&w, METADATA_WORDS) {
        return None;
    }
    // A bare `token`/`key`/`secret` says nothing alone; the model's name tells what it is.
    if w.len() == 1 && matches!(w[0].as_str(), "token" | "key" | "secret" | "code") {
        let class_words = words(class_name);
        if !has_any(&class_words, SECRET_CLASS_WORDS) && !is_api_key(&class_words) {
            return None;
        }
        return Some(match w[0].as_str() {
            "key" => "API keys",
            "secret" => "secrets",
            "code" => "one-time codes",
            _ => "tokens",
        });
    }
    if is_api_key(&w) {
        return Some("API keys");
    }
    if has_any(&w, &["token", "tokens"]) {
        return Some(if has(&w, "reset") {
            "password-reset tokens"
        } else if has_any(&w, &["invite", "invitation"]) {
            "invitation tokens"
        } else if has_any(
            &w,
            &[
                "verification",
                "verify",
                "confirmation",
                "confirm",
                "activation",
            ],
        ) {
            "verification tokens"
        } else {
            "tokens"
        });
    }
    if has(&w, "secret")
        || has_any(&w, &["otp", "totp", "mfa", "2fa"]) && has_any(&w, &["key", "seed"])
    {
        return Some(
            if has_any(&w, &["otp", "totp", "mfa", "2fa", "two", "authenticator"]) {
                "MFA secrets"
            } else {
                "secrets"
            },
        );
    }
    if has_any(&w, &["codes", "code"]) && has_any(&w, &["recovery", "backup"]) {
        return Some("one-time codes");
    }
    None
}

/// The string type of a model column declaration, if it is one.
fn string_column(right: Option<Node<'_>>, annotation: Option<&str>, src: &str) -> Option<String> {
    let Some(right) = right.map(unwrap) else {
        // `reset_token: Mapped[str]` with no mapped_column() is a string column in SQLAlchemy 2.
        return annotation
            .filter(|a| a.contains("Mapped[") && a.contains("str"))
            .map(|_| "Mapped[str]".to_string());
    };
    if right.kind() != "call" {
        return None;
    }
    let path = callee_path(right, src)?;
    if path.contains("Encrypt") {
        return None;
    }
    let function = path.rsplit('.').next().unwrap_or(&path);
    if DJANGO_STRING_FIELDS.contains(&function) {
        return Some(function.to_string());
    }
    if !matches!(function, "Column" | "mapped_column") {
        return None;
    }
    let type_argument = positional_args(right)
        .into_iter()
        .find(|a| unwrap(*a).kind() != "string")
        .or_else(|| keyword_arg(right, src, "type_"));
    match type_argument {
        Some(argument) => {
            let argument = unwrap(argument);
            let type_node = if argument.kind() == "call" {
                argument.field("function")?
            } else {
                argument
            };
            let type_text = text(type_node, src);
            let base = type_text.rsplit('.').next().unwrap_or(type_text);
            SQLALCHEMY_STRING_TYPES
                .contains(&base)
                .then(|| base.to_string())
        }
        None => annotation
            .filter(|a| a.contains("Mapped[") && a.contains("str"))
            .map(|_| "Mapped[str]".to_string()),
    }
}
