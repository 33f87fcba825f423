use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// `backup_retention_period` under 7 days on `aws_db_instance` and `aws_rds_cluster`; 0 turns
    /// automated backups off altogether.
    ///
    /// ## Why it matters
    /// Automated backups and point-in-time recovery are the way back from corruption or malicious
    /// deletion; a day or two of history is often gone before anyone notices the problem.
    ///
    /// ## Not reported
    /// Read replicas (`replicate_source_db`), the setting left unset (AWS then keeps 1 day for
    /// instances and clusters: short, but a choice nobody wrote down), and values the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   backup_retention_period = 0        # reported: backups off
    /// }
    /// ```
    pub struct RdsBackupRetentionShort {
        id: "tf.rds-backup-retention-short",
        title: "RDS automated backups disabled or kept under a week",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [693],
        owasp: A05,
        effort: Minutes,
        impact: "After a bad migration, a ransomware-style deletion or corruption, the data can only be restored from a few days back, or not at all when backups are off.",
        recommendation: "Set `backup_retention_period = 7` or more (35 for production data) and copy snapshots to a separate account or region with AWS Backup.",
        verification: "`aws rds describe-db-instances` (or `describe-db-clusters`) shows `BackupRetentionPeriod` of at least 7.",
    }
    spec: Spec {
        noun: "RDS database",
        resources: &["aws_db_instance", "aws_rds_cluster"],
        unless: &[Cond::set("replicate_source_db")],
        test: Test::attr("backup_retention_period", Want::AtLeast(7.0), None),
        problem: "keeps automated backups for less than a week",
        ..Spec::DEFAULT
    },
}
