use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// ElastiCache replication groups (`aws_elasticache_replication_group`) without
    /// `transit_encryption_enabled = true` (it defaults to false).
    ///
    /// ## Why it matters
    /// Without TLS anyone who can capture traffic in the VPC reads sessions and tokens that
    /// applications typically keep in Redis.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   replication_group_id = "sessions"              # reported
    /// }
    /// ```
    pub struct ElasticacheTransitUnencrypted {
        id: "tf.elasticache-transit-unencrypted",
        title: "ElastiCache replication group without encryption in transit",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [319],
        owasp: A02,
        effort: Minutes,
        impact: "Cached data and commands travel in clear inside the VPC; AUTH tokens cannot be used without TLS either.",
        recommendation: "Set `transit_encryption_enabled = true` (clients connect with TLS) and add an `auth_token` or RBAC user group.",
        verification: "`aws elasticache describe-replication-groups` shows `TransitEncryptionEnabled: true`.",
    }
    spec: Spec {
        noun: "ElastiCache replication group",
        resources: &["aws_elasticache_replication_group"],
        test: Test::attr("transit_encryption_enabled", Want::True, Some("it defaults to false")),
        problem: "is reachable without TLS",
        ..Spec::DEFAULT
    },
}
