use super::model::{confidence_of, strength_at, terraform_rule, via};
use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Symmetric customer-managed KMS keys (`aws_kms_key`) without automatic rotation:
    /// `enable_key_rotation` left out (it defaults to false) or set to false. Rotation on is
    /// recorded as a strength.
    ///
    /// ## Why it matters
    /// A key that never rotates protects more and more data with the same key material, so a
    /// compromise of that material exposes everything ever encrypted with it; most compliance
    /// baselines (CIS, PCI DSS) require yearly rotation.
    ///
    /// ## Not reported
    /// Asymmetric and HMAC keys (`customer_master_key_spec` / `key_spec` other than
    /// `SYMMETRIC_DEFAULT`), which AWS cannot rotate, and values given by variables without
    /// default.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kms_key" "data" {
    ///   description = "application data"          # reported: no enable_key_rotation
    /// }
    /// ```
    pub struct KmsRotationDisabled {
        id: "tf.kms-rotation-disabled",
        title: "KMS key without automatic rotation",
        severity: Low,
        confidence: High,
        area: DataProtection,
        cwe: [320],
        owasp: A02,
        effort: Minutes,
        impact: "The same key material protects all data for the key's whole life, widening the blast radius of a key compromise and failing rotation requirements.",
        recommendation: "Set `enable_key_rotation = true` on the `aws_kms_key` (optionally `rotation_period_in_days = 365` or shorter); rotation is transparent to callers.",
        verification: "`aws kms get-key-rotation-status --key-id <id>` returns `KeyRotationEnabled: true`.",
    }
}

terraform_rule!(KmsRotationDisabled, |m, cx| {
    for key in m.local_resources("aws_kms_key") {
        let spec = ["customer_master_key_spec", "key_spec"]
            .iter()
            .find_map(|a| key.attr(a))
            .map(|a| m.str_of(&a.expr));
        match spec {
            None | Some(Some("SYMMETRIC_DEFAULT")) => {}
            _ => continue,
        }
        match key.attr("enable_key_rotation") {
            None => {
                cx.report_range(
                    key.head.clone(),
                    format!("KMS key `{}` does not enable automatic rotation (`enable_key_rotation` defaults to false).", key.address()),
                );
            }
            Some(attr) => match m.bool_of(&attr.expr) {
                Some(true) => strength_at(
                    cx,
                    &attr.range,
                    format!("KMS key `{}` rotates automatically", key.address()),
                ),
                Some(false) => {
                    cx.report_range(
                        attr.range.clone(),
                        format!("KMS key `{}` has automatic rotation turned off (`enable_key_rotation = false`){}.", key.address(), via(&attr.expr)),
                    )
                    .confidence(confidence_of(&[&attr.expr]));
                }
                None => {}
            },
        }
    }
});
