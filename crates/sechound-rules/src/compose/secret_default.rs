use super::yaml::{self, Service};
use crate::secrets::patterns::{is_placeholder, is_secret_name, looks_generated};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::walk;
use sechound_syntax::{Family, Node};
use std::collections::HashSet;

declare_rule! {
    /// ## What it finds
    /// Secrets a Compose file supplies itself instead of taking them from the environment or a
    /// secret store:
    /// - a secret-like variable interpolated with a literal fallback, `${JWT_SECRET:-dev-secret}`,
    ///   `${VAULT_TOKEN:-root}` or `${POSTGRES_PASSWORD-postgres}`, anywhere in the file (an
    ///   `environment:` entry, a `command:`, a healthcheck). When the variable is unset, the
    ///   stack silently runs with the default;
    /// - a secret-like `environment:` entry written in clear, `POSTGRES_PASSWORD: postgres` or
    ///   `- JWT_SECRET=abc` (mapping and list forms, also in `x-` anchors merged into services).
    ///
    /// Severity is high when the default is a well-known weak value (`root`, `admin`,
    /// `password`, `secret`, `changeme`, `postgres`, `dev`, `test`, `123456`, `guest`, the
    /// service's or image's own name...) or when a value looks generated (a real secret
    /// committed with the file); medium otherwise. Values are masked in the report.
    ///
    /// Recorded as strengths: secrets declared required with `${NAME:?message}`, and
    /// `*_FILE` variables that read a secret from a mounted file (`/run/secrets/...`).
    ///
    /// ## Why it matters
    /// A default secret is the same in every deployment that forgets to set the variable, and it
    /// is in the repository for anyone to read: tokens signed with it can be forged, the
    /// database or Vault opened with it.
    ///
    /// ## Not reported
    /// Plain references (`${JWT_SECRET}`, `$JWT_SECRET`, `${JWT_SECRET:?required}`), empty
    /// defaults (`${JWT_SECRET:-}`), fill-in placeholders in clear entries (`<your-token>`,
    /// `your-api-key-here`), file paths and URLs (URL credentials belong to
    /// `secrets.url-credentials`), settings about a secret (`JWT_SECRET_EXPIRES_IN`,
    /// `PASSWORD_RESET_TIMEOUT`), flags such as `MYSQL_RANDOM_ROOT_PASSWORD: "yes"`, names that only
    /// describe a secret (`POSTGRES_PASSWORD_FILE`, `TOKEN_URL`), and `$${...}` (escaped, not
    /// interpolated).
    ///
    /// ## Example
    /// ```yaml
    /// environment:
    ///   JWT_SECRET: ${JWT_SECRET:-dev-secret}          # reported, high
    ///   POSTGRES_PASSWORD: postgres                    # reported, medium
    ///   SESSION_SECRET: ${SESSION_SECRET:?set SESSION_SECRET}   # fine
    ///   POSTGRES_PASSWORD_FILE: /run/secrets/db_password        # fine
    /// ```
    pub struct SecretDefault {
        id: "compose.secret-default",
        title: "Secret given a default or literal value in a Compose file",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798, 1188],
        owasp: A05,
        effort: Minutes,
        impact: "A deployment that does not set the variable runs with a secret everyone who can read the repository knows: a signing key lets them forge tokens, a database password opens the database.",
        recommendation: "Drop the fallback and make the variable required (`${NAME:?NAME must be set}`), or mount it as a Compose secret (`secrets:` + a `NAME_FILE: /run/secrets/name` variable, where the image reads one); keep development values in an untracked `.env`. Rotate any value that was committed.",
        verification: "`docker compose config` without a `.env` fails with the required-variable message instead of printing a default, and `sechound review` no longer reports the line.",
    }
}

/// Values people reach for first; a default from this list is guessed before any other.
const WEAK: &[&str] = &[
    "root",
    "admin",
    "administrator",
    "password",
    "passw0rd",
    "pass",
    "secret",
    "changeme",
    "change-me",
    "change_me",
    "postgres",
    "mysql",
    "mariadb",
    "mongo",
    "redis",
    "rabbitmq",
    "minio",
    "minioadmin",
    "keycloak",
    "dev",
    "development",
    "devsecret",
    "dev-secret",
    "dev_secret",
    "test",
    "testing",
    "local",
    "default",
    "example",
    "guest",
    "user",
    "demo",
    "letmein",
    "qwerty",
    "123456",
    "1234",
    "12345",
    "12345678",
    "123456789",
    "password123",
    "admin123",
    "secret123",
    "supersecret",
    "super-secret",
    "mysecret",
    "my-secret",
    "token",
    "insecure",
];

/// Secret-like names, plus the images' own secret variables whose names end in a descriptive
/// word (`VAULT_DEV_ROOT_TOKEN_ID` is Vault's root token itself).
/// Settings about a secret rather than the secret (`JWT_SECRET_EXPIRES_IN`,
/// `PASSWORD_RESET_TIMEOUT`, `POSTGRES_PASSWORD_ENCRYPTION`) are not.
fn is_secret_variable(name: &str) -> bool {
    const SETTINGS: &[&str] = &[
        "TIMEOUT",
        "LIFETIME",
        "DURATION",
        "EXPIRE",
        "EXPIRES",
        "IN",
        "MODE",
        "METHOD",
        "PROVIDER",
        "BACKEND",
        "STRATEGY",
        "ISSUER",
        "AUDIENCE",
        "SCOPE",
        "SCOPES",
        "USER",
        "USERNAME",
        "HOST",
        "PORT",
        "ENCRYPTION",
        "VALIDITY",
        "ROTATION",
        "INTERVAL",
        "DAYS",
        "HOURS",
        "MINUTES",
        "SECONDS",
    ];
    let upper = name.to_ascii_uppercase();
    if upper.ends_with("ROOT_TOKEN_ID") {
        return true;
    }
    let last = upper.rsplit(['_', '.', '-']).next().unwrap_or("");
    is_secret_name(name) && !SETTINGS.contains(&last)
}

impl CodeRule for SecretDefault {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Compose
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["stream"]
    }

    fn check<'f>(&self, root: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let services = yaml::services(root, src);
        let mut pending = Vec::new();
        check_interpolations(root, &services, cx, &mut pending);
        check_clear_environment(root, &services, cx, &mut pending);
        // Context lines around one finding often quote the next secret: mask every value this
        // rule found in the file, in every finding.
        let masks: Vec<std::ops::Range<usize>> =
            pending.iter().flat_map(|p| p.masks.clone()).collect();
        for p in pending {
            let finding = cx.report(p.node, p.message);
            finding
                .severity(p.severity)
                .confidence(p.confidence)
                .about_secret(&p.name, p.recommendation);
            for mask in &masks {
                finding.mask_range(mask.clone());
            }
            for node in p.related {
                finding.related(node);
            }
        }
    }
}

/// An interpolation `${NAME:-default}` / `${NAME-default}` / `${NAME:?message}` in raw text.
struct Interpolation {
    name: String,
    /// Byte range of the default within the scanned text (for `:-` / `-`).
    default: Option<std::ops::Range<usize>>,
    /// `:-` (unset or empty) or `-` (unset only).
    operator: &'static str,
    required: bool,
}

/// The interpolations of `raw`, skipping `$${...}` (an escaped dollar).
fn interpolations(raw: &str) -> Vec<Interpolation> {
    let bytes = raw.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = raw[at..].find("${") {
        let start = at + found;
        at = start + 2;
        let dollars = raw[..=start]
            .bytes()
            .rev()
            .take_while(|b| *b == b'$')
            .count();
        if dollars % 2 == 0 {
            continue;
        }
        let name_len = raw[at..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        if name_len == 0 {
            continue;
        }
        let name = raw[at..at + name_len].to_string();
        let mut cursor = at + name_len;
        let operator = if raw[cursor..].starts_with(":-") {
            cursor += 2;
            Some(":-")
        } else if raw[cursor..].starts_with(":?") || raw[cursor..].starts_with('?') {
            Some("?")
        } else if raw[cursor..].starts_with('-') {
            cursor += 1;
            Some("-")
        } else {
            None
        };
        // The default runs to the matching `}` (defaults may nest `${...}`).
        let mut depth = 1;
        let mut end = cursor;
        while end < bytes.len() {
            match bytes[end] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            end += 1;
        }
        match operator {
            Some("?") => out.push(Interpolation {
                name,
                default: None,
                operator: "?",
                required: true,
            }),
            Some(operator) => out.push(Interpolation {
                name,
                default: Some(cursor..end.min(bytes.len())),
                operator,
                required: false,
            }),
            _ => {}
        }
        at = end.min(bytes.len());
    }
    out
}

fn is_weak(value: &str, service: Option<&Service<'_>>, src: &str) -> bool {
    let lower = value.trim().to_ascii_lowercase();
    if WEAK.contains(&lower.as_str()) || lower.chars().count() < 6 || is_placeholder(&lower) {
        return true;
    }
    // `dev-secret-change-in-production`: dictionary words, one of them a weak value.
    let words: Vec<&str> = lower
        .split(['-', '_', '.'])
        .filter(|w| !w.is_empty())
        .collect();
    if words
        .iter()
        .all(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
        && words.iter().any(|w| WEAK.contains(w))
    {
        return true;
    }
    let Some(service) = service else { return false };
    if lower == service.name.to_ascii_lowercase() {
        return true;
    }
    service.image(src).is_some_and(|image| {
        let base = image.rsplit('/').next().unwrap_or(&image);
        let base = base.split([':', '@']).next().unwrap_or(base);
        lower == base.to_ascii_lowercase()
    })
}

/// A finding held back until every secret value of the file is known, so that each finding can
/// mask them all.
struct Pending<'f> {
    node: Node<'f>,
    /// The variable.
    name: String,
    /// The fix for this place, naming the variable.
    recommendation: String,
    message: String,
    severity: Severity,
    confidence: Confidence,
    masks: Vec<std::ops::Range<usize>>,
    related: Vec<Node<'f>>,
}

fn check_interpolations<'f>(
    root: Node<'f>,
    services: &[Service<'f>],
    cx: &mut CheckContext<'f>,
    pending: &mut Vec<Pending<'f>>,
) {
    let src = cx.src();
    let mut scalars = Vec::new();
    walk(root, |n| {
        if matches!(
            n.kind(),
            "plain_scalar" | "double_quote_scalar" | "single_quote_scalar" | "block_scalar"
        ) {
            scalars.push(n);
            return false;
        }
        true
    });
    let mut required_seen = HashSet::new();
    let mut defaults: Vec<Fallback<'f>> = Vec::new();
    for node in scalars {
        let raw = &src[node.byte_range()];
        if !raw.contains("${") {
            continue;
        }
        for interpolation in interpolations(raw) {
            if !is_secret_variable(&interpolation.name) {
                continue;
            }
            if interpolation.required {
                if required_seen.insert(interpolation.name.clone()) {
                    cx.strength(
                        node,
                        format!(
                            "Secret `{}` is required (`${{{}:?...}}`): Compose refuses to start without it",
                            interpolation.name, interpolation.name
                        ),
                    );
                }
                continue;
            }
            let Some(range) = interpolation.default else {
                continue;
            };
            let default = raw[range.clone()].trim_matches(['"', '\'']);
            if default.trim().is_empty() || default.trim_start().starts_with('$') {
                continue;
            }
            let service = yaml::service_of(services, node);
            let mask = node.start_byte() + range.start..node.start_byte() + range.end;
            let key = (interpolation.name.clone(), default.to_string());
            match defaults.iter_mut().find(|d| d.key == key) {
                Some(seen) => seen.more.push((node, mask)),
                None => defaults.push(Fallback {
                    weak: is_weak(default, service, src),
                    generated: looks_generated(default),
                    key,
                    operator: interpolation.operator,
                    service: service.map(|s| s.name.clone()),
                    node,
                    mask,
                    more: Vec::new(),
                }),
            }
        }
    }
    // The same fallback written several times (the server, its clients) is one finding.
    for fallback in defaults {
        let (name, operator) = (&fallback.key.0, fallback.operator);
        let mut message = format!(
            "`{name}` falls back to a literal default when the variable is unset (`${{{name}{operator}…}}`)"
        );
        if let Some(service) = &fallback.service {
            message.push_str(&format!(" in service `{service}`"));
        }
        message.push_str(if fallback.weak {
            "; the default is a well-known weak value"
        } else if fallback.generated {
            "; the default looks like a real generated secret, now committed"
        } else {
            ""
        });
        match fallback.more.len() {
            0 => message.push('.'),
            1 => message.push_str("; the same default is written once more in the file."),
            n => message.push_str(&format!(
                "; the same default is written {n} more times in the file."
            )),
        }
        let (related, mut masks): (Vec<Node<'f>>, Vec<_>) = fallback.more.into_iter().unzip();
        masks.push(fallback.mask);
        pending.push(Pending {
            node: fallback.node,
            recommendation: format!(
                "Drop the fallback and make `{name}` required: `${{{name}:?{name} must be set}}`, or mount it as a Compose secret (`secrets:` + a `{name}_FILE: /run/secrets/…` variable, where the image reads one); keep development values in an untracked `.env`."
            ),
            name: name.clone(),
            message,
            severity: if fallback.weak || fallback.generated {
                Severity::High
            } else {
                Severity::Medium
            },
            confidence: Confidence::High,
            masks,
            related,
        });
    }
}

/// A secret's literal fallback, with the other places the same fallback is written.
struct Fallback<'f> {
    /// The variable and its default.
    key: (String, String),
    operator: &'static str,
    service: Option<String>,
    weak: bool,
    generated: bool,
    node: Node<'f>,
    mask: std::ops::Range<usize>,
    more: Vec<(Node<'f>, std::ops::Range<usize>)>,
}

/// The `environment:` mappings and lists of the file (services, anchors), each once.
fn environment_blocks<'f>(root: Node<'f>, src: &str) -> Vec<Node<'f>> {
    let anchors = yaml::anchors(root, src);
    let mut blocks: Vec<Node<'f>> = Vec::new();
    walk(root, |n| {
        if matches!(n.kind(), "block_mapping_pair" | "flow_pair")
            && let Some(key) = n.field("key")
            && yaml::scalar(key, src).as_deref() == Some("environment")
            && let Some(value) = n.field("value")
        {
            let mut add = |node: Node<'f>| {
                if !blocks.contains(&node) {
                    blocks.push(node);
                }
            };
            if let Some(list) = yaml::sequence(value) {
                add(list);
            } else if let Some(mapping) = yaml::mapping(value, src, &anchors) {
                add(mapping);
                // `environment: { <<: *common-env, ... }`
                for pair in yaml::pairs(mapping, src) {
                    if pair.key == "<<"
                        && let Some(merged) =
                            pair.value.and_then(|v| yaml::mapping(v, src, &anchors))
                    {
                        add(merged);
                    }
                }
            }
        }
        true
    });
    blocks
}

fn check_clear_environment<'f>(
    root: Node<'f>,
    services: &[Service<'f>],
    cx: &mut CheckContext<'f>,
    pending: &mut Vec<Pending<'f>>,
) {
    let src = cx.src();
    let mut file_strengths = HashSet::new();
    for block in environment_blocks(root, src) {
        // (entry node, name, value, byte range of the value in the source)
        let mut entries: Vec<(Node<'f>, String, String, std::ops::Range<usize>)> = Vec::new();
        if yaml::sequence(block).is_some() {
            for item in yaml::items(block) {
                let Some(entry) = yaml::scalar(item, src) else {
                    continue;
                };
                let Some((name, value)) = entry.split_once('=') else {
                    continue;
                };
                let raw = &src[item.byte_range()];
                let range = match raw.find(value) {
                    Some(at) if !value.is_empty() => {
                        item.start_byte() + at..item.start_byte() + at + value.len()
                    }
                    _ => item.byte_range(),
                };
                entries.push((item, name.trim().to_string(), value.to_string(), range));
            }
        } else {
            for pair in yaml::pairs(block, src) {
                let Some(value_node) = pair.value else {
                    continue;
                };
                let Some(value) = yaml::scalar(value_node, src) else {
                    continue;
                };
                entries.push((pair.node, pair.key, value, value_node.byte_range()));
            }
        }
        // `POSTGRES_PASSWORD` equal to `POSTGRES_USER` is as weak as a dictionary word.
        let user_names: Vec<String> = entries
            .iter()
            .filter(|(_, name, _, _)| {
                let upper = name.to_ascii_uppercase();
                upper.ends_with("USER") || upper.ends_with("USERNAME")
            })
            .map(|(_, _, value, _)| value.trim().to_ascii_lowercase())
            .filter(|value| !value.is_empty())
            .collect();
        for (node, name, value, range) in entries {
            let value = value.trim();
            if name.to_ascii_uppercase().ends_with("_FILE")
                && value.starts_with("/run/secrets/")
                && file_strengths.insert(name.clone())
            {
                cx.strength(
                    node,
                    format!("`{name}` reads its secret from a mounted Compose secret file"),
                );
                continue;
            }
            if !is_secret_variable(&name)
                || value.contains('$')
                || is_fill_in(value)
                || is_path_or_url(value)
            {
                continue;
            }
            let service = yaml::service_of(services, node);
            let generated = looks_generated(value);
            let weak =
                is_weak(value, service, src) || user_names.contains(&value.to_ascii_lowercase());
            let mut message = format!("`{name}` is set to a literal value in the Compose file");
            if let Some(service) = service {
                message.push_str(&format!(" (service `{}`)", service.name));
            }
            message.push_str(if generated {
                "; it looks like a real generated secret, now committed with the repository."
            } else if weak {
                "; the value is weak and easily guessed."
            } else {
                "."
            });
            pending.push(Pending {
                node,
                recommendation: format!(
                    "Replace the literal with a reference that must be set, `{name}: ${{{name}:?{name} must be set}}`, or mount it as a Compose secret (`secrets:` + a `{name}_FILE: /run/secrets/…` variable, where the image reads one); keep development values in an untracked `.env`."
                ),
                name: name.clone(),
                message,
                severity: if generated {
                    Severity::High
                } else {
                    Severity::Medium
                },
                // A literal that is neither weak nor generated may be a pointer or a mode.
                confidence: if generated || weak {
                    Confidence::High
                } else {
                    Confidence::Medium
                },
                masks: vec![range],
                related: Vec::new(),
            });
        }
    }
}

/// A file path (`GOOGLE_APPLICATION_CREDENTIALS: /app/sa.json`) or a URL, whose credentials
/// `secrets.url-credentials` reports.
fn is_path_or_url(value: &str) -> bool {
    ["/", "./", "../", "~/"]
        .iter()
        .any(|p| value.starts_with(p))
        || value.contains("://")
}

/// Values that are no secret: empty, flags, and fill-in markers a deployer must replace.
fn is_fill_in(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    if lower.is_empty()
        || matches!(
            lower.as_str(),
            "yes" | "no" | "true" | "false" | "on" | "off" | "0" | "1" | "null" | "~"
        )
    {
        return true;
    }
    lower.starts_with('<') && lower.ends_with('>')
        || [
            "your-",
            "your_",
            "xxxx",
            "****",
            "placeholder",
            "replace",
            "insert",
            "redacted",
            "...",
        ]
        .iter()
        .any(|m| lower.contains(m))
}

#[cfg(test)]
mod tests {
    use super::interpolations;

    #[test]
    fn finds_defaults_and_required_forms() {
        let raw = "${A:-x} ${B-y} ${C:?need C} $${D:-z} ${E:-${F:-g}} ${H}";
        let found: Vec<(String, Option<&str>, bool)> = interpolations(raw)
            .into_iter()
            .map(|i| (i.name, i.default.map(|r| &raw[r]), i.required))
            .collect();
        assert_eq!(
            found,
            [
                ("A".to_string(), Some("x"), false),
                ("B".to_string(), Some("y"), false),
                ("C".to_string(), None, true),
                ("E".to_string(), Some("${F:-g}"), false),
            ]
        );
    }
}
