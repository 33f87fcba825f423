use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// SageMaker notebook instances (`aws_sagemaker_notebook_instance`) without
    /// `direct_internet_access = "Disabled"` (it defaults to `Enabled`).
    ///
    /// ## Why it matters
    /// Notebooks hold credentials and training data; direct internet access is an exfiltration path
    /// that no VPC control sees.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_sagemaker_notebook_instance" "research" {
    ///   instance_type = "ml.t3.medium"                 # reported
    /// }
    /// ```
    pub struct SagemakerNotebookInternet {
        id: "tf.sagemaker-notebook-internet",
        title: "SageMaker notebook with direct internet access",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "Code in the notebook can reach (and send data to) any host on the internet, bypassing the VPC's egress controls.",
        recommendation: "Set `direct_internet_access = \"Disabled\"` with a `subnet_id` and `security_groups` in a VPC whose egress goes through a NAT or proxy you control.",
        verification: "`aws sagemaker describe-notebook-instance` shows `DirectInternetAccess: Disabled`.",
    }
    spec: Spec {
        noun: "SageMaker notebook instance",
        resources: &["aws_sagemaker_notebook_instance"],
        test: Test::attr("direct_internet_access", Want::OneOf(&["Disabled"]), Some("it defaults to Enabled")),
        problem: "has direct internet access",
        ..Spec::DEFAULT
    },
}
