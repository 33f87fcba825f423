use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// `aws_ebs_snapshot` resources of a volume of the same module that is not encrypted (its
    /// `encrypted` is false or unset), and `aws_ebs_snapshot_copy` with `encrypted = false`.
    ///
    /// ## Why it matters
    /// A snapshot inherits the encryption of its volume: snapshots of unencrypted volumes are
    /// unencrypted copies of the whole disk, and they are what gets shared, copied across regions or
    /// made public by mistake.
    ///
    /// ## Not reported
    /// Snapshots of volumes the model cannot find or resolve, modules that turn on
    /// `aws_ebs_encryption_by_default`, and copies that leave `encrypted` unset.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ebs_volume" "data" { size = 100 }                       # unencrypted
    /// resource "aws_ebs_snapshot" "data" { volume_id = aws_ebs_volume.data.id }   # reported
    /// ```
    pub struct EbsSnapshotUnencrypted {
        id: "tf.ebs-snapshot-unencrypted",
        title: "EBS snapshot not encrypted",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "The snapshot holds a full copy of the disk in clear; shared or copied to another account, it exposes everything on the volume.",
        recommendation: "Snapshot encrypted volumes only (`encrypted = true` on the `aws_ebs_volume`), or copy the snapshot with `aws_ebs_snapshot_copy` and `encrypted = true` / `kms_key_id`; turn on `aws_ebs_encryption_by_default`.",
        verification: "`aws ec2 describe-snapshots --snapshot-ids <id>` shows `\"Encrypted\": true`.",
    }
    spec: Spec {
        noun: "EBS snapshot",
        resources: &["aws_ebs_snapshot", "aws_ebs_snapshot_copy"],
        unless_module: &["aws_ebs_encryption_by_default"],
        test: Test::Code(check),
        problem: "is not encrypted",
        ..Spec::DEFAULT
    },
}

use super::model::Value;

fn check(m: &Module<'_>, snapshot: &Block, out: &mut Out<'_, '_>) {
    if snapshot.ty() == "aws_ebs_snapshot_copy" {
        if let Some(attr) = snapshot.attr("encrypted")
            && m.bool_of(&attr.expr) == Some(false)
        {
            out.report(attr.range.clone(), "`encrypted = false` on the copy");
        }
        return;
    }
    let Some(Value::Ref(path)) = snapshot.attr("volume_id").map(|a| &a.expr.value) else {
        return;
    };
    if path.len() < 2 || path[0] != "aws_ebs_volume" {
        return;
    }
    let Some((_, volume)) = m
        .resources("aws_ebs_volume")
        .find(|(_, v)| v.name() == path[1])
    else {
        return;
    };
    if volume.set("snapshot_id").is_some() {
        return;
    }
    match volume.set("encrypted").map(|a| m.bool_of(&a.expr)) {
        None | Some(Some(false)) => {
            out.report(
                snapshot.head.clone(),
                &format!(
                    "it copies `aws_ebs_volume.{}`, which is not encrypted",
                    path[1]
                ),
            );
        }
        _ => {}
    }
}
