use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// IAM access keys (`aws_iam_access_key`) created without `pgp_key`: Terraform then writes the
    /// secret access key in clear into the state.
    ///
    /// ## Why it matters
    /// The state is shared with everyone and everything that runs Terraform; a long-lived key in it is
    /// a standing credential for whoever reads the backend bucket or a CI log.
    ///
    /// ## Not reported
    /// Keys created with `pgp_key` (only the encrypted secret is stored).
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_access_key" "ci" {   # reported: no pgp_key
    ///   user = aws_iam_user.ci.name
    /// }
    /// ```
    pub struct IamAccessKeyPlaintextState {
        id: "tf.iam-access-key-plaintext-state",
        title: "IAM access key secret stored in the Terraform state",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [312],
        owasp: A02,
        effort: Hours,
        impact: "Anyone who can read the state (a shared S3 backend, CI logs of `terraform output`) gets a long-lived credential of the user.",
        recommendation: "Avoid long-lived keys: use roles (instance profiles, IRSA, OIDC federation for CI). If a key is unavoidable, set `pgp_key = \"keybase:<user>\"` (or a base64 public key) so only the encrypted secret lands in the state, and rotate it.",
        verification: "`terraform state show aws_iam_access_key.<name>` shows `encrypted_secret` and no `secret`.",
    }
    spec: Spec {
        noun: "IAM access key",
        resources: &["aws_iam_access_key"],
        test: Test::attr(
            "pgp_key",
            Want::Set,
            Some("without it the secret access key is written in clear into the state"),
        ),
        problem: "keeps its secret in the Terraform state",
        ..Spec::DEFAULT
    },
}
