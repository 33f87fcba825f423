use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Bucket policies (`aws_s3_bucket_policy`, or the legacy inline `policy` of `aws_s3_bucket`) with
    /// an `Allow` statement for any principal (`Principal = "*"` or `{ AWS = "*" }`) and no
    /// `Condition`. Policies are read from `jsonencode`, JSON strings and heredocs, and
    /// `data "aws_iam_policy_document"` documents.
    ///
    /// A condition counts when it narrows the caller (an organisation, account, source ARN,
    /// VPC endpoint, IP range or external id); one on MFA or TLS alone does not.
    ///
    /// ## Why it matters
    /// An unconditioned `"*"` principal makes the bucket public for the allowed actions, whatever the
    /// ACLs say, unless an account-level public access block stops it.
    ///
    /// ## Not reported
    /// Statements with a `Condition` (a source ARN, an organisation or a VPC endpoint usually narrows
    /// them), `Deny` statements, `NotPrincipal`, and documents the model cannot read.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket_policy" "site" {
    ///   bucket = aws_s3_bucket.site.id
    ///   policy = jsonencode({ Version = "2012-10-17", Statement = [{
    ///     Effect = "Allow", Principal = "*", Action = "s3:GetObject",
    ///     Resource = "${aws_s3_bucket.site.arn}/*" }] })                # reported
    /// }
    /// ```
    pub struct S3BucketPolicyPublic {
        id: "tf.s3-bucket-policy-public",
        title: "S3 bucket policy open to any principal",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [284, 732],
        owasp: A01,
        effort: Minutes,
        impact: "Anyone on the internet (or any AWS account) can perform the allowed actions on the bucket: read its objects, or write and delete them.",
        recommendation: "Name the principals that need access (`Principal = { AWS = aws_iam_role.<reader>.arn }`), or keep `\"*\"` only with a condition that narrows it (`aws:SourceArn` of a CloudFront distribution, `aws:PrincipalOrgID`, `aws:SourceVpce`); serve public content through CloudFront with an origin access control.",
        verification: "IAM Access Analyzer shows no public finding for the bucket; `aws s3api get-bucket-policy-status --bucket <name>` returns `\"IsPublic\": false`.",
    }
    spec: Spec {
        noun: "S3 bucket policy",
        resources: &["aws_s3_bucket_policy", "aws_s3_bucket"],
        test: Test::Code(check),
        problem: "is open to anyone",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    super::policy::report_public(m, resource, out, &["policy"]);
}
