use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// OpenSearch and Elasticsearch domains whose `domain_endpoint_options` set `enforce_https =
    /// false` or `tls_security_policy = "Policy-Min-TLS-1-0-2019-07"`.
    ///
    /// ## Why it matters
    /// A search endpoint reachable over plain HTTP or TLS 1.0 lets a network attacker read and alter
    /// queries and results, and steal the credentials that sign them.
    ///
    /// ## Not reported
    /// Domains that leave the options unset (the defaults differ between the two resource types and
    /// provider versions), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// domain_endpoint_options {
    ///   enforce_https = false                        # reported
    /// }
    /// ```
    pub struct OpensearchHttpsNotEnforced {
        id: "tf.opensearch-https-not-enforced",
        title: "OpenSearch endpoint accepts HTTP or TLS 1.0",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [319, 326],
        owasp: A02,
        effort: Minutes,
        impact: "Clients can talk to the domain in clear or over TLS 1.0, exposing credentials and data.",
        recommendation: "Set `domain_endpoint_options { enforce_https = true  tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\" }`.",
        verification: "`aws opensearch describe-domain --domain-name <name>` shows `EnforceHTTPS: true` and the TLS 1.2 policy.",
    }
    spec: Spec {
        noun: "OpenSearch domain",
        resources: &["aws_opensearch_domain", "aws_elasticsearch_domain"],
        test: Test::Code(check),
        problem: "accepts insecure connections",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, domain: &Block, out: &mut Out<'_, '_>) {
    for options in domain.blocks("domain_endpoint_options") {
        if let Some(https) = options.attr("enforce_https")
            && m.bool_of(&https.expr) == Some(false)
        {
            out.report(
                https.range.clone(),
                &format!("`enforce_https = false`{}", super::model::via(&https.expr)),
            );
        }
        if let Some(policy) = options.attr("tls_security_policy")
            && m.str_of(&policy.expr) == Some("Policy-Min-TLS-1-0-2019-07")
        {
            out.report(policy.range.clone(), "`tls_security_policy` allows TLS 1.0");
        }
    }
}
