use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// `aws_db_instance` and `aws_rds_cluster` without `enabled_cloudwatch_logs_exports` (or with an
    /// empty list).
    ///
    /// ## Why it matters
    /// Database logs hold the traces of brute force, SQL injection errors and privilege changes; kept
    /// only on the instance, they rotate away before anyone looks.
    ///
    /// ## Not reported
    /// Read replicas and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine = "mysql"                         # reported: no enabled_cloudwatch_logs_exports
    /// }
    /// ```
    pub struct RdsLogsNotExported {
        id: "tf.rds-logs-not-exported",
        title: "RDS database logs not exported to CloudWatch",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Failed logins, errors and (where enabled) audit events stay on the instance for a short time and are lost for investigation and alerting.",
        recommendation: "Set `enabled_cloudwatch_logs_exports` to the engine's logs (`[\"postgresql\", \"upgrade\"]`, `[\"audit\", \"error\", \"general\", \"slowquery\"]` for MySQL) and alarm on authentication failures.",
        verification: "`aws rds describe-db-instances` shows `EnabledCloudwatchLogsExports`; the log groups `/aws/rds/...` receive events.",
    }
    spec: Spec {
        noun: "RDS database",
        resources: &["aws_db_instance", "aws_rds_cluster"],
        unless: &[Cond::set("replicate_source_db")],
        test: Test::attr(
            "enabled_cloudwatch_logs_exports",
            Want::Set,
            Some("its logs stay on the instance"),
        ),
        problem: "does not export its logs",
        ..Spec::DEFAULT
    },
}
