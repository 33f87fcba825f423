use super::spec::{Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Secrets Manager secrets (`aws_secretsmanager_secret`) with no
    /// `aws_secretsmanager_secret_rotation` in the module and no inline rotation settings.
    ///
    /// ## Why it matters
    /// Rotation bounds how long a leaked database password or API key stays useful.
    ///
    /// ## Not reported
    /// Secrets of a module where some rotation names a secret the model cannot resolve. Secrets that
    /// cannot be rotated automatically (a third party's API key) are expected: the finding is of
    /// medium confidence; waive it for those.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_secretsmanager_secret" "db" { name = "prod/db" }   # reported
    /// ```
    pub struct SecretsmanagerRotationMissing {
        id: "tf.secretsmanager-rotation-missing",
        title: "Secrets Manager secret without automatic rotation",
        severity: Low,
        confidence: Medium,
        area: ConfigurationSecrets,
        cwe: [262],
        owasp: A07,
        effort: Hours,
        impact: "A leaked secret stays valid until someone rotates it by hand, which rarely happens.",
        recommendation: "Add `resource \"aws_secretsmanager_secret_rotation\" \"<name>\" { secret_id = aws_secretsmanager_secret.<name>.id  rotation_lambda_arn = ...  rotation_rules { automatically_after_days = 30 } }` (RDS, Redshift and DocumentDB have managed rotation templates).",
        verification: "`aws secretsmanager describe-secret --secret-id <id>` shows `RotationEnabled: true`.",
    }
    spec: Spec {
        noun: "Secrets Manager secret",
        resources: &["aws_secretsmanager_secret"],
        test: Test::Companion {
            types: &["aws_secretsmanager_secret_rotation"],
            attrs: &["secret_id"],
            literal: Some("name"),
            inline: &["rotation_rules", "rotation_lambda_arn"],
            missing: "no `aws_secretsmanager_secret_rotation` for it",
        },
        problem: "is never rotated automatically",
        ..Spec::DEFAULT
    },
}
