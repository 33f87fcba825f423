use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// ECS task definitions (`aws_ecs_task_definition`) with `network_mode = "host"`.
    ///
    /// ## Why it matters
    /// Host networking removes the network isolation between the task and the EC2 instance: the task
    /// can bind the host's ports, sniff its traffic and reach the metadata service and local daemons.
    ///
    /// ## Not reported
    /// Other network modes and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecs_task_definition" "agent" {
    ///   network_mode = "host"                        # reported
    /// }
    /// ```
    pub struct EcsTaskHostNetwork {
        id: "tf.ecs-task-host-network",
        title: "ECS task uses the host network",
        severity: Low,
        confidence: High,
        area: Infrastructure,
        cwe: [250],
        owasp: A05,
        effort: Hours,
        impact: "Containers share the host's network stack: they can reach services bound to the host's localhost, including the instance metadata service, and bypass task-level security groups.",
        recommendation: "Use `network_mode = \"awsvpc\"` so each task gets its own network interface and security group.",
        verification: "`aws ecs describe-task-definition` shows `networkMode: awsvpc`.",
    }
    spec: Spec {
        noun: "ECS task definition",
        resources: &["aws_ecs_task_definition"],
        test: Test::attr("network_mode", Want::NoneOf(&["host"]), None),
        problem: "shares the host's network",
        ..Spec::DEFAULT
    },
}
