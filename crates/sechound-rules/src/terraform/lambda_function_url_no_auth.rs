use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Lambda function URLs (`aws_lambda_function_url`) with `authorization_type = "NONE"`.
    ///
    /// ## Why it matters
    /// A public function URL is an internet endpoint with no authentication, no WAF and no throttling
    /// beyond the function's concurrency.
    ///
    /// ## Not reported
    /// `AWS_IAM` URLs and values the model cannot resolve. Public webhooks are sometimes intended:
    /// the finding is of medium confidence.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lambda_function_url" "hook" {
    ///   function_name      = aws_lambda_function.hook.function_name
    ///   authorization_type = "NONE"                 # reported
    /// }
    /// ```
    pub struct LambdaFunctionUrlNoAuth {
        id: "tf.lambda-function-url-no-auth",
        title: "Lambda function URL without authentication",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [306],
        owasp: A01,
        effort: Minutes,
        impact: "Anyone on the internet can invoke the function directly, bypassing API Gateway, WAF and any authorizer.",
        recommendation: "Set `authorization_type = \"AWS_IAM\"` and sign requests (or front the function with API Gateway or CloudFront with origin access control); if it must be public, make sure the function authenticates requests itself and limits concurrency.",
        verification: "An unsigned `curl` to the function URL returns 403; `aws lambda get-function-url-config` shows `AuthType: AWS_IAM`.",
    }
    spec: Spec {
        noun: "Lambda function URL",
        resources: &["aws_lambda_function_url"],
        test: Test::attr("authorization_type", Want::NoneOf(&["NONE"]), None),
        problem: "accepts unauthenticated calls",
        ..Spec::DEFAULT
    },
}
