use super::spec::{Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// `aws_default_security_group` resources that declare `ingress` or `egress` rules (also through
    /// `dynamic` blocks whose collection is not empty).
    ///
    /// ## Why it matters
    /// CIS AWS Foundations asks for the default security group to restrict all traffic: resources
    /// fall back to it silently, so any rule on it applies to things nobody meant to expose.
    ///
    /// ## Not reported
    /// A default security group managed with no rules (which removes the AWS defaults), and `dynamic`
    /// rules whose collection is empty.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_default_security_group" "default" {
    ///   vpc_id = aws_vpc.main.id
    ///   ingress { protocol = -1  self = true  from_port = 0  to_port = 0 }   # reported
    /// }
    /// ```
    pub struct DefaultSecurityGroupOpen {
        id: "tf.default-security-group-open",
        title: "Default security group allows traffic",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "Anything launched without an explicit security group (or attached to the default one by mistake) gets the traffic these rules allow.",
        recommendation: "Manage the default security group with no `ingress` and no `egress` blocks (`resource \"aws_default_security_group\" \"default\" { vpc_id = aws_vpc.main.id }`), and give every resource its own security group.",
        verification: "`aws ec2 describe-security-groups --filters Name=group-name,Values=default` shows empty `IpPermissions` and `IpPermissionsEgress`.",
    }
    spec: Spec {
        noun: "Default security group",
        resources: &["aws_default_security_group"],
        test: Test::NoBlocks(&["ingress", "egress"]),
        problem: "allows traffic",
        ..Spec::DEFAULT
    },
}
