use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// The AWS managed policy `AdministratorAccess` attached through
    /// `aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`,
    /// `aws_iam_group_policy_attachment` or `aws_iam_policy_attachment`.
    ///
    /// ## Why it matters
    /// `AdministratorAccess` grants every action on every resource; attached to a workload role or a
    /// user with access keys, it turns any compromise of that principal into control of the account.
    ///
    /// ## Not reported
    /// Other managed policies, and policy ARNs the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_role_policy_attachment" "ci" {
    ///   role       = aws_iam_role.ci.name
    ///   policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"   # reported
    /// }
    /// ```
    pub struct IamAdminPolicyAttached {
        id: "tf.iam-admin-policy-attached",
        title: "AdministratorAccess attached to a user, group or role",
        severity: High,
        confidence: High,
        area: Authorization,
        cwe: [269],
        owasp: A01,
        effort: Hours,
        impact: "The principal can do anything in the account: one leaked credential or compromised workload is a full account takeover.",
        recommendation: "Attach a policy listing the actions the principal needs (start from IAM Access Analyzer's generated policy); keep administrator access for break-glass roles assumed through SSO with MFA.",
        verification: "`aws iam list-attached-role-policies` (or `-user-`/`-group-`) no longer lists `AdministratorAccess`.",
    }
    spec: Spec {
        noun: "IAM policy attachment",
        resources: &[
            "aws_iam_role_policy_attachment",
            "aws_iam_user_policy_attachment",
            "aws_iam_group_policy_attachment",
            "aws_iam_policy_attachment",
        ],
        test: Test::attr("policy_arn", Want::Check(not_admin), None),
        problem: "grants full administrator access",
        ..Spec::DEFAULT
    },
}

fn not_admin(value: &super::model::Value) -> Option<bool> {
    match value {
        super::model::Value::Str(arn) => {
            Some(!arn.ends_with(":iam::aws:policy/AdministratorAccess"))
        }
        _ => None,
    }
}
