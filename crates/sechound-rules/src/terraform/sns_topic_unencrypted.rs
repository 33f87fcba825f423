use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// SNS topics (`aws_sns_topic`) without `kms_master_key_id`.
    ///
    /// ## Why it matters
    /// SNS does not encrypt topics by default; notifications often carry identifiers, personal data
    /// or links with tokens.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sns_topic" "alerts" {
    ///   name = "alerts"                              # reported: no kms_master_key_id
    /// }
    /// ```
    pub struct SnsTopicUnencrypted {
        id: "tf.sns-topic-unencrypted",
        title: "SNS topic not encrypted at rest",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "Messages published to the topic are stored unencrypted until delivered.",
        recommendation: "Set `kms_master_key_id = aws_kms_key.<name>.arn` (or `\"alias/aws/sns\"`), with a key policy that lets the publishing services use the key.",
        verification: "`aws sns get-topic-attributes --topic-arn <arn>` shows `KmsMasterKeyId`.",
    }
    spec: Spec {
        noun: "SNS topic",
        resources: &["aws_sns_topic"],
        test: Test::attr("kms_master_key_id", Want::Set, Some("SNS does not encrypt topics by default")),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
