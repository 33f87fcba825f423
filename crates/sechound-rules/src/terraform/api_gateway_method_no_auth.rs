use super::model::{Block, Module};
use super::spec::{Cond, Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// REST API methods (`aws_api_gateway_method`) with `authorization = "NONE"` and no API key
    /// requirement, and HTTP/WebSocket routes (`aws_apigatewayv2_route`) with `authorization_type =
    /// "NONE"`.
    ///
    /// ## Why it matters
    /// A method without authorization is open to the whole internet: whatever the integration does
    /// (read data, start work, cost money) anyone can trigger.
    ///
    /// ## Not reported
    /// `OPTIONS` methods (CORS preflight), methods with `api_key_required = true`, routes left without
    /// `authorization_type` (an API-wide default may apply), and values the model cannot resolve.
    /// Public endpoints are sometimes intended: the finding is of medium confidence; waive it for
    /// the routes that are meant to be open.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_api_gateway_method" "orders" {
    ///   http_method   = "POST"
    ///   authorization = "NONE"                      # reported
    /// }
    /// ```
    pub struct ApiGatewayMethodNoAuth {
        id: "tf.api-gateway-method-no-auth",
        title: "API Gateway method without authorization",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [306],
        owasp: A01,
        effort: Hours,
        impact: "Anyone on the internet can call the method and reach the integration behind it (a Lambda function, a backend) without any identity.",
        recommendation: "Set `authorization` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` with an `authorizer_id`, or require an API key (`api_key_required = true`) with a usage plan for machine clients.",
        verification: "An unsigned request to the method returns 401/403; `aws apigateway get-method` shows the authorization type.",
    }
    spec: Spec {
        noun: "API Gateway method",
        resources: &["aws_api_gateway_method", "aws_apigatewayv2_route"],
        unless: &[
            Cond::is("http_method", &["OPTIONS"]),
            Cond::on("api_key_required", false),
            Cond::starts("route_key", &["OPTIONS "]),
        ],
        test: Test::Code(check),
        problem: "needs no authorization",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, method: &Block, out: &mut Out<'_, '_>) {
    let name = if method.ty() == "aws_api_gateway_method" {
        "authorization"
    } else {
        "authorization_type"
    };
    if let Some(attr) = method.attr(name)
        && m.str_of(&attr.expr)
            .is_some_and(|v| v.eq_ignore_ascii_case("NONE"))
    {
        let confidence =
            super::model::confidence_of(&[&attr.expr]).min(sechound_core::Confidence::Medium);
        out.report(
            attr.range.clone(),
            &format!("`{name} = \"NONE\"`{}", super::model::via(&attr.expr)),
        )
        .confidence(confidence);
    }
}
