use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// CloudWatch log groups (`aws_cloudwatch_log_group`) with `retention_in_days` between 1 and 89.
    ///
    /// ## Why it matters
    /// The median time to detect a breach is counted in months: logs kept for days cannot support
    /// the investigation.
    ///
    /// ## Not reported
    /// Log groups without `retention_in_days` or with 0 (kept forever), and values the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_cloudwatch_log_group" "app" {
    ///   retention_in_days = 7                    # reported
    /// }
    /// ```
    pub struct CloudwatchLogRetentionShort {
        id: "tf.cloudwatch-log-retention-short",
        title: "CloudWatch logs kept less than 90 days",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Incidents are often found weeks or months later; by then the logs that would explain them are gone.",
        recommendation: "Set `retention_in_days` to 90 or more (365 for audit and security logs), or archive the logs to S3 with a lifecycle policy.",
        verification: "`aws logs describe-log-groups --log-group-name-prefix <name>` shows `retentionInDays` of at least 90.",
    }
    spec: Spec {
        noun: "CloudWatch log group",
        resources: &["aws_cloudwatch_log_group"],
        test: Test::attr("retention_in_days", Want::Check(long_enough), None),
        problem: "keeps its logs for less than 90 days",
        ..Spec::DEFAULT
    },
}

/// 0 keeps logs forever; anything from 90 days is enough.
fn long_enough(value: &super::model::Value) -> Option<bool> {
    super::eval::number(value).map(|days| days == 0.0 || days >= 90.0)
}
