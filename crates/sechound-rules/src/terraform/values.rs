//! Reading values the way several checks need them: literal secrets and where they were
//! written, secret-looking name/value pairs, and JSON documents held in attributes.

use super::model::{Attr, Expr, How, Value, parse_json};
use crate::secrets::patterns::{find_known, is_placeholder, is_secret_name, looks_generated};

/// `Some(where it was written)` when the attribute holds a literal secret that is not a
/// variable's default (that one is `tf.secret-variable-default`'s): `""` when written in
/// place, ` in terraform.tfvars`, ` passed by `module.x` (main.tf:3)`.
pub(crate) fn hardcoded(attr: &Attr) -> Option<String> {
    literal_origin(&attr.expr)
}

/// Like [`hardcoded`], for any expression.
pub(crate) fn literal_origin(expr: &Expr) -> Option<String> {
    let Value::Str(value) = &expr.value else {
        return None;
    };
    if value.trim().is_empty() {
        return None;
    }
    let mut hop = expr.via.as_deref();
    let mut origin = String::new();
    while let Some(h) = hop {
        match &h.how {
            How::Default => return None,
            How::Tfvars(file) if origin.is_empty() => origin = format!(" in {file}"),
            How::Argument { module, file, line } if origin.is_empty() => {
                origin = format!(" passed by `{module}` ({file}:{line})")
            }
            _ => {}
        }
        hop = h.next.as_deref();
    }
    Some(origin)
}

/// A name/value pair that holds a secret: a value in a known credential format, or a
/// secret-like name (`DB_PASSWORD`, `api_key`) with a value that is neither a placeholder nor
/// a reference to where the secret lives (an ARN, a parameter path).
pub(crate) fn secret_pair(name: &str, value: &str) -> bool {
    let v = value.trim();
    if !find_known(v).is_empty() || aws_key_shaped(name, v) {
        return true;
    }
    if !is_secret_name(name) || v.len() < 6 || is_placeholder(v) {
        return false;
    }
    if v.starts_with("arn:")
        || v.starts_with('/')
        || v.starts_with("{{resolve")
        || v.starts_with("ssm:")
        || v.contains(char::is_whitespace)
    {
        return false;
    }
    // Plain words (`disabled`, `memory`) are settings, not secrets.
    let wordy = v
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_' || c == '.');
    !wordy || looks_generated(v)
}

/// The JSON document an attribute holds: `jsonencode(...)`'s argument, or JSON text.
pub(crate) fn json_doc(expr: &Expr) -> Option<Value> {
    match &expr.value {
        Value::Call(name, args) if name == "jsonencode" => Some(args.first()?.value.clone()),
        Value::Str(text) | Value::Template(text) => parse_json(text),
        _ => None,
    }
}

/// The entry `key` of an object value.
pub(crate) fn entry<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match value {
        Value::Object(entries) => entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| &v.value),
        _ => None,
    }
}

/// An AWS access key id (`AKIA…`, `ASIA…`), or a 40-character secret access key under a
/// secret-like name: reported even when it is AWS's documented example value, since a literal
/// key in configuration is the problem whatever its value.
fn aws_key_shaped(name: &str, v: &str) -> bool {
    let id = v.len() == 20
        && (v.starts_with("AKIA") || v.starts_with("ASIA"))
        && v.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let secret = v.len() == 40
        && is_secret_name(name)
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '+')
        && v.chars().any(|c| c.is_ascii_digit() || c == '/');
    id || secret
}
