use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// ECR resource policies (`aws_ecr_repository_policy`) with an `Allow`
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
    /// resource "aws_ecr_repository_policy" "app" {
    ///   repository = aws_ecr_repository.app.name
    ///   policy     = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*",
    ///     Action = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"] }] })   # reported
    /// }
    /// ```
    pub struct EcrRepositoryPolicyPublic {
        id: "tf.ecr-repository-policy-public",
        title: "ECR repository policy open to any principal",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [284, 732],
        owasp: A01,
        effort: Minutes,
        impact: "Any AWS account can pull the images (and the code and secrets baked into them), or push over them when write actions are allowed.",
        recommendation: "Name the accounts or roles that pull the images (`{ AWS = \"arn:aws:iam::<account>:root\" }`) or add an `aws:PrincipalOrgID` condition; publish public images through ECR Public instead.",
        verification: "`aws ecr get-repository-policy --repository-name <name>` shows named principals; IAM Access Analyzer reports no public access.",
    }
    spec: Spec {
        noun: "ECR repository policy",
        resources: &["aws_ecr_repository_policy"],
        test: Test::Code(check),
        problem: "is open to anyone",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    super::policy::report_public(m, resource, out, &["policy"]);
}
