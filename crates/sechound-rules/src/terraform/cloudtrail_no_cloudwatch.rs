use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// CloudTrail trails (`aws_cloudtrail`) without `cloud_watch_logs_group_arn`.
    ///
    /// ## Why it matters
    /// The CIS monitoring controls (alarms on unauthorised calls, console logins without MFA, changes
    /// to IAM, trails and security groups) all depend on the trail feeding CloudWatch Logs.
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
    pub struct CloudtrailNoCloudwatch {
        id: "tf.cloudtrail-no-cloudwatch",
        title: "CloudTrail trail not sent to CloudWatch Logs",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Events only land in S3, so nothing alarms in real time on root logins, policy changes or disabled trails.",
        recommendation: "Set `cloud_watch_logs_group_arn = \"${aws_cloudwatch_log_group.<name>.arn}:*\"` and `cloud_watch_logs_role_arn`, and add metric filters with alarms for the CIS events.",
        verification: "`aws cloudtrail describe-trails` shows `CloudWatchLogsLogGroupArn`; the log group receives events.",
    }
    spec: Spec {
        noun: "CloudTrail trail",
        resources: &["aws_cloudtrail"],
        test: Test::attr("cloud_watch_logs_group_arn", Want::Set, Some("no CloudWatch Logs delivery for alarms")),
        problem: "is not monitored in real time",
        ..Spec::DEFAULT
    },
}
