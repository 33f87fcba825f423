use super::spec::{Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// VPCs (`aws_vpc`) for which no `aws_flow_log` in the module names the VPC (`vpc_id`).
    ///
    /// ## Why it matters
    /// Flow logs are the network record of the VPC: without them an incident response cannot tell
    /// which hosts talked to which addresses, and GuardDuty-style detection has less to go on.
    ///
    /// ## Not reported
    /// VPCs of a module where some `aws_flow_log` names a VPC the model cannot resolve (a module
    /// output, a variable).
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }   # reported: no aws_flow_log
    /// ```
    pub struct VpcFlowLogsMissing {
        id: "tf.vpc-flow-logs-missing",
        title: "VPC without flow logs",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Network connections into, out of and within the VPC leave no record to detect or investigate scanning, exfiltration or lateral movement.",
        recommendation: "Add `resource \"aws_flow_log\" \"<name>\" { vpc_id = aws_vpc.<name>.id  traffic_type = \"ALL\"  log_destination_type = \"s3\"  log_destination = aws_s3_bucket.<logs>.arn }` (or a CloudWatch log group with an IAM role).",
        verification: "`aws ec2 describe-flow-logs --filter Name=resource-id,Values=<vpc-id>` lists an active flow log.",
    }
    spec: Spec {
        noun: "VPC",
        resources: &["aws_vpc"],
        test: Test::Companion {
            types: &["aws_flow_log"],
            attrs: &["vpc_id"],
            literal: None,
            inline: &[],
            missing: "no `aws_flow_log` in the module records its traffic",
        },
        problem: "has no flow logs",
        ..Spec::DEFAULT
    },
}
