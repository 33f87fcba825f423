use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::{named_children, text};
use sechound_syntax::python::{method_name, positional_args, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Python operators that SQLAlchemy cannot overload, used on mapped columns inside
    /// `.filter(...)`, `.where(...)`, `.having(...)`, `and_(...)`, `or_(...)`:
    /// - `not User.is_active`: Python evaluates it to the constant `False`;
    /// - `User.deleted_at is None` / `is not None`: an identity test of the column object,
    ///   always `False` / `True`.
    ///
    /// The query does not fail: it silently filters on a constant, returning every row or none.
    ///
    /// ## Why it matters
    /// These filters usually guard access: "only active users", "only undeleted records",
    /// "only tokens not yet used". With the constant, disabled accounts can sign in, revoked
    /// API keys keep working or deleted records show up — and nothing raises.
    ///
    /// ## Not reported
    /// `~User.is_active`, `User.is_active.is_(False)`, `not_(User.is_active)`,
    /// `User.deleted_at.is_(None)`, `User.deleted_at == None`, and `not`/`is` on plain values
    /// (`not include_deleted`).
    ///
    /// ## Example
    /// ```python
    /// session.query(User).filter(not User.disabled)        # reported: filters on False
    /// session.query(User).filter(User.disabled.is_(False))  # fine
    /// ```
    pub struct SqlalchemyNotOperator {
        id: "py.sqlalchemy-not-operator",
        title: "Python `not` / `is` on a SQLAlchemy column",
        severity: Medium,
        confidence: High,
        area: Authorization,
        cwe: [480, 697],
        owasp: A01,
        effort: Minutes,
        impact: "The filter compares a constant instead of the column, so checks such as \"active\", \"not deleted\" or \"not revoked\" silently stop applying.",
        recommendation: "Use SQLAlchemy's operators: `~User.is_active` or `User.is_active.is_(False)` instead of `not User.is_active`, and `User.deleted_at.is_(None)` / `.is_not(None)` instead of `is None` / `is not None`.",
        verification: "Print the compiled statement (`print(query.statement)` or `str(stmt)`): the WHERE clause names the column (`users.is_active IS false`, `deleted_at IS NULL`) rather than `false`/`true`, and a test with a matching and a non-matching row returns only the matching one.",
    }
}

/// Calls whose positional arguments are SQL conditions.
const CONDITION_CALLS: &[&str] = &[
    "filter",
    "where",
    "having",
    "and_",
    "or_",
    "join",
    "outerjoin",
];

impl CodeRule for SqlalchemyNotOperator {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(method) = method_name(call, src) else {
            return;
        };
        if !CONDITION_CALLS.contains(&method) {
            return;
        }
        for condition in positional_args(call) {
            check_condition(condition, method, cx);
        }
    }
}

fn check_condition<'f>(condition: Node<'f>, method: &str, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let call = if method.ends_with('_') {
        method.to_string()
    } else {
        format!(".{method}")
    };
    let condition = unwrap(condition);
    match condition.kind() {
        "not_operator" => {
            let Some(operand) = condition.child_by_field_name("argument") else {
                return;
            };
            if let Some(column) = mapped_column(operand, src) {
                cx.report(
                    condition,
                    format!(
                        "`not {column}` inside `{call}(...)` is evaluated by Python to the constant `False`, so the query filters on nothing; write `~{column}` or `{column}.is_(False)`."
                    ),
                );
            }
        }
        "comparison_operator" => {
            let mut cursor = condition.walk();
            let operators: Vec<&str> = condition
                .children_by_field_name("operators", &mut cursor)
                .map(|o| o.kind())
                .collect();
            let operands = named_children(condition);
            let (["is"] | ["is not"], [left, right]) = (operators.as_slice(), operands.as_slice())
            else {
                return;
            };
            let Some(column) = mapped_column(*left, src) else {
                return;
            };
            let operator = operators[0];
            let right_text = text(*right, src);
            let constant = if operator == "is" { "False" } else { "True" };
            let fix = if operator == "is" { "is_" } else { "is_not" };
            cx.report(
                condition,
                format!(
                    "`{column} {operator} {right_text}` inside `{call}(...)` is a Python identity test that is always `{constant}`, so the condition is ignored; write `{column}.{fix}({right_text})`."
                ),
            );
        }
        // `filter(A, B)` is fine, but `filter((not A) & B)` or `filter(A & (not B))` is not.
        "binary_operator" => {
            for side in ["left", "right"] {
                if let Some(part) = condition.child_by_field_name(side) {
                    check_condition(part, method, cx);
                }
            }
        }
        _ => {}
    }
}

/// `User.is_active`, `models.User.deleted_at`, `users.c.deleted_at`, `Token.user.has`-free
/// attribute chains: a mapped class (capitalised) or a table's `.c` collection.
fn mapped_column(node: Node<'_>, src: &str) -> Option<String> {
    let node = unwrap(node);
    if node.kind() != "attribute" {
        return None;
    }
    let object = unwrap(node.child_by_field_name("object")?);
    let owner = match object.kind() {
        "identifier" => text(object, src),
        "attribute" => text(object.child_by_field_name("attribute")?, src),
        _ => return None,
    };
    let attribute = text(node.child_by_field_name("attribute")?, src);
    let is_class = owner.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && owner.chars().any(|c| c.is_ascii_lowercase());
    let is_table_column = owner == "c" || owner == "columns";
    let is_constant = attribute
        .chars()
        .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit());
    ((is_class || is_table_column) && !is_constant).then(|| text(node, src).to_string())
}
