use super::patterns::is_placeholder;
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use regex::Regex;
use sechound_core::Severity;
use std::sync::OnceLock;

declare_rule! {
    /// ## What it finds
    /// A connection URL with a password in it (`postgres://app:s3cr3t@db.internal/app`,
    /// `redis://:pw@cache:6379`, `amqp://user:pw@mq`, `https://user:pw@host`), in any text file.
    /// URLs that point at `localhost` are reported at low severity: usually a development
    /// default, still worth keeping out of code that ships.
    ///
    /// ## Why it matters
    /// The password opens the database, cache or broker to whoever reads the repository, and
    /// URLs are copied into logs and error messages whole.
    ///
    /// ## Not reported
    /// Placeholders (`<password>`, `changeme`, `${DB_PASSWORD}`, `%(password)s`) and URLs
    /// without a password.
    ///
    /// ## Example
    /// ```python
    /// DATABASE_URL = "postgresql://app:Zx9…@db.prod.internal/app"   # reported
    /// DATABASE_URL = os.environ["DATABASE_URL"]                     # fine
    /// ```
    pub struct UrlCredentials {
        id: "secrets.url-credentials",
        title: "Password in a connection URL",
        severity: High,
        confidence: Medium,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "The password gives direct access to the database, cache or broker the URL points to, bypassing the application.",
        recommendation: "Rotate the password, and build the URL at run time from environment variables or a secrets manager (for example `DATABASE_URL` injected by the platform) instead of writing it in the file.",
        verification: "Connect with the old password and confirm it is refused; `sechound review` no longer reports the URL.",
    }
}

impl FileRule for UrlCredentials {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, _kind: TextKind) -> bool {
        true
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        // Documentation is full of example URLs; real leaks there are caught by the formats rule.
        if file.is_documentation() {
            return;
        }
        static URL: OnceLock<Regex> = OnceLock::new();
        let url = URL.get_or_init(|| {
            Regex::new(
                r"(?i)(?-u:\b)(postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|ftp|sftp|smtp|ldaps?|https?)(?:\+[a-z0-9]+)?://([^\s:/@'`]*):([^\s@'`/]+)@([^\s/'`:?]+)",
            )
            .expect("regex")
        });
        let text = file.text();
        if !text.contains("://") {
            return;
        }
        for captures in url.captures_iter(text) {
            let scheme = captures[1].to_ascii_lowercase();
            let password = captures.get(3).expect("password");
            let host = captures[4]
                .trim_end_matches(['"', ',', ')', ';'])
                .to_ascii_lowercase();
            let value = password.as_str();
            let user = captures[2].to_ascii_lowercase();
            if EXAMPLE_USERS.contains(&user.as_str()) {
                continue;
            }
            if is_placeholder(value)
                || value.contains(['$', '{', '}', '%', '"'])
                || DOC_PASSWORDS.iter().any(|p| value.eq_ignore_ascii_case(p))
            {
                continue;
            }
            let local = matches!(
                host.as_str(),
                "localhost" | "127.0.0.1" | "0.0.0.0" | "[::1]"
            );
            let whole = captures.get(0).expect("match");
            let message = format!(
                "{} `{scheme}` URL carries its password in clear (host `{host}`).",
                if super::article(&scheme) == "an" {
                    "An"
                } else {
                    "A"
                }
            );
            let finding = cx.report(whole.range(), message);
            finding.mask_range(password.range());
            if local {
                finding.severity(Severity::Low);
            }
        }
    }
}

/// Passwords that only ever appear in examples (`scott:tiger`, `user:password`).
const DOC_PASSWORDS: &[&str] = &[
    "password", "pass", "passwd", "pw", "pwd", "tiger", "secret", "foo", "bar", "baz", "xyz",
    "test",
];

/// Users of documentation examples (`scott:tiger`, `user:pass`).
const EXAMPLE_USERS: &[&str] = &[
    "scott", "user", "username", "myuser", "foo", "someone", "me", "john", "jdoe",
];
