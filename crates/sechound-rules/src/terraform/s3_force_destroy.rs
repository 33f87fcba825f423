use super::model::{confidence_of, terraform_rule, via};
use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// `aws_s3_bucket` resources with `force_destroy = true`, written literally or as the
    /// default of a variable (`force_destroy = var.force_destroy` with `default = true`).
    ///
    /// ## Why it matters
    /// With `force_destroy`, `terraform destroy` (or a rename that replaces the resource) deletes
    /// every object of the bucket without asking. Convenient for ephemeral environments, a data
    /// loss waiting to happen in production.
    ///
    /// ## Not reported
    /// `force_destroy = false`, and values from variables without default (set per environment).
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket" "invoices" {
    ///   bucket        = "acme-invoices"
    ///   force_destroy = true                    # reported
    /// }
    /// ```
    pub struct S3ForceDestroy {
        id: "tf.s3-force-destroy",
        title: "S3 bucket can be destroyed with its contents",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [693],
        owasp: A05,
        effort: Minutes,
        impact: "A destroy or an accidental resource replacement wipes every object in the bucket, with no confirmation.",
        recommendation: "Drive it from a per-environment variable without a permissive default: `force_destroy = var.allow_bucket_destroy` (`type = bool`, `default = false`), set to `true` only in throwaway environments; add `lifecycle { prevent_destroy = true }` for production data.",
        verification: "`terraform plan` for production shows `force_destroy = false`; a `terraform destroy` of a non-empty bucket then fails with `BucketNotEmpty`.",
    }
}

terraform_rule!(S3ForceDestroy, |m, cx| {
    for bucket in m.local_resources("aws_s3_bucket") {
        let Some(attr) = bucket.attr("force_destroy") else {
            continue;
        };
        if m.bool_of(&attr.expr) != Some(true) {
            continue;
        }
        let via = via(&attr.expr);
        cx.report_range(
            attr.range.clone(),
            format!(
                "S3 bucket `{}` sets `force_destroy = true`{via}: destroying or replacing it deletes all its objects.",
                bucket.address()
            ),
        )
        .confidence(confidence_of(&[&attr.expr]));
    }
});
