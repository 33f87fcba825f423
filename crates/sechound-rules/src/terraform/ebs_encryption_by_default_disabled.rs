use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// `aws_ebs_encryption_by_default` with `enabled = false`.
    ///
    /// ## Why it matters
    /// The account-wide default is the safety net that encrypts every new EBS volume, including those
    /// created by autoscaling groups and tools that forget to ask.
    ///
    /// ## Not reported
    /// The resource with `enabled` unset (it defaults to true) and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ebs_encryption_by_default" "this" {
    ///   enabled = false                         # reported
    /// }
    /// ```
    pub struct EbsEncryptionByDefaultDisabled {
        id: "tf.ebs-encryption-by-default-disabled",
        title: "EBS encryption by default turned off",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "New volumes and snapshot copies in the region are created unencrypted unless each one asks for encryption.",
        recommendation: "Set `enabled = true` on `aws_ebs_encryption_by_default` (and `aws_ebs_default_kms_key` to a customer-managed key) in every region the account uses.",
        verification: "`aws ec2 get-ebs-encryption-by-default` returns `\"EbsEncryptionByDefault\": true`.",
    }
    spec: Spec {
        noun: "EBS default encryption",
        resources: &["aws_ebs_encryption_by_default"],
        test: Test::attr("enabled", Want::True, None),
        problem: "is turned off for the region",
        ..Spec::DEFAULT
    },
}
