use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// OpenSearch and Elasticsearch domains without `node_to_node_encryption { enabled = true }`.
    ///
    /// ## Why it matters
    /// Without it, anyone able to capture traffic inside the VPC reads the data the nodes exchange.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name = "search"                         # reported
    /// }
    /// ```
    pub struct OpensearchNodeToNodeUnencrypted {
        id: "tf.opensearch-node-to-node-unencrypted",
        title: "OpenSearch domain without node-to-node encryption",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [319],
        owasp: A02,
        effort: Hours,
        impact: "Documents and queries travel in clear between the domain's nodes.",
        recommendation: "Add `node_to_node_encryption { enabled = true }` (required for fine-grained access control).",
        verification: "`aws opensearch describe-domain --domain-name <name>` shows `NodeToNodeEncryptionOptions.Enabled: true`.",
    }
    spec: Spec {
        noun: "OpenSearch domain",
        resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
        test: Test::nested(&["node_to_node_encryption"], true, "enabled", Want::True, Some("it defaults to false")),
        problem: "sends data between nodes unencrypted",
        ..Spec::DEFAULT
    },
}
