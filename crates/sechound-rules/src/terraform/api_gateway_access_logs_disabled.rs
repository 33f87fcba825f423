use super::spec::{Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// API Gateway stages (`aws_api_gateway_stage`, `aws_apigatewayv2_stage`) without an
    /// `access_log_settings` block.
    ///
    /// ## Why it matters
    /// Access logs are the audit trail of the API: without them there is no way to tell which client
    /// called which route, from where, with what result.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_api_gateway_stage" "prod" {
    ///   stage_name = "prod"                      # reported: no access_log_settings
    /// }
    /// ```
    pub struct ApiGatewayAccessLogsDisabled {
        id: "tf.api-gateway-access-logs-disabled",
        title: "API Gateway stage without access logging",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Calls to the API leave no record of caller, path and status to investigate abuse or a breach.",
        recommendation: "Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.<name>.arn  format = jsonencode({...}) }` to the stage, with the request id, source IP, caller, route and status.",
        verification: "`aws apigateway get-stage` (or `aws apigatewayv2 get-stage`) shows `accessLogSettings`; requests appear in the log group.",
    }
    spec: Spec {
        noun: "API Gateway stage",
        resources: &["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
        test: Test::Companion {
            types: &[],
            attrs: &[],
            literal: None,
            inline: &["access_log_settings"],
            missing: "no `access_log_settings` block",
        },
        problem: "does not log requests",
        ..Spec::DEFAULT
    },
}
