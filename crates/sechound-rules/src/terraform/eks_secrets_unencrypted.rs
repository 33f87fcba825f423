use super::spec::{Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// EKS clusters (`aws_eks_cluster`) without an `encryption_config` block.
    ///
    /// ## Why it matters
    /// Envelope encryption with your own KMS key keeps Kubernetes secrets unreadable to anyone who
    /// gets at etcd data or backups without access to the key, and records each decryption in
    /// CloudTrail.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_eks_cluster" "main" {
    ///   name = "main"                                 # reported: no encryption_config
    /// }
    /// ```
    pub struct EksSecretsUnencrypted {
        id: "tf.eks-secrets-unencrypted",
        title: "EKS secrets not encrypted with a customer-managed key",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "Kubernetes secrets in etcd are protected only by AWS-owned keys (and, on clusters before 1.28, not envelope-encrypted at all): no key policy limits or audits who can decrypt them.",
        recommendation: "Add `encryption_config { resources = [\"secrets\"]  provider { key_arn = aws_kms_key.eks.arn } }` to the cluster.",
        verification: "`aws eks describe-cluster --name <name>` shows `encryptionConfig` with the key ARN.",
    }
    spec: Spec {
        noun: "EKS cluster",
        resources: &["aws_eks_cluster"],
        test: Test::Companion {
            types: &[],
            attrs: &[],
            literal: None,
            inline: &["encryption_config"],
            missing: "no `encryption_config` with a KMS key for secrets",
        },
        problem: "does not encrypt secrets with its own key",
        ..Spec::DEFAULT
    },
}
