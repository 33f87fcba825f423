use super::model::{Block, Module};
use super::spec::{Cond, Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// SSM parameters (`aws_ssm_parameter`) of type `String` or `StringList` whose name (its last
    /// path segment) is secret-like: `/prod/db/password`, `/app/api_key`, `stripe-secret-key`.
    ///
    /// ## Why it matters
    /// Plain `String` parameters are not encrypted and show up in the console, in
    /// `GetParametersByPath` dumps and in the state; secrets belong in `SecureString`.
    ///
    /// ## Not reported
    /// `SecureString` parameters, names that only describe a secret (`password_min_length`,
    /// `token_url`), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ssm_parameter" "db_password" {
    ///   name = "/prod/db/password"
    ///   type = "String"                               # reported
    /// }
    /// ```
    pub struct SsmParameterPlaintextSecret {
        id: "tf.ssm-parameter-plaintext-secret",
        title: "Secret stored as a plain-text SSM parameter",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [312],
        owasp: A02,
        effort: Minutes,
        impact: "The secret is stored unencrypted and readable by anyone with `ssm:GetParameter` on it, with no KMS permission needed.",
        recommendation: "Use `type = \"SecureString\"` (with `key_id` for your own KMS key), or move the secret to Secrets Manager.",
        verification: "`aws ssm describe-parameters --parameter-filters Key=Name,Values=<name>` shows `Type: SecureString`.",
    }
    spec: Spec {
        noun: "SSM parameter",
        resources: &["aws_ssm_parameter"],
        when: &[Cond::is("type", &["String", "StringList"])],
        test: Test::Code(check),
        problem: "stores a secret unencrypted",
        ..Spec::DEFAULT
    },
}

use crate::secrets::patterns::is_secret_name;

fn check(m: &Module<'_>, parameter: &Block, out: &mut Out<'_, '_>) {
    let Some(name) = parameter.attr("name").and_then(|a| m.str_of(&a.expr)) else {
        return;
    };
    let last = name.rsplit('/').next().unwrap_or(name);
    if !is_secret_name(last) {
        return;
    }
    let at = parameter
        .attr("type")
        .map_or_else(|| parameter.head.clone(), |a| a.range.clone());
    out.report(at, &format!("`{name}` is of type `String`"));
}
