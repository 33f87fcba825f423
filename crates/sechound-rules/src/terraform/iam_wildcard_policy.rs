use super::model::{Block, Expr, Module, Value, parse_json, terraform_rule};
use crate::{CheckContext, declare_rule};
use sechound_core::{Confidence, Severity};
use std::ops::Range;

declare_rule! {
    /// ## What it finds
    /// IAM policy statements with `Effect = "Allow"` that grant:
    /// - every action on every resource (`Action = "*"`, `Resource = "*"`): high;
    /// - every IAM action (`iam:*`) on every resource: high (full privilege escalation);
    /// - `iam:PassRole` on every resource: medium (the holder can hand any role, admin roles
    ///   included, to a service it controls).
    ///
    /// Policies are read where Terraform writes them: `jsonencode({...})` objects, JSON in
    /// heredocs or strings (any attribute: `policy`, `inline_policy`...), and
    /// `data "aws_iam_policy_document"` `statement {}` blocks. Actions and resources are read
    /// through `var.*` defaults and `locals`.
    ///
    /// ## Why it matters
    /// A principal allowed everything can read every secret and datastore, delete the
    /// infrastructure, and create new credentials for itself: one leaked key of that role is
    /// the whole account.
    ///
    /// ## Not reported
    /// Service-wide wildcards on specific resources (`s3:*` on one bucket), `Deny` statements,
    /// `NotAction`, trust policies (they use `Principal`, not `Resource`), service control
    /// policies (`aws_organizations_policy`, which grant nothing), and policies built from
    /// values the rule cannot resolve.
    ///
    /// ## Example
    /// ```hcl
    /// policy = jsonencode({ Version = "2012-10-17", Statement = [{
    ///   Effect = "Allow", Action = "*", Resource = "*" }] })        # reported, high
    /// ```
    pub struct IamWildcardPolicy {
        id: "tf.iam-wildcard-policy",
        title: "IAM policy grants wildcard permissions",
        severity: High,
        confidence: High,
        area: Authorization,
        cwe: [269, 732],
        owasp: A01,
        effort: Hours,
        impact: "Whoever holds the role or user (a compromised workload, a leaked access key) controls the whole AWS account.",
        recommendation: "List the actions the workload calls (`s3:GetObject`, `sqs:SendMessage`...) on the ARNs it needs (`aws_s3_bucket.<name>.arn`); for `iam:PassRole`, name the role ARNs and add a `iam:PassedToService` condition. IAM Access Analyzer can generate a policy from CloudTrail activity.",
        verification: "`aws iam simulate-principal-policy` for an unrelated action (e.g. `iam:CreateUser`) returns `implicitDeny`; IAM Access Analyzer policy validation shows no wildcard findings.",
    }
}

terraform_rule!(IamWildcardPolicy, |m, cx| {
    for block in m.local_blocks() {
        if block.kind == "data" && block.ty() == "aws_iam_policy_document" {
            for statement in block.blocks("statement") {
                let get = |name: &str| {
                    statement
                        .attr(name)
                        .map(|a| m.strings_of(&a.expr))
                        .unwrap_or(Some(Vec::new()))
                };
                let effect = statement
                    .attr("effect")
                    .map(|a| m.str_of(&a.expr))
                    .unwrap_or(Some("Allow"));
                if let (Some(effect), Some(actions), Some(resources)) =
                    (effect, get("actions"), get("resources"))
                {
                    let at = statement.head.clone();
                    let conditioned = statement.block("condition").is_some();
                    judge(
                        cx,
                        &block.address(),
                        (effect, &actions, &resources, conditioned),
                        at,
                    );
                }
            }
        } else if block.ty() != "aws_organizations_policy" {
            // Service control policies cap permissions, they grant none: `FullAWSAccess` is
            // their normal baseline.
            visit(m, cx, block, &block.address());
        }
    }
});

/// Every attribute of `block` (and its nested blocks) that holds a policy document.
fn visit(m: &Module, cx: &mut CheckContext<'_>, block: &Block, owner: &str) {
    for attr in &block.attrs {
        match &attr.expr.value {
            Value::Call(name, args) if name == "jsonencode" => {
                if let Some(doc) = args.first().and_then(|a| m.resolve(a)) {
                    statements(m, cx, &doc.value, owner, attr.range.clone(), true);
                }
            }
            Value::Str(text) | Value::Template(text) if text.contains("Statement") => {
                if let Some(doc) = parse_json(text) {
                    statements(m, cx, &doc, owner, attr.range.clone(), false);
                }
            }
            _ => {}
        }
    }
    for nested in &block.blocks {
        visit(m, cx, nested, owner);
    }
}

fn entry<'a>(object: &'a [(String, Expr)], key: &str) -> Option<&'a Expr> {
    object.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Checks the `Statement` list of a policy document written in attribute `attr`. A statement
/// is reported at its own range when `precise` and that range lies within the attribute (it
/// may come from a `locals` block elsewhere, or from JSON parsed out of a heredoc).
fn statements(
    m: &Module,
    cx: &mut CheckContext<'_>,
    doc: &Value,
    owner: &str,
    attr: Range<usize>,
    precise: bool,
) {
    let Value::Object(doc) = doc else { return };
    let Some(list) = entry(doc, "Statement").and_then(|s| m.resolve(s)) else {
        return;
    };
    let items: Vec<&Expr> = match &list.value {
        Value::Tuple(items) => items.iter().collect(),
        Value::Object(_) => vec![list],
        _ => return,
    };
    for item in items {
        let Some(Value::Object(statement)) = m.resolve(item).map(|i| &i.value) else {
            continue;
        };
        let get = |key: &str| match entry(statement, key) {
            Some(e) => m.strings_of(e),
            None => Some(Vec::new()),
        };
        let effect = match entry(statement, "Effect") {
            Some(e) => m.str_of(e),
            None => Some("Allow"),
        };
        if let (Some(effect), Some(actions), Some(resources)) =
            (effect, get("Action"), get("Resource"))
        {
            let inside = attr.start <= item.range.start && item.range.end <= attr.end;
            let range = if precise && inside {
                item.range.clone()
            } else {
                attr.clone()
            };
            let conditioned = entry(statement, "Condition").is_some();
            judge(
                cx,
                owner,
                (effect, &actions, &resources, conditioned),
                range,
            );
        }
    }
}

/// Effect, actions, resources of a statement, and whether it has a condition.
type Statement<'a> = (&'a str, &'a [String], &'a [String], bool);

fn judge(
    cx: &mut CheckContext<'_>,
    owner: &str,
    (effect, actions, resources, conditioned): Statement<'_>,
    at: Range<usize>,
) {
    if effect != "Allow" || !resources.iter().any(|r| r == "*") {
        return;
    }
    let has = |wanted: &[&str]| {
        actions
            .iter()
            .any(|a| wanted.iter().any(|w| a.eq_ignore_ascii_case(w)))
    };
    let (severity, message) = if has(&["*", "*:*"]) {
        (
            Severity::High,
            format!("The policy in `{owner}` allows every action (`\"*\"`) on every resource."),
        )
    } else if has(&["iam:*"]) {
        (
            Severity::High,
            format!(
                "The policy in `{owner}` allows every IAM action (`iam:*`) on every resource: the holder can grant itself anything."
            ),
        )
    } else if has(&["iam:PassRole", "iam:Pass*", "iam:P*"]) {
        (
            Severity::Medium,
            format!(
                "The policy in `{owner}` allows `iam:PassRole` on every resource: the holder can attach any role, admin roles included, to a service it controls."
            ),
        )
    } else {
        return;
    };
    if conditioned {
        cx.report_range(
            at,
            format!(
                "{message} A `Condition` may narrow it: check that it really limits the grant."
            ),
        )
        .severity(severity)
        .confidence(Confidence::Medium);
    } else {
        cx.report_range(at, message).severity(severity);
    }
}
