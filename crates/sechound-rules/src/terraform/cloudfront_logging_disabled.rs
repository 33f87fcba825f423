use super::spec::{Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// CloudFront distributions (`aws_cloudfront_distribution`) without a `logging_config` block.
    ///
    /// ## Why it matters
    /// The CDN is the front door of the application: its access logs are often the only record of
    /// who requested what when the origin sits behind it.
    ///
    /// ## Not reported
    /// Distributions logging through `aws_cloudfront_realtime_log_config` or standard logging v2
    /// resources in the module.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudfront_distribution" "site" {
    ///   enabled = true                           # reported: no logging_config
    /// }
    /// ```
    pub struct CloudfrontLoggingDisabled {
        id: "tf.cloudfront-logging-disabled",
        title: "CloudFront distribution without access logging",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Requests to the site leave no record to trace an attack, a scraping campaign or a data leak through the CDN.",
        recommendation: "Add `logging_config { bucket = aws_s3_bucket.<logs>.bucket_domain_name  prefix = \"cloudfront/<name>/\" }` (or real-time logs / standard logging v2 to CloudWatch).",
        verification: "`aws cloudfront get-distribution-config --id <id>` shows `Logging.Enabled: true`.",
    }
    spec: Spec {
        noun: "CloudFront distribution",
        resources: &["aws_cloudfront_distribution"],
        unless_module: &["aws_cloudfront_realtime_log_config", "aws_cloudwatch_log_delivery_source"],
        test: Test::Companion {
            types: &[],
            attrs: &[],
            literal: None,
            inline: &["logging_config"],
            missing: "no `logging_config` block",
        },
        problem: "does not log requests",
        ..Spec::DEFAULT
    },
}
