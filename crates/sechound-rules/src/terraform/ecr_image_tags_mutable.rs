use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// ECR repositories (`aws_ecr_repository`) with `image_tag_mutability = "MUTABLE"`, or left out
    /// (it defaults to `MUTABLE`).
    ///
    /// ## Why it matters
    /// Mutable tags let anyone with push rights, or an attacker with a CI token, swap the image
    /// behind a released tag: a supply-chain attack that deployments cannot detect.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecr_repository" "app" {
    ///   name = "app"                            # reported: tags are mutable
    /// }
    /// ```
    pub struct EcrImageTagsMutable {
        id: "tf.ecr-image-tags-mutable",
        title: "ECR repository allows overwriting image tags",
        severity: Low,
        confidence: High,
        area: Dependencies,
        cwe: [494],
        owasp: A08,
        effort: Minutes,
        impact: "A pushed tag can be replaced by a different image later: deployments that pull `:1.4.2` may run code nobody reviewed.",
        recommendation: "Set `image_tag_mutability = \"IMMUTABLE\"` (or `IMMUTABLE_WITH_EXCLUSION` for a `latest`-style tag) and deploy by digest.",
        verification: "`aws ecr describe-repositories --repository-names <name>` shows `imageTagMutability: IMMUTABLE`.",
    }
    spec: Spec {
        noun: "ECR repository",
        resources: &["aws_ecr_repository"],
        test: Test::attr("image_tag_mutability", Want::OneOf(&["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"]), Some("it defaults to MUTABLE")),
        problem: "lets image tags be overwritten",
        ..Spec::DEFAULT
    },
}
