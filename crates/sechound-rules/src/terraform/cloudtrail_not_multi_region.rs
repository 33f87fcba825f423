use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// CloudTrail trails (`aws_cloudtrail`) without `is_multi_region_trail = true` (it defaults to
    /// false).
    ///
    /// ## Why it matters
    /// CIS AWS Foundations asks for at least one multi-region trail: an attacker with stolen keys
    /// favours regions nobody watches.
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
    pub struct CloudtrailNotMultiRegion {
        id: "tf.cloudtrail-not-multi-region",
        title: "CloudTrail trail limited to one region",
        severity: Medium,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Activity in the other regions, where an attacker would launch resources to stay unnoticed, is not recorded by this trail.",
        recommendation: "Set `is_multi_region_trail = true` (and `include_global_service_events = true`), or use an organisation trail.",
        verification: "`aws cloudtrail describe-trails` shows `\"IsMultiRegionTrail\": true`.",
    }
    spec: Spec {
        noun: "CloudTrail trail",
        resources: &["aws_cloudtrail"],
        test: Test::attr("is_multi_region_trail", Want::True, Some("it defaults to false")),
        problem: "records one region only",
        ..Spec::DEFAULT
    },
}
