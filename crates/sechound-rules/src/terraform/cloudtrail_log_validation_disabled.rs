use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// CloudTrail trails (`aws_cloudtrail`) without `enable_log_file_validation = true` (it defaults
    /// to false).
    ///
    /// ## Why it matters
    /// Digest files let you prove that the log files were not modified or removed; an intruder
    /// covering tracks edits exactly those.
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
    pub struct CloudtrailLogValidationDisabled {
        id: "tf.cloudtrail-log-validation-disabled",
        title: "CloudTrail log file validation turned off",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [354],
        owasp: A09,
        effort: Minutes,
        impact: "Log files can be altered or deleted after delivery without detection, so the trail cannot be trusted as evidence.",
        recommendation: "Set `enable_log_file_validation = true`.",
        verification: "`aws cloudtrail describe-trails` shows `\"LogFileValidationEnabled\": true`; `aws cloudtrail validate-logs` verifies the digests.",
    }
    spec: Spec {
        noun: "CloudTrail trail",
        resources: &["aws_cloudtrail"],
        test: Test::attr("enable_log_file_validation", Want::True, Some("it defaults to false")),
        problem: "does not validate its log files",
        ..Spec::DEFAULT
    },
}
