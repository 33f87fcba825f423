use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Lambda functions (`aws_lambda_function`) whose `environment { variables = {...} }` holds a
    /// literal secret: a value in a known credential format (an AWS access key, a provider token), or
    /// a secret-like name (`DB_PASSWORD`, `api_key`) with a value that is neither a placeholder nor a
    /// pointer to a secret store (an ARN, a parameter path).
    ///
    /// ## Why it matters
    /// Environment variables are shown in the console and API to anyone who can read the function's
    /// configuration, stored in the state, and committed with the code.
    ///
    /// ## Not reported
    /// Values from variables without a literal (a caller or CI passes them), values from a variable's
    /// default (`tf.secret-variable-default` reports those), ARNs and parameter names.
    ///
    /// ## Example
    /// ```hcl
    /// environment {
    ///   variables = { DB_PASSWORD = "hunter2-prod" }    # reported
    /// }
    /// ```
    pub struct LambdaEnvSecrets {
        id: "tf.lambda-env-secrets",
        title: "Secrets in Lambda environment variables",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "The credentials are in the repository, the state and the function configuration, readable by anyone with `lambda:GetFunctionConfiguration`.",
        recommendation: "Store the secret in Secrets Manager or SSM Parameter Store (SecureString) and read it at start-up through the function's role (or the Parameters and Secrets Lambda extension); put only its ARN or name in the environment. Rotate the committed values.",
        verification: "`aws lambda get-function-configuration --function-name <name>` shows no secret values in `Environment.Variables`.",
    }
    spec: Spec {
        noun: "Lambda function",
        resources: &["aws_lambda_function"],
        test: Test::Code(check),
        problem: "has secrets in its environment variables",
        ..Spec::DEFAULT
    },
}

use super::model::Value;
use super::values::{literal_origin, secret_pair};

fn check(_: &Module<'_>, function: &Block, out: &mut Out<'_, '_>) {
    for environment in function.blocks("environment") {
        let Some(variables) = environment.attr("variables") else {
            continue;
        };
        let Value::Object(entries) = &variables.expr.value else {
            continue;
        };
        for (name, value) in entries {
            let Value::Str(text) = &value.value else {
                continue;
            };
            let Some(origin) = literal_origin(value) else {
                continue;
            };
            if secret_pair(name, text) {
                let finding = out.report(
                    value.range.clone(),
                    &format!("`{name}` is set to a literal secret{origin}"),
                );
                if value.via.is_none() {
                    finding.mask_range(value.range.clone());
                }
            }
        }
    }
}
