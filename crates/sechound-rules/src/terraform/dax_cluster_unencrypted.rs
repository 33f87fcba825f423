use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// DAX clusters (`aws_dax_cluster`) without `server_side_encryption { enabled = true }`.
    ///
    /// ## Why it matters
    /// DAX keeps copies of table items; unlike the tables, the cache is not encrypted unless asked.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dax_cluster" "cache" {
    ///   cluster_name = "cache"                        # reported
    /// }
    /// ```
    pub struct DaxClusterUnencrypted {
        id: "tf.dax-cluster-unencrypted",
        title: "DAX cluster not encrypted at rest",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "Cached DynamoDB items, and the cluster's logs and snapshots, are stored unencrypted.",
        recommendation: "Add `server_side_encryption { enabled = true }` (a new cluster is needed: encryption cannot be added in place) and `cluster_endpoint_encryption_type = \"TLS\"`.",
        verification: "`aws dax describe-clusters` shows `SSEDescription.Status: ENABLED`.",
    }
    spec: Spec {
        noun: "DAX cluster",
        resources: &["aws_dax_cluster"],
        test: Test::nested(&["server_side_encryption"], true, "enabled", Want::True, Some("it defaults to false")),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
