use super::{entries, is_env};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use std::collections::HashMap;

declare_rule! {
    /// ## What it finds
    /// A key defined twice in one env file. The second line is reported, with the first as
    /// related evidence.
    ///
    /// ## Why it matters
    /// Loaders disagree on which definition wins (dotenv keeps the first, a shell `source`
    /// keeps the last), so the service may run with a different value than the one a reader
    /// sees, a security setting included.
    ///
    /// ## Not reported
    /// The same key in different files (`.env` and `.env.production`).
    ///
    /// ## Example
    /// ```sh
    /// RATE_LIMIT_ENABLED=true
    /// RATE_LIMIT_ENABLED=false   # reported
    /// ```
    pub struct DuplicateKey {
        id: "env.duplicate-key",
        title: "Key defined twice in an env file",
        severity: Low,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [1188],
        owasp: A05,
        effort: Minutes,
        impact: "Which value applies depends on the loader, so a setting can silently differ from what the file appears to say.",
        recommendation: "Keep one definition of the key and delete the other.",
        verification: "`grep -c '^KEY=' <file>` prints 1 and `sechound review` no longer reports it.",
    }
}

impl FileRule for DuplicateKey {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_env(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (index, entry) in entries(file).iter().enumerate() {
            match first.get(entry.key.as_str()) {
                Some(&earlier) => {
                    let earlier = &entries(file)[earlier];
                    let message = format!(
                        "`{}` is defined again here; it was already set on line {}.",
                        entry.key, earlier.line
                    );
                    let finding = cx.report(entry.range.clone(), message);
                    finding.related.push(earlier.range.clone());
                    if crate::secrets::patterns::is_secret_name(&entry.key)
                        || super::real_secret(entry).is_some()
                    {
                        finding
                            .mask_range(entry.value_range.clone())
                            .mask_range(earlier.value_range.clone());
                    }
                }
                None => {
                    first.insert(entry.key.as_str(), index);
                }
            }
        }
    }
}
