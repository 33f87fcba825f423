//! Judging a signing key whose value comes from another module, once the linker resolved it.

use crate::{CheckContext, ValueCheck, Verdict};
use sechound_core::Severity;
use sechound_syntax::Node;
use sechound_syntax::value::Value;

/// The verdict on a resolved signing key, for a finding at the call that uses it (`api` says
/// what the call does with it: "`jwt.sign()` signs tokens"): bad when an unset environment
/// variable leaves the key with a value written in the code.
pub(crate) fn key_falls_back(value: &Value, api: &str) -> Option<Verdict> {
    let variable = value.alternatives().into_iter().find_map(|v| match v {
        Value::Env {
            name,
            default: Some(default),
        } if default
            .alternatives()
            .iter()
            .any(|d| d.as_str().is_some_and(|s| !s.trim().is_empty())) =>
        {
            Some(name.clone())
        }
        _ => None,
    })?;
    Some(Verdict {
        message: format!(
            "{api} with a key that falls back to a value written in the code when `{variable}` is unset: anyone who reads the repository can forge tokens for a deployment that forgets it"
        ),
        // A signing key, as the definition's own finding would have rated it.
        severity: Some(Severity::High),
        confidence: None,
        member: Some(variable),
    })
}

/// Reports `call`, which uses the signing key `key` (`api` names the call, `context` says what it
/// does with the key: "`jwt.sign()` signs tokens"), for judgement once the key's value is
/// resolved across files; a key that refers to nothing another file defines is left to the
/// rule's own reading.
pub(crate) fn check_key<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    key: Node<'f>,
    api: &str,
    context: String,
) {
    let value = cx.value(key);
    if !value.has_references() {
        return;
    }
    cx.report(call, format!("{api} uses a key read from configuration."))
        .value_check(ValueCheck {
            value,
            judge: key_falls_back,
            context,
        });
}
