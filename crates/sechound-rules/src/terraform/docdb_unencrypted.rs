use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// DocumentDB clusters (`aws_docdb_cluster`) without `storage_encrypted = true` (it defaults to
    /// false).
    ///
    /// ## Why it matters
    /// Unencrypted storage exposes the data in snapshots shared or copied out of the account, and
    /// encryption cannot be turned on for an existing cluster.
    ///
    /// ## Not reported
    /// Clusters restored from a snapshot (`snapshot_identifier`) and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_docdb_cluster" "docs" {
    ///   cluster_identifier = "docs"              # reported: no storage_encrypted
    /// }
    /// ```
    pub struct DocdbUnencrypted {
        id: "tf.docdb-unencrypted",
        title: "DocumentDB cluster not encrypted at rest",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "The cluster's storage, backups and snapshots hold the documents unencrypted.",
        recommendation: "Set `storage_encrypted = true` with `kms_key_id = aws_kms_key.<name>.arn` (existing clusters: restore a snapshot into a new encrypted cluster).",
        verification: "`aws docdb describe-db-clusters` shows `\"StorageEncrypted\": true`.",
    }
    spec: Spec {
        noun: "DocumentDB cluster",
        resources: &["aws_docdb_cluster"],
        unless: &[Cond::set("snapshot_identifier")],
        test: Test::attr("storage_encrypted", Want::True, Some("it defaults to false")),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
