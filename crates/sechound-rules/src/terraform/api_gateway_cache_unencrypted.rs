use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// `aws_api_gateway_method_settings` that turn caching on (`settings.caching_enabled = true`)
    /// without `settings.cache_data_encrypted = true` (it defaults to false).
    ///
    /// ## Why it matters
    /// The stage cache keeps whole responses; unencrypted, they sit in clear in the cache cluster.
    ///
    /// ## Not reported
    /// Settings that leave caching off, and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// settings {
    ///   caching_enabled = true                       # reported: no cache_data_encrypted
    /// }
    /// ```
    pub struct ApiGatewayCacheUnencrypted {
        id: "tf.api-gateway-cache-unencrypted",
        title: "API Gateway cache not encrypted",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "Cached responses, which may hold personal data or tokens, are stored unencrypted.",
        recommendation: "Set `cache_data_encrypted = true` in the `settings` of the `aws_api_gateway_method_settings` that enables caching.",
        verification: "`aws apigateway get-stage` shows `cacheDataEncrypted: true` in the method settings.",
    }
    spec: Spec {
        noun: "API Gateway method settings",
        resources: &["aws_api_gateway_method_settings"],
        when: &[Cond::on("settings.caching_enabled", false)],
        test: Test::nested(
            &["settings"],
            false,
            "cache_data_encrypted",
            Want::True,
            Some("it defaults to false"),
        ),
        problem: "cache responses unencrypted",
        ..Spec::DEFAULT
    },
}
