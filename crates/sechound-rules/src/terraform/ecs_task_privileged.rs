use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// ECS task definitions (`aws_ecs_task_definition`) with a container whose definition sets
    /// `privileged = true`, in `container_definitions` written as `jsonencode(...)` or JSON.
    ///
    /// ## Why it matters
    /// A privileged container has all capabilities and access to the host's devices: escaping to the
    /// host is trivial.
    ///
    /// ## Not reported
    /// Container definitions read from files or built from values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// container_definitions = jsonencode([{ name = "agent", privileged = true }])   # reported
    /// ```
    pub struct EcsTaskPrivileged {
        id: "tf.ecs-task-privileged",
        title: "ECS container runs privileged",
        severity: High,
        confidence: High,
        area: Infrastructure,
        cwe: [250],
        owasp: A05,
        effort: Hours,
        impact: "A compromise of the container is a compromise of the host and of every other task on it.",
        recommendation: "Remove `privileged = true` from the container definition; grant the specific Linux capabilities the container needs through `linuxParameters.capabilities.add`, and run on Fargate where privileged mode is not available.",
        verification: "`aws ecs describe-task-definition` shows no container with `\"privileged\": true`.",
    }
    spec: Spec {
        noun: "ECS task definition",
        resources: &["aws_ecs_task_definition"],
        test: Test::Code(check),
        problem: "runs a privileged container",
        ..Spec::DEFAULT
    },
}

use super::model::Value;
use super::values::{entry, json_doc};

fn check(_: &Module<'_>, task: &Block, out: &mut Out<'_, '_>) {
    let Some(attr) = task.attr("container_definitions") else {
        return;
    };
    let Some(Value::Tuple(containers)) = json_doc(&attr.expr) else {
        return;
    };
    for container in containers {
        if entry(&container.value, "privileged").and_then(super::eval::truth) == Some(true) {
            let name = match entry(&container.value, "name") {
                Some(Value::Str(n)) => format!("`{n}`"),
                _ => "a container".to_string(),
            };
            out.report(
                attr.range.clone(),
                &format!("{name} sets `privileged = true`"),
            );
        }
    }
}
