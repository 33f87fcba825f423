use super::{Place, ProjectFindings, ProjectRule, cite, open};
use crate::declare_rule;
use sechound_core::project::{Method, ProjectModel};

declare_rule! {
    /// ## What it finds
    /// WebSocket entry points (socket.io `io.on('connection')`, `ws` servers, FastAPI
    /// `@app.websocket`, NestJS gateways) that accept connections with no authentication on the
    /// way: no `io.use` middleware, no token check in the connection handler, no guard or
    /// dependency.
    ///
    /// Confidence is medium: a protocol that authenticates in the first message after the
    /// connection opens (a `connect` event carrying a session token) is not seen.
    ///
    /// ## Why it matters
    /// Browsers do not apply CORS to WebSockets: any page can open the connection, and cookies
    /// are sent. Events on an unauthenticated socket reach the server as anyone.
    pub struct WebsocketUnauthenticated {
        id: "project.websocket-unauthenticated",
        title: "WebSocket connections accepted without authentication",
        severity: High,
        confidence: Medium,
        area: Authentication,
        cwe: [306, 1385],
        owasp: A07,
        effort: Hours,
        impact: "Anyone, including scripts on other sites a user visits, can open the socket and send or receive events without proving who they are.",
        recommendation: "Authenticate the handshake: verify a token in `io.use((socket, next) => ...)` (socket.io), in `verifyClient` or the `upgrade` handler (ws), or with a dependency on the websocket route (FastAPI); reject the connection when it fails, and check the Origin header.",
        verification: "Open a WebSocket to the endpoint without a token and expect the connection to be refused.",
    }
}

impl ProjectRule for WebsocketUnauthenticated {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        for endpoint in model
            .endpoints
            .iter()
            .filter(|e| e.method == Method::Ws && open(e))
        {
            out.report(
                &Self::META,
                Place::of(endpoint),
                format!(
                    "The WebSocket entry point {} accepts connections without checking who connects.",
                    cite(endpoint)
                ),
            );
        }
    }
}
