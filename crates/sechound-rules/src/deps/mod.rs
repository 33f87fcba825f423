//! Rules over the repository's dependencies as a whole. Their checks run in the engine's
//! dependency review (`sechound-deps`), not in the per-file walk: only their metadata is here, so
//! that the catalogue, `sechound rules`, SARIF and the configuration know them.

mod vulnerable_package;

pub use vulnerable_package::VulnerablePackage;

/// Metadata of the dependency rules.
pub fn rules() -> Vec<&'static sechound_core::RuleMeta> {
    vec![&VulnerablePackage::META]
}
