use super::spec::{Spec, Test, Want, tf_check};

tf_check! {
    /// ## What it finds
    /// EBS volumes (`aws_ebs_volume`) not encrypted at rest: `encrypted = false`, or left out
    /// (it defaults to false).
    ///
    /// ## Why it matters
    /// An unencrypted volume keeps its data, and every snapshot taken of it, in clear: a
    /// snapshot shared with another account or made public by mistake exposes everything on
    /// the disk, and encryption cannot be switched on for an existing volume.
    ///
    /// ## Not reported
    /// Volumes restored from a snapshot (`snapshot_id`: they inherit its encryption), volumes
    /// of a module that turns on EBS encryption by default for the account
    /// (`aws_ebs_encryption_by_default`), and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ebs_volume" "data" {
    ///   availability_zone = "eu-west-1a"
    ///   size              = 100            # reported: no `encrypted = true`
    /// }
    /// ```
    pub struct EbsVolumeUnencrypted {
        id: "tf.ebs-volume-unencrypted",
        title: "EBS volume not encrypted",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [311],
        owasp: A02,
        effort: Hours,
        impact: "The volume's data and all its snapshots are stored unencrypted; a leaked or shared snapshot exposes them.",
        recommendation: "Set `encrypted = true` with `kms_key_id = aws_kms_key.<name>.arn` on the volume (existing volumes: snapshot, copy the snapshot encrypted, create a new volume), or turn on `aws_ebs_encryption_by_default` for the account and region.",
        verification: "`aws ec2 describe-volumes --volume-ids <id>` shows `\"Encrypted\": true`.",
    }
    spec: Spec {
        noun: "EBS volume",
        resources: &["aws_ebs_volume"],
        unless: &[super::spec::Cond::set("snapshot_id")],
        unless_module: &["aws_ebs_encryption_by_default"],
        test: Test::attr("encrypted", Want::True, Some("it defaults to false")),
        problem: "is not encrypted at rest",
        ..Spec::DEFAULT
    },
}
