use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Redshift clusters (`aws_redshift_cluster`) with `encrypted = false`, or without `encrypted`
    /// (older AWS providers default to false; reported at medium confidence).
    ///
    /// ## Why it matters
    /// Data warehouses concentrate an organisation's data; unencrypted snapshots copied or shared
    /// across accounts expose all of it.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "warehouse" {
    ///   encrypted = false                              # reported
    /// }
    /// ```
    pub struct RedshiftUnencrypted {
        id: "tf.redshift-unencrypted",
        title: "Redshift cluster not encrypted at rest",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "The warehouse's data, backups and snapshots are stored unencrypted.",
        recommendation: "Set `encrypted = true` with `kms_key_id = aws_kms_key.<name>.arn`.",
        verification: "`aws redshift describe-clusters` shows `\"Encrypted\": true`.",
    }
    spec: Spec {
        noun: "Redshift cluster",
        resources: &["aws_redshift_cluster"],
        unless: &[Cond::set("snapshot_identifier")],
        test: Test::attr_soft("encrypted", Want::True, "older AWS providers default to false"),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
