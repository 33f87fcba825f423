use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// DynamoDB tables (`aws_dynamodb_table`) without `point_in_time_recovery { enabled = true }`.
    ///
    /// ## Why it matters
    /// Point-in-time recovery keeps 35 days of continuous backups: the way back from corruption
    /// or destructive writes that on-demand backups taken too late miss.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dynamodb_table" "orders" {
    ///   name = "orders"                               # reported: no point_in_time_recovery
    /// }
    /// ```
    pub struct DynamodbPitrDisabled {
        id: "tf.dynamodb-pitr-disabled",
        title: "DynamoDB table without point-in-time recovery",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [693],
        owasp: A05,
        effort: Minutes,
        impact: "A bad deployment, a bug or a malicious delete that overwrites items cannot be undone.",
        recommendation: "Add `point_in_time_recovery { enabled = true }` to the table (and AWS Backup for long-term copies).",
        verification: "`aws dynamodb describe-continuous-backups --table-name <name>` shows `PointInTimeRecoveryStatus: ENABLED`.",
    }
    spec: Spec {
        noun: "DynamoDB table",
        resources: &["aws_dynamodb_table"],
        test: Test::nested(&["point_in_time_recovery"], true, "enabled", Want::True, Some("it defaults to false")),
        problem: "cannot be restored to a point in time",
        ..Spec::DEFAULT
    },
}
