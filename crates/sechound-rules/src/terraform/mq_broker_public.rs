use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Amazon MQ brokers (`aws_mq_broker`) with `publicly_accessible = true`.
    ///
    /// ## Why it matters
    /// Message brokers expose management consoles and protocols that are frequent targets; a public
    /// broker invites credential stuffing and exploitation.
    ///
    /// ## Not reported
    /// Private brokers and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_mq_broker" "events" {
    ///   publicly_accessible = true                     # reported
    /// }
    /// ```
    pub struct MqBrokerPublic {
        id: "tf.mq-broker-public",
        title: "Amazon MQ broker publicly accessible",
        severity: High,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "The broker's endpoints and web console are reachable from the internet, leaving the broker's passwords as the only barrier.",
        recommendation: "Set `publicly_accessible = false` and place the broker in private subnets with a security group limited to its clients.",
        verification: "`aws mq describe-broker --broker-id <id>` shows `PubliclyAccessible: false`.",
    }
    spec: Spec {
        noun: "MQ broker",
        resources: &["aws_mq_broker"],
        test: Test::attr("publicly_accessible", Want::False, None),
        problem: "is reachable from the internet",
        ..Spec::DEFAULT
    },
}
