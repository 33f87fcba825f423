use super::spec::{Cond, Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// MySQL, MariaDB and PostgreSQL databases (`aws_db_instance`, and Aurora `aws_rds_cluster`)
    /// without `iam_database_authentication_enabled = true`.
    ///
    /// ## Why it matters
    /// IAM authentication replaces static passwords with 15-minute tokens tied to an IAM identity:
    /// access is granted and revoked with IAM, and every login is attributable.
    ///
    /// ## Not reported
    /// Engines without IAM authentication (Oracle, SQL Server), read replicas and cluster members
    /// (the source or cluster decides), databases whose engine the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine = "postgres"                      # reported: no IAM authentication
    /// }
    /// ```
    pub struct RdsIamAuthDisabled {
        id: "tf.rds-iam-auth-disabled",
        title: "RDS database without IAM authentication",
        severity: Low,
        confidence: High,
        area: Authentication,
        cwe: [287],
        owasp: A07,
        effort: Hours,
        impact: "Applications and people log in with long-lived database passwords that are shared, rarely rotated and outlive their owners' access.",
        recommendation: "Set `iam_database_authentication_enabled = true` and have applications request short-lived tokens (`rds generate-db-auth-token`) through their IAM role; keep the master password in Secrets Manager (`manage_master_user_password = true`).",
        verification: "`aws rds describe-db-instances` shows `\"IAMDatabaseAuthenticationEnabled\": true`.",
    }
    spec: Spec {
        noun: "RDS database",
        resources: &["aws_db_instance", "aws_rds_cluster"],
        when: &[Cond::starts("engine", &["mysql", "mariadb", "postgres", "aurora"])],
        unless: &[Cond::set("replicate_source_db")],
        test: Test::attr(
            "iam_database_authentication_enabled",
            Want::True,
            Some("it defaults to false"),
        ),
        problem: "does not accept IAM authentication",
        ..Spec::DEFAULT
    },
}
