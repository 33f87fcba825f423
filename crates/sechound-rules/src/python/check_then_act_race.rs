use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::python::{enclosing_function, method_name, receiver, unwrap};
use sechound_syntax::{Family, Node};

use super::secret_names::words;

declare_rule! {
    /// ## What it finds
    /// A limit checked on a value just read from the database, then a write made on the
    /// strength of that check, with nothing that makes the two one step: quotas and seats
    /// (`count = db.query(Member).filter_by(org_id=org.id).count(); if count >= org.max_seats:
    /// raise …; db.add(Member(…)); db.commit()`), balances (`if wallet.balance < amount: raise
    /// …; wallet.balance -= amount; wallet.save()`), coupons (`if coupon.times_used >=
    /// coupon.max_uses: …`), stock and capacity.
    ///
    /// The checked value's name must say it is a count, limit, quota, seat, balance, credit,
    /// stock, capacity or a used/redeemed flag; it must come from a store read in the same
    /// function (`.count()`, `.first()`, `.get(…)`, `.scalar…()`, `.one…()`, `.exists()`,
    /// `find_one`, `count_documents`); the check must stop the request (`raise`/`return`, or an
    /// `else`); and a write must follow (`add`, `save`, `create`, `update`, `commit`,
    /// `insert_one`, `update_one`).
    ///
    /// Confidence is low: the rule does not see the database's constraints or isolation level,
    /// and some limits are soft on purpose.
    ///
    /// ## Why it matters
    /// Two requests sent at the same moment both read the old value, both pass the check and
    /// both write: a coupon is redeemed twice, a balance goes negative, a plan's seat limit is
    /// exceeded.
    ///
    /// ## Not reported
    /// Functions that lock what they read (`select_for_update()`, `with_for_update()`,
    /// `FOR UPDATE`, a lock or `SERIALIZABLE`), that update atomically with the condition in the
    /// statement (Django `F(...)` expressions, `update(...).where(Wallet.balance >= amount)`,
    /// `$inc` with `$gte`), or that rely on a unique constraint (`except IntegrityError`).
    ///
    /// ## Example
    /// ```python
    /// used = Redemption.objects.filter(coupon=coupon).count()
    /// if used >= coupon.max_redemptions:                 # reported
    ///     raise ValidationError("coupon exhausted")
    /// Redemption.objects.create(coupon=coupon, user=request.user)
    /// ```
    pub struct CheckThenActRace {
        id: "py.check-then-act-race",
        title: "Limit checked and then acted on without a lock (race condition)",
        severity: Medium,
        confidence: Low,
        area: ApiEndpoints,
        cwe: [362, 367],
        owasp: A04,
        effort: Hours,
        impact: "Parallel requests pass the same check before any of them writes: coupons are redeemed more than once, balances go negative, seat and quota limits are exceeded.",
        recommendation: "Make the check and the write one atomic step: lock the row you read in a transaction (`select_for_update()` in `transaction.atomic()`, SQLAlchemy `with_for_update()`), update with the condition in the statement (`Wallet.objects.filter(pk=pk, balance__gte=amount).update(balance=F('balance') - amount)` and check the row count), or add a unique constraint on what may happen only once and handle `IntegrityError`.",
        verification: "Send 20 identical requests in parallel against a limit of 1 (for example with `xargs -P 20 curl …`): exactly one may succeed.",
    }
}

const LIMIT_WORDS: &[&str] = &[
    "count",
    "limit",
    "quota",
    "seats",
    "seat",
    "balance",
    "credits",
    "credit",
    "stock",
    "inventory",
    "remaining",
    "capacity",
    "used",
    "uses",
    "usage",
    "redeemed",
    "redemptions",
    "claimed",
    "consumed",
    "available",
    "max",
    "allowance",
];

/// Calls whose result is read from a store.
const READS: &[&str] = &[
    "count",
    "first",
    "get",
    "one",
    "one_or_none",
    "scalar",
    "scalar_one",
    "scalar_one_or_none",
    "scalars",
    "exists",
    "get_or_404",
    "first_or_404",
    "find_one",
    "count_documents",
    "fetchone",
    "fetchval",
    "fetchrow",
    "aget",
    "afirst",
    "acount",
    "aexists",
    "get_object_or_404",
];

/// Calls that write to a store.
const WRITES: &[&str] = &[
    "add",
    "add_all",
    "save",
    "asave",
    "create",
    "acreate",
    "bulk_create",
    "update",
    "commit",
    "insert_one",
    "insert_many",
    "update_one",
    "update_many",
    "incr",
    "incrby",
    "hset",
    "hincrby",
    "execute",
];

/// Text that shows the check and the write are made atomic another way.
const SAFE_MARKERS: &[&str] = &[
    "select_for_update",
    "with_for_update",
    "for update",
    "lock",
    "serializable",
    "integrityerror",
    "uniqueviolation",
    "duplicatekeyerror",
    "f(\"",
    "f('",
    "$gte",
    "$lt",
    "$gt",
    "$lte",
];

fn is_limit_name(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| LIMIT_WORDS.contains(&w.as_str()))
}

impl CodeRule for CheckThenActRace {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["if_statement"]
    }

    fn check<'f>(&self, statement: Node<'f>, cx: &mut CheckContext<'f>) {
        if cx.in_test_file() {
            return;
        }
        let src = cx.src();
        let Some(function) = enclosing_function(statement) else {
            return;
        };
        let Some(condition) = statement.field("condition") else {
            return;
        };
        let Some((checked, read)) = checked_read(condition, function, statement, src) else {
            return;
        };
        // One finding per read: a second check of the same value is the same race.
        if earlier_check_of(read, statement, function, src) {
            return;
        }
        if !stops(statement) {
            return;
        }
        let Some(write) = later_write(statement, function, src) else {
            return;
        };
        let lower = text(function, src).to_ascii_lowercase();
        if SAFE_MARKERS.iter().any(|m| lower.contains(m)) {
            return;
        }
        crate::race::report(cx, condition, [checked, statement, read, write]);
    }
}

/// The limit-like value the condition tests and the store read it comes from.
fn checked_read<'f>(
    condition: Node<'f>,
    function: Node<'f>,
    statement: Node<'f>,
    src: &str,
) -> Option<(Node<'f>, Node<'f>)> {
    let mut found = None;
    walk(condition, |n| {
        if found.is_some() {
            return false;
        }
        let (root, name) = match n.kind() {
            "attribute" => {
                let mut root = n;
                while root.kind() == "attribute" {
                    match root.field("object") {
                        Some(o) => root = unwrap(o),
                        None => break,
                    }
                }
                let attribute = n.field("attribute").map(|a| text(a, src)).unwrap_or("");
                (root, attribute)
            }
            "identifier" => (n, text(n, src)),
            _ => return true,
        };
        if root.kind() != "identifier" || !is_limit_name(name) {
            return true;
        }
        // A limit is compared (`count >= max`); only a once-only flag is tested by itself
        // (`if coupon.redeemed`). `if count:` asks whether there is anything at all.
        if !is_flag_name(name) && !compared(n) {
            return true;
        }
        if let Some(read) = read_binding(text(root, src), function, statement, src) {
            found = Some((n, read));
            return false;
        }
        true
    });
    found
}

/// The store read `name` was last assigned before `before` in `function`.
fn read_binding<'f>(
    name: &str,
    function: Node<'f>,
    before: Node<'f>,
    src: &str,
) -> Option<Node<'f>> {
    let mut value = None;
    walk(function, |n| {
        if n.start_byte() >= before.start_byte() {
            return false;
        }
        if n.kind() == "assignment"
            && n.field("left").is_some_and(|l| {
                l.kind() == "identifier" && text(l, src) == name
                    || l.kind() == "pattern_list"
                        && text(l, src).split(',').any(|p| p.trim() == name)
            })
        {
            value = n.field("right").filter(|r| store_read(*r, src));
        }
        true
    });
    value
}

/// `db.query(X).filter(...).count()`, `await session.get(X, id)`, `X.objects.get(...)`.
fn store_read(node: Node<'_>, src: &str) -> bool {
    let mut call = Some(unwrap(node));
    while let Some(c) = call {
        match c.kind() {
            "await" => call = c.named_child(0).map(unwrap),
            "call" => {
                let method = method_name(c, src).unwrap_or("");
                // `request.args.get(...)`, `data.get(...)`: a dictionary, not a store.
                if READS.contains(&method) && !(method == "get" && dict_get(c, src)) {
                    return true;
                }
                call = receiver(c).map(unwrap);
            }
            "attribute" => call = c.field("object").map(unwrap),
            _ => return false,
        }
    }
    false
}

/// `x.get("key")` on something that is not a model manager or session: a dictionary read.
fn dict_get(call: Node<'_>, src: &str) -> bool {
    let Some(object) = receiver(call) else {
        return true;
    };
    let object = text(object, src);
    let last = object.rsplit('.').next().unwrap_or(object);
    !(last == "objects"
        || last.contains("session")
        || last == "db"
        || last == "query"
        || object.ends_with(')'))
}

/// True when the `if` ends the request (`raise`/`return` in its branch) or has an `else`.
fn stops(statement: Node<'_>) -> bool {
    if statement.field("alternative").is_some() {
        return true;
    }
    let Some(consequence) = statement.field("consequence") else {
        return false;
    };
    let mut found = false;
    walk(consequence, |n| {
        if matches!(n.kind(), "function_definition" | "lambda") {
            return false;
        }
        found |= matches!(n.kind(), "return_statement" | "raise_statement");
        !found
    });
    found
}

/// The first write after the check.
fn later_write<'f>(statement: Node<'f>, function: Node<'f>, src: &str) -> Option<Node<'f>> {
    // The act may be in the `if` itself (`if stock >= n: stock -= n; save()`).
    let after = statement
        .field("condition")
        .map(|c| c.end_byte())
        .unwrap_or(statement.end_byte());
    let mut found = None;
    walk(function, |n| {
        if found.is_some() || n.end_byte() <= after {
            return found.is_none() && n.end_byte() > after;
        }
        if n.kind() == "call"
            && n.start_byte() >= after
            && let Some(m) = method_name(n, src)
            && WRITES.contains(&m)
            && receiver(n).is_some()
            && (m != "execute" || {
                let upper = text(n, src).to_ascii_uppercase();
                upper.contains("INSERT") || upper.contains("UPDATE")
            })
            && (!matches!(m, "update" | "add" | "add_all" | "commit") || !dict_get(n, src))
        {
            found = Some(n);
        }
        true
    });
    found
}

/// True when an `if` before `statement` in `function` already checks a value of `read`.
fn earlier_check_of<'f>(
    read: Node<'f>,
    statement: Node<'f>,
    function: Node<'f>,
    src: &str,
) -> bool {
    let mut found = false;
    walk(function, |n| {
        if found || n.start_byte() >= statement.start_byte() {
            return false;
        }
        if n.kind() == "if_statement"
            && let Some(condition) = n.field("condition")
            && checked_read(condition, function, n, src).is_some_and(|(_, r)| r.id() == read.id())
        {
            found = true;
        }
        true
    });
    found
}

/// Names of a once-only flag: `redeemed`, `is_used`, `claimed`.
fn is_flag_name(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| matches!(w.as_str(), "used" | "redeemed" | "claimed" | "consumed"))
}

/// True when `node` is an operand of a comparison (`count >= max`, `stock == 0`).
fn compared(node: Node<'_>) -> bool {
    let mut current = node;
    while let Some(parent) = current.parent() {
        match parent.kind() {
            "parenthesized_expression" => current = parent,
            "comparison_operator" => return true,
            _ => return false,
        }
    }
    false
}
