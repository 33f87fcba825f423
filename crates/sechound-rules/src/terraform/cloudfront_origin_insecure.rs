use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// `custom_origin_config` blocks of CloudFront distributions with `origin_protocol_policy =
    /// "http-only"` (or `"match-viewer"`, which follows plain-HTTP viewers), or `origin_ssl_protocols`
    /// that include `SSLv3`, `TLSv1` or `TLSv1.1`.
    ///
    /// ## Why it matters
    /// HTTPS to the viewer means little if CloudFront forwards the request to the origin in clear
    /// across the internet, or over protocols with known practical attacks.
    ///
    /// ## Not reported
    /// S3 origins (`s3_origin_config`, always HTTPS), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// custom_origin_config {
    ///   origin_protocol_policy = "http-only"         # reported
    /// }
    /// ```
    pub struct CloudfrontOriginInsecure {
        id: "tf.cloudfront-origin-insecure",
        title: "CloudFront talks to its origin over HTTP or old TLS",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [319, 326],
        owasp: A02,
        effort: Minutes,
        impact: "Requests and responses between CloudFront and the origin, with cookies, tokens and personal data, can be read or altered on the way.",
        recommendation: "Set `origin_protocol_policy = \"https-only\"` and `origin_ssl_protocols = [\"TLSv1.2\"]` in `custom_origin_config`, with a valid certificate on the origin.",
        verification: "`aws cloudfront get-distribution-config` shows `OriginProtocolPolicy: https-only` and only `TLSv1.2` in `OriginSslProtocols`.",
    }
    spec: Spec {
        noun: "CloudFront distribution",
        resources: &["aws_cloudfront_distribution"],
        test: Test::Code(check),
        problem: "reaches its origin insecurely",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, dist: &Block, out: &mut Out<'_, '_>) {
    for origin in dist.blocks("origin") {
        for config in origin.blocks("custom_origin_config") {
            if let Some(policy) = config.attr("origin_protocol_policy")
                && let Some(value @ ("http-only" | "match-viewer")) = m.str_of(&policy.expr)
            {
                out.report(
                    policy.range.clone(),
                    &format!(
                        "`origin_protocol_policy = \"{value}\"`{}",
                        super::model::via(&policy.expr)
                    ),
                );
            }
            if let Some(protocols) = config.attr("origin_ssl_protocols")
                && let Some(list) = m.strings_of(&protocols.expr)
            {
                let old: Vec<String> = list
                    .iter()
                    .filter(|p| matches!(p.as_str(), "SSLv3" | "TLSv1" | "TLSv1.1"))
                    .map(|p| format!("`{p}`"))
                    .collect();
                if !old.is_empty() {
                    out.report(
                        protocols.range.clone(),
                        &format!("`origin_ssl_protocols` allows {}", old.join(", ")),
                    );
                }
            }
        }
    }
}
