//! Rules for server-side template files (EJS, Handlebars and Mustache, Pug, Jinja2, Nunjucks
//! and Django templates, Vue and Svelte components). These files are not parsed into trees:
//! their tags are read by a small scanner that knows each engine's delimiters.

mod scan;
mod unescaped_output;

use crate::FileRule;

pub use unescaped_output::UnescapedOutput;

pub(crate) fn rules() -> Vec<&'static dyn FileRule> {
    vec![&UnescapedOutput]
}
