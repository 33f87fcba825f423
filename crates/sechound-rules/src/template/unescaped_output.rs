use super::scan::{Engine, unescaped};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// Template tags that write a value into the page without escaping it: EJS `<%- value %>`,
    /// Handlebars and Mustache `{{{ value }}}` / `{{& value }}`, Pug `!{value}` and `tag!=
    /// value`, Jinja2/Nunjucks/Django `{{ value|safe }}` and `{% autoescape false %}`, Vue
    /// `v-html` and Svelte `{@html value}`, in template files (`.ejs`, `.hbs`, `.handlebars`,
    /// `.mustache`, `.pug`, `.njk`, `.jinja`, `.j2`, `.vue`, `.svelte`, and `.html` files with
    /// template tags). Template files are not parsed into trees: their tags are read by their
    /// delimiters.
    ///
    /// These are sink findings: whether the value holds text a user wrote is not followed from
    /// the template to the code that renders it. Every such tag of a file is folded into one
    /// low-confidence finding for the reviewer to check.
    ///
    /// ## Why it matters
    /// A value that holds user text (a comment, a profile field, a search term) written
    /// unescaped puts that user's `<script>` into every page that shows it: stored or reflected
    /// cross-site scripting.
    ///
    /// ## Not reported
    /// Escaped output (`<%= %>`, `{{ }}`, `#{}`), includes, partials and layout bodies
    /// (`<%- include(…) %>`, `<%- body %>`, `{{{ body }}}`, `{{{ yield }}}`), values escaped or
    /// JSON-encoded before `|safe` (`|tojson|safe`, `|escape|safe`), literals, Django's
    /// developer-written `help_text` and fieldset descriptions, `{% autoescape
    /// off %}` in e-mail templates (plain text), and templates under `docs/`, `doc/` or test
    /// folders.
    ///
    /// ## Example
    /// ```text
    /// <div class="bio"><%- user.bio %></div>     reported
    /// <div class="bio"><%= user.bio %></div>     fine
    /// ```
    pub struct UnescapedOutput {
        id: "template.unescaped-output",
        title: "Template writes a value without escaping",
        severity: Medium,
        confidence: Low,
        area: InputValidation,
        cwe: [79, 116],
        owasp: A03,
        effort: Minutes,
        impact: "If the value holds text a user wrote, its script runs in the browsers of everyone who views the page, with their session.",
        recommendation: "Use the escaping form (`<%= %>`, `{{ }}`, `#{}`, plain `{{ value }}` without `|safe`); when HTML is needed, sanitise it where it is stored or rendered (DOMPurify, `sanitize-html`, `bleach`) and mark only the sanitised result as safe.",
        verification: "Store a value such as `<img src=x onerror=alert(1)>` in the field and open the page: it shows as text and no dialog appears.",
    }
}

/// Expressions that are the template's own structure, not data: includes, partials, layout
/// bodies, blocks.
fn structural(expression: &str) -> bool {
    let e = expression.trim();
    let head = e
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .next()
        .unwrap_or(e);
    matches!(
        head,
        "include"
            | "partial"
            | "body"
            | "yield"
            | "layout"
            | "contentFor"
            | "block"
            | "defineContent"
            | "blocks"
            | "script"
            | "style"
            | "styles"
            | "scripts"
            | "ghost_head"
            | "ghost_foot"
            | "csrf_token"
            | "csrfToken"
            | "t"
            | "__"
    ) || e.starts_with('"')
        || e.starts_with('\'')
        || e.starts_with('`')
        || developer_text(e)
}

/// Text the developer writes in code, which Django documents as not escaped on purpose:
/// form fields' `help_text`, fieldsets' `description`.
fn developer_text(expression: &str) -> bool {
    let value = expression.split('|').next().unwrap_or(expression).trim();
    value.ends_with(".help_text") || value.ends_with("fieldset.description")
}

impl FileRule for UnescapedOutput {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        kind == TextKind::Other
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let lower = file.path.to_ascii_lowercase();
        if lower.starts_with("docs/")
            || lower.contains("/docs/")
            || lower.starts_with("doc/")
            || lower.contains("/doc/")
            || crate::is_test_path(file.path)
            || lower.contains("/node_modules/")
        {
            return;
        }
        let text = file.text();
        for engine in Engine::of(file.path, text) {
            for raw in unescaped(engine, text) {
                let autoescape_off = raw.expression.is_empty();
                if !autoescape_off && structural(&raw.expression) {
                    continue;
                }
                // Plain-text e-mail templates turn escaping off on purpose.
                if autoescape_off && (lower.contains("email") || lower.contains("mail/")) {
                    continue;
                }
                let message = if autoescape_off {
                    format!(
                        "{} turns escaping off for the rest of the block: every variable in it is written as HTML.",
                        raw.construct
                    )
                } else {
                    format!(
                        "{} writes `{}` into the page without escaping; if it holds text a user wrote, that text's script runs in the browser.",
                        raw.construct,
                        raw.expression.chars().take(60).collect::<String>()
                    )
                };
                cx.report(raw.range.clone(), message).sink();
            }
        }
    }
}
