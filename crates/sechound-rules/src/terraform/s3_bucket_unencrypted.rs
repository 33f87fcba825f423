use super::model::{Block, Module, Value, strength_at, target_name, terraform_rule, via};
use crate::{CheckContext, declare_rule};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// S3 buckets (`aws_s3_bucket`) whose encryption at rest is not configured in Terraform:
    /// - no `aws_s3_bucket_server_side_encryption_configuration` for the bucket (AWS provider
    ///   v4+, looked for in every `.tf` file of the directory) and no inline
    ///   `server_side_encryption_configuration` block (provider v3): medium;
    /// - `sse_algorithm = "AES256"` (SSE-S3, keys owned by AWS) where a KMS key would give the
    ///   team control over who can decrypt: low, medium confidence.
    ///
    /// `sse_algorithm = "aws:kms"` (or `aws:kms:dsse`) is recorded as a strength. Values are read
    /// through `var.*` defaults and `locals`.
    ///
    /// ## Why it matters
    /// Without a configuration the bucket relies on the account default (SSE-S3 since 2023):
    /// anyone with `s3:GetObject` reads the data in clear, and there is no key policy, no
    /// CloudTrail record of key use and no way to revoke access by disabling a key.
    ///
    /// ## Not reported
    /// `AES256` on log buckets (named `*log*`, or the target of S3 access logs, load balancer or
    /// CloudFront logs in the module): log delivery supports SSE-S3 only. Buckets created
    /// through modules; buckets of a directory where some encryption resource names a bucket the
    /// rule cannot resolve (it cannot tell which bucket that covers); algorithms given by a
    /// variable without default.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket" "exports" { bucket = "acme-exports" }   # reported: no SSE config
    /// resource "aws_s3_bucket" "uploads" { bucket = "acme-uploads" }   # fine, see below
    /// resource "aws_s3_bucket_server_side_encryption_configuration" "uploads" {
    ///   bucket = aws_s3_bucket.uploads.id
    ///   rule { apply_server_side_encryption_by_default {
    ///     sse_algorithm = "aws:kms"  kms_master_key_id = aws_kms_key.s3.arn } }  # fine
    /// }
    /// ```
    pub struct S3BucketUnencrypted {
        id: "tf.s3-bucket-unencrypted",
        title: "S3 bucket without KMS server-side encryption",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Minutes,
        impact: "Objects are readable by anyone holding S3 read permissions, with no key policy to narrow who can decrypt and no audit trail of decryption.",
        recommendation: "Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket with `sse_algorithm = \"aws:kms\"` and `kms_master_key_id = aws_kms_key.<name>.arn` (plus `bucket_key_enabled = true` to keep KMS costs down).",
        verification: "Run `terraform plan` and check the encryption resource is attached to the bucket; afterwards `aws s3api get-bucket-encryption --bucket <name>` shows `aws:kms` and the key ARN.",
    }
}

const SSE_CONFIG: &str = "aws_s3_bucket_server_side_encryption_configuration";

terraform_rule!(S3BucketUnencrypted, |m, cx| {
    for bucket in m.local_resources("aws_s3_bucket") {
        if bucket
            .block("server_side_encryption_configuration")
            .is_none()
            && !m.bucket_has(bucket, SSE_CONFIG)
        {
            cx.report_range(
                bucket.head.clone(),
                format!(
                    "S3 bucket `{}` has no server-side encryption configuration: it gets only the account default (SSE-S3 with AWS-owned keys), with no KMS key you control.",
                    bucket.address()
                ),
            );
        }
    }
    for block in m.local_blocks() {
        if block.kind != "resource" {
            continue;
        }
        let (config, name) = match block.ty() {
            "aws_s3_bucket" => (
                block.block("server_side_encryption_configuration"),
                block.address(),
            ),
            SSE_CONFIG => (Some(block), target_name(block, "bucket")),
            _ => continue,
        };
        if let Some(config) = config {
            check_algorithm(m, cx, config, &name);
        }
    }
});

fn check_algorithm(m: &Module, cx: &mut CheckContext<'_>, config: &Block, bucket: &str) {
    for rule in config.blocks("rule") {
        let Some(attr) = rule
            .block("apply_server_side_encryption_by_default")
            .and_then(|d| d.attr("sse_algorithm"))
        else {
            continue;
        };
        match m.str_of(&attr.expr) {
            // Log delivery (S3 server access logs, load balancer logs) supports SSE-S3 only.
            Some("AES256") if receives_logs(m, bucket) => {}
            Some("AES256") => {
                cx.report_range(
                    attr.range.clone(),
                    format!(
                        "S3 bucket `{bucket}` is encrypted with SSE-S3 (`AES256`){}, whose keys AWS owns: a KMS key would let you restrict and audit who decrypts.",
                        via(&attr.expr)
                    ),
                )
                .severity(Severity::Low)
                .confidence(Confidence::Medium)
                .recommendation("Switch to `sse_algorithm = \"aws:kms\"` with `kms_master_key_id` set to a customer-managed key (`aws_kms_key` with rotation on), and `bucket_key_enabled = true`.");
            }
            Some(alg) if alg.starts_with("aws:kms") => {
                strength_at(
                    cx,
                    &attr.range,
                    format!("S3 bucket `{bucket}` encrypted with KMS"),
                );
            }
            _ => {}
        }
    }
}

/// True when the bucket (`aws_s3_bucket.NAME`) looks like a log destination: its name says so,
/// or some resource of the module sends server access logs (`target_bucket`) or load balancer
/// logs (`access_logs { bucket }`) to it.
fn receives_logs(m: &Module, bucket: &str) -> bool {
    if bucket.to_ascii_lowercase().contains("log") {
        return true;
    }
    let Some(name) = bucket.strip_prefix("aws_s3_bucket.") else {
        return false;
    };
    let points_here = |expr: &Value| matches!(expr, Value::Ref(p) if p.len() >= 2 && p[0] == "aws_s3_bucket" && p[1] == name);
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
