use super::model::{Block, Module};
use super::spec::{Cond, Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// Lambda permissions (`aws_lambda_permission`) granted to `principal = "*"` (high), or to an AWS
    /// service principal (`s3.amazonaws.com`, `sns.amazonaws.com`, `apigateway.amazonaws.com`...)
    /// without `source_arn`, `source_account` or `principal_org_id`.
    ///
    /// ## Why it matters
    /// A service principal without a source condition lets that service act on behalf of any AWS
    /// account: someone else's bucket or topic can trigger the function (the confused deputy
    /// problem).
    ///
    /// ## Not reported
    /// Permissions for a named account or role, permissions narrowed by `source_arn`,
    /// `source_account` or `principal_org_id`, and values the model cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lambda_permission" "s3" {
    ///   action        = "lambda:InvokeFunction"
    ///   function_name = aws_lambda_function.thumbs.function_name
    ///   principal     = "s3.amazonaws.com"                    # reported: no source_arn
    /// }
    /// ```
    pub struct LambdaPermissionUnrestricted {
        id: "tf.lambda-permission-unrestricted",
        title: "Lambda invoke permission open to any account",
        severity: Medium,
        confidence: High,
        area: Authorization,
        cwe: [284],
        owasp: A01,
        effort: Minutes,
        impact: "Anyone (or any resource of the service in any AWS account) can invoke the function, spending money and feeding it attacker-chosen events.",
        recommendation: "Set `source_arn` to the exact resource that should invoke the function (the bucket, topic, rule or API ARN) and, for S3, `source_account`; never grant `principal = \"*\"`.",
        verification: "`aws lambda get-policy --function-name <name>` shows an `AWS:SourceArn` condition on every statement.",
    }
    spec: Spec {
        noun: "Lambda permission",
        resources: &["aws_lambda_permission"],
        unless: &[
            Cond::set("source_arn"),
            Cond::set("source_account"),
            Cond::set("principal_org_id"),
        ],
        test: Test::Code(check),
        problem: "lets any account invoke the function",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, permission: &Block, out: &mut Out<'_, '_>) {
    let Some(principal) = permission.attr("principal") else {
        return;
    };
    match m.str_of(&principal.expr) {
        Some("*") => {
            out.report(principal.range.clone(), "`principal = \"*\"`")
                .severity(sechound_core::Severity::High);
        }
        Some(service) if service.ends_with(".amazonaws.com") => {
            out.report(
                principal.range.clone(),
                &format!("`principal = \"{service}\"` without `source_arn` or `source_account`"),
            );
        }
        _ => {}
    }
}
