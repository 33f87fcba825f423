//! The words of a name as code, headers and environment variables write it.

/// Splits `JWT_SECRET_KEY`, `jwtSecretKey`, `x-api-key`, `totp.secret` into lower-case words:
/// at every character that is not a letter or digit, and where a lower-case letter or digit is
/// followed by an upper-case one.
pub fn name_words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::name_words;

    #[test]
    fn splits_every_spelling_of_a_name() {
        assert_eq!(name_words("JWT_SECRET_KEY"), ["jwt", "secret", "key"]);
        assert_eq!(name_words("jwtSecretKey"), ["jwt", "secret", "key"]);
        assert_eq!(name_words("x-api-key"), ["x", "api", "key"]);
        assert_eq!(name_words("totp2faSecret"), ["totp2fa", "secret"]);
        assert!(name_words("__").is_empty());
    }
}
