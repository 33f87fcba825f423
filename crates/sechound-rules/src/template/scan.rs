//! The tags of a template file that write a value without escaping, found by each engine's
//! delimiters: `<%- … %>` (EJS), `{{{ … }}}` and `{{& … }}` (Handlebars, Mustache), `!{…}` and
//! `tag!= …` (Pug), `… | safe` inside `{{ … }}` (Jinja2, Nunjucks, Django), `{% autoescape
//! false %}` / `{% autoescape off %}`, `v-html="…"` (Vue) and `{@html …}` (Svelte).

use std::ops::Range;

/// The template language of a file, from its name (and, for `.html`, from its content).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Engine {
    Ejs,
    Handlebars,
    Pug,
    /// Jinja2, Nunjucks and Django templates share `{{ x|safe }}` and `{% autoescape %}`.
    Jinja,
    Vue,
    Svelte,
}

impl Engine {
    pub(crate) fn of(path: &str, text: &str) -> Vec<Engine> {
        let lower = path.to_ascii_lowercase();
        let ext = lower.rsplit('.').next().unwrap_or("");
        match ext {
            "ejs" => vec![Engine::Ejs],
            "hbs" | "handlebars" | "mustache" => vec![Engine::Handlebars],
            "pug" | "jade" => vec![Engine::Pug],
            "jinja" | "jinja2" | "j2" | "njk" | "nunjucks" | "djhtml" => vec![Engine::Jinja],
            "vue" => vec![Engine::Vue],
            "svelte" => vec![Engine::Svelte],
            // `.html` templates say which engine by their tags.
            "html" | "htm" => {
                let mut engines = Vec::new();
                if text.contains("{%") || text.contains("|safe") || text.contains("| safe") {
                    engines.push(Engine::Jinja);
                }
                if text.contains("{{{") {
                    engines.push(Engine::Handlebars);
                }
                if text.contains("<%-") {
                    engines.push(Engine::Ejs);
                }
                if text.contains("v-html") {
                    engines.push(Engine::Vue);
                }
                engines
            }
            _ => Vec::new(),
        }
    }
}

/// One place a value is written unescaped: the byte range of the tag and the expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Raw {
    pub range: Range<usize>,
    pub expression: String,
    /// How the template writes it, for the message: "`<%- %>`", "`|safe`".
    pub construct: &'static str,
}

/// Every unescaped write of `engine` in `text`.
pub(crate) fn unescaped(engine: Engine, text: &str) -> Vec<Raw> {
    match engine {
        Engine::Ejs => between(text, "<%-", "%>", "`<%- %>`"),
        Engine::Handlebars => {
            let mut out = between(text, "{{{", "}}}", "`{{{ }}}`");
            out.extend(between(text, "{{&", "}}", "`{{& }}`"));
            out
        }
        Engine::Pug => {
            let mut out = between(text, "!{", "}", "`!{}`");
            // `p!= value`: the rest of the line, unescaped.
            let mut offset = 0;
            for line in text.split_inclusive('\n') {
                if let Some(at) = line.find("!= ") {
                    let head = line[..at].trim_start();
                    if !head.is_empty()
                        && head.chars().all(|c| {
                            c.is_ascii_alphanumeric()
                                || matches!(
                                    c,
                                    '.' | '#' | '-' | '_' | '(' | ')' | '=' | '"' | '\'' | ' '
                                )
                        })
                        && !head.contains(' ')
                    {
                        let expression = line[at + 3..].trim_end().to_string();
                        out.push(Raw {
                            range: offset + at..offset + line.trim_end().len(),
                            expression,
                            construct: "`!=`",
                        });
                    }
                }
                offset += line.len();
            }
            out
        }
        Engine::Jinja => {
            let mut out: Vec<Raw> = between(text, "{{", "}}", "`|safe`")
                .into_iter()
                .filter_map(|mut raw| {
                    let filters: Vec<&str> = raw.expression.split('|').map(str::trim).collect();
                    let safe_at = filters.iter().position(|f| *f == "safe")?;
                    // `x|tojson|safe`, `x|escape|safe`: escaped before being marked safe.
                    if filters[1..safe_at].iter().any(|f| {
                        let name = f.split('(').next().unwrap_or(f);
                        matches!(
                            name,
                            "tojson"
                                | "json_script"
                                | "escape"
                                | "e"
                                | "urlencode"
                                | "striptags"
                                | "escapejs"
                                | "force_escape"
                        )
                    }) {
                        return None;
                    }
                    raw.expression = filters[0].to_string();
                    Some(raw)
                })
                .collect();
            for (start, _) in text.match_indices("{%") {
                let Some(end) = text[start..].find("%}") else {
                    continue;
                };
                let tag = text[start + 2..start + end].trim().trim_matches('-').trim();
                let words: Vec<&str> = tag.split_whitespace().collect();
                if words.first() == Some(&"autoescape")
                    && words
                        .get(1)
                        .is_some_and(|w| matches!(*w, "false" | "off" | "False"))
                {
                    out.push(Raw {
                        range: start..start + end + 2,
                        expression: String::new(),
                        construct: "`{% autoescape off %}`",
                    });
                }
            }
            out
        }
        Engine::Vue => attribute(text, "v-html=\"", "`v-html`"),
        Engine::Svelte => between(text, "{@html", "}", "`{@html}`"),
    }
}

/// The expressions between `open` and `close`.
fn between(text: &str, open: &str, close: &str, construct: &'static str) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(open) {
        let start = from + at;
        let inner = start + open.len();
        let Some(length) = text[inner..].find(close) else {
            break;
        };
        let end = inner + length + close.len();
        out.push(Raw {
            range: start..end,
            expression: text[inner..inner + length]
                .trim()
                .trim_matches(['-', '=', '_'])
                .trim()
                .to_string(),
            construct,
        });
        from = end;
    }
    out
}

/// The values of an attribute (`v-html="…"`).
fn attribute(text: &str, open: &str, construct: &'static str) -> Vec<Raw> {
    between(text, open, "\"", construct)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_engines_unescaped_output() {
        let ejs = unescaped(Engine::Ejs, "<p><%- user.bio %></p><%= safe %>");
        assert_eq!(ejs.len(), 1);
        assert_eq!(ejs[0].expression, "user.bio");
        let hbs = unescaped(
            Engine::Handlebars,
            "{{{ post.html }}} {{ title }} {{& raw }}",
        );
        let expressions: Vec<&str> = hbs.iter().map(|r| r.expression.as_str()).collect();
        assert_eq!(expressions, ["post.html", "raw"]);
        let jinja = unescaped(
            Engine::Jinja,
            "{{ comment|safe }} {{ data|tojson|safe }} {{ name }} {% autoescape false %}",
        );
        let found: Vec<(&str, &str)> = jinja
            .iter()
            .map(|r| (r.expression.as_str(), r.construct))
            .collect();
        assert_eq!(
            found,
            [("comment", "`|safe`"), ("", "`{% autoescape off %}`")]
        );
        let pug = unescaped(Engine::Pug, "div!= post.body\np= title\nspan !{raw}\n");
        let expressions: Vec<&str> = pug.iter().map(|r| r.expression.as_str()).collect();
        assert_eq!(expressions, ["raw", "post.body"]);
        assert_eq!(
            unescaped(Engine::Vue, "<div v-html=\"html\"></div>")[0].expression,
            "html"
        );
    }

    #[test]
    fn html_files_say_their_engine_by_their_tags() {
        assert_eq!(Engine::of("t/page.html", "{% block x %}"), [Engine::Jinja]);
        assert!(Engine::of("t/page.html", "<p>static</p>").is_empty());
        assert_eq!(Engine::of("views/a.ejs", ""), [Engine::Ejs]);
    }
}
