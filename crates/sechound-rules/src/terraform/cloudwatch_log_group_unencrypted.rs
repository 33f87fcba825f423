use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// CloudWatch log groups (`aws_cloudwatch_log_group`) without `kms_key_id`.
    ///
    /// ## Why it matters
    /// Log groups are encrypted by CloudWatch by default, but only a customer-managed key lets you
    /// restrict decryption to the people who should read the logs and record every read.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudwatch_log_group" "app" {
    ///   name = "/app/api"                        # reported: no kms_key_id
    /// }
    /// ```
    pub struct CloudwatchLogGroupUnencrypted {
        id: "tf.cloudwatch-log-group-unencrypted",
        title: "CloudWatch log group not encrypted with a KMS key",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [311],
        owasp: A09,
        effort: Minutes,
        impact: "Whoever can read the log group reads its events, which often carry tokens, personal data and internal details; no key policy narrows or audits that access.",
        recommendation: "Set `kms_key_id = aws_kms_key.<name>.arn` on the log group, with a key policy that allows the `logs.<region>.amazonaws.com` service principal.",
        verification: "`aws logs describe-log-groups --log-group-name-prefix <name>` shows a `kmsKeyId`.",
    }
    spec: Spec {
        noun: "CloudWatch log group",
        resources: &["aws_cloudwatch_log_group"],
        test: Test::attr(
            "kms_key_id",
            Want::Set,
            Some("only the CloudWatch-managed encryption applies"),
        ),
        problem: "is not encrypted with a KMS key",
        ..Spec::DEFAULT
    },
}
