use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// CloudTrail trails (`aws_cloudtrail`) with `enable_logging = false`.
    ///
    /// ## Why it matters
    /// A stopped trail is what an attacker leaves behind; in code it silently removes the account's
    /// audit record.
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
    pub struct CloudtrailLoggingDisabled {
        id: "tf.cloudtrail-logging-disabled",
        title: "CloudTrail trail with logging turned off",
        severity: High,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "The trail exists but records nothing: API activity in the account goes unlogged.",
        recommendation: "Remove `enable_logging = false` (it defaults to true) or set it to true.",
        verification: "`aws cloudtrail get-trail-status --name <name>` shows `\"IsLogging\": true`.",
    }
    spec: Spec {
        noun: "CloudTrail trail",
        resources: &["aws_cloudtrail"],
        test: Test::attr("enable_logging", Want::True, None),
        problem: "does not record anything",
        ..Spec::DEFAULT
    },
}
