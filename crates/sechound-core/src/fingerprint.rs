//! Fingerprints identify a finding across reviews without depending on line numbers.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Fingerprint(pub String);

impl Fingerprint {
    /// Builds a fingerprint from the rule, the file and the code the finding points at.
    ///
    /// The code is normalised by dropping all whitespace, so re-indenting or re-wrapping the
    /// statement, or inserting lines above it, leaves the fingerprint unchanged. `ordinal` tells
    /// apart identical code reported twice by the same rule in the same file (0 for the first).
    pub fn compute(rule_id: &str, path: &str, code: &str, ordinal: usize) -> Fingerprint {
        let mut hasher = Sha256::new();
        hasher.update(rule_id.as_bytes());
        hasher.update([0]);
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(normalize_code(code).as_bytes());
        hasher.update([0]);
        hasher.update(ordinal.to_le_bytes());
        let digest = hasher.finalize();
        Fingerprint(digest[..10].iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// Whitespace-free form of a piece of code, the part of a fingerprint that survives reformatting.
pub fn normalize_code(code: &str) -> String {
    let compact: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    // Formatters add or drop trailing commas and semicolons; neither changes the code.
    let mut out = String::with_capacity(compact.len());
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ',' && matches!(chars.peek(), Some(')' | ']' | '}')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end_matches(';').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reformatting_does_not_change_the_fingerprint() {
        let a = Fingerprint::compute("r", "a.js", "app.use(cors())", 0);
        let b = Fingerprint::compute("r", "a.js", "app.use(\n  cors()\n)", 0);
        assert_eq!(a, b);
        assert_ne!(a, Fingerprint::compute("r", "a.js", "app.use(cors())", 1));
        assert_ne!(a, Fingerprint::compute("r", "b.js", "app.use(cors())", 0));
        assert_eq!(a.0.len(), 20);
        let trailing = Fingerprint::compute("r", "a.js", "app.use(\n  cors({ a: 1, },),\n);", 0);
        assert_eq!(
            trailing,
            Fingerprint::compute("r", "a.js", "app.use(cors({ a: 1 }))", 0)
        );
    }
}
