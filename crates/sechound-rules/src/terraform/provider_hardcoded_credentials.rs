use super::model::{Block, terraform_rule};
use super::values::hardcoded;
use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// AWS provider blocks (`provider "aws"`, and `assume_role` inside them) with a literal
    /// `access_key`, `secret_key` or `token`, written in place, in a `.tfvars` file or passed
    /// by a module call.
    ///
    /// ## Why it matters
    /// Static keys in the provider block are in every clone and in the history: whoever reads
    /// the repository acts with the deploying identity's permissions, usually broad ones.
    ///
    /// ## Not reported
    /// Values from variables without a literal (the credentials come from the environment),
    /// values from a variable's default (`tf.secret-variable-default`), and profiles or roles
    /// (`profile`, `assume_role { role_arn }`), which hold no secret.
    ///
    /// ## Example
    /// ```hcl
    /// provider "aws" {
    ///   region     = "eu-west-1"
    ///   access_key = "AKIAIOSFODNN7EXAMPLE"       # reported
    ///   secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    /// }
    /// ```
    pub struct ProviderHardcodedCredentials {
        id: "tf.provider-hardcoded-credentials",
        title: "AWS credentials written in the provider block",
        severity: Critical,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "Anyone with the repository can use the AWS account with the permissions of the key's owner.",
        recommendation: "Remove `access_key`, `secret_key` and `token` from the provider; let the provider read credentials from the environment, a named `profile`, SSO, or an OIDC-federated role in CI (`assume_role_with_web_identity`). Deactivate and delete the committed key.",
        verification: "`git grep -n 'AKIA'` finds nothing; `aws iam list-access-keys --user-name <user>` no longer lists the committed key.",
    }
}

terraform_rule!(ProviderHardcodedCredentials, |m, cx| {
    for provider in m.local_blocks().iter().filter(|b| b.kind == "provider") {
        if provider.labels.first().map(String::as_str) != Some("aws") {
            continue;
        }
        report(cx, provider);
        for nested in provider.blocks("assume_role") {
            report(cx, nested);
        }
    }
});

fn report(cx: &mut crate::CheckContext<'_>, block: &Block) {
    for name in ["access_key", "secret_key", "token"] {
        let Some(attr) = block.attr(name) else {
            continue;
        };
        let Some(origin) = hardcoded(attr) else {
            continue;
        };
        let finding = cx.report_range(
            attr.range.clone(),
            format!("The AWS provider has a literal `{name}`{origin}."),
        );
        if attr.expr.via.is_none() {
            finding.mask_range(attr.expr.range.clone());
        }
    }
}
