use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// EFS file systems (`aws_efs_file_system`) without `encrypted = true` (it defaults to false).
    ///
    /// ## Why it matters
    /// Encryption at rest cannot be added to an existing file system; shared file systems often hold
    /// uploads, exports and configuration with secrets.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_efs_file_system" "shared" {
    ///   creation_token = "shared"                      # reported: not encrypted
    /// }
    /// ```
    pub struct EfsUnencrypted {
        id: "tf.efs-unencrypted",
        title: "EFS file system not encrypted at rest",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "Files and their backups are stored unencrypted.",
        recommendation: "Set `encrypted = true` with `kms_key_id = aws_kms_key.<name>.arn` (existing file systems: create an encrypted one and copy the data with DataSync).",
        verification: "`aws efs describe-file-systems --file-system-id <id>` shows `\"Encrypted\": true`.",
    }
    spec: Spec {
        noun: "EFS file system",
        resources: &["aws_efs_file_system"],
        test: Test::attr("encrypted", Want::True, Some("it defaults to false")),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
