use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// Redshift clusters (`aws_redshift_cluster`) with `publicly_accessible = true`.
    ///
    /// ## Why it matters
    /// A public endpoint exposes the whole warehouse to password guessing and to any future
    /// vulnerability of the engine.
    ///
    /// ## Not reported
    /// The setting left unset (false in current providers) and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "warehouse" {
    ///   publicly_accessible = true                     # reported
    /// }
    /// ```
    pub struct RedshiftPublic {
        id: "tf.redshift-public",
        title: "Redshift cluster publicly accessible",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "The warehouse gets a public endpoint: one leaked or guessed password away from the internet.",
        recommendation: "Set `publicly_accessible = false`, place the cluster in private subnets and reach it through a VPN, a bastion or Redshift's VPC endpoints.",
        verification: "`aws redshift describe-clusters` shows `\"PubliclyAccessible\": false`; connecting from outside the VPC times out.",
    }
    spec: Spec {
        noun: "Redshift cluster",
        resources: &["aws_redshift_cluster"],
        test: Test::attr("publicly_accessible", Want::False, None),
        problem: "is publicly accessible",
        ..Spec::DEFAULT
    },
}
