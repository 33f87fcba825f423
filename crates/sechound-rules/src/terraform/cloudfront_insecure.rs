use super::model::{Value, confidence_of, strength_at, terraform_rule, via};
use crate::declare_rule;
use sechound_core::Confidence;

declare_rule! {
    /// ## What it finds
    /// `aws_cloudfront_distribution` settings that weaken the edge:
    /// - no `web_acl_id` (no AWS WAF in front of the origin);
    /// - `viewer_protocol_policy = "allow-all"` in the default or an ordered cache behavior
    ///   (viewers may use plain HTTP);
    /// - `viewer_certificate { minimum_protocol_version }` below TLS 1.2 (`SSLv3`, `TLSv1`,
    ///   `TLSv1_2016`, `TLSv1.1_2016`).
    ///
    /// An attached web ACL and HTTPS-only viewer policies are recorded as strengths.
    ///
    /// ## Why it matters
    /// Without WAF, injection probes, credential stuffing and bot floods reach the origin
    /// unfiltered. Plain HTTP exposes cookies and tokens to anyone on the network path, and
    /// TLS 1.0/1.1 have known weaknesses and fail compliance baselines.
    ///
    /// ## Not reported
    /// Distributions using the default `*.cloudfront.net` certificate (its TLS floor cannot be
    /// changed), and values given by variables without default.
    ///
    /// ## Example
    /// ```hcl
    /// default_cache_behavior {
    ///   viewer_protocol_policy = "allow-all"     # reported
    /// }
    /// ```
    pub struct CloudfrontInsecure {
        id: "tf.cloudfront-insecure",
        title: "CloudFront distribution without WAF or with weak viewer TLS",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [319, 326],
        owasp: A05,
        effort: Minutes,
        impact: "Application attacks reach the origin without filtering, and viewers can talk to the site over plain HTTP or outdated TLS.",
        recommendation: "Attach an `aws_wafv2_web_acl` (scope `CLOUDFRONT`, AWS managed rule groups plus a rate-based rule) with `web_acl_id = aws_wafv2_web_acl.<name>.arn`; use `viewer_protocol_policy = \"redirect-to-https\"`; set `minimum_protocol_version = \"TLSv1.2_2021\"`.",
        verification: "`aws cloudfront get-distribution-config` shows the `WebACLId`, `redirect-to-https` and `TLSv1.2_2021`; `curl -I http://<domain>` answers 301 to https.",
    }
}

const OLD_TLS: &[&str] = &["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"];

terraform_rule!(CloudfrontInsecure, |m, cx| {
    for dist in m.local_resources("aws_cloudfront_distribution") {
        let name = dist.address();
        let acl = dist.attr("web_acl_id");
        let empty = acl.and_then(|a| m.resolve(&a.expr)).is_some_and(|v| {
            matches!(&v.value, Value::Null) || matches!(&v.value, Value::Str(s) if s.is_empty())
        });
        match acl {
            Some(a) if !empty => strength_at(
                cx,
                &a.range,
                format!("CloudFront distribution `{name}` is protected by a WAF web ACL"),
            ),
            _ => {
                let (at, how, confidence) = match acl {
                    Some(a) => (
                        a.range.clone(),
                        format!("an empty `web_acl_id`{}", via(&a.expr)),
                        confidence_of(&[&a.expr]),
                    ),
                    None => (
                        dist.head.clone(),
                        "no `web_acl_id`".to_string(),
                        Confidence::High,
                    ),
                };
                cx.report_range(
                    at,
                    format!("CloudFront distribution `{name}` has {how}: no WAF filters requests before they reach the origin."),
                )
                .confidence(confidence);
            }
        }
        let behaviors = dist
            .blocks("default_cache_behavior")
            .chain(dist.blocks("ordered_cache_behavior"));
        for behavior in behaviors {
            let Some(policy) = behavior.attr("viewer_protocol_policy") else {
                continue;
            };
            match m.str_of(&policy.expr) {
                Some("allow-all") => {
                    let path = behavior
                        .attr("path_pattern")
                        .and_then(|p| m.str_of(&p.expr))
                        .map(|p| format!(" for `{p}`"))
                        .unwrap_or_default();
                    cx.report_range(
                        policy.range.clone(),
                        format!("CloudFront distribution `{name}` accepts plain HTTP from viewers{path} (`viewer_protocol_policy = \"allow-all\"`){}.", via(&policy.expr)),
                    )
                    .confidence(confidence_of(&[&policy.expr]));
                }
                Some("redirect-to-https" | "https-only")
                    if behavior.kind == "default_cache_behavior" =>
                {
                    strength_at(
                        cx,
                        &policy.range,
                        format!("CloudFront distribution `{name}` serves viewers over HTTPS only"),
                    )
                }
                _ => {}
            }
        }
        if let Some(cert) = dist.block("viewer_certificate")
            && cert
                .attr("cloudfront_default_certificate")
                .and_then(|a| m.bool_of(&a.expr))
                != Some(true)
            && let Some(version) = cert.attr("minimum_protocol_version")
            && let Some(value) = m.str_of(&version.expr)
            && OLD_TLS.contains(&value)
        {
            cx.report_range(
                version.range.clone(),
                format!("CloudFront distribution `{name}` accepts viewer connections below TLS 1.2 (`minimum_protocol_version = \"{value}\"`){}.", via(&version.expr)),
            )
            .confidence(confidence_of(&[&version.expr]));
        }
    }
});
