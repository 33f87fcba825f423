use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// SNS resource policies (`aws_sns_topic_policy`, `aws_sns_topic`) with an `Allow`
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
    /// resource "aws_sns_topic_policy" "alerts" {
    ///   arn    = aws_sns_topic.alerts.arn
    ///   policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" },
    ///     Action = "SNS:Publish", Resource = aws_sns_topic.alerts.arn }] })   # reported
    /// }
    /// ```
    pub struct SnsTopicPolicyPublic {
        id: "tf.sns-topic-policy-public",
        title: "SNS topic policy open to any principal",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [284, 732],
        owasp: A01,
        effort: Minutes,
        impact: "Anyone can publish to the topic (spamming or spoofing its subscribers) or subscribe to it and receive every message.",
        recommendation: "Name the publishing principals or services, and narrow service principals with `aws:SourceArn` / `aws:SourceAccount` conditions.",
        verification: "IAM Access Analyzer shows no public finding for the topic; `aws sns get-topic-attributes` shows a policy with named principals.",
    }
    spec: Spec {
        noun: "SNS topic policy",
        resources: &["aws_sns_topic_policy", "aws_sns_topic"],
        test: Test::Code(check),
        problem: "is open to anyone",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    super::policy::report_public(m, resource, out, &["policy"]);
}
