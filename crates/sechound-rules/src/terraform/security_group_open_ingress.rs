use super::model::{Block, Expr, Module, Value, confidence_of, terraform_rule, via};
use crate::{CheckContext, declare_rule};
use sechound_core::Severity;

declare_rule! {
    /// ## What it finds
    /// Security group ingress open to the whole internet (`0.0.0.0/0` or `::/0`) on anything
    /// other than HTTP/HTTPS (80, 443), in the three ways Terraform writes it: inline
    /// `ingress {}` blocks of `aws_security_group`, `aws_security_group_rule` with
    /// `type = "ingress"`, and `aws_vpc_security_group_ingress_rule`.
    ///
    /// High for SSH (22), RDP (3389), data stores and admin ports (MySQL 3306, PostgreSQL 5432,
    /// Redis 6379, MongoDB 27017, Elasticsearch 9200/9300, Memcached 11211, Kibana 5601,
    /// Kafka 9092, ...) and for every port (`protocol = "-1"`, or 0-65535); medium for other
    /// ports. CIDRs and ports are read through `var.*` defaults and `locals`.
    ///
    /// ## Why it matters
    /// Internet-wide scanners find an open SSH, RDP or database port within minutes, and then
    /// try credentials and known exploits around the clock.
    ///
    /// ## Not reported
    /// Ports 80 and 443 alone, ICMP, ingress from specific CIDRs or security groups, and
    /// rules whose CIDRs or ports come from variables without default or other resources.
    ///
    /// ## Example
    /// ```hcl
    /// ingress {
    ///   from_port = 22  to_port = 22  protocol = "tcp"
    ///   cidr_blocks = ["0.0.0.0/0"]             # reported, high
    /// }
    /// ```
    pub struct SecurityGroupOpenIngress {
        id: "tf.security-group-open-ingress",
        title: "Security group open to the internet",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "Services behind the port are reachable by every host on the internet, inviting brute force and exploitation of anything listening there.",
        recommendation: "Restrict the source to known ranges (`cidr_blocks = var.admin_cidrs`, a VPN or office CIDR) or to another security group (`source_security_group_id`); reach admin ports through SSM Session Manager or a bastion instead of opening them.",
        verification: "`terraform plan` shows no ingress rule from `0.0.0.0/0`/`::/0` except 80/443; `aws ec2 describe-security-groups --filters Name=ip-permission.cidr,Values=0.0.0.0/0` no longer lists the group.",
    }
}

/// Ports whose exposure to the internet is high severity.
const SENSITIVE: &[(u32, &str)] = &[
    (21, "FTP"),
    (22, "SSH"),
    (23, "Telnet"),
    (445, "SMB"),
    (1433, "SQL Server"),
    (1521, "Oracle"),
    (2375, "Docker API"),
    (2376, "Docker API"),
    (2379, "etcd"),
    (3306, "MySQL"),
    (3389, "RDP"),
    (5432, "PostgreSQL"),
    (5601, "Kibana"),
    (5672, "RabbitMQ"),
    (5984, "CouchDB"),
    (6379, "Redis"),
    (9042, "Cassandra"),
    (9092, "Kafka"),
    (9200, "Elasticsearch"),
    (9300, "Elasticsearch"),
    (11211, "Memcached"),
    (15672, "RabbitMQ management"),
    (27017, "MongoDB"),
];

terraform_rule!(SecurityGroupOpenIngress, |m, cx| {
    for sg in m.local_resources("aws_security_group") {
        for ingress in sg.blocks("ingress") {
            check(m, cx, ingress, &sg.address(), Shape::Classic);
        }
    }
    for rule in m.local_resources("aws_security_group_rule") {
        if rule.attr("type").and_then(|t| m.str_of(&t.expr)) == Some("ingress") {
            let group = match rule.attr("security_group_id").map(|a| &a.expr.value) {
                Some(Value::Ref(p)) if p.len() >= 2 && p[0] == "aws_security_group" => {
                    format!("{}.{}", p[0], p[1])
                }
                _ => rule.address(),
            };
            check(m, cx, rule, &group, Shape::Classic);
        }
    }
    for rule in m.local_resources("aws_vpc_security_group_ingress_rule") {
        let group = match rule.attr("security_group_id").map(|a| &a.expr.value) {
            Some(Value::Ref(p)) if p.len() >= 2 && p[0] == "aws_security_group" => {
                format!("{}.{}", p[0], p[1])
            }
            _ => rule.address(),
        };
        check(m, cx, rule, &group, Shape::Vpc);
    }
});

#[derive(Clone, Copy)]
enum Shape {
    /// `cidr_blocks`, `ipv6_cidr_blocks`, `protocol`.
    Classic,
    /// `cidr_ipv4`, `cidr_ipv6`, `ip_protocol`.
    Vpc,
}

fn check(m: &Module, cx: &mut CheckContext<'_>, rule: &Block, group: &str, shape: Shape) {
    let (cidr_attrs, protocol_attr): (&[&str], &str) = match shape {
        Shape::Classic => (&["cidr_blocks", "ipv6_cidr_blocks"], "protocol"),
        Shape::Vpc => (&["cidr_ipv4", "cidr_ipv6"], "ip_protocol"),
    };
    let open: Vec<String> = cidr_attrs
        .iter()
        .filter_map(|a| rule.attr(a))
        .filter_map(|a| m.strings_of(&a.expr))
        .flatten()
        .filter(|c| c == "0.0.0.0/0" || c == "::/0")
        .collect();
    if open.is_empty() {
        return;
    }
    let cidr_exprs: Vec<&Expr> = cidr_attrs
        .iter()
        .filter_map(|a| rule.attr(a))
        .map(|a| &a.expr)
        .collect();
    let mut vias: Vec<String> = cidr_exprs.iter().map(|e| via(e)).collect();
    vias.dedup();
    let vars: String = vias.concat();
    let from = format!("{}{vars}", open.join(" and "));
    let protocol = rule.attr(protocol_attr).and_then(|a| {
        m.str_of(&a.expr)
            .map(|s| s.to_ascii_lowercase())
            .or_else(|| m.num_of(&a.expr).map(|n| format!("{n}")))
    });
    let Some(protocol) = protocol else {
        return;
    };
    if matches!(protocol.as_str(), "icmp" | "icmpv6" | "1" | "58") {
        return;
    }
    let all_protocols = matches!(protocol.as_str(), "-1" | "all");
    let ports = if all_protocols {
        None
    } else {
        let port = |name| rule.attr(name).and_then(|a| m.num_of(&a.expr));
        let (Some(low), Some(high)) = (port("from_port"), port("to_port")) else {
            return;
        };
        if low < 0.0 || high < low {
            return;
        }
        Some((low as u32, high as u32))
    };
    let (severity, what) = match ports {
        None => (Severity::High, "all ports and protocols".to_string()),
        Some((0, high)) if high >= 65535 => (Severity::High, "every port".to_string()),
        Some((80, 80)) | Some((443, 443)) => return,
        Some((low, high)) => {
            let mut hit: Vec<String> = SENSITIVE
                .iter()
                .filter(|(p, _)| (low..=high).contains(p))
                .map(|(p, name)| format!("{p} ({name})"))
                .collect();
            let range = if low == high {
                format!("port {low}")
            } else {
                format!("ports {low}-{high}")
            };
            if hit.len() > 3 {
                let more = hit.len() - 3;
                hit.truncate(3);
                hit.push(format!("{more} more"));
            }
            if hit.is_empty() {
                (Severity::Medium, range)
            } else if low == high {
                (Severity::High, format!("port {}", hit.join(", ")))
            } else {
                (
                    Severity::High,
                    format!("{range}, including {}", hit.join(", ")),
                )
            }
        }
    };
    cx.report_range(
        rule.head.clone(),
        format!("Security group `{group}` allows ingress from {from} on {what}."),
    )
    .severity(severity)
    .confidence(confidence_of(&cidr_exprs));
}
