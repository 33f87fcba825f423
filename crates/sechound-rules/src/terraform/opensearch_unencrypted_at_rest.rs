use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// OpenSearch and Elasticsearch domains without `encrypt_at_rest { enabled = true }`.
    ///
    /// ## Why it matters
    /// Search clusters often index logs and customer records; unencrypted storage and snapshots
    /// expose them to anyone reaching the underlying storage.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name = "search"                         # reported: no encrypt_at_rest
    /// }
    /// ```
    pub struct OpensearchUnencryptedAtRest {
        id: "tf.opensearch-unencrypted-at-rest",
        title: "OpenSearch domain not encrypted at rest",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "Indexed documents, logs and snapshots are stored unencrypted.",
        recommendation: "Add `encrypt_at_rest { enabled = true }` (with `kms_key_id` for your own key).",
        verification: "`aws opensearch describe-domain --domain-name <name>` shows `EncryptionAtRestOptions.Enabled: true`.",
    }
    spec: Spec {
        noun: "OpenSearch domain",
        resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
        test: Test::nested(&["encrypt_at_rest"], true, "enabled", Want::True, Some("it defaults to false")),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
