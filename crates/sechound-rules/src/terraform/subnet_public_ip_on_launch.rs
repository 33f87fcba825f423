use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Subnets (`aws_subnet`) with `map_public_ip_on_launch = true`.
    ///
    /// ## Why it matters
    /// Automatic public addresses make every instance of the subnet directly addressable from the
    /// internet; one permissive security group is then enough to expose it.
    ///
    /// ## Not reported
    /// Subnets that leave the setting unset (false) and values the model cannot resolve. Public
    /// subnets that only hold load balancers and NAT gateways are a legitimate design: lower the
    /// severity or waive the finding there.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_subnet" "public" {
    ///   vpc_id                  = aws_vpc.main.id
    ///   map_public_ip_on_launch = true            # reported
    /// }
    /// ```
    pub struct SubnetPublicIpOnLaunch {
        id: "tf.subnet-public-ip-on-launch",
        title: "Subnet gives instances public IP addresses",
        severity: Low,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "Every instance launched in the subnet is reachable from the internet as far as its security groups allow, including ones meant to stay private.",
        recommendation: "Set `map_public_ip_on_launch = false`; give public addresses only to the resources that need them (load balancers, NAT gateways, an explicit `aws_eip`).",
        verification: "`aws ec2 describe-subnets --subnet-ids <id>` shows `\"MapPublicIpOnLaunch\": false`.",
    }
    spec: Spec {
        noun: "Subnet",
        resources: &["aws_subnet"],
        test: Test::attr("map_public_ip_on_launch", Want::False, None),
        problem: "assigns public IP addresses to instances",
        ..Spec::DEFAULT
    },
}
