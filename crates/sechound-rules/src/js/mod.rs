//! Rules for JavaScript and TypeScript services (Express, Fastify, NestJS, Next.js, socket.io).

mod cors_allow_all_origins;

use crate::CodeRule;

pub use cors_allow_all_origins::CorsAllowAllOrigins;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![&CorsAllowAllOrigins]
}
