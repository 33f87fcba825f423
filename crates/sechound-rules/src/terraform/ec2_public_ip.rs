use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// `associate_public_ip_address = true` on EC2 instances (`aws_instance`) and in the network
    /// interfaces of launch templates (`aws_launch_template`).
    ///
    /// ## Why it matters
    /// A public address puts the instance on the internet; services listening on it are one
    /// permissive security group rule away from exposure.
    ///
    /// ## Not reported
    /// The setting left unset (it then follows the subnet, see `tf.subnet-public-ip-on-launch`) and
    /// values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami                         = data.aws_ami.al2023.id
    ///   associate_public_ip_address = true        # reported
    /// }
    /// ```
    pub struct Ec2PublicIp {
        id: "tf.ec2-public-ip",
        title: "EC2 instance with a public IP address",
        severity: Low,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "The instance is reachable from the internet wherever its security groups allow, and becomes a direct target for scans.",
        recommendation: "Set `associate_public_ip_address = false`, place the instance in a private subnet behind a load balancer or NAT, and reach it through SSM Session Manager.",
        verification: "`aws ec2 describe-instances --instance-ids <id>` shows no `PublicIpAddress`.",
    }
    spec: Spec {
        noun: "EC2 instance",
        resources: &["aws_instance"],
        test: Test::attr("associate_public_ip_address", Want::False, None),
        problem: "has a public IP address",
        ..Spec::DEFAULT
    },
}
