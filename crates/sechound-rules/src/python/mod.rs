//! Rules for Python services (FastAPI, Starlette, Flask, Django).

mod code_injection;
mod command_injection;
mod open_redirect;
mod path_traversal;
mod sinks;
mod sql_injection;
mod ssrf;
mod template_injection;
mod unsafe_deserialization;

use crate::CodeRule;

pub use code_injection::CodeInjection;
pub use command_injection::CommandInjection;
pub use open_redirect::OpenRedirect;
pub use path_traversal::PathTraversal;
pub use sql_injection::SqlInjection;
pub use ssrf::Ssrf;
pub use template_injection::TemplateInjection;
pub use unsafe_deserialization::UnsafeDeserialization;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![
        &SqlInjection,
        &CommandInjection,
        &CodeInjection,
        &UnsafeDeserialization,
        &PathTraversal,
        &Ssrf,
        &OpenRedirect,
        &TemplateInjection,
    ]
}
