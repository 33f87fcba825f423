use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// `aws_iam_account_password_policy` settings below common baselines (CIS AWS Foundations): a
    /// minimum length under 14 (or unset, which is 8), any character class not required, or no
    /// password reuse prevention (`password_reuse_prevention` unset or under 24). One finding lists
    /// every weakness.
    ///
    /// ## Why it matters
    /// IAM users with console passwords are a direct way into the account; short passwords without
    /// variety fall to guessing and credential stuffing.
    ///
    /// ## Not reported
    /// Accounts with no password policy resource in Terraform (the account may set it elsewhere), and
    /// values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_account_password_policy" "this" {
    ///   minimum_password_length = 8          # reported, with the missing requirements
    /// }
    /// ```
    pub struct IamPasswordPolicyWeak {
        id: "tf.iam-password-policy-weak",
        title: "Weak IAM account password policy",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [521],
        owasp: A07,
        effort: Minutes,
        impact: "Console users can choose short or reused passwords that are easy to guess or already leaked.",
        recommendation: "Set `minimum_password_length = 14` (or more), `require_lowercase_characters`, `require_uppercase_characters`, `require_numbers` and `require_symbols` to true, and `password_reuse_prevention = 24`; prefer SSO (IAM Identity Center) with MFA over IAM users.",
        verification: "`aws iam get-account-password-policy` shows the length, the four character classes and the reuse prevention.",
    }
    spec: Spec {
        noun: "IAM password policy",
        resources: &["aws_iam_account_password_policy"],
        test: Test::Code(check),
        problem: "is weak",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, policy: &Block, out: &mut Out<'_, '_>) {
    let mut weak = Vec::new();
    match policy
        .set("minimum_password_length")
        .map(|a| m.num_of(&a.expr))
    {
        None => weak.push("`minimum_password_length` unset (8)".to_string()),
        Some(Some(n)) if n < 14.0 => weak.push(format!("`minimum_password_length = {n}`")),
        Some(None) => return,
        Some(Some(_)) => {}
    }
    for class in [
        "require_lowercase_characters",
        "require_uppercase_characters",
        "require_numbers",
        "require_symbols",
    ] {
        match policy.set(class).map(|a| m.bool_of(&a.expr)) {
            None | Some(Some(false)) => weak.push(format!("`{class}` not true")),
            Some(None) => return,
            Some(Some(true)) => {}
        }
    }
    match policy
        .set("password_reuse_prevention")
        .map(|a| m.num_of(&a.expr))
    {
        None => weak.push("no `password_reuse_prevention`".to_string()),
        Some(Some(n)) if n < 24.0 => weak.push(format!("`password_reuse_prevention = {n}`")),
        Some(None) => return,
        Some(Some(_)) => {}
    }
    if !weak.is_empty() {
        out.report(policy.head.clone(), &weak.join(", "));
    }
}
