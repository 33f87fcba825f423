use super::model::{Block, Module};
use super::spec::{Cond, Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Literal secret values given to a secret store: `secret_string` of
    /// `aws_secretsmanager_secret_version` (a string, or a `jsonencode` object whose secret-named
    /// entries are literals) and `value` of `aws_ssm_parameter` with `type = "SecureString"`, written
    /// in place, in a `.tfvars` file or in a module call's arguments.
    ///
    /// ## Why it matters
    /// Putting a secret into Secrets Manager from a literal defeats the purpose: the value is also in
    /// git, in every clone and in the state.
    ///
    /// ## Not reported
    /// Values from variables without a literal, generated values (`random_password.x.result`), values
    /// from a variable's default (`tf.secret-variable-default`), and placeholders.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_secretsmanager_secret_version" "db" {
    ///   secret_string = jsonencode({ password = "hunter2-prod" })   # reported
    /// }
    /// ```
    pub struct SecretValueInCode {
        id: "tf.secret-value-in-code",
        title: "Secret value written in the Terraform code",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "The value the secret store should protect is in the repository and its history, and in the state.",
        recommendation: "Create the secret without a value in Terraform (`aws_secretsmanager_secret` only) and set the value out of band, or generate it (`random_password`, `manage_master_user_password`); for SSM use `value_wo` (write-only) or set the parameter outside Terraform. Rotate the committed value.",
        verification: "The resource holds no literal value; `git log -p` no longer shows new secret values.",
    }
    spec: Spec {
        noun: "Secret",
        resources: &["aws_secretsmanager_secret_version", "aws_ssm_parameter"],
        unless: &[Cond::is("type", &["String", "StringList"])],
        test: Test::Code(check),
        problem: "has its value in the code",
        ..Spec::DEFAULT
    },
}

use super::model::Value;
use super::values::{hardcoded, literal_origin, secret_pair};
use crate::secrets::patterns::is_placeholder;

fn check(_: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    let name = if resource.ty() == "aws_ssm_parameter" {
        "value"
    } else {
        "secret_string"
    };
    let Some(attr) = resource.attr(name) else {
        return;
    };
    if let Value::Call(function, args) = &attr.expr.value
        && function == "jsonencode"
        && let Some(Value::Object(entries)) = args.first().map(|a| &a.value)
    {
        let secret: Vec<String> = entries
            .iter()
            .filter(|(key, value)| {
                matches!(&value.value, Value::Str(text) if secret_pair(key, text))
                    && literal_origin(value).is_some()
            })
            .map(|(key, _)| format!("`{key}`"))
            .collect();
        if !secret.is_empty() {
            out.report(
                attr.range.clone(),
                &format!("{} set to literals", secret.join(", ")),
            )
            .mask_range(attr.expr.range.clone());
        }
        return;
    }
    if let Value::Str(text) = &attr.expr.value
        && !is_placeholder(text)
        && let Some(origin) = hardcoded(attr)
    {
        let finding = out.report(
            attr.range.clone(),
            &format!("`{name}` is a literal{origin}"),
        );
        if attr.expr.via.is_none() {
            finding.mask_range(attr.expr.range.clone());
        }
    }
}
