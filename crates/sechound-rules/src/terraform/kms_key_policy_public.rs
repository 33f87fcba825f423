use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// KMS keys (`aws_kms_key`, and `aws_kms_key_policy`) whose policy has an `Allow` statement for
    /// any principal (`"*"`, `{ AWS = "*" }`) with no `Condition`.
    ///
    /// A condition counts when it narrows the caller (an organisation, account, source ARN,
    /// VPC endpoint, IP range or external id); one on MFA or TLS alone does not.
    ///
    /// ## Why it matters
    /// The key policy is the only gate of a KMS key: a `"*"` principal lets any AWS account use the
    /// key, decrypting whatever it protects.
    ///
    /// ## Not reported
    /// Statements narrowed by a condition (`kms:CallerAccount`, `kms:ViaService`), and documents the
    /// model cannot read.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kms_key" "data" {
    ///   policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*",
    ///     Action = "kms:*", Resource = "*" }] })                # reported
    /// }
    /// ```
    pub struct KmsKeyPolicyPublic {
        id: "tf.kms-key-policy-public",
        title: "KMS key policy open to any principal",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [284, 732],
        owasp: A01,
        effort: Minutes,
        impact: "Any AWS principal can use or administer the key: decrypt the data it protects, or schedule its deletion.",
        recommendation: "Name the principals in the key policy (the account root for IAM delegation, and the roles that use the key), or keep `\"*\"` only with conditions such as `kms:CallerAccount` and `kms:ViaService`.",
        verification: "IAM Access Analyzer shows no external-access finding for the key; `aws kms get-key-policy --key-id <id> --policy-name default` lists named principals.",
    }
    spec: Spec {
        noun: "KMS key policy",
        resources: &["aws_kms_key", "aws_kms_key_policy"],
        test: Test::Code(check),
        problem: "is open to anyone",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    super::policy::report_public(m, resource, out, &["policy"]);
}
