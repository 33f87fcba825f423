use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// SQS queues (`aws_sqs_queue`) with `sqs_managed_sse_enabled = false` and no
    /// `kms_master_key_id`.
    ///
    /// ## Why it matters
    /// Queues are encrypted with SSE-SQS by default; turning it off without a KMS key stores messages
    /// in clear.
    ///
    /// ## Not reported
    /// Queues with a KMS key, queues that leave the default (SSE-SQS) on, and values the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sqs_queue" "jobs" {
    ///   sqs_managed_sse_enabled = false               # reported
    /// }
    /// ```
    pub struct SqsQueueUnencrypted {
        id: "tf.sqs-queue-unencrypted",
        title: "SQS queue with server-side encryption turned off",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "Messages, which often carry personal data and tokens, are stored unencrypted while they wait in the queue.",
        recommendation: "Remove `sqs_managed_sse_enabled = false` (SSE-SQS is the default) or set `kms_master_key_id = aws_kms_key.<name>.arn` to use your own key.",
        verification: "`aws sqs get-queue-attributes --attribute-names SqsManagedSseEnabled KmsMasterKeyId` shows one of them set.",
    }
    spec: Spec {
        noun: "SQS queue",
        resources: &["aws_sqs_queue"],
        unless: &[Cond::set("kms_master_key_id")],
        test: Test::attr("sqs_managed_sse_enabled", Want::True, None),
        problem: "stores messages unencrypted",
        ..Spec::DEFAULT
    },
}
