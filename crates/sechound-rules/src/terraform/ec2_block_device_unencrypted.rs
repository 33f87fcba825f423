use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Block devices of `aws_instance`, `aws_launch_configuration` and `aws_launch_template` that are
    /// not encrypted: `encrypted = false` in `root_block_device`, `ebs_block_device` or
    /// `block_device_mappings.ebs`, an `ebs_block_device` without `encrypted = true`, and instances
    /// and launch configurations without a `root_block_device` block or with one that does not set
    /// `encrypted` (the root volume then follows the AMI; reported at medium confidence).
    ///
    /// ## Why it matters
    /// Volumes created unencrypted stay unencrypted, and so do their snapshots and the AMIs baked from
    /// them: a snapshot shared by mistake hands over the disk.
    ///
    /// ## Not reported
    /// Modules that turn on `aws_ebs_encryption_by_default`, devices restored from a snapshot
    /// (`snapshot_id`), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   root_block_device { volume_size = 20 }     # reported: not encrypted
    /// }
    /// ```
    pub struct Ec2BlockDeviceUnencrypted {
        id: "tf.ec2-block-device-unencrypted",
        title: "EC2 instance or launch configuration with unencrypted disks",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "The instance's disks, and every snapshot and AMI made from them, hold their data unencrypted.",
        recommendation: "Set `encrypted = true` (with `kms_key_id`) in `root_block_device`, `ebs_block_device` and launch template `block_device_mappings { ebs { ... } }`, or turn on `aws_ebs_encryption_by_default` for the account.",
        verification: "`aws ec2 describe-volumes --filters Name=attachment.instance-id,Values=<id>` shows `\"Encrypted\": true` for every volume.",
    }
    spec: Spec {
        noun: "EC2 instance configuration",
        resources: &["aws_instance", "aws_launch_configuration", "aws_launch_template"],
        unless_module: &["aws_ebs_encryption_by_default"],
        test: Test::Code(check),
        problem: "has unencrypted disks",
        ..Spec::DEFAULT
    },
}

use sechound_core::Confidence;

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    fn encrypted<'b>(
        m: &Module<'_>,
        device: &'b Block,
    ) -> Option<(&'b super::model::Attr, Option<bool>)> {
        device.set("encrypted").map(|a| (a, m.bool_of(&a.expr)))
    }
    if resource.ty() == "aws_launch_template" {
        for mapping in resource.blocks("block_device_mappings") {
            for ebs in mapping.blocks("ebs") {
                if let Some((attr, Some(false))) = encrypted(m, ebs) {
                    out.report(
                        attr.range.clone(),
                        "a block device mapping sets `encrypted = false`",
                    );
                }
            }
        }
        return;
    }
    match resource.block("root_block_device") {
        None => {
            out.report(
                resource.head.clone(),
                "no `root_block_device` with `encrypted = true` (the root volume follows the AMI)",
            )
            .confidence(Confidence::Medium);
        }
        Some(root) => match encrypted(m, root) {
            None => {
                out.report(
                    root.head.clone(),
                    "`root_block_device` does not set `encrypted = true` (the root volume follows the AMI)",
                )
                .confidence(Confidence::Medium);
            }
            Some((attr, Some(false))) => {
                out.report(
                    attr.range.clone(),
                    "`root_block_device` sets `encrypted = false`",
                );
            }
            _ => {}
        },
    }
    for device in resource.blocks("ebs_block_device") {
        if device.set("snapshot_id").is_some() {
            continue;
        }
        match encrypted(m, device) {
            None => {
                out.report(
                    device.head.clone(),
                    "an `ebs_block_device` without `encrypted = true` (it defaults to false)",
                );
            }
            Some((attr, Some(false))) => {
                out.report(
                    attr.range.clone(),
                    "an `ebs_block_device` sets `encrypted = false`",
                );
            }
            _ => {}
        }
    }
}
