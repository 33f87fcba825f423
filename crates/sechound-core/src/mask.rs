//! Masking of secret values: a short prefix and the length, never the value.

/// Masks a secret for display: keeps at most four leading characters (fewer for short values) and
/// states the length, e.g. `sk_l…[32 chars]`. Values of eight characters or fewer keep no prefix.
pub fn mask_secret(value: &str) -> String {
    let len = value.chars().count();
    let keep = match len {
        0..=8 => 0,
        9..=15 => 2,
        _ => 4,
    };
    let prefix: String = value.chars().take(keep).collect();
    format!("{prefix}…[{len} chars]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_a_short_prefix_and_the_length_only() {
        assert_eq!(
            mask_secret("sk_live_0123456789abcdef0123"),
            "sk_l…[28 chars]"
        );
        assert_eq!(mask_secret("hunter2"), "…[7 chars]");
        assert_eq!(mask_secret("abcdefghij"), "ab…[10 chars]");
    }
}
