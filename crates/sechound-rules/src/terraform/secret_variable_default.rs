use super::model::{Value, terraform_rule};
use crate::declare_rule;
use crate::secrets::patterns::{is_placeholder, is_secret_name, looks_generated};
use sechound_core::Severity;

declare_rule! {
    /// ## What it finds
    /// `variable` blocks with a secret-like name (`db_password`, `api_token`, `jwt_secret`...)
    /// whose `default` is a non-empty string: medium, high when the default looks like a
    /// generated secret rather than a word. The value is masked in the report.
    /// `sensitive = true` does not change anything: it hides the value from plan output, but
    /// the default still sits in the repository.
    ///
    /// ## Why it matters
    /// A default is committed with the code and applied whenever no one overrides it: the
    /// secret is readable by everyone with repository access, ends up in every clone and CI
    /// log of the plan, and is the same in every environment.
    ///
    /// ## Not reported
    /// Variables without default, with `default = ""` or `null`, non-string defaults, names
    /// that only describe a secret (`password_length`, `secret_arn`, `kms_key_id`), values
    /// that are ARNs or parameter paths (`/app/db/password`), interpolations, text with spaces, or a plain lowercase word naming a
    /// setting (`token_validity_units = "hours"`). Weak stand-ins such as `changeme`, and
    /// word-like values of variables that are the secret itself (`db_password =
    /// "chatbot-password"`), are reported: they are what gets deployed when nobody overrides
    /// them.
    ///
    /// ## Example
    /// ```hcl
    /// variable "db_password" {
    ///   type      = string
    ///   sensitive = true
    ///   default   = "Pr0d-Passw0rd!"              # reported
    /// }
    /// ```
    pub struct SecretVariableDefault {
        id: "tf.secret-variable-default",
        title: "Secret variable with a default value in code",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "Anyone with access to the repository (and its history) has the credential, and every environment that forgets to override it runs with the same known secret.",
        recommendation: "Remove the `default` (keep `sensitive = true`) and pass the value at apply time from a secret store (`TF_VAR_db_password` in CI from the secret manager), or let Terraform generate it (`random_password`, or `manage_master_user_password = true` for RDS) and store it in AWS Secrets Manager. Rotate the committed value.",
        verification: "`terraform plan` without the variable set fails asking for it; the old value no longer authenticates anywhere.",
    }
}

terraform_rule!(SecretVariableDefault, |m, cx| {
    for variable in m.local_blocks().iter().filter(|b| b.kind == "variable") {
        let name = variable.name();
        if !is_secret_name(name) {
            continue;
        }
        let Some(default) = variable.attr("default") else {
            continue;
        };
        let Value::Str(value) = &default.expr.value else {
            continue;
        };
        let value = value.trim();
        if value.is_empty()
            || value.starts_with("arn:")
            || value.starts_with("alias/")
            || value.starts_with('/')
            || value.contains(char::is_whitespace)
        {
            continue;
        }
        // A plain word (`token_validity_units = "hours"`) is a setting, not a secret, unless the
        // variable is the secret itself (`db_password = "chatbot-password"`); weak stand-ins
        // (`changeme`) are reported too: they are what runs when nobody overrides them.
        let wordy = value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_');
        if wordy && !is_placeholder(value) && !names_the_secret_itself(name) {
            continue;
        }
        let generated = looks_generated(value);
        let sensitive = if variable.attr("sensitive").and_then(|a| m.bool_of(&a.expr)) == Some(true)
        {
            " (`sensitive = true` hides it from plan output only)"
        } else {
            ""
        };
        let finding = cx.report_range(
            default.range.clone(),
            format!("Variable `{name}` has its secret value as `default` in the code{sensitive}."),
        );
        finding.mask_range(default.expr.range.clone());
        if generated {
            finding.severity(Severity::High);
        }
    }
});

/// True when the name ends with the secret word (`db_password`, `jwt_secret`, `api_key`), so
/// its value is the secret rather than a setting about one (`token_validity_units`).
fn names_the_secret_itself(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let last = lower.rsplit(['_', '-']).next().unwrap_or("");
    matches!(
        last,
        "password"
            | "passwd"
            | "pwd"
            | "pass"
            | "passphrase"
            | "secret"
            | "token"
            | "key"
            | "apikey"
    ) || ["password", "secret", "token", "apikey"]
        .iter()
        .any(|w| last.ends_with(w))
}
