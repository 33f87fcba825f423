use super::model::{Block, Module, Value};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// S3 buckets (`aws_s3_bucket`) with no server access logging: no `aws_s3_bucket_logging` for the
    /// bucket in the module (AWS provider v4+) and no inline `logging` block (v3).
    ///
    /// ## Why it matters
    /// Without access logs (or CloudTrail data events) nobody can tell who read, overwrote or deleted
    /// objects: a leak or a tampering with the data cannot be investigated or even confirmed.
    ///
    /// ## Not reported
    /// Buckets that receive logs themselves (named `*log*`, created by a module call named
    /// `*log*`, or the target of access logs, load balancer or CloudFront logs in the module:
    /// logging them into themselves loops), and buckets
    /// of a module where some `aws_s3_bucket_logging` names a bucket the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket" "exports" { bucket = "acme-exports" }   # reported: no access logging
    /// ```
    pub struct S3AccessLoggingDisabled {
        id: "tf.s3-access-logging-disabled",
        title: "S3 bucket without server access logging",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [778],
        owasp: A09,
        effort: Minutes,
        impact: "Reads, writes and deletions of objects leave no record to investigate a leak or a tampering with.",
        recommendation: "Add `resource \"aws_s3_bucket_logging\" \"<name>\" { bucket = aws_s3_bucket.<name>.id  target_bucket = aws_s3_bucket.<logs>.id  target_prefix = \"s3/<name>/\" }` pointing at a dedicated log bucket (or record data events for the bucket in CloudTrail).",
        verification: "`aws s3api get-bucket-logging --bucket <name>` returns a `LoggingEnabled` target.",
    }
    spec: Spec {
        noun: "S3 bucket",
        resources: &["aws_s3_bucket"],
        test: Test::Code(check),
        problem: "has no server access logging",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, bucket: &Block, out: &mut Out<'_, '_>) {
    if bucket.block("logging").is_some() || m.bucket_has(bucket, "aws_s3_bucket_logging") {
        return;
    }
    if receives_logs(m, bucket) {
        return;
    }
    out.report(
        bucket.head.clone(),
        "no `aws_s3_bucket_logging` for it and no inline `logging` block",
    );
}

/// A log destination: its name says so, or some resource of the module sends access logs,
/// load balancer logs or CloudFront logs to it.
pub(crate) fn receives_logs(m: &Module<'_>, bucket: &Block) -> bool {
    let literal = bucket.attr("bucket").and_then(|a| m.str_of(&a.expr));
    // The bucket's own name, its literal name, or the module call that creates it
    // (`module.log_bucket`).
    let call = m
        .label
        .map(|l| l.rsplit("module.").next().unwrap_or(l).to_ascii_lowercase());
    if bucket.name().to_ascii_lowercase().contains("log")
        || literal.is_some_and(|l| l.to_ascii_lowercase().contains("log"))
        || call.is_some_and(|c| c.contains("log"))
    {
        return true;
    }
    let points_here = |value: &Value| match value {
        Value::Ref(p) => p.len() >= 2 && p[0] == "aws_s3_bucket" && p[1] == bucket.name(),
        Value::Str(s) => literal.is_some_and(|l| s == l || s.starts_with(&format!("{l}."))),
        _ => false,
    };
    m.files.iter().flat_map(|f| &f.blocks).any(|b| {
        let target = |block: &Block, attr: &str| {
            block.attr(attr).is_some_and(|a| points_here(&a.expr.value))
        };
        target(b, "target_bucket")
            || b.blocks.iter().any(|nested| match nested.kind.as_str() {
                "access_logs" | "logging_config" => target(nested, "bucket"),
                "logging" => target(nested, "target_bucket"),
                _ => false,
            })
    })
}
