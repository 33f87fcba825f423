use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// IAM roles (`aws_iam_role`) whose trust policy (`assume_role_policy`) allows `"*"` as principal
    /// (`Principal = "*"` or `{ AWS = "*" }`) without a `Condition`.
    ///
    /// A condition counts when it narrows the caller (an organisation, account, source ARN,
    /// VPC endpoint, IP range or external id); one on MFA or TLS alone does not.
    ///
    /// ## Why it matters
    /// A role trusted by `"*"` can be assumed by anyone with any AWS account: its permissions are
    /// public.
    ///
    /// ## Not reported
    /// Trust statements with a condition (`sts:ExternalId`, `aws:PrincipalOrgID`, a source ARN),
    /// federated and service principals, and documents the model cannot read.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_role" "shared" {
    ///   assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow",
    ///     Action = "sts:AssumeRole", Principal = { AWS = "*" } }] })   # reported
    /// }
    /// ```
    pub struct IamRoleTrustAnyPrincipal {
        id: "tf.iam-role-trust-any-principal",
        title: "IAM role assumable by any AWS principal",
        severity: Critical,
        confidence: High,
        area: Authorization,
        cwe: [284],
        owasp: A01,
        effort: Minutes,
        impact: "Any AWS account in the world can assume the role and act with its permissions.",
        recommendation: "Name the accounts, roles or services allowed to assume the role in `Principal` (`{ AWS = \"arn:aws:iam::<account>:role/<name>\" }`, `{ Service = \"ecs-tasks.amazonaws.com\" }`), or add a condition such as `sts:ExternalId` or `aws:PrincipalOrgID`.",
        verification: "IAM Access Analyzer shows no external-access finding for the role; `aws iam get-role` shows the named principals in `AssumeRolePolicyDocument`.",
    }
    spec: Spec {
        noun: "IAM role",
        resources: &["aws_iam_role"],
        test: Test::Code(check),
        problem: "can be assumed by anyone",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, role: &Block, out: &mut Out<'_, '_>) {
    super::policy::report_public(m, role, out, &["assume_role_policy"]);
}
