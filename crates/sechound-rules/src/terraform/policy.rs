//! IAM policy documents as Terraform writes them: `jsonencode({...})`, JSON in a string or a
//! heredoc, or a `data "aws_iam_policy_document"` referenced by its `.json`, read into one
//! statement shape for the checks on resource policies (S3, SQS, SNS, KMS, ECR, Secrets
//! Manager, OpenSearch) and trust policies.

use super::model::{Block, Expr, Module, Value, parse_json};
use super::spec::Out;
use std::ops::Range;

/// One policy statement, with what could not be read left `None`.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    /// `Allow` / `Deny`; `None` when unknown.
    pub effect: Option<String>,
    /// `Action` (or `actions`); `Some(empty)` when absent.
    pub actions: Option<Vec<String>>,
    /// `Resource` (or `resources`); `Some(empty)` when absent.
    pub resources: Option<Vec<String>>,
    /// (type, identifier) pairs: `Principal = "*"` is `("*", "*")`, `{ AWS = "arn..." }` is
    /// `("AWS", "arn...")`. `Some(empty)` when absent; `None` when unknown.
    pub principals: Option<Vec<(String, String)>>,
    /// `NotPrincipal` is used (the statement applies to everyone else).
    pub not_principal: bool,
    /// `NotAction` is used (the statement grants everything else).
    pub not_action: bool,
    pub conditioned: bool,
    /// The condition narrows who can use the statement (an account, organisation, source,
    /// network or external id), or cannot be read; a condition on MFA or TLS alone does not.
    pub narrowed: bool,
    /// Where to report it, in the file under review.
    pub range: Range<usize>,
}

impl Statement {
    pub fn allows(&self) -> bool {
        self.effect.as_deref() == Some("Allow")
    }

    /// Whether the statement is open to any principal (`*`, `{ AWS = "*" }`).
    pub fn public_principal(&self) -> Option<bool> {
        if self.not_principal {
            return Some(false);
        }
        let principals = self.principals.as_ref()?;
        Some(
            principals
                .iter()
                .any(|(ty, id)| id == "*" && (ty == "*" || ty == "AWS")),
        )
    }
}

/// Condition keys that narrow who or what can use a statement.
const NARROWING: &[&str] = &[
    "aws:principalorgid",
    "aws:principalorgpaths",
    "aws:principalaccount",
    "aws:principalarn",
    "aws:principalservicename",
    "aws:sourceaccount",
    "aws:sourcearn",
    "aws:sourceowner",
    "aws:sourceorgid",
    "aws:sourceorgpaths",
    "aws:sourcevpc",
    "aws:sourcevpce",
    "aws:sourceip",
    "aws:userid",
    "aws:username",
    "aws:calledvia",
    "sts:externalid",
    "kms:calleraccount",
    "kms:viaservice",
    "kms:grantisforawsresource",
    "lambda:functionarn",
    "s3:dataaccesspointaccount",
    "elasticfilesystem:accesspointarn",
    "token.actions.githubusercontent.com:sub",
];

/// Whether a `Condition` object narrows the principals: one of its keys is a narrowing key,
/// or its shape cannot be read (then assume it does).
fn narrows(condition: &Value) -> bool {
    let Value::Object(operators) = condition else {
        return true;
    };
    operators.iter().any(|(_, keys)| match &keys.value {
        Value::Object(keys) => keys
            .iter()
            .any(|(key, _)| NARROWING.contains(&key.to_ascii_lowercase().as_str())),
        _ => true,
    })
}

fn entry<'a>(object: &'a [(String, Expr)], key: &str) -> Option<&'a Expr> {
    object.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn strings(value: Option<&Expr>) -> Option<Vec<String>> {
    match value.map(|e| &e.value) {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Str(s)) => Some(vec![s.clone()]),
        Some(Value::Tuple(items)) => items
            .iter()
            .map(|i| match &i.value {
                Value::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// The statements of the policy document an attribute holds; `None` when it cannot be read.
pub(crate) fn statements(m: &Module<'_>, expr: &Expr, at: &Range<usize>) -> Option<Vec<Statement>> {
    match &expr.value {
        Value::Call(name, args) if name == "jsonencode" => {
            let doc = args.first()?;
            from_document(&doc.value, at, Some(at))
        }
        Value::Str(text) | Value::Template(text) => {
            let doc = parse_json(text)?;
            from_document(&doc, at, None)
        }
        Value::Ref(path)
            if path.len() >= 3 && path[0] == "data" && path[1] == "aws_iam_policy_document" =>
        {
            let data = m.find("data", "aws_iam_policy_document", &path[2])?;
            Some(from_data(data))
        }
        _ => None,
    }
}

/// Statements of a JSON-shaped document. With `precise`, a statement is located at its own
/// range when that lies within the attribute.
fn from_document(
    doc: &Value,
    at: &Range<usize>,
    precise: Option<&Range<usize>>,
) -> Option<Vec<Statement>> {
    let Value::Object(doc) = doc else { return None };
    let list = entry(doc, "Statement")?;
    let items: Vec<&Expr> = match &list.value {
        Value::Tuple(items) => items.iter().collect(),
        Value::Object(_) => vec![list],
        _ => return None,
    };
    let mut out = Vec::new();
    for item in items {
        let Value::Object(statement) = &item.value else {
            return None;
        };
        let principals = match (
            entry(statement, "Principal"),
            entry(statement, "NotPrincipal"),
        ) {
            (None, None) => Some(Vec::new()),
            (Some(p), _) | (None, Some(p)) => principal_pairs(p),
        };
        let range = match precise {
            Some(attr) if attr.start <= item.range.start && item.range.end <= attr.end => {
                item.range.clone()
            }
            _ => at.clone(),
        };
        out.push(Statement {
            effect: match entry(statement, "Effect").map(|e| &e.value) {
                Some(Value::Str(s)) => Some(s.clone()),
                None => Some("Allow".into()),
                _ => None,
            },
            actions: strings(entry(statement, "Action").or(entry(statement, "NotAction"))),
            resources: strings(entry(statement, "Resource")),
            principals,
            not_principal: entry(statement, "NotPrincipal").is_some(),
            not_action: entry(statement, "NotAction").is_some(),
            conditioned: entry(statement, "Condition").is_some(),
            narrowed: entry(statement, "Condition").is_some_and(|c| narrows(&c.value)),
            range,
        });
    }
    Some(out)
}

fn principal_pairs(p: &Expr) -> Option<Vec<(String, String)>> {
    match &p.value {
        Value::Str(s) => Some(vec![("*".into(), s.clone())]),
        Value::Object(entries) => {
            let mut out = Vec::new();
            for (ty, ids) in entries {
                for id in strings(Some(ids))? {
                    out.push((ty.clone(), id));
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// Statements of a `data "aws_iam_policy_document"` (located at its `statement` blocks,
/// which are in the module but maybe not in the file under review: the caller decides).
fn from_data(data: &Block) -> Vec<Statement> {
    data.blocks("statement")
        .map(|statement| {
            let mut principals = Some(Vec::new());
            for block in statement.blocks("principals") {
                let ty = match block.attr("type").map(|a| &a.expr.value) {
                    Some(Value::Str(s)) => s.clone(),
                    _ => {
                        principals = None;
                        continue;
                    }
                };
                match strings(block.attr("identifiers").map(|a| &a.expr)) {
                    Some(ids) => {
                        if let Some(list) = principals.as_mut() {
                            list.extend(ids.into_iter().map(|id| (ty.clone(), id)));
                        }
                    }
                    None => principals = None,
                }
            }
            let not_principal = statement.block("not_principals").is_some();
            let narrowed = statement.blocks("condition").any(|c| {
                match c.attr("variable").map(|v| &v.expr.value) {
                    Some(Value::Str(key)) => NARROWING.contains(&key.to_ascii_lowercase().as_str()),
                    _ => true,
                }
            });
            Statement {
                effect: match statement.attr("effect").map(|a| &a.expr.value) {
                    Some(Value::Str(s)) => Some(s.clone()),
                    None => Some("Allow".into()),
                    _ => None,
                },
                actions: strings(
                    statement
                        .attr("actions")
                        .or(statement.attr("not_actions"))
                        .map(|a| &a.expr),
                ),
                resources: strings(statement.attr("resources").map(|a| &a.expr)),
                principals,
                not_principal,
                not_action: statement.attr("not_actions").is_some(),
                conditioned: statement.block("condition").is_some(),
                narrowed,
                range: statement.head.clone(),
            }
        })
        .collect()
}

/// Reports the statements of the resource's policy attributes (`attrs`) that allow any
/// principal without a condition. A statement of a policy document declared in another file is
/// reported at the attribute that uses it.
pub(crate) fn report_public(
    m: &Module<'_>,
    resource: &Block,
    out: &mut Out<'_, '_>,
    attrs: &[&str],
) {
    for name in attrs {
        let Some(attr) = resource.attr(name) else {
            continue;
        };
        let Some(list) = statements(m, &attr.expr, &attr.range) else {
            continue;
        };
        let local_data = matches!(&attr.expr.value, Value::Ref(p) if p.first().is_some_and(|d| d == "data"))
            && m.local_blocks().iter().any(|b| {
                b.kind == "data"
                    && matches!(&attr.expr.value, Value::Ref(p) if p.get(2).is_some_and(|n| n == b.name()) && p[1] == b.ty())
            });
        for statement in list {
            if !statement.allows() || statement.narrowed {
                continue;
            }
            if statement.public_principal() != Some(true) {
                continue;
            }
            let range = if matches!(&attr.expr.value, Value::Ref(_)) && !local_data {
                attr.range.clone()
            } else {
                statement.range.clone()
            };
            let actions = statement
                .actions
                .as_ref()
                .filter(|a| !a.is_empty())
                .map(|a| {
                    let shown: Vec<String> = a.iter().take(3).map(|x| format!("`{x}`")).collect();
                    let more = if a.len() > 3 {
                        format!(" and {} more", a.len() - 3)
                    } else {
                        String::new()
                    };
                    format!(" ({}{more})", shown.join(", "))
                })
                .unwrap_or_default();
            out.report(
                range,
                &format!(
                    "a statement of `{name}` allows any principal (`\"*\"`){}{actions}",
                    if statement.conditioned {
                        " with a condition that does not narrow who"
                    } else {
                        " without a condition"
                    }
                ),
            );
        }
    }
}
