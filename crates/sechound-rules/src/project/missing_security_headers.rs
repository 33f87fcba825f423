use super::{Place, ProjectFindings, ProjectRule};
use crate::declare_rule;
use sechound_core::project::{ControlKind, Method, ProjectModel};

declare_rule! {
    /// ## What it finds
    /// An application (Express, Fastify, NestJS, Flask, FastAPI, Django) that serves endpoints
    /// with no security-header control anywhere in the project: no `helmet`, no
    /// `@fastify/helmet`, no Talisman or `secure` middleware, no Django `SecurityMiddleware`,
    /// no middleware setting the headers by hand.
    ///
    /// Confidence is medium: a reverse proxy or CDN may add the headers; if so, waive the
    /// finding with that reason.
    ///
    /// ## Why it matters
    /// Without `Strict-Transport-Security`, `X-Content-Type-Options`, a frame policy and a
    /// Content-Security-Policy, browsers are left open to downgrade, clickjacking and MIME
    /// sniffing, and any injected script runs unrestricted.
    pub struct MissingSecurityHeaders {
        id: "project.missing-security-headers",
        title: "No security headers",
        severity: Medium,
        confidence: Medium,
        area: ApiEndpoints,
        cwe: [693, 1021],
        owasp: A05,
        effort: Minutes,
        impact: "Responses carry no browser security headers: no HSTS, no clickjacking protection, no MIME-sniffing protection and no Content-Security-Policy.",
        recommendation: "Add the framework's header middleware: `app.use(helmet())` (Express/NestJS), `@fastify/helmet`, flask-talisman, `secure` for FastAPI/Starlette, or Django's `SecurityMiddleware` with `SECURE_HSTS_SECONDS`; or set them at the proxy and record that with a waiver.",
        verification: "`curl -sI` an endpoint and check for Strict-Transport-Security, X-Content-Type-Options and X-Frame-Options / CSP frame-ancestors.",
    }
}

impl ProjectRule for MissingSecurityHeaders {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let http = model
            .endpoints
            .iter()
            .filter(|e| e.method != Method::Ws)
            .count();
        if http == 0
            || model
                .controls
                .iter()
                .any(|c| c.kind == ControlKind::SecurityHeaders && c.present)
        {
            return;
        }
        // Next.js sets headers in next.config.js, socket.io is not an HTTP application.
        let Some(app) = model.applications.iter().find(|a| {
            matches!(
                a.detail.as_str(),
                "express" | "fastify" | "nestjs" | "flask" | "fastapi" | "django"
            )
        }) else {
            return;
        };
        let finding = out.report(
            &Self::META,
            Place {
                file: app.file.clone(),
                line: app.line,
            },
            format!(
                "The {} application created here serves {} HTTP endpoint{} and no security-header control was found anywhere in the project.",
                app.detail,
                http,
                if http == 1 { "" } else { "s" }
            ),
        );
        finding.related = model
            .applications
            .iter()
            .skip(1)
            .map(|a| Place {
                file: a.file.clone(),
                line: a.line,
            })
            .collect();
    }
}
