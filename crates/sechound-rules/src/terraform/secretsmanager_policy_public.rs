use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Secrets Manager resource policies (`aws_secretsmanager_secret_policy`, `aws_secretsmanager_secret`) with an `Allow`
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
    /// resource "aws_secretsmanager_secret_policy" "db" {
    ///   secret_arn = aws_secretsmanager_secret.db.arn
    ///   policy     = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" },
    ///     Action = "secretsmanager:GetSecretValue", Resource = "*" }] })   # reported
    /// }
    /// ```
    pub struct SecretsmanagerPolicyPublic {
        id: "tf.secretsmanager-policy-public",
        title: "Secrets Manager secret policy open to any principal",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [284, 732],
        owasp: A01,
        effort: Minutes,
        impact: "Any AWS account can read the secret value.",
        recommendation: "Name the roles that read the secret in `Principal`, or remove the resource policy and grant access through the roles' identity policies.",
        verification: "`aws secretsmanager get-resource-policy --secret-id <id>` shows named principals; IAM Access Analyzer reports no public access.",
    }
    spec: Spec {
        noun: "Secrets Manager secret policy",
        resources: &["aws_secretsmanager_secret_policy", "aws_secretsmanager_secret"],
        test: Test::Code(check),
        problem: "is open to anyone",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    super::policy::report_public(m, resource, out, &["policy"]);
}
