use super::flow::{flow_into, undecorated_route_parameter};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::{NodeExt, text};
use sechound_syntax::python::unwrap;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data stored in the server-side session without validation: `session[key] =
    /// value` (Flask's `session`, Django's `request.session`) where the value or the key
    /// carries request data, followed through local assignments and across functions.
    ///
    /// ## Why it matters
    /// The rest of the application treats session values as its own: a user id, a role, a
    /// "verified" flag. A value the client chose, stored there, crosses that trust boundary
    /// unchecked, and a client-chosen key can overwrite the entries that record who the user
    /// is.
    ///
    /// ## Not reported
    /// Values converted or checked first (`int(...)`, a value looked up in a fixed mapping),
    /// and session writes of server-side values (the user's id after login).
    ///
    /// ## Example
    /// ```python
    /// session["userid"] = request.args["id"]           # reported
    /// session["userid"] = authenticated_user.id        # fine
    /// ```
    pub struct TrustBoundary {
        id: "py.trust-boundary",
        title: "Request data stored in the session",
        severity: Low,
        confidence: High,
        area: Authorization,
        cwe: [501],
        owasp: A04,
        effort: Minutes,
        impact: "Code that trusts the session (who the user is, what they may do) acts on a value the client chose.",
        recommendation: "Store only values the server established itself (after authentication or a database lookup); validate anything else against an allow-list before it enters the session, and never let the client choose the key.",
        verification: "Send a request that sets the value to another user's id or to `admin`, then check that no later request treats the session as that user or role.",
    }
}

impl CodeRule for TrustBoundary {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["assignment"]
    }

    fn check<'f>(&self, assignment: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right"))
        else {
            return;
        };
        if left.kind() != "subscript" {
            return;
        }
        let Some(target) = left.field("value").map(unwrap) else {
            return;
        };
        let target_text = text(target, src);
        let is_session = match target_text {
            "session" | "flask.session" => {
                cx.module().qualify("session").as_deref() == Some("flask.session")
                    || target_text == "flask.session"
            }
            "request.session" | "self.request.session" => true,
            _ => false,
        };
        if !is_session {
            return;
        }
        let key = left.field("subscript");
        let usable = |node: Node<'f>| {
            flow_into(cx, node, &[]).filter(|f| !undecorated_route_parameter(cx, node, f))
        };
        let (part, flow) = match usable(right) {
            Some(flow) => ("value", flow),
            None => match key.and_then(usable) {
                Some(flow) => ("key", flow),
                None => return,
            },
        };
        let message = format!(
            "{} is stored as the {part} of a session entry (`{}`), which later requests trust as the server's own.",
            flow.source(),
            sechound_syntax::node::short_text(left, src, 60)
        );
        cx.report(assignment, message).flow(flow.raw.clone());
    }
}
