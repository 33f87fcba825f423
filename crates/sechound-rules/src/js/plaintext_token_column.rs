use crate::python::plaintext_token_column::{is_provider_token, secret_column};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{
    arguments, callee, callee_path, dotted_path, object_property, pair_key, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A database model field of a JavaScript or TypeScript service that keeps a bearer secret
    /// as a plain string: password-reset, invitation, verification, API, refresh or session
    /// tokens, API keys, TOTP/MFA secrets and recovery codes, declared as
    /// - a Mongoose schema path (`new Schema({ resetPasswordToken: String })`,
    ///   `{ type: String, select: false }`);
    /// - a Sequelize attribute (`sequelize.define('User', { resetToken: DataTypes.STRING })`,
    ///   `Model.init({ ... })`);
    /// - a TypeORM, MikroORM or NestJS-Mongoose class property (`@Column() resetToken: string`,
    ///   `@Property()`, `@Prop()`);
    ///
    /// when nothing in the file writes that field with a hash or ciphertext (`createHash`,
    /// `createHmac`, `bcrypt.hash`, `encrypt(...)`). The JavaScript twin of
    /// `py.plaintext-token-column`, with the same names: a bare `token`, `key`, `secret` or
    /// `code` field counts only when the model's name says what it is for (`ApiKey.key`,
    /// `PasswordReset.token`); tokens of linked OAuth accounts are reported with low confidence
    /// and a recommendation to encrypt them.
    ///
    /// ## Why it matters
    /// Whoever reads the collection or table (an injection, a leaked backup, a replica) can use
    /// these values directly: reset any password with a pending reset, call the API as any
    /// customer, or generate valid TOTP codes.
    ///
    /// ## Not reported
    /// Fields that hold a digest or metadata (`resetTokenHash`, `tokenExpiresAt`,
    /// `apiKeyPrefix`), fields the same file fills with a digest
    /// (`this.resetPasswordToken = crypto.createHash('sha256').update(token).digest('hex')`),
    /// and test files. Writes in other files of the repository count too, and so does a value
/// computed by a function of the repository that hashes (Juice Shop's
/// `deluxeToken: security.deluxeToken(user.email)`, an HMAC of the user's address); a digest
/// computed further away is not seen (hence medium confidence).
    ///
    /// ## Example
    /// ```js
    /// const UserSchema = new Schema({ resetPasswordToken: String }); // reported
    /// // fine: store the digest, e-mail the raw token, look up by the digest
    /// user.resetPasswordToken = crypto.createHash('sha256').update(raw).digest('hex');
    /// ```
    pub struct JsPlaintextTokenColumn {
        id: "js.plaintext-token-column",
        title: "Secret token stored in plain text",
        severity: Medium,
        confidence: Medium,
        area: DataProtection,
        cwe: [312, 256],
        owasp: A02,
        effort: Hours,
        impact: "A read of the database (backup, injection, replica) yields working reset links, API keys or MFA secrets for every account.",
        recommendation: "Store a digest and compare digests: e-mail the random token, save `crypto.createHash('sha256').update(token).digest('hex')` and look the record up by the digest of what the user sends; encrypt TOTP secrets at rest (AES-GCM with a key from the secret store).",
        verification: "Create a token through the application and read the record directly in the database: the field holds a 64-hex digest (or ciphertext), not the value sent to the user.",
    }
}

/// String types of Sequelize (`DataTypes.STRING`, `Sequelize.TEXT(...)`) and Mongoose.
const STRING_TYPES: &[&str] = &["String", "STRING", "TEXT", "CHAR", "UUID", "CITEXT"];

/// Decorators that declare a persisted property.
const COLUMN_DECORATORS: &[&str] = &["Column", "Property", "Prop", "PrimaryColumn"];

impl CodeRule for JsPlaintextTokenColumn {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["pair", "public_field_definition"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        let found = match node.kind() {
            "pair" => schema_field(node, src),
            _ => class_field(node, src),
        };
        let Some((name, model, column_type)) = found else {
            return;
        };
        let Some(what) = secret_column(&name, &model) else {
            return;
        };
        let root = {
            let mut r = node;
            while let Some(p) = r.parent() {
                r = p;
            }
            r
        };
        if written_with_digest(root, &name, src) || digest_elsewhere(cx, &name) {
            return;
        }
        // A decorated property starts at its decorator; the finding points at the property.
        let at = node
            .field("name")
            .filter(|_| node.kind() != "pair")
            .unwrap_or(node);
        if is_provider_token(&name, &model) {
            cx.report(
                at,
                format!(
                    "`{model}.{name}` keeps a third-party OAuth token as plain `{column_type}`, and nothing in this file encrypts it: a read of the database yields working access to the users' linked accounts."
                ),
            )
            .confidence(Confidence::Low)
            .recommendation(
                "Encrypt provider tokens at rest (AES-GCM with a key from the secret store, or a field-encryption plugin such as `mongoose-field-encryption`), and request the narrowest scopes and offline access only when needed.",
            );
            return;
        }
        cx.report(
            at,
            format!(
                "`{model}.{name}` keeps {what} as plain `{column_type}`, and nothing in this file writes it with a hash or ciphertext: a read of the database yields usable secrets."
            ),
        );
    }
}

/// A Mongoose schema path or Sequelize attribute: (field, model, type).
fn schema_field(pair: Node<'_>, src: &str) -> Option<(String, String, String)> {
    let name = pair_key(pair, src)?.to_string();
    let value = unwrap(pair.field("value")?);
    let column_type = match value.kind() {
        "object" => string_type(object_property(value, src, "type")?, src)?,
        _ => string_type(value, src)?,
    };
    let object = pair.parent()?;
    // A schema path sits in the definition object, or one level down in a nested object or
    // an array of subdocuments (`tokens: [{ token: String }]`).
    let mut definition = object;
    let mut call = None;
    for _ in 0..4 {
        let parent = definition.parent()?;
        match parent.kind() {
            "arguments" => {
                call = parent.parent();
                break;
            }
            "pair" | "array" | "object" => definition = parent,
            _ => return None,
        }
    }
    let call = call?;
    let path = dotted_path(callee(call)?, src).unwrap_or_default();
    let last = path.rsplit('.').next().unwrap_or(&path);
    let model = match last {
        "Schema" => schema_name(call, src).unwrap_or_else(|| "schema".to_string()),
        "define" => arguments(call)
            .first()
            .and_then(|a| string_value(*a, src))
            .unwrap_or_else(|| "model".to_string()),
        "init"
            if arguments(call)
                .first()
                .is_some_and(|a| a.id() == definition.id()) =>
        {
            path.rsplit('.').nth(1).unwrap_or("model").to_string()
        }
        _ => return None,
    };
    Some((name, model, column_type))
}

/// The name a schema is given: `const ResetTokenSchema = new Schema(...)`.
fn schema_name(call: Node<'_>, src: &str) -> Option<String> {
    let parent = call.parent()?;
    let target = match parent.kind() {
        "variable_declarator" => parent.field("name")?,
        "assignment_expression" => parent.field("left")?,
        _ => return None,
    };
    let name = text(target, src)
        .trim_end_matches("Schema")
        .trim_end_matches("schema");
    // `userSchema` names the `User` model.
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_ascii_uppercase().to_string() + chars.as_str())
}

/// `String`, `DataTypes.STRING`, `Sequelize.TEXT(64)`, `Schema.Types.String`, `'string'`.
fn string_type(value: Node<'_>, src: &str) -> Option<String> {
    let value = unwrap(value);
    let node = if value.kind() == "call_expression" {
        callee(value)?
    } else {
        value
    };
    if let Some(s) = string_value(node, src) {
        return matches!(s.as_str(), "string" | "varchar" | "text").then_some(s);
    }
    let path = dotted_path(node, src)?;
    let last = path.rsplit('.').next().unwrap_or(&path);
    STRING_TYPES.contains(&last).then(|| path.clone())
}

/// A decorated class property of type `string`: (field, class, type).
fn class_field(field: Node<'_>, src: &str) -> Option<(String, String, String)> {
    let decorated = named_children(field).into_iter().any(|c| {
        c.kind() == "decorator" && {
            let inner = c.named_child(0).map(unwrap);
            let name = match inner {
                Some(n) if n.kind() == "call_expression" => callee_path(n, src),
                Some(n) => dotted_path(n, src),
                None => None,
            };
            name.is_some_and(|n| COLUMN_DECORATORS.contains(&n.rsplit('.').next().unwrap_or("")))
        }
    });
    if !decorated {
        return None;
    }
    let name = text(field.field("name")?, src).to_string();
    let annotation = field.field("type").map(|t| text(t, src))?;
    let annotation = annotation.trim_start_matches(':').trim();
    if !annotation.split('|').any(|t| t.trim() == "string") {
        return None;
    }
    let class = sechound_syntax::node::ancestor(
        field,
        &["class_declaration", "class", "abstract_class_declaration"],
    )?;
    let model = class
        .field("name")
        .map(|n| text(n, src).to_string())
        .unwrap_or_else(|| "model".to_string());
    Some((name, model, "string".to_string()))
}

/// True when the file writes `field` with a digest or ciphertext: an assignment
/// (`this.resetToken = hash(...)`) or a property (`{ resetToken: createHash(...)... }`) whose
/// value calls a hashing or encryption function.
fn written_with_digest(root: Node<'_>, field: &str, src: &str) -> bool {
    let mut found = false;
    walk(root, |n| {
        if found {
            return false;
        }
        let value = match n.kind() {
            "assignment_expression" => n
                .field("left")
                .filter(|l| {
                    l.kind() == "member_expression"
                        && l.field("property").is_some_and(|p| text(p, src) == field)
                })
                .and_then(|_| n.field("right")),
            "pair" if pair_key(n, src) == Some(field) => n.field("value"),
            _ => None,
        };
        if let Some(value) = value
            && calls_digest(value, src)
        {
            found = true;
        }
        true
    });
    found
}

/// True when `value` calls something that hashes, signs or encrypts.
fn calls_digest(value: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(value, |n| {
        if n.kind() == "call_expression"
            && let Some(f) = n.field("function")
        {
            let name = match unwrap(f).kind() {
                "member_expression" => f.field("property").map(|p| text(p, src)),
                "identifier" => Some(text(f, src)),
                _ => None,
            }
            .unwrap_or("")
            .to_ascii_lowercase();
            if [
                "hash", "hmac", "digest", "encrypt", "cipher", "crypt", "sha256", "sha",
            ]
            .iter()
            .any(|w| name.contains(w))
            {
                found = true;
            }
        }
        !found
    });
    found
}

/// Per review: for each field, whether some file writes it with a digest; for each function
/// name, whether a function of that name in the repository computes one.
#[derive(Default)]
struct DigestWrites {
    fields: std::sync::Mutex<std::collections::HashMap<String, bool>>,
    functions: std::sync::Mutex<std::collections::HashMap<String, bool>>,
}

/// JavaScript and TypeScript files of the repository (other than tests) whose text contains
/// `needle`, parsed.
fn files_mentioning(cx: &CheckContext<'_>, needle: &str) -> Vec<sechound_syntax::CodeFile> {
    let mut out = Vec::new();
    for path in cx.repo.paths() {
        if crate::is_test_path(path) {
            continue;
        }
        let Some(language) = sechound_syntax::Language::from_path(std::path::Path::new(path))
        else {
            continue;
        };
        if language.family() != Family::Js {
            continue;
        }
        let Some(text) = cx.repo.read(path) else {
            continue;
        };
        if !text.contains(needle) {
            continue;
        }
        if let Some(file) = sechound_syntax::parse(path.clone(), language, text) {
            out.push(file);
        }
    }
    out
}

/// True when a file of the repository writes `field` with a value that hashes, directly or
/// through a function of the repository (`deluxeToken: security.deluxeToken(email)`).
fn digest_elsewhere(cx: &CheckContext<'_>, field: &str) -> bool {
    let index = cx.repo_index(DigestWrites::default);
    if let Some(known) = index
        .fields
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(field)
    {
        return *known;
    }
    let mut found = false;
    'files: for file in files_mentioning(cx, field) {
        let src = file.text();
        let mut values = Vec::new();
        walk(file.tree.root_node(), |n| {
            let value = match n.kind() {
                "assignment_expression" => n
                    .field("left")
                    .filter(|l| {
                        l.kind() == "member_expression"
                            && l.field("property").is_some_and(|p| text(p, src) == field)
                    })
                    .and_then(|_| n.field("right")),
                "pair" if pair_key(n, src) == Some(field) => n.field("value"),
                _ => None,
            };
            values.extend(value);
            true
        });
        for value in values {
            if calls_digest(value, src) {
                found = true;
                break 'files;
            }
            // The functions that compute the value itself (`security.deluxeToken(email)`, either
            // branch of `cond ? f(x) : ''`); calls on a call's result
            // (`randomBytes(32).toString('hex')`) are library chains, not repository helpers.
            let mut called = Vec::new();
            let mut pending = vec![unwrap(value)];
            while let Some(n) = pending.pop() {
                match n.kind() {
                    "ternary_expression" => {
                        pending.extend(n.field("consequence").map(unwrap));
                        pending.extend(n.field("alternative").map(unwrap));
                    }
                    "binary_expression" => {
                        pending.extend(n.field("left").map(unwrap));
                        pending.extend(n.field("right").map(unwrap));
                    }
                    "await_expression" => pending.extend(n.named_child(0).map(unwrap)),
                    "call_expression" => {
                        if let Some(path) = callee_path(n, src) {
                            called.push(path.rsplit('.').next().unwrap_or(&path).to_string());
                        }
                    }
                    _ => {}
                }
            }
            if called.iter().any(|name| function_digests(cx, &index, name)) {
                found = true;
                break 'files;
            }
        }
    }
    index
        .fields
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(field.to_string(), found);
    found
}

/// True when a function named `name` in the repository calls a hashing or signing function.
fn function_digests(cx: &CheckContext<'_>, index: &DigestWrites, name: &str) -> bool {
    if name.len() < 3 {
        return false;
    }
    if let Some(known) = index
        .functions
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(name)
    {
        return *known;
    }
    let mut found = false;
    for file in files_mentioning(cx, name) {
        let src = file.text();
        walk(file.tree.root_node(), |n| {
            if found {
                return false;
            }
            let body = match n.kind() {
                "function_declaration" | "method_definition"
                    if n.field("name").is_some_and(|f| text(f, src) == name) =>
                {
                    n.field("body")
                }
                "variable_declarator" | "pair"
                    if n.field(if n.kind() == "pair" { "key" } else { "name" })
                        .is_some_and(|f| text(f, src) == name) =>
                {
                    n.field("value").map(unwrap).filter(|v| {
                        matches!(
                            v.kind(),
                            "arrow_function" | "function_expression" | "function"
                        )
                    })
                }
                _ => None,
            };
            if let Some(body) = body
                && calls_digest(body, src)
            {
                found = true;
            }
            true
        });
        if found {
            break;
        }
    }
    index
        .functions
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(name.to_string(), found);
    found
}
