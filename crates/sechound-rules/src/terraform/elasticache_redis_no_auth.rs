use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Redis and Valkey replication groups (`aws_elasticache_replication_group`) with neither an
    /// `auth_token` nor RBAC `user_group_ids`.
    ///
    /// ## Why it matters
    /// Without AUTH, network reachability is the only control: a compromised host or a misconfigured
    /// security group gives full access to the data store.
    ///
    /// ## Not reported
    /// Memcached groups, groups with `auth_token` or `user_group_ids`, and values the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elasticache_replication_group" "sessions" {
    ///   transit_encryption_enabled = true             # reported: no auth_token
    /// }
    /// ```
    pub struct ElasticacheRedisNoAuth {
        id: "tf.elasticache-redis-no-auth",
        title: "Redis replication group without authentication",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [306],
        owasp: A07,
        effort: Minutes,
        impact: "Any host that can reach the endpoint can read, change or flush the cache, and run administrative commands.",
        recommendation: "Set `transit_encryption_enabled = true` with an `auth_token` from Secrets Manager, or use RBAC (`user_group_ids` with `aws_elasticache_user_group`).",
        verification: "`redis-cli -h <endpoint> --tls PING` without credentials answers `NOAUTH`.",
    }
    spec: Spec {
        noun: "ElastiCache replication group",
        resources: &["aws_elasticache_replication_group"],
        when: &[Cond::is_or_absent("engine", &["redis", "valkey"])],
        unless: &[Cond::set("user_group_ids")],
        test: Test::attr(
            "auth_token",
            Want::Set,
            Some("anyone who reaches the endpoint can run commands"),
        ),
        problem: "accepts unauthenticated clients",
        ..Spec::DEFAULT
    },
}
