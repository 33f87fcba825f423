use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Custom domains of API Gateway whose security policy allows TLS 1.0: `security_policy =
    /// "TLS_1_0"` on `aws_api_gateway_domain_name`, or left out (it defaults to `TLS_1_0`).
    ///
    /// ## Why it matters
    /// TLS 1.0 is deprecated (RFC 8996) and fails PCI DSS; keeping it open lets a network attacker
    /// push clients to the weakest protocol.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_api_gateway_domain_name" "api" {
    ///   domain_name = "api.example.com"          # reported: security_policy defaults to TLS_1_0
    /// }
    /// ```
    pub struct ApiGatewayDomainOldTls {
        id: "tf.api-gateway-domain-old-tls",
        title: "API Gateway custom domain accepts TLS 1.0",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [326],
        owasp: A02,
        effort: Minutes,
        impact: "Clients can negotiate TLS 1.0, whose weaknesses allow downgrade and decryption attacks.",
        recommendation: "Set `security_policy = \"TLS_1_2\"` on `aws_api_gateway_domain_name` (and in `domain_name_configuration` of `aws_apigatewayv2_domain_name`).",
        verification: "`aws apigateway get-domain-name --domain-name <name>` shows `\"securityPolicy\": \"TLS_1_2\"`; `openssl s_client -tls1` fails.",
    }
    spec: Spec {
        noun: "API Gateway domain",
        resources: &["aws_api_gateway_domain_name"],
        test: Test::attr(
            "security_policy",
            Want::NoneOf(&["TLS_1_0"]),
            Some("it defaults to TLS_1_0"),
        ),
        problem: "accepts TLS 1.0",
        ..Spec::DEFAULT
    },
}
