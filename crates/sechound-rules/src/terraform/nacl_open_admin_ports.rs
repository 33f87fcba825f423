use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Network ACL entries that allow inbound TCP traffic from anywhere (`0.0.0.0/0` or `::/0`) to
    /// a port range including SSH (22) or RDP (3389): `aws_network_acl_rule` (not `egress`, with
    /// `rule_action = "allow"`) and the `ingress` blocks of `aws_network_acl` and
    /// `aws_default_network_acl`.
    ///
    /// ## Why it matters
    /// CIS AWS Foundations asks that no network ACL allow ingress from the internet to remote
    /// administration ports: the subnet-level layer should back up the security groups, not wave the
    /// traffic through.
    ///
    /// ## Not reported
    /// Entries allowing all protocols (`protocol = "-1"`, the AWS default ACL, which leaves filtering
    /// to security groups), entries from private ranges, deny entries, and values the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_network_acl_rule" "ssh" {
    ///   network_acl_id = aws_network_acl.public.id
    ///   rule_number = 100  protocol = "tcp"  rule_action = "allow"
    ///   cidr_block = "0.0.0.0/0"  from_port = 22  to_port = 22         # reported
    /// }
    /// ```
    pub struct NaclOpenAdminPorts {
        id: "tf.nacl-open-admin-ports",
        title: "Network ACL allows remote administration from the internet",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "SSH or RDP traffic from any address reaches the subnets; only security groups stand between the internet and the admin ports.",
        recommendation: "Deny or drop the rule for ports 22 and 3389 from `0.0.0.0/0` / `::/0`, allow them only from the VPN or bastion ranges, and reach instances through SSM Session Manager.",
        verification: "`aws ec2 describe-network-acls` shows no allow entry from `0.0.0.0/0` covering ports 22 or 3389.",
    }
    spec: Spec {
        noun: "Network ACL",
        resources: &["aws_network_acl_rule", "aws_network_acl", "aws_default_network_acl"],
        test: Test::Code(check),
        problem: "allows remote administration from anywhere",
        ..Spec::DEFAULT
    },
}

use super::model::Value;

fn check(m: &Module<'_>, acl: &Block, out: &mut Out<'_, '_>) {
    if acl.ty() == "aws_network_acl_rule" {
        if acl.attr("egress").and_then(|a| m.bool_of(&a.expr)) == Some(true) {
            return;
        }
        entry(m, acl, "rule_action", out);
    } else {
        for ingress in acl.blocks("ingress") {
            entry(m, ingress, "action", out);
        }
    }
}

fn entry(m: &Module<'_>, rule: &Block, action: &str, out: &mut Out<'_, '_>) {
    if rule
        .attr(action)
        .and_then(|a| m.str_of(&a.expr))
        .is_none_or(|a| !a.eq_ignore_ascii_case("allow"))
    {
        return;
    }
    let open = ["cidr_block", "ipv6_cidr_block"].iter().any(|c| {
        rule.attr(c)
            .and_then(|a| m.str_of(&a.expr))
            .is_some_and(|v| v == "0.0.0.0/0" || v == "::/0")
    });
    if !open {
        return;
    }
    let protocol = rule.attr("protocol").map(|a| &a.expr.value);
    let tcp = match protocol {
        Some(Value::Str(p)) => p.eq_ignore_ascii_case("tcp") || p == "6",
        Some(Value::Num(n)) => *n == 6.0,
        _ => false,
    };
    if !tcp {
        return;
    }
    let port = |name: &str| rule.attr(name).and_then(|a| m.num_of(&a.expr));
    let (Some(low), Some(high)) = (port("from_port"), port("to_port")) else {
        return;
    };
    let hit: Vec<&str> = [(22.0, "22 (SSH)"), (3389.0, "3389 (RDP)")]
        .iter()
        .filter(|(p, _)| low <= *p && *p <= high)
        .map(|(_, name)| *name)
        .collect();
    if !hit.is_empty() {
        out.report(
            rule.head.clone(),
            &if low == high {
                format!("inbound TCP port {} from anywhere", hit.join(" and "))
            } else {
                format!(
                    "inbound TCP {low}-{high} from anywhere, including port {}",
                    hit.join(" and ")
                )
            },
        );
    }
}
