use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Kinesis data streams (`aws_kinesis_stream`) without `encryption_type = "KMS"` (it defaults to
    /// `NONE`).
    ///
    /// ## Why it matters
    /// Streams carry events, clickstreams and change data, often with personal data, kept for days.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kinesis_stream" "events" {
    ///   name = "events"                                # reported
    /// }
    /// ```
    pub struct KinesisStreamUnencrypted {
        id: "tf.kinesis-stream-unencrypted",
        title: "Kinesis stream not encrypted at rest",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "Records are stored unencrypted for the stream's retention period.",
        recommendation: "Set `encryption_type = \"KMS\"` and `kms_key_id` (`\"alias/aws/kinesis\"` or your own key).",
        verification: "`aws kinesis describe-stream-summary --stream-name <name>` shows `EncryptionType: KMS`.",
    }
    spec: Spec {
        noun: "Kinesis stream",
        resources: &["aws_kinesis_stream"],
        test: Test::attr("encryption_type", Want::OneOf(&["KMS"]), Some("it defaults to NONE")),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
