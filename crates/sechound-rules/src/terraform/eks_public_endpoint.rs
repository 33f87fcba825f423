use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// EKS clusters (`aws_eks_cluster`) whose `vpc_config` leaves the public API endpoint on
    /// (`endpoint_public_access` true or unset, its default) with `public_access_cidrs` unset (it
    /// defaults to `0.0.0.0/0`) or containing `0.0.0.0/0`.
    ///
    /// ## Why it matters
    /// The control plane is the most powerful API of the cluster; exposing it to the whole internet
    /// leaves authentication as the only barrier.
    ///
    /// ## Not reported
    /// Private endpoints, public endpoints restricted to named ranges, and values the model cannot
    /// resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_eks_cluster" "main" {
    ///   vpc_config { subnet_ids = var.subnets }      # reported: public endpoint, any source
    /// }
    /// ```
    pub struct EksPublicEndpoint {
        id: "tf.eks-public-endpoint",
        title: "EKS API endpoint open to the internet",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "The Kubernetes API server is reachable from any address: a leaked kubeconfig or a vulnerability in the API server is exploitable from anywhere.",
        recommendation: "Set `endpoint_public_access = false` (with `endpoint_private_access = true` and a VPN or bastion), or restrict `public_access_cidrs` to the office and CI ranges.",
        verification: "`aws eks describe-cluster --name <name>` shows `endpointPublicAccess: false` or `publicAccessCidrs` without `0.0.0.0/0`.",
    }
    spec: Spec {
        noun: "EKS cluster",
        resources: &["aws_eks_cluster"],
        test: Test::Code(check),
        problem: "exposes its API endpoint to the internet",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, cluster: &Block, out: &mut Out<'_, '_>) {
    for config in cluster.blocks("vpc_config") {
        match config
            .set("endpoint_public_access")
            .map(|a| m.bool_of(&a.expr))
        {
            Some(Some(false)) | Some(None) => continue,
            _ => {}
        }
        match config.set("public_access_cidrs") {
            None => {
                out.report(
                    config.head.clone(),
                    "the public endpoint is on and `public_access_cidrs` defaults to `0.0.0.0/0`",
                );
            }
            Some(attr) => {
                if m.strings_of(&attr.expr)
                    .is_some_and(|c| c.iter().any(|c| c == "0.0.0.0/0"))
                {
                    out.report(
                        attr.range.clone(),
                        &format!(
                            "`public_access_cidrs` includes `0.0.0.0/0`{}",
                            super::model::via(&attr.expr)
                        ),
                    );
                }
            }
        }
    }
}
