use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Policies attached directly to IAM users: `aws_iam_user_policy` (inline) and
    /// `aws_iam_user_policy_attachment`.
    ///
    /// ## Why it matters
    /// CIS AWS Foundations asks for permissions through groups or roles only: per-user grants
    /// accumulate, are hard to review and outlive the person's need for them.
    ///
    /// ## Not reported
    /// Group and role policies.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_user_policy" "deploy" {   # reported
    ///   user   = aws_iam_user.deploy.name
    ///   policy = data.aws_iam_policy_document.deploy.json
    /// }
    /// ```
    pub struct IamUserDirectPolicy {
        id: "tf.iam-user-direct-policy",
        title: "IAM policy attached directly to a user",
        severity: Low,
        confidence: High,
        area: Authorization,
        cwe: [269],
        owasp: A01,
        effort: Hours,
        impact: "Permissions granted user by user drift apart and are rarely reviewed or revoked when people change roles.",
        recommendation: "Grant permissions to groups (`aws_iam_group_policy_attachment`) or roles and add users to groups; better, replace IAM users with SSO (IAM Identity Center) permission sets.",
        verification: "`aws iam list-attached-user-policies` and `aws iam list-user-policies` return nothing for the user.",
    }
    spec: Spec {
        noun: "IAM user policy",
        resources: &["aws_iam_user_policy", "aws_iam_user_policy_attachment"],
        test: Test::Code(check),
        problem: "grants permissions to a single user",
        ..Spec::DEFAULT
    },
}

fn check(_: &Module<'_>, policy: &Block, out: &mut Out<'_, '_>) {
    out.report(
        policy.head.clone(),
        "attach it to a group or a role instead",
    );
}
