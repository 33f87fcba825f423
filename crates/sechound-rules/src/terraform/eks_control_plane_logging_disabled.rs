use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// EKS clusters (`aws_eks_cluster`) whose `enabled_cluster_log_types` is unset or does not include
    /// `audit`.
    ///
    /// ## Why it matters
    /// The Kubernetes audit log is the record of every API call in the cluster; without it an
    /// intrusion through the API leaves no trace.
    ///
    /// ## Not reported
    /// Values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_eks_cluster" "main" {
    ///   enabled_cluster_log_types = ["api"]          # reported: no audit
    /// }
    /// ```
    pub struct EksControlPlaneLoggingDisabled {
        id: "tf.eks-control-plane-logging-disabled",
        title: "EKS control plane audit logs not enabled",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Calls to the Kubernetes API (who created a privileged pod, read a secret, changed a role binding) are not recorded.",
        recommendation: "Set `enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"]` (and give the `/aws/eks/<name>/cluster` log group a retention).",
        verification: "`aws eks describe-cluster --name <name>` shows `audit` among the enabled logging types.",
    }
    spec: Spec {
        noun: "EKS cluster",
        resources: &["aws_eks_cluster"],
        test: Test::attr(
            "enabled_cluster_log_types",
            Want::Check(has_audit),
            Some("no control plane logs are sent to CloudWatch"),
        ),
        problem: "does not record Kubernetes audit logs",
        ..Spec::DEFAULT
    },
}

fn has_audit(value: &super::model::Value) -> Option<bool> {
    match value {
        super::model::Value::Tuple(items) => {
            let mut unknown = false;
            for item in items {
                match &item.value {
                    super::model::Value::Str(s) if s == "audit" => return Some(true),
                    super::model::Value::Str(_) => {}
                    _ => unknown = true,
                }
            }
            if unknown { None } else { Some(false) }
        }
        _ => None,
    }
}
