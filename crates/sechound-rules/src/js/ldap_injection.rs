use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// The `filter` of an ldapjs or ldapts `client.search(base, { filter })` built from request
    /// data. Followed through local variables, concatenation and template literals, and across
    /// functions and files.
    ///
    /// ## Why it matters
    /// `*`, `(`, `)` and `|` in the value change the filter: `*)(uid=*))(|(uid=*` matches every
    /// entry, so a login or lookup written as an LDAP filter returns other users or succeeds
    /// without the right password.
    ///
    /// ## Not reported
    /// Values passed through an escaping function (`escapeFilter`, the `ldap-escape` package),
    /// filters built with ldapjs filter objects, and constant filters.
    ///
    /// ## Example
    /// ```js
    /// client.search(BASE, { filter: `(uid=${req.body.user})` }, cb);                  // reported
    /// client.search(BASE, { filter: new EqualityFilter({ attribute: "uid", value: req.body.user }) }, cb); // fine
    /// ```
    pub struct LdapInjection {
        id: "js.ldap-injection",
        title: "LDAP filter built from request data",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [90],
        owasp: A03,
        effort: Minutes,
        impact: "A client can rewrite the directory search: list every user, read attributes it should not see, or pass a login check written as a filter.",
        recommendation: "Escape every value placed in a filter (ldapjs: build it with `new EqualityFilter({ attribute: \"uid\", value })`; or the `ldap-escape` package's `filter` tag), and validate user names against a strict pattern first.",
        verification: "Send `*` and `*)(uid=*` as the value and check that the search returns nothing (or only the literal match).",
    }
}

/// The `Ldap` rows of the sink table, and what makes a value safe for them.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Ldap,
    sanitizers: &["*escape"],
};

impl CodeRule for LdapInjection {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "new_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        check(cx, call, &SPEC);
    }
}
