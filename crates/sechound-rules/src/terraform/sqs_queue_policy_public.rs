use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// SQS resource policies (`aws_sqs_queue_policy`, `aws_sqs_queue`) with an `Allow`
    /// statement for any principal (`Principal = "*"` or `{ AWS = "*" }`) and no `Condition`, read
    /// from `jsonencode`, JSON strings and heredocs, and `data "aws_iam_policy_document"` documents.
    ///
    /// A condition counts when it narrows the caller (an organisation, account, source ARN,
    /// VPC endpoint, IP range or external id); one on MFA or TLS alone does not.
    ///
    /// ## Why it matters
    /// An unconditioned `"*"` principal lets every AWS account, and for some actions anonymous
    /// callers, perform the allowed actions on the resource.
    ///
    /// ## Not reported
    /// Statements with a `Condition` (`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`
    /// usually narrow them), `Deny` statements, and documents the model cannot read.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sqs_queue_policy" "jobs" {
    ///   queue_url = aws_sqs_queue.jobs.id
    ///   policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*",
    ///     Action = "sqs:SendMessage", Resource = aws_sqs_queue.jobs.arn }] })   # reported
    /// }
    /// ```
    pub struct SqsQueuePolicyPublic {
        id: "tf.sqs-queue-policy-public",
        title: "SQS queue policy open to any principal",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [284, 732],
        owasp: A01,
        effort: Minutes,
        impact: "Anyone can send messages to the queue (injecting work into its consumers) or read and delete them, depending on the actions allowed.",
        recommendation: "Name the principals (`{ AWS = aws_iam_role.<producer>.arn }`), or for a service such as SNS or EventBridge use `Principal = { Service = \"sns.amazonaws.com\" }` with `Condition = { ArnEquals = { \"aws:SourceArn\" = aws_sns_topic.<name>.arn } }`.",
        verification: "IAM Access Analyzer shows no public finding for the queue; `aws sqs get-queue-attributes --attribute-names Policy` shows named principals or a source condition.",
    }
    spec: Spec {
        noun: "SQS queue policy",
        resources: &["aws_sqs_queue_policy", "aws_sqs_queue"],
        test: Test::Code(check),
        problem: "is open to anyone",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    super::policy::report_public(m, resource, out, &["policy"]);
}
