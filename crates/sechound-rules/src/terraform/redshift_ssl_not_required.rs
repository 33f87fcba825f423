use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Redshift parameter groups (`aws_redshift_parameter_group`) that do not set `require_ssl` to
    /// `true` (the Redshift default is false).
    ///
    /// ## Why it matters
    /// Without `require_ssl`, nothing stops a client or a tool from connecting in clear and exposing
    /// the password and the data it reads.
    ///
    /// ## Not reported
    /// Clusters on the default parameter group (nothing in Terraform to fix; the cluster rules do not
    /// report it either), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_parameter_group" "warehouse" {
    ///   family = "redshift-1.0"                        # reported: no require_ssl
    /// }
    /// ```
    pub struct RedshiftSslNotRequired {
        id: "tf.redshift-ssl-not-required",
        title: "Redshift parameter group does not require SSL",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [319],
        owasp: A02,
        effort: Minutes,
        impact: "Clients may connect without TLS, sending credentials and query results in clear.",
        recommendation: "Add `parameter { name = \"require_ssl\"  value = \"true\" }` to the `aws_redshift_parameter_group` used by the cluster.",
        verification: "`aws redshift describe-cluster-parameters --parameter-group-name <name>` shows `require_ssl = true`; a `psql` connection with `sslmode=disable` is refused.",
    }
    spec: Spec {
        noun: "Redshift parameter group",
        resources: &["aws_redshift_parameter_group"],
        test: Test::Code(check),
        problem: "does not require SSL",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, group: &Block, out: &mut Out<'_, '_>) {
    for parameter in group.blocks("parameter") {
        let Some(name) = parameter.attr("name").map(|a| m.str_of(&a.expr)) else {
            continue;
        };
        match name {
            Some("require_ssl") => {}
            Some(_) => continue,
            None => return,
        }
        match parameter.attr("value").map(|v| m.bool_of(&v.expr)) {
            Some(Some(true)) => {}
            Some(Some(false)) => {
                out.report(parameter.head.clone(), "`require_ssl` is `false`");
            }
            _ => {}
        }
        return;
    }
    out.report(
        group.head.clone(),
        "no `require_ssl` parameter (Redshift defaults to false)",
    );
}
