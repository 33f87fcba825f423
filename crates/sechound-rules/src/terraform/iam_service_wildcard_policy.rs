use super::model::{Block, Module};
use super::spec::{Out, Spec, Test, tf_check};

tf_check! {
    /// ## What it finds
    /// `Allow` statements that grant a whole service (`s3:*`, `dynamodb:*`, `kms:*`...) on every
    /// resource (`Resource = "*"`), and `Allow` + `NotAction` on every resource (everything but
    /// the listed actions: high), in the same documents `tf.iam-wildcard-policy` reads:
    /// `jsonencode`, JSON strings and heredocs, and `data "aws_iam_policy_document"`.
    ///
    /// ## Why it matters
    /// A service-wide grant on `*` gives every current and future resource of that service to the
    /// principal: one compromised workload reads or destroys all of it.
    ///
    /// ## Not reported
    /// `*` and `iam:*` (reported by `tf.iam-wildcard-policy`), wildcards scoped to named resources,
    /// statements with a `Condition`, `Deny` statements, KMS key policies (their `Resource = "*"`
    /// means the key itself), and service control policies.
    ///
    /// ## Example
    /// ```hcl
    /// policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })  # reported
    /// ```
    pub struct IamServiceWildcardPolicy {
        id: "tf.iam-service-wildcard-policy",
        title: "IAM policy grants every action of a service on every resource",
        severity: Medium,
        confidence: High,
        area: Authorization,
        cwe: [269, 732],
        owasp: A01,
        effort: Hours,
        impact: "The principal can do anything within the service across the account (read every bucket, delete every table, run any instance), far beyond what the workload needs.",
        recommendation: "List the actions the workload calls (`s3:GetObject`, `dynamodb:Query`...) and scope `Resource` to the ARNs it uses; IAM Access Analyzer can generate the policy from CloudTrail activity.",
        verification: "IAM Access Analyzer policy validation reports no `service:*` grant on `*`; `aws iam simulate-principal-policy` denies an unneeded action such as `s3:DeleteBucket`.",
    }
    spec: Spec {
        noun: "IAM policy",
        resources: &[
            "aws_iam_policy",
            "aws_iam_role_policy",
            "aws_iam_user_policy",
            "aws_iam_group_policy",
            "aws_iam_role",
        ],
        test: Test::Code(check),
        problem: "grants a whole service on every resource",
        ..Spec::DEFAULT
    },
}

fn check(m: &Module<'_>, resource: &Block, out: &mut Out<'_, '_>) {
    let mut places: Vec<(&super::model::Expr, std::ops::Range<usize>)> = Vec::new();
    if let Some(attr) = resource.attr("policy") {
        places.push((&attr.expr, attr.range.clone()));
    }
    for inline in resource.blocks("inline_policy") {
        if let Some(attr) = inline.attr("policy") {
            places.push((&attr.expr, attr.range.clone()));
        }
    }
    for (expr, range) in places {
        let Some(statements) = super::policy::statements(m, expr, &range) else {
            continue;
        };
        for statement in statements {
            if !statement.allows() || statement.conditioned {
                continue;
            }
            let (Some(actions), Some(resources)) = (&statement.actions, &statement.resources)
            else {
                continue;
            };
            if !resources.iter().any(|r| r == "*") {
                continue;
            }
            if statement.not_action {
                let at = if matches!(expr.value, super::model::Value::Ref(_)) {
                    range.clone()
                } else {
                    statement.range.clone()
                };
                let list: Vec<String> = actions.iter().map(|a| format!("`{a}`")).collect();
                out.report(
                    at,
                    &format!(
                        "`NotAction` {} on `\"*\"` allows every other action of every service",
                        list.join(", ")
                    ),
                )
                .severity(sechound_core::Severity::High);
                continue;
            }
            let wide: Vec<&String> = actions
                .iter()
                .filter(|a| {
                    a.ends_with(":*") && !a.eq_ignore_ascii_case("iam:*") && a.as_str() != "*:*"
                })
                .collect();
            if wide.is_empty() {
                continue;
            }
            let at = if matches!(expr.value, super::model::Value::Ref(_)) {
                range.clone()
            } else {
                statement.range.clone()
            };
            let list: Vec<String> = wide.iter().map(|a| format!("`{a}`")).collect();
            out.report(at, &format!("{} on `\"*\"`", list.join(", ")));
        }
    }
}
