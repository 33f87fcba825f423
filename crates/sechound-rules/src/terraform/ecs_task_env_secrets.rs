use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// ECS task definitions (`aws_ecs_task_definition`) whose `container_definitions` (as
    /// `jsonencode(...)` or JSON) put a literal secret in a container's `environment`: a value in a
    /// known credential format, or a secret-like name with a value that is not a placeholder or a
    /// pointer to a secret store.
    ///
    /// ## Why it matters
    /// Task definitions are readable by many roles and kept in every revision; environment values are
    /// also visible in the console and in `docker inspect` on the host.
    ///
    /// ## Not reported
    /// Entries under `secrets` (`valueFrom`), values from variables the model cannot resolve, ARNs and
    /// parameter names.
    ///
    /// ## Example
    /// ```hcl
    /// environment = [{ name = "DB_PASSWORD", value = "hunter2-prod" }]   # reported
    /// ```
    pub struct EcsTaskEnvSecrets {
        id: "tf.ecs-task-env-secrets",
        title: "Secrets in ECS container environment variables",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "The credentials are in the repository, the state and the task definition, readable by anyone with `ecs:DescribeTaskDefinition`.",
        recommendation: "Move the value to Secrets Manager or SSM Parameter Store and reference it in the container's `secrets` list (`{ name = \"DB_PASSWORD\", valueFrom = aws_secretsmanager_secret.db.arn }`), with the execution role allowed to read it. Rotate the committed value.",
        verification: "`aws ecs describe-task-definition` shows the secret under `secrets` with `valueFrom`, not under `environment`.",
    }
    spec: Spec {
        noun: "ECS task definition",
        resources: &["aws_ecs_task_definition"],
        test: Test::Code(check),
        problem: "has secrets in container environment variables",
        ..Spec::DEFAULT
    },
}

use super::model::Value;
use super::values::{entry, json_doc, secret_pair};

fn check(_: &Module<'_>, task: &Block, out: &mut Out<'_, '_>) {
    let Some(attr) = task.attr("container_definitions") else {
        return;
    };
    if attr
        .expr
        .via
        .as_ref()
        .is_some_and(|h| matches!(h.how, super::model::How::Default))
    {
        return;
    }
    let Some(Value::Tuple(containers)) = json_doc(&attr.expr) else {
        return;
    };
    let mut names = Vec::new();
    for container in &containers {
        let Some(Value::Tuple(environment)) = entry(&container.value, "environment") else {
            continue;
        };
        for variable in environment {
            if let (Some(Value::Str(name)), Some(Value::Str(value))) = (
                entry(&variable.value, "name"),
                entry(&variable.value, "value"),
            ) && secret_pair(name, value)
            {
                names.push(format!("`{name}`"));
            }
        }
    }
    if !names.is_empty() {
        out.report(
            attr.range.clone(),
            &format!("{} set to literal secrets", names.join(", ")),
        )
        .mask_range(attr.expr.range.clone());
    }
}
