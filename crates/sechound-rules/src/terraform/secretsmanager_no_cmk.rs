use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Secrets Manager secrets (`aws_secretsmanager_secret`) without `kms_key_id`: they use
    /// `aws/secretsmanager`, whose policy you cannot restrict.
    ///
    /// ## Why it matters
    /// With the AWS-managed key, IAM permissions on the secret are the only control; a customer
    /// key lets you separate who manages secrets from who can decrypt them.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_secretsmanager_secret" "db" {
    ///   name = "prod/db"                               # reported: no kms_key_id
    /// }
    /// ```
    pub struct SecretsmanagerNoCmk {
        id: "tf.secretsmanager-no-cmk",
        title: "Secrets Manager secret encrypted with the AWS-managed key",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "Anyone in the account with `secretsmanager:GetSecretValue` can read the secret; a customer-managed key would add a second, audited permission and allow cross-account sharing.",
        recommendation: "Set `kms_key_id = aws_kms_key.<name>.arn` with a key policy limited to the roles that read the secret.",
        verification: "`aws secretsmanager describe-secret --secret-id <id>` shows your key in `KmsKeyId`.",
    }
    spec: Spec {
        noun: "Secrets Manager secret",
        resources: &["aws_secretsmanager_secret"],
        test: Test::attr("kms_key_id", Want::Set, Some("it uses the AWS-managed key `aws/secretsmanager`")),
        problem: "is encrypted with the default AWS-managed key",
        ..Spec::DEFAULT
    },
}
