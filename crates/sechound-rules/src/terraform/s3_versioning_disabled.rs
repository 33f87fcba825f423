use super::model::{confidence_of, strength_at, target_name, terraform_rule, via};
use crate::declare_rule;
use sechound_core::Confidence;

declare_rule! {
    /// ## What it finds
    /// S3 buckets without object versioning:
    /// - no `aws_s3_bucket_versioning` for the bucket in the directory and no inline
    ///   `versioning {}` block: low, medium confidence (some buckets, such as caches, do not
    ///   need it);
    /// - versioning turned off: `status = "Suspended"` / `"Disabled"`, or `enabled = false`
    ///   inline.
    ///
    /// Versioning `Enabled` is recorded as a strength.
    ///
    /// ## Why it matters
    /// Without versions, an overwrite or delete (a bug, a leaked key, ransomware) destroys the
    /// object for good; there is nothing to restore.
    ///
    /// ## Not reported
    /// Buckets whose versioning resource points at a bucket the rule cannot resolve, and
    /// statuses given by variables without default.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket_versioning" "docs" {
    ///   bucket = aws_s3_bucket.docs.id
    ///   versioning_configuration { status = "Suspended" }   # reported
    /// }
    /// ```
    pub struct S3VersioningDisabled {
        id: "tf.s3-versioning-disabled",
        title: "S3 bucket without versioning",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [693],
        owasp: A05,
        effort: Minutes,
        impact: "Overwritten or deleted objects cannot be recovered after a mistake, a compromised credential or a malicious delete.",
        recommendation: "Add `resource \"aws_s3_bucket_versioning\" \"<name>\" { bucket = aws_s3_bucket.<name>.id  versioning_configuration { status = \"Enabled\" } }`, and a lifecycle rule expiring noncurrent versions to bound the cost.",
        verification: "`aws s3api get-bucket-versioning --bucket <name>` returns `\"Status\": \"Enabled\"`.",
    }
}

const VERSIONING: &str = "aws_s3_bucket_versioning";

terraform_rule!(S3VersioningDisabled, |m, cx| {
    for bucket in m.local_resources("aws_s3_bucket") {
        let name = bucket.address();
        if let Some(inline) = bucket.block("versioning") {
            match inline.attr("enabled").map(|a| (a, m.bool_of(&a.expr))) {
                Some((a, Some(true))) => strength_at(
                    cx,
                    &a.range,
                    format!("S3 bucket `{name}` keeps object versions"),
                ),
                Some((a, Some(false))) => {
                    cx.report_range(
                        a.range.clone(),
                        format!(
                            "S3 bucket `{name}` has versioning turned off (`enabled = false`)."
                        ),
                    );
                }
                _ => {}
            }
            continue;
        }
        if !m.bucket_has(bucket, VERSIONING) {
            cx.report_range(
                bucket.head.clone(),
                format!("S3 bucket `{name}` has no versioning configuration: deleted or overwritten objects cannot be recovered."),
            )
            .confidence(Confidence::Medium);
        }
    }
    for config in m.local_resources(VERSIONING) {
        let name = target_name(config, "bucket");
        let Some(status) = config
            .block("versioning_configuration")
            .and_then(|v| v.attr("status"))
        else {
            continue;
        };
        match m.str_of(&status.expr) {
            Some("Enabled") => strength_at(
                cx,
                &status.range,
                format!("S3 bucket `{name}` keeps object versions"),
            ),
            Some(off @ ("Suspended" | "Disabled")) => {
                cx.report_range(
                    status.range.clone(),
                    format!("S3 bucket `{name}` has versioning set to `{off}`{}: deleted or overwritten objects cannot be recovered.", via(&status.expr)),
                )
                .confidence(confidence_of(&[&status.expr]));
            }
            _ => {}
        }
    }
});
