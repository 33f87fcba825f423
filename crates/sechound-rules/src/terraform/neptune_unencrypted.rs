use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Neptune clusters (`aws_neptune_cluster`) without `storage_encrypted = true` (it defaults to
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
    /// resource "aws_neptune_cluster" "graph" {
    ///   storage_encrypted = false                  # reported
    /// }
    /// ```
    pub struct NeptuneUnencrypted {
        id: "tf.neptune-unencrypted",
        title: "Neptune cluster not encrypted at rest",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "The graph data, its backups and snapshots are stored unencrypted.",
        recommendation: "Set `storage_encrypted = true` with `kms_key_arn = aws_kms_key.<name>.arn` (existing clusters: restore a snapshot into a new encrypted cluster).",
        verification: "`aws neptune describe-db-clusters` shows `\"StorageEncrypted\": true`.",
    }
    spec: Spec {
        noun: "Neptune cluster",
        resources: &["aws_neptune_cluster"],
        unless: &[Cond::set("snapshot_identifier")],
        test: Test::attr("storage_encrypted", Want::True, Some("it defaults to false")),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
