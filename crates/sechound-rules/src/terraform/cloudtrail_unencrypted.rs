use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// CloudTrail trails (`aws_cloudtrail`) without `kms_key_id`: log files are then encrypted only
    /// with SSE-S3.
    ///
    /// ## Why it matters
    /// CIS AWS Foundations asks for SSE-KMS on trails so that reading the logs needs a key grant on
    /// top of bucket access.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudtrail" "main" {
    ///   name           = "main"
    ///   s3_bucket_name = aws_s3_bucket.trail.id     # reported
    /// }
    /// ```
    pub struct CloudtrailUnencrypted {
        id: "tf.cloudtrail-unencrypted",
        title: "CloudTrail logs not encrypted with a KMS key",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [311],
        owasp: A09,
        effort: Minutes,
        impact: "Anyone able to read the log bucket reads the whole account activity; a KMS key would add a second, audited permission.",
        recommendation: "Set `kms_key_id = aws_kms_key.<name>.arn` with a key policy that lets CloudTrail encrypt and the security team decrypt.",
        verification: "`aws cloudtrail describe-trails` shows a `KmsKeyId`.",
    }
    spec: Spec {
        noun: "CloudTrail trail",
        resources: &["aws_cloudtrail"],
        test: Test::attr("kms_key_id", Want::Set, Some("log files get only SSE-S3 encryption")),
        problem: "is not encrypted with KMS",
        ..Spec::DEFAULT
    },
}
