use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// ElastiCache replication groups (`aws_elasticache_replication_group`) without
    /// `at_rest_encryption_enabled = true`.
    ///
    /// ## Why it matters
    /// Snapshots exported or shared from an unencrypted group hold the cached data in clear.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   at_rest_encryption_enabled = false            # reported
    /// }
    /// ```
    pub struct ElasticacheAtRestUnencrypted {
        id: "tf.elasticache-at-rest-unencrypted",
        title: "ElastiCache replication group not encrypted at rest",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "Data written to disk (swap, backups and snapshots) is stored unencrypted.",
        recommendation: "Set `at_rest_encryption_enabled = true` (with `kms_key_id` for your own key); existing groups need a new group restored from a backup.",
        verification: "`aws elasticache describe-replication-groups` shows `AtRestEncryptionEnabled: true`.",
    }
    spec: Spec {
        noun: "ElastiCache replication group",
        resources: &["aws_elasticache_replication_group"],
        test: Test::attr_soft("at_rest_encryption_enabled", Want::True, "older AWS providers and engines default to false"),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
