//! Rules for env files (`.env`, `.env.*`, `*.env`).

mod committed_secret;
mod duplicate_key;
mod example_real_secret;

use crate::{FileRule, ParsedConfig, TextFile, TextKind};
use sechound_syntax::ConfigKind;
use sechound_syntax::dotenv::EnvEntry;

pub use committed_secret::CommittedSecret;
pub use duplicate_key::DuplicateKey;
pub use example_real_secret::ExampleRealSecret;

pub(crate) fn rules() -> Vec<&'static dyn FileRule> {
    vec![&CommittedSecret, &ExampleRealSecret, &DuplicateKey]
}

pub(crate) fn is_env(kind: TextKind) -> bool {
    kind == TextKind::Config(ConfigKind::Env)
}

pub(crate) fn entries<'a>(file: &'a TextFile<'_>) -> &'a [EnvEntry] {
    match file.parsed {
        ParsedConfig::Env(entries) => entries,
        _ => &[],
    }
}

/// Why a value reads as a real secret, if it does: a known credential format, or a generated-looking
/// value under a secret-like name.
pub(crate) fn real_secret(entry: &EnvEntry) -> Option<String> {
    use crate::secrets::patterns::{find_known, is_secret_name, looks_generated};
    if let Some((format, _)) = find_known(&entry.value).first() {
        return Some(format!(
            "{} {}",
            crate::secrets::article(format.name),
            format.name
        ));
    }
    if is_secret_name(&entry.key) && looks_generated(&entry.value) {
        return Some(format!(
            "a random-looking value of {} characters",
            entry.value.chars().count()
        ));
    }
    None
}
