use super::model::{
    Block, Module, Value, confidence_of, strength_at, target_name, terraform_rule, via,
};
use crate::{CheckContext, declare_rule};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// S3 buckets open, or not closed, to the public:
    /// - no `aws_s3_bucket_public_access_block` for the bucket in the directory (and no
    ///   account-wide `aws_s3_account_public_access_block`): medium;
    /// - a public access block (bucket or account) with any of `block_public_acls`,
    ///   `block_public_policy`, `ignore_public_acls`, `restrict_public_buckets` false or left out
    ///   (they default to false): medium;
    /// - a canned ACL `public-read` or `public-read-write` (inline `acl` or `aws_s3_bucket_acl`),
    ///   or a grant to the `AllUsers` group: high; `authenticated-read` (any AWS account): medium.
    ///
    /// A block with the four flags true is recorded as a strength.
    ///
    /// ## Why it matters
    /// Public buckets are the classic cloud data leak. The public access block is the guard
    /// that stops a later ACL or bucket policy from exposing the data by mistake.
    ///
    /// ## Not reported
    /// Buckets whose public access block refers to them in a way the rule cannot resolve, and
    /// flags or ACLs given by variables without default.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket_acl" "assets" {
    ///   bucket = aws_s3_bucket.assets.id
    ///   acl    = "public-read"                 # reported, high
    /// }
    /// ```
    pub struct S3PublicAccess {
        id: "tf.s3-public-access",
        title: "S3 bucket public or without a public access block",
        severity: Medium,
        confidence: High,
        area: DataProtection,
        cwe: [284, 732],
        owasp: A01,
        effort: Minutes,
        impact: "Objects can be listed or read by anyone on the internet, either now (public ACL) or after a single mistaken ACL or policy change.",
        recommendation: "Add `resource \"aws_s3_bucket_public_access_block\" \"<name>\" { bucket = aws_s3_bucket.<name>.id  block_public_acls = true  block_public_policy = true  ignore_public_acls = true  restrict_public_buckets = true }`, drop public ACLs, and serve public content through CloudFront with an origin access control.",
        verification: "`aws s3api get-public-access-block --bucket <name>` shows the four flags true; an anonymous `curl https://<bucket>.s3.amazonaws.com/<key>` returns 403.",
    }
}

const FLAGS: [&str; 4] = [
    "block_public_acls",
    "block_public_policy",
    "ignore_public_acls",
    "restrict_public_buckets",
];

terraform_rule!(S3PublicAccess, |m, cx| {
    let account_block = m
        .resources("aws_s3_account_public_access_block")
        .next()
        .is_some();
    for bucket in m.local_resources("aws_s3_bucket") {
        if !account_block && !m.bucket_has(bucket, "aws_s3_bucket_public_access_block") {
            cx.report_range(
                bucket.head.clone(),
                format!(
                    "S3 bucket `{}` has no `aws_s3_bucket_public_access_block` in this module: whether it can be made public depends on account settings that nothing here pins.",
                    bucket.address()
                ),
            )
            .confidence(Confidence::Medium);
        }
        check_acl(m, cx, bucket, &bucket.address());
    }
    for acl in m.local_resources("aws_s3_bucket_acl") {
        check_acl(m, cx, acl, &target_name(acl, "bucket"));
    }
    for ty in [
        "aws_s3_bucket_public_access_block",
        "aws_s3_account_public_access_block",
    ] {
        for block in m.local_resources(ty) {
            check_flags(m, cx, block);
        }
    }
});

fn check_flags(m: &Module, cx: &mut CheckContext<'_>, block: &Block) {
    let mut off = Vec::new();
    let mut from_vars = Vec::new();
    for flag in FLAGS {
        match block.attr(flag) {
            None => off.push(format!("`{flag}` (unset, defaults to false)")),
            Some(a) => match m.bool_of(&a.expr) {
                Some(false) => {
                    off.push(format!("`{flag} = false`{}", via(&a.expr)));
                    from_vars.push(&a.expr);
                }
                Some(true) => {}
                None => return,
            },
        }
    }
    let what = if block.ty() == "aws_s3_account_public_access_block" {
        "The account-wide public access block".to_string()
    } else {
        format!(
            "The public access block of S3 bucket `{}`",
            target_name(block, "bucket")
        )
    };
    if off.is_empty() {
        strength_at(
            cx,
            &block.head,
            format!("{what} blocks all four public access paths"),
        );
    } else {
        cx.report_range(
            block.head.clone(),
            format!("{what} leaves public access open: {}.", off.join(", ")),
        )
        .confidence(if from_vars.len() == off.len() {
            confidence_of(&from_vars)
        } else {
            Confidence::High
        });
    }
}

fn check_acl(m: &Module, cx: &mut CheckContext<'_>, block: &Block, bucket: &str) {
    if let Some(attr) = block.attr("acl") {
        let severity = match m.str_of(&attr.expr) {
            Some("public-read" | "public-read-write") => Severity::High,
            Some("authenticated-read") => Severity::Medium,
            _ => return,
        };
        let acl = m.str_of(&attr.expr).unwrap_or_default();
        let who = if severity == Severity::High {
            "anyone on the internet"
        } else {
            "any authenticated AWS account (in any organisation)"
        };
        let from = via(&attr.expr);
        cx.report_range(
            attr.range.clone(),
            format!(
                "S3 bucket `{bucket}` has the canned ACL `{acl}`{from}: {who} can read its objects{}.",
                if acl == "public-read-write" {
                    " and write new ones"
                } else {
                    ""
                }
            ),
        )
        .severity(severity)
        .confidence(confidence_of(&[&attr.expr]));
        return;
    }
    let Some(policy) = block.block("access_control_policy") else {
        return;
    };
    for grant in policy.blocks("grant") {
        let Some(uri) = grant
            .block("grantee")
            .and_then(|g| g.attr("uri"))
            .filter(|u| matches!(&u.expr.value, Value::Str(_)))
        else {
            continue;
        };
        let uri_text = m.str_of(&uri.expr).unwrap_or_default();
        if uri_text.ends_with("/global/AllUsers")
            || uri_text.ends_with("/global/AuthenticatedUsers")
        {
            let group = uri_text.rsplit('/').next().unwrap_or_default();
            cx.report_range(
                grant.head.clone(),
                format!("S3 bucket `{bucket}` grants access to the `{group}` group."),
            )
            .severity(if group == "AllUsers" {
                Severity::High
            } else {
                Severity::Medium
            });
        }
    }
}
