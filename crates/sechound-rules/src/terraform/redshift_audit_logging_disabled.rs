use super::spec::{Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Redshift clusters (`aws_redshift_cluster`) with no `aws_redshift_logging` for them in the
    /// module and no inline `logging` block.
    ///
    /// ## Why it matters
    /// Audit logs tell who connected to the warehouse and what they ran: the evidence needed after
    /// data is exfiltrated through SQL.
    ///
    /// ## Not reported
    /// Clusters of a module where some `aws_redshift_logging` names a cluster the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "warehouse" { cluster_identifier = "warehouse" }   # reported
    /// ```
    pub struct RedshiftAuditLoggingDisabled {
        id: "tf.redshift-audit-logging-disabled",
        title: "Redshift cluster without audit logging",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Connections, user changes and queries against the warehouse leave no record.",
        recommendation: "Add `resource \"aws_redshift_logging\" \"<name>\" { cluster_identifier = aws_redshift_cluster.<name>.id  log_destination_type = \"cloudwatch\"  log_exports = [\"connectionlog\", \"userlog\", \"useractivitylog\"] }` (and `enable_user_activity_logging` in the parameter group).",
        verification: "`aws redshift describe-logging-status --cluster-identifier <id>` shows `LoggingEnabled: true`.",
    }
    spec: Spec {
        noun: "Redshift cluster",
        resources: &["aws_redshift_cluster"],
        test: Test::Companion {
            types: &["aws_redshift_logging"],
            attrs: &["cluster_identifier"],
            literal: Some("cluster_identifier"),
            inline: &["logging"],
            missing: "no `aws_redshift_logging` for it and no inline `logging` block",
        },
        problem: "does not record audit logs",
        ..Spec::DEFAULT
    },
}
