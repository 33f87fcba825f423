use super::model::{Block, Module, strength_at, terraform_rule};
use crate::{CheckContext, declare_rule};

declare_rule! {
    /// ## What it finds
    /// API Gateway stages that serve traffic without request throttling:
    /// - REST API stages (`aws_api_gateway_stage`) with no `aws_api_gateway_method_settings`
    ///   and no `aws_api_gateway_usage_plan` (`throttle_settings`) attached in the directory;
    /// - `aws_api_gateway_method_settings` whose `settings {}` set neither
    ///   `throttling_burst_limit` nor `throttling_rate_limit` (or set them to `-1`, which
    ///   turns throttling off);
    /// - HTTP/WebSocket API stages (`aws_apigatewayv2_stage`) without
    ///   `default_route_settings { throttling_burst_limit / throttling_rate_limit }`.
    ///
    /// Throttling limits in place, and a WAF web ACL associated with a stage, are recorded as
    /// strengths.
    ///
    /// ## Why it matters
    /// Without a stage limit, one client can use the whole account-level quota (10,000 requests
    /// per second shared by every API of the account and region): a flood on one endpoint
    /// throttles all the others, and every request reaches the backends and is billed.
    ///
    /// ## Not reported
    /// Stages whose method settings or usage plans refer to them in a way the rule cannot
    /// resolve, and limits given by variables without default.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_apigatewayv2_stage" "prod" {
    ///   api_id = aws_apigatewayv2_api.http.id
    ///   name   = "prod"                      # reported: no default_route_settings throttling
    /// }
    /// ```
    pub struct ApiGatewayNoThrottling {
        id: "tf.api-gateway-no-throttling",
        title: "API Gateway stage without throttling",
        severity: Medium,
        confidence: High,
        area: ApiEndpoints,
        cwe: [770],
        owasp: A05,
        effort: Minutes,
        impact: "A single client can exhaust the account's request quota, denying service to every API in the region and driving up backend and invocation costs.",
        recommendation: "Set limits sized to the expected traffic: `settings { throttling_burst_limit = 100  throttling_rate_limit = 50 }` in an `aws_api_gateway_method_settings` with `method_path = \"*/*\"` (REST), or `default_route_settings { throttling_burst_limit = 100  throttling_rate_limit = 50 }` on the `aws_apigatewayv2_stage` (HTTP/WebSocket); add usage plans per API key for partners.",
        verification: "`aws apigateway get-stage` (or `aws apigatewayv2 get-stage`) shows the throttling limits; a load test above the rate gets HTTP 429 responses.",
    }
}

/// Whether a settings block sets a throttling limit: `Some(true)` yes, `Some(false)` no,
/// `None` when a value cannot be resolved.
fn throttled(m: &Module, settings: &Block) -> Option<bool> {
    let mut set = false;
    for name in ["throttling_burst_limit", "throttling_rate_limit"] {
        if let Some(a) = settings.attr(name) {
            match m.num_of(&a.expr) {
                Some(n) if n >= 0.0 => set = true,
                Some(_) => {}
                None => return None,
            }
        }
    }
    Some(set)
}

terraform_rule!(ApiGatewayNoThrottling, |m, cx| {
    for stage in m.local_resources("aws_api_gateway_stage") {
        let literal = stage
            .attr("stage_name")
            .and_then(|a| m.str_of(&a.expr))
            .map(str::to_string);
        let (settings, unknown_settings) = m.attached(
            "aws_api_gateway_method_settings",
            "stage_name",
            stage,
            literal.as_deref(),
        );
        let mut plans = Vec::new();
        let mut unknown_plans = false;
        for (_, plan) in m.resources("aws_api_gateway_usage_plan") {
            if plan.block("throttle_settings").is_none() {
                continue;
            }
            for api_stage in plan.blocks("api_stages") {
                match api_stage
                    .attr("stage")
                    .and_then(|s| m.points_at(&s.expr, stage, literal.as_deref()))
                {
                    Some(true) => plans.push(plan),
                    Some(false) => {}
                    None => unknown_plans = true,
                }
            }
        }
        if settings.is_empty() && plans.is_empty() && !unknown_settings && !unknown_plans {
            cx.report_range(
                stage.head.clone(),
                format!(
                    "API Gateway stage `{}` has no method settings or usage plan with throttling limits.",
                    stage.address()
                ),
            );
        }
        waf(m, cx, stage);
    }
    for method_settings in m.local_resources("aws_api_gateway_method_settings") {
        let Some(settings) = method_settings.block("settings") else {
            continue;
        };
        match throttled(m, settings) {
            Some(true) => strength_at(
                cx,
                &settings.head,
                format!(
                    "API Gateway `{}` sets throttling limits",
                    method_settings.address()
                ),
            ),
            Some(false) => {
                cx.report_range(
                    settings.head.clone(),
                    format!(
                        "`{}` sets no `throttling_burst_limit` or `throttling_rate_limit`: the stage is not throttled.",
                        method_settings.address()
                    ),
                );
            }
            None => {}
        }
    }
    for stage in m.local_resources("aws_apigatewayv2_stage") {
        let verdict = match stage.block("default_route_settings") {
            Some(settings) => throttled(m, settings),
            None => Some(false),
        };
        match verdict {
            Some(true) => strength_at(
                cx,
                &stage.head,
                format!(
                    "API Gateway stage `{}` sets throttling limits",
                    stage.address()
                ),
            ),
            Some(false) => {
                cx.report_range(
                    stage.head.clone(),
                    format!(
                        "API Gateway stage `{}` has no `default_route_settings` throttling limits.",
                        stage.address()
                    ),
                );
            }
            None => {}
        }
        waf(m, cx, stage);
    }
});

/// Records a WAF association of the stage as a strength.
fn waf(m: &Module, cx: &mut CheckContext<'_>, stage: &Block) {
    let (found, _) = m.attached("aws_wafv2_web_acl_association", "resource_arn", stage, None);
    if !found.is_empty() {
        strength_at(
            cx,
            &stage.head,
            format!(
                "API Gateway stage `{}` is protected by a WAF web ACL",
                stage.address()
            ),
        );
    }
}
