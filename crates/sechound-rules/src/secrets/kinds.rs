//! What a secret unlocks, from its variable name: a token-signing key, a session secret, a
//! database password, an API key. Findings about a secret say what its leak costs in these
//! terms, and findings about one variable share one root cause.

use sechound_core::RootCause;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SecretKind {
    /// Signs or encrypts tokens: `JWT_SECRET`, `SECRET_KEY`, `TOKEN_SECRET`.
    SigningKey,
    /// Signs session cookies: `SESSION_SECRET`, `COOKIE_SECRET`.
    SessionSecret,
    /// Logs in to a data store: `POSTGRES_PASSWORD`, `DATABASE_URL`, `REDIS_PASSWORD`.
    DataStore,
    /// Proves an incoming webhook genuine: `WEBHOOK_SECRET`, `STRIPE_WEBHOOK_SECRET`.
    WebhookSecret,
    /// Calls a provider: `STRIPE_API_KEY`, `GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`.
    ApiCredential,
    /// Anything else secret-like.
    Other,
}

impl SecretKind {
    pub(crate) fn of(name: &str) -> SecretKind {
        let upper = name.to_ascii_uppercase();
        let has = |words: &[&str]| words.iter().any(|w| upper.contains(w));
        if has(&["WEBHOOK"]) {
            SecretKind::WebhookSecret
        } else if has(&["SESSION", "COOKIE"]) {
            SecretKind::SessionSecret
        } else if has(&[
            "POSTGRES", "PG", "MYSQL", "MARIADB", "MONGO", "REDIS", "DATABASE", "DB_", "_DB",
            "RABBIT", "AMQP", "ELASTIC",
        ]) || upper == "DB"
        {
            SecretKind::DataStore
        } else if has(&[
            "JWT",
            "SIGNING",
            "TOKEN_SECRET",
            "SECRET_KEY",
            "APP_SECRET",
            "AUTH_SECRET",
        ]) || upper == "SECRET"
        {
            SecretKind::SigningKey
        } else if has(&["API_KEY", "APIKEY", "TOKEN", "ACCESS_KEY", "CLIENT_SECRET"]) {
            SecretKind::ApiCredential
        } else {
            SecretKind::Other
        }
    }

    /// What anyone who knows the value can do.
    pub(crate) fn impact(self, name: &str) -> String {
        let what = match self {
            SecretKind::SigningKey => {
                "can sign tokens the service accepts and act as any user, administrators included"
            }
            SecretKind::SessionSecret => {
                "can forge session cookies the service accepts and take over any session"
            }
            SecretKind::DataStore => {
                "and can reach the data store logs in with it and reads or changes every record, bypassing the application"
            }
            SecretKind::WebhookSecret => "can send webhook calls the service accepts as genuine",
            SecretKind::ApiCredential => {
                "can call the provider's API as this service, with its permissions and on its account"
            }
            SecretKind::Other => "can use it wherever the service's credential is accepted",
        };
        format!(
            "Wherever `{name}` is not set otherwise, the service runs with a value everyone who can read the repository knows; whoever knows it {what}."
        )
    }

    /// The root cause all findings about `name` share.
    pub(crate) fn root_cause(self, name: &str) -> RootCause {
        let then = match self {
            SecretKind::SigningKey | SecretKind::SessionSecret => format!(
                "Then generate a new random `{name}` for every deployment that ran with one of these values (tokens and sessions signed with the old one stop working)."
            ),
            SecretKind::DataStore => format!(
                "Then change the password behind `{name}` on every database that was set up with one of these values."
            ),
            SecretKind::WebhookSecret => format!(
                "Then set a new `{name}` at the sender and in every deployment that used one of these values."
            ),
            SecretKind::ApiCredential => format!(
                "Then revoke the credential behind `{name}` at its provider if a real one was ever written here, and issue a new one."
            ),
            SecretKind::Other => {
                format!("Then replace `{name}` wherever one of these values was used.")
            }
        };
        RootCause {
            key: format!("secret:{name}"),
            title: format!("Secret `{name}` has values written in the repository"),
            remedy: format!(
                "Remove every value of `{name}` written in the repository (each place's fix says how). {then}"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_tell_what_a_secret_unlocks() {
        assert_eq!(SecretKind::of("JWT_SECRET"), SecretKind::SigningKey);
        assert_eq!(SecretKind::of("SECRET_KEY"), SecretKind::SigningKey);
        assert_eq!(SecretKind::of("SESSION_SECRET"), SecretKind::SessionSecret);
        assert_eq!(SecretKind::of("POSTGRES_PASSWORD"), SecretKind::DataStore);
        assert_eq!(SecretKind::of("DATABASE_URL"), SecretKind::DataStore);
        assert_eq!(SecretKind::of("STRIPE_API_KEY"), SecretKind::ApiCredential);
        assert_eq!(SecretKind::of("WEBHOOK_SECRET"), SecretKind::WebhookSecret);
        assert_eq!(SecretKind::of("ADMIN_PASSWORD"), SecretKind::Other);
        assert!(
            !SecretKind::DataStore
                .impact("POSTGRES_PASSWORD")
                .contains("token")
        );
    }
}
