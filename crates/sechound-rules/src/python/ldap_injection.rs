use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// An LDAP search filter that carries request data: python-ldap `search_s`, `search_st`,
    /// `search_ext`, `search_ext_s` and `search` (third argument or `filterstr=`), and ldap3
    /// `Connection.search(base, filter)` (second argument or `search_filter=`). The request
    /// data is followed through local assignments, f-strings, `%`, `.format()` and
    /// concatenation, and across functions and files.
    ///
    /// ## Why it matters
    /// `*`, `(`, `)` and `|` in the value change the filter: `*)(uid=*))(|(uid=*` matches every
    /// entry, so a login or lookup written as an LDAP filter returns other users or succeeds
    /// without the right password.
    ///
    /// ## Not reported
    /// Values passed through `ldap.filter.escape_filter_chars()` / `ldap3.utils.conv.
    /// escape_filter_chars()` (or `filter_format()`), numbers, and filters built only from
    /// constants.
    ///
    /// ## Example
    /// ```python
    /// conn.search(BASE, f"(uid={request.form['user']})")                       # reported
    /// conn.search(BASE, f"(uid={escape_filter_chars(request.form['user'])})")  # fine
    /// ```
    pub struct LdapInjection {
        id: "py.ldap-injection",
        title: "LDAP filter built from request data",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [90],
        owasp: A03,
        effort: Minutes,
        impact: "A client can rewrite the directory search: list every user, read attributes it should not see, or pass a login check written as a filter.",
        recommendation: "Escape every value placed in a filter with `escape_filter_chars()` (python-ldap `ldap.filter`, or `ldap3.utils.conv`), or build the filter with `ldap.filter.filter_format(\"(uid=%s)\", [user])`; validate user names against a strict pattern first.",
        verification: "Send `*` and `*)(uid=*` as the value and check that the search returns nothing (or only the literal match).",
    }
}

/// The `Ldap` rows of the sink table; the filter-escaping helpers make a value safe.
const SPEC: ClassSpec = ClassSpec::new(
    Class::Ldap,
    &[
        "escape_filter_chars",
        "filter_format",
        "escape_rdn",
        "escape_dn_chars",
    ],
);

impl CodeRule for LdapInjection {
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
        check(cx, call, &SPEC);
    }
}
