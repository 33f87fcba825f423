use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// ECR repositories (`aws_ecr_repository`) without `image_scanning_configuration { scan_on_push =
    /// true }`.
    ///
    /// ## Why it matters
    /// Scanning on push is the cheapest way to learn that an image ships a known-vulnerable package
    /// before it runs.
    ///
    /// ## Not reported
    /// Modules that configure registry-wide scanning (`aws_ecr_registry_scanning_configuration`), and
    /// values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecr_repository" "app" { name = "app" }   # reported
    /// ```
    pub struct EcrScanOnPushDisabled {
        id: "tf.ecr-scan-on-push-disabled",
        title: "ECR repository does not scan images on push",
        severity: Low,
        confidence: High,
        area: Dependencies,
        cwe: [1104],
        owasp: A06,
        effort: Minutes,
        impact: "Images with known vulnerable packages are pushed and deployed without anyone being told.",
        recommendation: "Add `image_scanning_configuration { scan_on_push = true }`, or configure registry-wide enhanced scanning with `aws_ecr_registry_scanning_configuration`.",
        verification: "`aws ecr describe-repositories` shows `scanOnPush: true`, or `aws ecr get-registry-scanning-configuration` shows a rule covering the repository.",
    }
    spec: Spec {
        noun: "ECR repository",
        resources: &["aws_ecr_repository"],
        unless_module: &["aws_ecr_registry_scanning_configuration"],
        test: Test::nested(
            &["image_scanning_configuration"],
            true,
            "scan_on_push",
            Want::True,
            Some("images are not scanned"),
        ),
        problem: "does not scan images on push",
        ..Spec::DEFAULT
    },
}
