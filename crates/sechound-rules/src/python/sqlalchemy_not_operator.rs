use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::python::{method_name, positional_args, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Python operators that SQLAlchemy cannot overload, used on mapped columns inside
    /// `.filter(...)`, `.where(...)`, `.having(...)`, `and_(...)`, `or_(...)`:
    /// - `not User.is_active`: Python evaluates it to the constant `False`;
    /// - `User.deleted_at is None` / `is not None`: an identity test of the column object,
    ///   always `False` / `True`;
    /// - `User.role in ["admin", "owner"]`: Python's membership test, a constant;
    /// - `User.org_id == org_id and User.active`: Python's `and`/`or` return one operand, so
    ///   one of the conditions is dropped.
    ///
    /// The query does not fail: it silently filters on a constant (`WHERE false`, or no
    /// condition at all), returning no rows or every row.
    ///
    /// ## Why it matters
    /// These filters usually guard access: "only active users", "only undeleted records",
    /// "only tokens not yet used". With the constant, disabled accounts can sign in, revoked
    /// API keys keep working or deleted records show up — and nothing raises.
    ///
    /// ## Not reported
    /// `~User.is_active`, `User.is_active.is_(False)`, `not_(User.is_active)`,
    /// `User.deleted_at.is_(None)`, `User.deleted_at == None`, `User.role.in_([...])`,
    /// `and_(...)`, `&`, and `not`/`is`/`in`/`and` on plain values (`not include_deleted`).
    ///
    /// ## Example
    /// ```python
    /// session.query(User).filter(not User.disabled)        # reported: filters on False
    /// session.query(User).filter(User.disabled.is_(False))  # fine
    /// ```
    pub struct SqlalchemyNotOperator {
        id: "py.sqlalchemy-not-operator",
        title: "Python `not` / `is` / `in` / `and` on a SQLAlchemy column",
        severity: Medium,
        confidence: High,
        area: Authorization,
        cwe: [480, 697],
        owasp: A01,
        effort: Minutes,
        impact: "The filter compares a constant instead of the column, so checks such as \"active\", \"not deleted\" or \"not revoked\" silently stop applying.",
        recommendation: "Use SQLAlchemy's operators: `~User.is_active` or `User.is_active.is_(False)` instead of `not User.is_active`, `User.deleted_at.is_(None)` / `.is_not(None)` instead of `is None` / `is not None`, `User.role.in_([...])` instead of `in`, and `and_(a, b)` / `or_(a, b)` instead of `and` / `or`.",
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
            let Some(operand) = condition.field("argument") else {
                return;
            };
            if let Some(column) = mapped_column(operand, src) {
                cx.report(
                    condition,
                    format!(
                        "`not {column}` inside `{call}(...)` is evaluated by Python to the constant `False`, so the query becomes `WHERE false` and matches no rows; write `~{column}` or `{column}.is_(False)`."
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
            let ([operator], [left, right]) = (operators.as_slice(), operands.as_slice()) else {
                return;
            };
            let Some(column) = mapped_column(*left, src) else {
                return;
            };
            let operator = *operator;
            if matches!(operator, "in" | "not in") {
                let right_text = text(*right, src);
                let fix = if operator == "in" { "in_" } else { "not_in" };
                let effect = if operator == "in" {
                    "`WHERE false`: no rows match"
                } else {
                    "the condition is dropped"
                };
                cx.report(
                    condition,
                    format!(
                        "`{column} {operator} {right_text}` inside `{call}(...)` is evaluated by Python, not SQL: the membership test compares the column object with each value and yields a constant ({effect}); write `{column}.{fix}({right_text})`."
                    ),
                );
                return;
            }
            if !matches!(operator, "is" | "is not") {
                return;
            }
            let right_text = text(*right, src);
            let constant = if operator == "is" { "False" } else { "True" };
            let effect = if operator == "is" {
                "so the query becomes `WHERE false` and matches no rows"
            } else {
                "so the condition is dropped from the query"
            };
            let fix = if operator == "is" { "is_" } else { "is_not" };
            cx.report(
                condition,
                format!(
                    "`{column} {operator} {right_text}` inside `{call}(...)` is a Python identity test that is always `{constant}`, {effect}; write `{column}.{fix}({right_text})`."
                ),
            );
        }
        // `filter(User.a == 1 and User.b == 2)`: Python's `and`/`or` return one operand.
        "boolean_operator" => {
            let operator = condition
                .field("operator")
                .map(|o| text(o, src))
                .unwrap_or("and");
            let involves_column = ["left", "right"].iter().any(|side| {
                condition
                    .child_by_field_name(side)
                    .is_some_and(|part| is_column_condition(part, src))
            });
            if involves_column {
                let combinator = if operator == "or" { "or_" } else { "and_" };
                let symbol = if operator == "or" { "|" } else { "&" };
                cx.report(
                    condition,
                    format!(
                        "Python `{operator}` between SQL conditions inside `{call}(...)` returns just one of them, so the other condition is silently dropped; write `{combinator}(a, b)` or `(a) {symbol} (b)`."
                    ),
                );
            }
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
    let object = unwrap(node.field("object")?);
    let owner = match object.kind() {
        "identifier" => text(object, src),
        "attribute" => text(object.field("attribute")?, src),
        _ => return None,
    };
    let attribute = text(node.field("attribute")?, src);
    let is_class = owner.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && owner.chars().any(|c| c.is_ascii_lowercase());
    let is_table_column = owner == "c" || owner == "columns";
    let is_constant = attribute
        .chars()
        .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit());
    ((is_class || is_table_column) && !is_constant).then(|| text(node, src).to_string())
}

/// A column expression: `User.active`, `User.role == "admin"`, `not User.active`.
fn is_column_condition(node: Node<'_>, src: &str) -> bool {
    let node = unwrap(node);
    match node.kind() {
        "attribute" => mapped_column(node, src).is_some(),
        "comparison_operator" => named_children(node)
            .first()
            .is_some_and(|left| mapped_column(*left, src).is_some()),
        "not_operator" => node
            .field("argument")
            .is_some_and(|a| is_column_condition(a, src)),
        "call" => node
            .field("function")
            .map(unwrap)
            .filter(|f| f.kind() == "attribute")
            .and_then(|f| f.field("object"))
            .is_some_and(|o| mapped_column(o, src).is_some()),
        _ => false,
    }
}
