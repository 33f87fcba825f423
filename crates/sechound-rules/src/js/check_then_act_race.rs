use super::crypto_names::words;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{FUNCTION_KINDS, method_name, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{ancestor, named_children, text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A limit checked on a value just read from the database, then a write made on the
    /// strength of that check, with nothing that makes the two one step: quotas
    /// (`const count = await Invite.count({ where }); if (count >= plan.maxSeats) throw …;
    /// await Invite.create(…)`), balances (`if (user.balance < amount) return …;
    /// user.balance -= amount; await user.save()`), coupons and one-time codes
    /// (`if (coupon.used) throw …; await coupon.update({ used: true })`), stock and capacity.
    ///
    /// The checked value's name must say it is a count, limit, quota, seat, balance, credit,
    /// stock, capacity or a used/redeemed flag, it must come from an awaited read in the same
    /// function, the check must stop the request (`return`/`throw`, or an `else`), and an
    /// awaited write must follow.
    ///
    /// Confidence is low: the rule does not know the database's constraints or isolation
    /// level, and some of these limits are soft on purpose.
    ///
    /// ## Why it matters
    /// Two requests sent at the same moment both read the old value, both pass the check and
    /// both write: a coupon is redeemed twice, a balance goes negative, a plan's seat limit is
    /// exceeded. Tools that send dozens of parallel requests make this easy to exploit.
    ///
    /// ## Not reported
    /// Functions that take a lock or use a locking or serializable transaction (`lock:
    /// t.LOCK.UPDATE`, `FOR UPDATE`, `forUpdate()`, `Serializable`, a mutex or redlock), that
    /// rely on a unique constraint (they handle `P2002`, `E11000`, `UniqueConstraintError`), or
    /// whose write is itself conditional (`updateOne({ _id, balance: { $gte: amount } }, …)`,
    /// `where: { stock: { gte: n } }`).
    ///
    /// ## Example
    /// ```js
    /// const used = await Redemption.count({ where: { couponId } });
    /// if (used >= coupon.maxRedemptions) throw new Error('exhausted');   // reported
    /// await Redemption.create({ couponId, userId });
    /// ```
    pub struct CheckThenActRace {
        id: "js.check-then-act-race",
        title: "Limit checked and then acted on without a lock (race condition)",
        severity: Medium,
        confidence: Low,
        area: ApiEndpoints,
        cwe: [362, 367],
        owasp: A04,
        effort: Hours,
        impact: "Parallel requests pass the same check before any of them writes: coupons are redeemed more than once, balances go negative, seat and quota limits are exceeded.",
        recommendation: "Make the check and the write one atomic step: a conditional update (`updateOne({ _id, balance: { $gte: amount } }, { $inc: { balance: -amount } })` and check the modified count), a unique constraint on what may happen once, or a transaction that locks the row it reads (`findOne({ where, lock: t.LOCK.UPDATE, transaction: t })`, `SELECT … FOR UPDATE`).",
        verification: "Send 20 identical requests in parallel (for example with `xargs -P 20 curl …`) against a limit of 1: exactly one may succeed.",
    }
}

/// Words naming a limit, an amount that may run out, or a once-only flag.
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

/// Calls that read from a store.
const READS: &[&str] = &[
    "count",
    "countDocuments",
    "estimatedDocumentCount",
    "findOne",
    "findUnique",
    "findUniqueOrThrow",
    "findFirst",
    "findFirstOrThrow",
    "findById",
    "findByPk",
    "findOneBy",
    "findOneOrFail",
    "findAndCount",
    "find",
    "findAll",
    "findMany",
    "findBy",
    "aggregate",
    "query",
    "get",
    "getOne",
    "getCount",
    "first",
    "select",
    "hget",
    "scard",
    "llen",
];

/// Calls that write to a store.
const WRITES: &[&str] = &[
    "create",
    "createMany",
    "insert",
    "insertOne",
    "insertMany",
    "save",
    "update",
    "updateOne",
    "updateMany",
    "upsert",
    "increment",
    "decrement",
    "bulkCreate",
    "findOneAndUpdate",
    "findByIdAndUpdate",
    "hset",
    "hincrby",
    "incr",
    "incrby",
    "decr",
    "decrby",
    "sadd",
    "push",
    "query",
    "execute",
];

/// Text that shows the check and the write are made atomic another way.
const SAFE_MARKERS: &[&str] = &[
    "lock",
    "for update",
    "forupdate",
    "serializable",
    "mutex",
    "redlock",
    "semaphore",
    "p2002",
    "e11000",
    "uniqueconstraint",
    "unique_violation",
    "$gte",
    "$gt",
    "$lt",
    "$lte",
    "gte:",
    "lte:",
    "gt:",
    "lt:",
    "watch(",
    "multi(",
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
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["if_statement"]
    }

    fn check<'f>(&self, statement: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        let Some(function) = ancestor(statement, FUNCTION_KINDS) else {
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
        if !stops(statement, src) {
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

/// The limit-like value the condition tests and the awaited read it comes from.
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
            "member_expression" => {
                let mut root = n;
                while root.kind() == "member_expression" {
                    match root.field("object") {
                        Some(o) => root = unwrap(o),
                        None => break,
                    }
                }
                let property = n.field("property").map(|p| text(p, src)).unwrap_or("");
                (root, property)
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

/// The awaited store read `name` was last bound to before `before` in `function`.
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
        let bound = match n.kind() {
            "variable_declarator" => n.field("name").is_some_and(|id| {
                id.kind() == "identifier" && text(id, src) == name
                    || id.kind() == "object_pattern"
                        && named_children(id).iter().any(|p| text(*p, src) == name)
            }),
            "assignment_expression" => n.field("left").is_some_and(|l| text(l, src) == name),
            _ => false,
        };
        if bound {
            let right = n.field("value").or_else(|| n.field("right"));
            value = right.filter(|r| awaited_read(*r, src));
        }
        true
    });
    value
}

/// `await X.count(...)`, `(await X.find(...)).length`.
fn awaited_read(node: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(node, |n| {
        if n.kind() == "await_expression" {
            let mut inner = n.named_child(0).map(unwrap);
            // await X.findOne(...).lean() / .exec()
            while let Some(call) = inner.filter(|c| c.kind() == "call_expression") {
                if method_name(call, src).is_some_and(|m| READS.contains(&m)) {
                    found = true;
                    break;
                }
                inner = call
                    .field("function")
                    .filter(|f| f.kind() == "member_expression")
                    .and_then(|f| f.field("object"))
                    .map(unwrap);
            }
        }
        !found
    });
    found
}

/// True when the `if` ends the request (`return`/`throw` in its branch) or has an `else`.
fn stops(statement: Node<'_>, _src: &str) -> bool {
    if statement.field("alternative").is_some() {
        return true;
    }
    let Some(consequence) = statement.field("consequence") else {
        return false;
    };
    let mut found = false;
    walk(consequence, |n| {
        if FUNCTION_KINDS.contains(&n.kind()) {
            return false;
        }
        found |= matches!(n.kind(), "return_statement" | "throw_statement");
        !found
    });
    found
}

/// The first awaited write after the check (in the function, or in the `else` branch).
fn later_write<'f>(statement: Node<'f>, function: Node<'f>, src: &str) -> Option<Node<'f>> {
    // The act may be in the `if` itself (`if (stock >= n) { stock -= n; await save() }`).
    let consequence_end = statement
        .field("condition")
        .map(|c| c.end_byte())
        .unwrap_or(statement.end_byte());
    let mut found = None;
    walk(function, |n| {
        if found.is_some() {
            return false;
        }
        if n.end_byte() <= consequence_end {
            return false;
        }
        if n.kind() == "await_expression"
            && let Some(call) = n.named_child(0).map(unwrap)
            && call.kind() == "call_expression"
            && n.start_byte() >= consequence_end
        {
            let mut inner = Some(call);
            while let Some(c) = inner.filter(|c| c.kind() == "call_expression") {
                if let Some(m) = method_name(c, src)
                    && WRITES.contains(&m)
                    && (m != "query" && m != "execute" || writes_sql(c, src))
                    && (m != "push" || text(c, src).contains('$'))
                {
                    found = Some(call);
                    break;
                }
                inner = c
                    .field("function")
                    .filter(|f| f.kind() == "member_expression")
                    .and_then(|f| f.field("object"))
                    .map(unwrap);
            }
        }
        true
    });
    found
}

/// `db.query('UPDATE …')`, `pool.execute('INSERT …')`.
fn writes_sql(call: Node<'_>, src: &str) -> bool {
    let upper = text(call, src).to_ascii_uppercase();
    upper.contains("INSERT ") || upper.contains("UPDATE ")
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

/// Names of a once-only flag: `redeemed`, `isUsed`, `claimed`.
fn is_flag_name(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| matches!(w.as_str(), "used" | "redeemed" | "claimed" | "consumed"))
}

/// True when `node` is an operand of a comparison (`count >= max`, `stock === 0`).
fn compared(node: Node<'_>) -> bool {
    let mut current = node;
    while let Some(parent) = current.parent() {
        match parent.kind() {
            "parenthesized_expression" | "await_expression" => current = parent,
            "binary_expression" => {
                return parent.child_by_field_name("operator").is_some_and(|o| {
                    matches!(
                        o.kind(),
                        "<" | ">" | "<=" | ">=" | "==" | "===" | "!=" | "!=="
                    )
                });
            }
            _ => return false,
        }
    }
    false
}
