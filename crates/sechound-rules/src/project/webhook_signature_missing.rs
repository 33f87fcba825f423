use super::{Place, ProjectFindings, ProjectRule, cite, open, segments};
use crate::declare_rule;
use sechound_core::project::{Method, ProjectModel, Signal};

declare_rule! {
    /// ## What it finds
    /// A webhook endpoint (a path segment containing `webhook`, or `hooks` under a provider
    /// name) that accepts requests without authentication and whose handler shows no signature
    /// verification: no `stripe.webhooks.constructEvent`, no HMAC computed and compared in
    /// constant time, no provider SDK `verify`.
    ///
    /// Confidence is medium: the verification may happen in a function the handler calls.
    ///
    /// ## Why it matters
    /// Webhook URLs are public. Without the signature check anyone can post forged events
    /// ("payment succeeded", "push to main") and the service acts on them.
    pub struct WebhookSignatureMissing {
        id: "project.webhook-signature-missing",
        title: "Webhook endpoint does not verify the signature",
        severity: High,
        confidence: Medium,
        area: ApiEndpoints,
        cwe: [345, 347],
        owasp: A08,
        effort: Hours,
        impact: "Anyone can send forged events to the webhook and the service will act on them (mark orders paid, trigger deployments).",
        recommendation: "Verify the provider's signature on the raw body before acting: `stripe.webhooks.constructEvent(rawBody, sig, secret)`, GitHub `X-Hub-Signature-256` with HMAC-SHA256 and a constant-time comparison, or the provider SDK's verify call; reject unsigned requests with 400/401.",
        verification: "Post a webhook body without a signature, and one with a wrong signature; both must be rejected.",
    }
}

impl ProjectRule for WebhookSignatureMissing {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        for endpoint in model.endpoints.iter().filter(|e| {
            open(e)
                && matches!(e.method, Method::Post | Method::Any | Method::Put)
                && segments(&e.path).any(|s| s.contains("webhook"))
                && e.signals.contains(&Signal::HandlerRead)
                && !e.signals.contains(&Signal::VerifiesSignature)
        }) {
            out.report(
                &Self::META,
                Place::of(endpoint),
                format!(
                    "The webhook {} acts on requests without verifying the sender's signature.",
                    cite(endpoint)
                ),
            );
        }
    }
}
