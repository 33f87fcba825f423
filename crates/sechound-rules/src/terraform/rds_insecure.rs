use super::model::{confidence_of, strength_at, terraform_rule, via};
use crate::declare_rule;
use sechound_core::Severity;

declare_rule! {
    /// ## What it finds
    /// RDS databases that are reachable from the internet or unencrypted at rest:
    /// - `publicly_accessible = true` on `aws_db_instance` or `aws_rds_cluster_instance`: high;
    /// - `storage_encrypted = false`, or left out (it defaults to false), on `aws_db_instance`
    ///   and `aws_rds_cluster`: medium.
    ///
    /// Encrypted storage is recorded as a strength. Values are read through `var.*` defaults
    /// and `locals`.
    ///
    /// ## Why it matters
    /// A public endpoint leaves the database one leaked or guessed password away from the
    /// internet. Unencrypted storage exposes the data in snapshots, backups and replicas shared
    /// or copied outside the account, and encryption cannot be turned on later without
    /// restoring into a new instance.
    ///
    /// ## Not reported
    /// Read replicas (`replicate_source_db`) and restores from snapshots (`snapshot_identifier`),
    /// which inherit encryption from their source; Aurora Serverless v1 (`engine_mode =
    /// "serverless"`), always encrypted; values given by variables without default.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine              = "postgres"
    ///   publicly_accessible = true                # reported, high
    /// }                                           # no storage_encrypted: reported, medium
    /// ```
    pub struct RdsInsecure {
        id: "tf.rds-insecure",
        title: "RDS database public or unencrypted",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [284, 311],
        owasp: A05,
        effort: Hours,
        impact: "The database is exposed to the internet, or its storage, snapshots and backups hold the data unencrypted.",
        recommendation: "Set `publicly_accessible = false` and place the database in private subnets reachable only from the application's security group; set `storage_encrypted = true` with `kms_key_id = aws_kms_key.<name>.arn` (existing instances: snapshot, copy encrypted, restore).",
        verification: "`aws rds describe-db-instances` shows `PubliclyAccessible: false` and `StorageEncrypted: true`; connecting from outside the VPC times out.",
    }
}

terraform_rule!(RdsInsecure, |m, cx| {
    for ty in ["aws_db_instance", "aws_rds_cluster_instance"] {
        for db in m.local_resources(ty) {
            if let Some(attr) = db.attr("publicly_accessible")
                && m.bool_of(&attr.expr) == Some(true)
            {
                cx.report_range(
                    attr.range.clone(),
                    format!("RDS database `{}` is publicly accessible{}: it gets a public endpoint reachable from the internet.", db.address(), via(&attr.expr)),
                )
                .severity(Severity::High)
                .confidence(confidence_of(&[&attr.expr]));
            }
        }
    }
    for ty in ["aws_db_instance", "aws_rds_cluster"] {
        for db in m.local_resources(ty) {
            if db.attr("replicate_source_db").is_some()
                || db.attr("snapshot_identifier").is_some()
                || db.attr("replication_source_identifier").is_some()
                || db.attr("engine_mode").and_then(|a| m.str_of(&a.expr)) == Some("serverless")
            {
                continue;
            }
            match db.attr("storage_encrypted") {
                None => {
                    cx.report_range(
                        db.head.clone(),
                        format!("RDS database `{}` does not set `storage_encrypted`, which defaults to false: its storage, backups and snapshots are unencrypted.", db.address()),
                    );
                }
                Some(attr) => match m.bool_of(&attr.expr) {
                    Some(false) => {
                        cx.report_range(
                            attr.range.clone(),
                            format!("RDS database `{}` has `storage_encrypted = false`{}: its storage, backups and snapshots are unencrypted.", db.address(), via(&attr.expr)),
                        )
                        .confidence(confidence_of(&[&attr.expr]));
                    }
                    Some(true) => {
                        let with = if db.attr("kms_key_id").is_some() {
                            " with a customer-managed KMS key"
                        } else {
                            ""
                        };
                        strength_at(
                            cx,
                            &attr.range,
                            format!("RDS database `{}` encrypted at rest{with}", db.address()),
                        );
                    }
                    None => {}
                },
            }
        }
    }
});
