use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Literal passwords and tokens of datastores: `password` of `aws_db_instance` and
    /// `aws_dms_endpoint`, `master_password` of `aws_rds_cluster`, `aws_docdb_cluster` and
    /// `aws_redshift_cluster`, `auth_token` of `aws_elasticache_replication_group`, the `password`
    /// of `aws_mq_broker` users and the OpenSearch `master_user_password`, when the value is written
    /// in the resource, in a `.tfvars` file or in the arguments of a module call.
    ///
    /// ## Why it matters
    /// A password in code is in every clone and in the history forever; it cannot be rotated without
    /// a commit, and every environment built from the code shares it.
    ///
    /// ## Not reported
    /// Values that come from a variable's `default` (reported by `tf.secret-variable-default`),
    /// generated values (`random_password`), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   password = "Sup3rS3cret!"                 # reported
    /// }
    /// ```
    pub struct DbPasswordHardcoded {
        id: "tf.db-password-hardcoded",
        title: "Database or cache password written in the Terraform code",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "Everyone with access to the repository, its history and the state has the credential of the datastore.",
        recommendation: "Let AWS manage the password (`manage_master_user_password = true` for RDS, Aurora and Redshift), or generate it with `random_password` and store it in Secrets Manager; pass other secrets at apply time from a secret store. Rotate the committed value.",
        verification: "The attribute no longer holds a literal; the old password no longer authenticates.",
    }
    spec: Spec {
        noun: "Datastore",
        resources: &[
            "aws_db_instance",
            "aws_rds_cluster",
            "aws_docdb_cluster",
            "aws_redshift_cluster",
            "aws_elasticache_replication_group",
            "aws_dms_endpoint",
            "aws_mq_broker",
            "aws_opensearch_domain",
            "aws_elasticsearch_domain",
        ],
        test: Test::Code(check),
        problem: "has its password in the code",
        ..Spec::DEFAULT
    },
}

use super::values::hardcoded;

/// Where each resource type keeps its secret: nested blocks, then the attribute.
const PLACES: &[(&str, &[&str], &str)] = &[
    ("aws_db_instance", &[], "password"),
    ("aws_dms_endpoint", &[], "password"),
    ("aws_rds_cluster", &[], "master_password"),
    ("aws_docdb_cluster", &[], "master_password"),
    ("aws_redshift_cluster", &[], "master_password"),
    ("aws_elasticache_replication_group", &[], "auth_token"),
    ("aws_mq_broker", &["user"], "password"),
    (
        "aws_opensearch_domain",
        &["advanced_security_options", "master_user_options"],
        "master_user_password",
    ),
    (
        "aws_elasticsearch_domain",
        &["advanced_security_options", "master_user_options"],
        "master_user_password",
    ),
];

fn check(_: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    for (ty, within, name) in PLACES {
        if resource.ty() != *ty {
            continue;
        }
        let mut level = vec![resource];
        for kind in *within {
            level = level.iter().flat_map(|b| b.blocks(kind)).collect();
        }
        for block in level {
            if let Some(attr) = block.attr(name)
                && let Some(origin) = hardcoded(attr)
            {
                let at = if block.head == resource.head {
                    attr.range.clone()
                } else {
                    block.head.clone()
                };
                let finding = out.report(at, &format!("`{name}` is a literal{origin}"));
                if attr.expr.via.is_none() {
                    finding.mask_range(attr.expr.range.clone());
                }
            }
        }
    }
}
