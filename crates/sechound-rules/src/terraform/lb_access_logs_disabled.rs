use super::model::{Block, Module};
use super::spec::{Cond, Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Load balancers (`aws_lb`, `aws_alb`, `aws_elb`) without an `access_logs` block, or with
    /// `enabled = false` in it (for `aws_lb`, `enabled` defaults to false even with a bucket).
    ///
    /// ## Why it matters
    /// The load balancer sees every request, including those the application rejects or crashes
    /// on: its logs are the first place to look after an incident.
    ///
    /// ## Not reported
    /// Gateway load balancers and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb" "web" {
    ///   name = "web"                                  # reported: no access_logs
    /// }
    /// ```
    pub struct LbAccessLogsDisabled {
        id: "tf.lb-access-logs-disabled",
        title: "Load balancer without access logs",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Requests through the load balancer leave no record of client, path and response to investigate an attack.",
        recommendation: "Add `access_logs { bucket = aws_s3_bucket.<logs>.id  prefix = \"<name>\"  enabled = true }` (the bucket policy must let the regional ELB account write).",
        verification: "`aws elbv2 describe-load-balancer-attributes` shows `access_logs.s3.enabled = true`.",
    }
    spec: Spec {
        noun: "Load balancer",
        resources: &["aws_lb", "aws_alb", "aws_elb"],
        unless: &[Cond::is("load_balancer_type", &["gateway"])],
        test: Test::Code(check),
        problem: "does not log requests",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, lb: &Block, out: &mut Out<'_, '_>) {
    let Some(logs) = lb.block("access_logs") else {
        out.report(lb.head.clone(), "no `access_logs` block");
        return;
    };
    // Classic load balancers log by default once a bucket is given; `aws_lb` needs `enabled`.
    let default = lb.ty() == "aws_elb";
    match logs.set("enabled").map(|a| m.bool_of(&a.expr)) {
        None if !default => {
            out.report(
                logs.head.clone(),
                "`access_logs` does not set `enabled = true` (it defaults to false)",
            );
        }
        Some(Some(false)) => {
            out.report(logs.head.clone(), "`access_logs` sets `enabled = false`");
        }
        _ => {}
    }
}
