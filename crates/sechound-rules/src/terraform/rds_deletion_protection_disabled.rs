use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// `aws_db_instance` and `aws_rds_cluster` without `deletion_protection = true` (it defaults to
    /// false).
    ///
    /// ## Why it matters
    /// Deletion protection makes deleting the database a two-step decision; without it a plan that
    /// replaces the resource or one API call removes the data and, with `skip_final_snapshot`, its
    /// last snapshot.
    ///
    /// ## Not reported
    /// Read replicas (`replicate_source_db`) and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine = "aurora-postgresql"                   # reported: no deletion_protection
    /// }
    /// ```
    pub struct RdsDeletionProtectionDisabled {
        id: "tf.rds-deletion-protection-disabled",
        title: "RDS database without deletion protection",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [693],
        owasp: A05,
        effort: Minutes,
        impact: "A mistaken `terraform destroy`, a resource replacement or a compromised credential can delete the database in one call.",
        recommendation: "Set `deletion_protection = true` (driven by a per-environment variable if previews must be destroyable) and keep `skip_final_snapshot = false`.",
        verification: "`aws rds describe-db-instances` (or `describe-db-clusters`) shows `\"DeletionProtection\": true`; `aws rds delete-db-instance` is refused.",
    }
    spec: Spec {
        noun: "RDS database",
        resources: &["aws_db_instance", "aws_rds_cluster"],
        unless: &[Cond::set("replicate_source_db")],
        test: Test::attr("deletion_protection", Want::True, Some("it defaults to false")),
        problem: "can be deleted without protection",
        ..Spec::DEFAULT
    },
}
