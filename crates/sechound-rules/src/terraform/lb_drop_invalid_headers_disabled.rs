use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Application load balancers (`aws_lb`, `aws_alb` with `load_balancer_type` unset or
    /// `"application"`) without `drop_invalid_header_fields = true` (it defaults to false).
    ///
    /// ## Why it matters
    /// Headers with invalid characters are a classic ingredient of request smuggling and cache
    /// poisoning: the load balancer and the application parse them differently.
    ///
    /// ## Not reported
    /// Network and gateway load balancers, and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb" "web" {
    ///   load_balancer_type = "application"            # reported: invalid headers forwarded
    /// }
    /// ```
    pub struct LbDropInvalidHeadersDisabled {
        id: "tf.lb-drop-invalid-headers-disabled",
        title: "Application load balancer forwards invalid HTTP headers",
        severity: Low,
        confidence: High,
        area: InputValidation,
        cwe: [444],
        owasp: A05,
        effort: Minutes,
        impact: "Malformed headers reach the application, which opens the way to HTTP request smuggling and header injection against it.",
        recommendation: "Set `drop_invalid_header_fields = true` on the `aws_lb` (and consider `desync_mitigation_mode = \"strictest\"`).",
        verification: "`aws elbv2 describe-load-balancer-attributes` shows `routing.http.drop_invalid_header_fields.enabled = true`.",
    }
    spec: Spec {
        noun: "Load balancer",
        resources: &["aws_lb", "aws_alb"],
        when: &[Cond::is_or_absent("load_balancer_type", &["application"])],
        test: Test::attr("drop_invalid_header_fields", Want::True, Some("it defaults to false")),
        problem: "forwards requests with invalid headers",
        ..Spec::DEFAULT
    },
}
