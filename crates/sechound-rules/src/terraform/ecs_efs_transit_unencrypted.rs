use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// EFS volumes of ECS task definitions (`volume { efs_volume_configuration { ... } }`) without
    /// `transit_encryption = "ENABLED"` (it defaults to `DISABLED`).
    ///
    /// ## Why it matters
    /// Without TLS, anyone able to capture traffic in the VPC (a compromised host, a mirrored ENI)
    /// reads and alters the files.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// volume {
    ///   efs_volume_configuration { file_system_id = aws_efs_file_system.data.id }   # reported
    /// }
    /// ```
    pub struct EcsEfsTransitUnencrypted {
        id: "tf.ecs-efs-transit-unencrypted",
        title: "ECS task mounts EFS without encryption in transit",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "File contents travel between the task and the file system in clear inside the VPC.",
        recommendation: "Set `transit_encryption = \"ENABLED\"` in `efs_volume_configuration` (and use an access point with `authorization_config { iam = \"ENABLED\" }`).",
        verification: "`aws ecs describe-task-definition` shows `transitEncryption: ENABLED` for the EFS volume.",
    }
    spec: Spec {
        noun: "ECS task definition",
        resources: &["aws_ecs_task_definition"],
        test: Test::nested(&["volume", "efs_volume_configuration"], false, "transit_encryption", Want::OneOf(&["ENABLED"]), Some("it defaults to DISABLED")),
        problem: "mounts EFS without encryption in transit",
        ..Spec::DEFAULT
    },
}
