use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// MSK clusters (`aws_msk_cluster`) whose `encryption_info.encryption_in_transit` sets
    /// `client_broker` to `PLAINTEXT` or `TLS_PLAINTEXT`, or `in_cluster = false`.
    ///
    /// ## Why it matters
    /// Kafka topics carry the application's events; plaintext listeners expose them, and any SASL
    /// credentials, to whoever can capture traffic in the VPC.
    ///
    /// ## Not reported
    /// The defaults (TLS only), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// encryption_info {
    ///   encryption_in_transit { client_broker = "TLS_PLAINTEXT" }   # reported
    /// }
    /// ```
    pub struct MskPlaintext {
        id: "tf.msk-plaintext",
        title: "MSK cluster accepts plaintext client connections",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [319],
        owasp: A02,
        effort: Minutes,
        impact: "Producers and consumers can exchange messages with the brokers in clear.",
        recommendation: "Set `encryption_info { encryption_in_transit { client_broker = \"TLS\"  in_cluster = true } }`.",
        verification: "`aws kafka describe-cluster --cluster-arn <arn>` shows `ClientBroker: TLS` and `InCluster: true`.",
    }
    spec: Spec {
        noun: "MSK cluster",
        resources: &["aws_msk_cluster"],
        test: Test::Code(check),
        problem: "allows unencrypted traffic",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, cluster: &Block, out: &mut Out<'_, '_>) {
    for info in cluster.blocks("encryption_info") {
        for transit in info.blocks("encryption_in_transit") {
            if let Some(attr) = transit.attr("client_broker")
                && let Some(value @ ("PLAINTEXT" | "TLS_PLAINTEXT")) = m.str_of(&attr.expr)
            {
                out.report(
                    attr.range.clone(),
                    &format!("`client_broker = \"{value}\"`"),
                );
            }
            if let Some(attr) = transit.attr("in_cluster")
                && m.bool_of(&attr.expr) == Some(false)
            {
                out.report(
                    attr.range.clone(),
                    "`in_cluster = false`: brokers talk to each other in clear",
                );
            }
        }
    }
}
