//! GitHub Actions expressions (`${{ … }}`): finding them in a value, parsing them, and telling
//! which contexts can reach the text an expression expands to.
//!
//! `${{ github.event.issue.title }}` expands to the title; `${{ contains(github.event.issue.title,
//! 'x') }}` expands to `true` or `false`, whatever the title says. Rules about injection ask
//! [`Expression::flowing_contexts`], not which contexts are merely mentioned.

use std::ops::Range;

/// A `${{ … }}` in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence<'t> {
    /// Byte range of `${{ … }}` within the text searched.
    pub range: Range<usize>,
    /// The expression between the braces.
    pub inner: &'t str,
}

/// Every `${{ … }}` in `text`, in order. A `}}` inside a quoted literal does not close one; an
/// unclosed `${{` runs to the end of the text.
pub fn occurrences(text: &str) -> Vec<Occurrence<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(found) = text[at..].find("${{") {
        let start = at + found;
        let inner_start = start + 3;
        let mut i = inner_start;
        let mut in_string = false;
        let mut end = None;
        while i < bytes.len() {
            match bytes[i] {
                b'\'' => in_string = !in_string,
                b'}' if !in_string && bytes.get(i + 1) == Some(&b'}') => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        let inner_end = end.unwrap_or(bytes.len());
        let stop = end.map_or(bytes.len(), |e| e + 2);
        out.push(Occurrence {
            range: start..stop,
            inner: &text[inner_start..inner_end],
        });
        at = stop;
    }
    out
}

/// A context path, lower-cased: `github.event.commits[0].message` → `github event commits * message`.
/// Indices are `*` unless they are string literals, which become segments.
pub type Path = Vec<String>;

/// A parsed expression, as far as the flow of values needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum Expression {
    Literal,
    Context(Path),
    /// A function call; `fromJSON(x).field` reads as the call (its value comes from `x`).
    Call {
        name: String,
        args: Vec<Expression>,
    },
    Not(Box<Expression>),
    And(Box<Expression>, Box<Expression>),
    Or(Box<Expression>, Box<Expression>),
    /// `==`, `!=`, `<`, `<=`, `>`, `>=`: a boolean.
    Compare(Box<Expression>, Box<Expression>),
}

impl Expression {
    /// Parses the text between `${{` and `}}`; `None` for what is not an expression.
    pub fn parse(inner: &str) -> Option<Expression> {
        let tokens = tokenize(inner)?;
        let mut parser = Parser { tokens, at: 0 };
        let expression = parser.or()?;
        (parser.at == parser.tokens.len()).then_some(expression)
    }

    /// The contexts whose text can end up in the value: `format('{0}', github.head_ref)` passes
    /// `github.head_ref` on, `startsWith(github.head_ref, 'x')` passes nothing (a boolean), and
    /// `a && b` passes `b` (it gives `a` only when `a` is empty, false or zero).
    pub fn flowing_contexts(&self) -> Vec<&Path> {
        let mut out = Vec::new();
        self.collect_flowing(&mut out);
        out
    }

    fn collect_flowing<'a>(&'a self, out: &mut Vec<&'a Path>) {
        match self {
            Expression::Literal | Expression::Not(_) | Expression::Compare(..) => {}
            Expression::Context(path) => out.push(path),
            Expression::Call { name, args } => {
                let returns_text = !matches!(
                    name.as_str(),
                    "contains"
                        | "startswith"
                        | "endswith"
                        | "success"
                        | "failure"
                        | "always"
                        | "cancelled"
                        | "hashfiles"
                );
                if returns_text {
                    for arg in args {
                        arg.collect_flowing(out);
                    }
                }
            }
            Expression::And(_, right) => right.collect_flowing(out),
            Expression::Or(left, right) => {
                left.collect_flowing(out);
                right.collect_flowing(out);
            }
        }
    }

    /// Every context the expression mentions, wherever it stands.
    pub fn contexts(&self) -> Vec<&Path> {
        let mut out = Vec::new();
        self.collect_all(&mut out);
        out
    }

    fn collect_all<'a>(&'a self, out: &mut Vec<&'a Path>) {
        match self {
            Expression::Literal => {}
            Expression::Context(path) => out.push(path),
            Expression::Call { args, .. } => args.iter().for_each(|a| a.collect_all(out)),
            Expression::Not(inner) => inner.collect_all(out),
            Expression::And(a, b) | Expression::Or(a, b) | Expression::Compare(a, b) => {
                a.collect_all(out);
                b.collect_all(out);
            }
        }
    }
}

/// The contexts that can flow into the value of `${{ inner }}`. An expression that does not
/// parse is read conservatively: every dotted name in it counts.
pub fn flowing_paths(inner: &str) -> Vec<Path> {
    match Expression::parse(inner) {
        Some(expression) => expression.flowing_contexts().into_iter().cloned().collect(),
        None => dotted_names(inner),
    }
}

/// Every context mentioned in `${{ inner }}` (conservatively for what does not parse).
pub fn mentioned_paths(inner: &str) -> Vec<Path> {
    match Expression::parse(inner) {
        Some(expression) => expression.contexts().into_iter().cloned().collect(),
        None => dotted_names(inner),
    }
}

fn dotted_names(inner: &str) -> Vec<Path> {
    inner
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '*')))
        .filter(|w| w.contains('.') && w.starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|w| w.split('.').map(|s| s.to_ascii_lowercase()).collect())
        .collect()
}

/// `path` as written in a workflow (`github.event.issue.title`).
pub fn display(path: &Path) -> String {
    path.join(".").replace(".*", "[*]")
}

/// True when `path` is `prefix` or lies under it (`github.event.issue.title` under
/// `github.event`); `*` in `prefix` matches any one segment.
pub fn starts_with(path: &Path, prefix: &[&str]) -> bool {
    path.len() >= prefix.len()
        && prefix
            .iter()
            .zip(path)
            .all(|(p, s)| *p == "*" || p == s || s == "*")
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Literal,
    Dot,
    Star,
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Comma,
    Not,
    And,
    Or,
    Compare,
    /// A string literal, kept for `x['key']`.
    Str(String),
}

fn tokenize(text: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '.' if !chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()) => {
                out.push(Token::Dot);
                i += 1;
            }
            '*' => {
                out.push(Token::Star);
                i += 1;
            }
            '(' => {
                out.push(Token::Open);
                i += 1;
            }
            ')' => {
                out.push(Token::Close);
                i += 1;
            }
            '[' => {
                out.push(Token::OpenBracket);
                i += 1;
            }
            ']' => {
                out.push(Token::CloseBracket);
                i += 1;
            }
            ',' => {
                out.push(Token::Comma);
                i += 1;
            }
            '!' if chars.get(i + 1) == Some(&'=') => {
                out.push(Token::Compare);
                i += 2;
            }
            '!' => {
                out.push(Token::Not);
                i += 1;
            }
            '=' if chars.get(i + 1) == Some(&'=') => {
                out.push(Token::Compare);
                i += 2;
            }
            '<' | '>' => {
                out.push(Token::Compare);
                i += if chars.get(i + 1) == Some(&'=') { 2 } else { 1 };
            }
            '&' if chars.get(i + 1) == Some(&'&') => {
                out.push(Token::And);
                i += 2;
            }
            '|' if chars.get(i + 1) == Some(&'|') => {
                out.push(Token::Or);
                i += 2;
            }
            '\'' => {
                let mut value = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return None,
                        Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                            value.push('\'');
                            i += 2;
                        }
                        Some('\'') => {
                            i += 1;
                            break;
                        }
                        Some(other) => {
                            value.push(*other);
                            i += 1;
                        }
                    }
                }
                out.push(Token::Str(value));
            }
            c if c.is_ascii_digit() || c == '-' || c == '.' => {
                while i < chars.len()
                    && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '.' | '-' | '+'))
                {
                    i += 1;
                }
                out.push(Token::Literal);
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len()
                    && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '_' | '-'))
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                match word.to_ascii_lowercase().as_str() {
                    "true" | "false" | "null" | "nan" | "infinity" => out.push(Token::Literal),
                    _ => out.push(Token::Ident(word)),
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn eat(&mut self, token: &Token) -> bool {
        if self.peek() == Some(token) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Option<Expression> {
        let mut left = self.and()?;
        while self.eat(&Token::Or) {
            let right = self.and()?;
            left = Expression::Or(Box::new(left), Box::new(right));
        }
        Some(left)
    }

    fn and(&mut self) -> Option<Expression> {
        let mut left = self.compare()?;
        while self.eat(&Token::And) {
            let right = self.compare()?;
            left = Expression::And(Box::new(left), Box::new(right));
        }
        Some(left)
    }

    fn compare(&mut self) -> Option<Expression> {
        let mut left = self.unary()?;
        while self.eat(&Token::Compare) {
            let right = self.unary()?;
            left = Expression::Compare(Box::new(left), Box::new(right));
        }
        Some(left)
    }

    fn unary(&mut self) -> Option<Expression> {
        if self.eat(&Token::Not) {
            return Some(Expression::Not(Box::new(self.unary()?)));
        }
        self.postfix()
    }

    fn postfix(&mut self) -> Option<Expression> {
        let mut expression = self.primary()?;
        loop {
            if self.eat(&Token::Dot) {
                let segment = match self.peek().cloned() {
                    Some(Token::Ident(name)) => name.to_ascii_lowercase(),
                    Some(Token::Star) => "*".to_string(),
                    _ => return None,
                };
                self.at += 1;
                if let Expression::Context(path) = &mut expression {
                    path.push(segment);
                }
            } else if self.eat(&Token::OpenBracket) {
                let segment = match self.peek().cloned() {
                    Some(Token::Str(key))
                        if self.tokens.get(self.at + 1) == Some(&Token::CloseBracket) =>
                    {
                        self.at += 1;
                        key.to_ascii_lowercase()
                    }
                    _ => {
                        self.or()?;
                        "*".to_string()
                    }
                };
                if !self.eat(&Token::CloseBracket) {
                    return None;
                }
                if let Expression::Context(path) = &mut expression {
                    path.push(segment);
                }
            } else {
                return Some(expression);
            }
        }
    }

    fn primary(&mut self) -> Option<Expression> {
        match self.peek().cloned()? {
            Token::Literal | Token::Str(_) => {
                self.at += 1;
                Some(Expression::Literal)
            }
            Token::Open => {
                self.at += 1;
                let inner = self.or()?;
                self.eat(&Token::Close).then_some(inner)
            }
            Token::Ident(name) => {
                self.at += 1;
                if self.eat(&Token::Open) {
                    let mut args = Vec::new();
                    if !self.eat(&Token::Close) {
                        loop {
                            args.push(self.or()?);
                            if self.eat(&Token::Close) {
                                break;
                            }
                            if !self.eat(&Token::Comma) {
                                return None;
                            }
                        }
                    }
                    Some(Expression::Call {
                        name: name.to_ascii_lowercase(),
                        args,
                    })
                } else {
                    Some(Expression::Context(vec![name.to_ascii_lowercase()]))
                }
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flowing(inner: &str) -> Vec<String> {
        flowing_paths(inner).iter().map(display).collect()
    }

    #[test]
    fn finds_occurrences() {
        let text = "echo \"${{ github.event.issue.title }}\" ${{ format('}}{0}', x) }} ${{ tail";
        let found = occurrences(text);
        assert_eq!(found.len(), 3);
        assert_eq!(
            &text[found[0].range.clone()],
            "${{ github.event.issue.title }}"
        );
        assert_eq!(found[1].inner, " format('}}{0}', x) ");
        assert_eq!(found[2].inner, " tail");
    }

    #[test]
    fn follows_what_reaches_the_value() {
        assert_eq!(
            flowing(" github.event.issue.title "),
            ["github.event.issue.title"]
        );
        assert_eq!(
            flowing("github.event.commits[0].message"),
            ["github.event.commits[*].message"]
        );
        assert_eq!(
            flowing("github.event['pull_request'].title"),
            ["github.event.pull_request.title"]
        );
        assert_eq!(
            flowing("format('{0}-{1}', github.head_ref, inputs.x)"),
            ["github.head_ref", "inputs.x"]
        );
        assert_eq!(flowing("toJSON(github.event)"), ["github.event"]);
        assert!(flowing("contains(github.event.issue.title, 'bug')").is_empty());
        assert!(flowing("github.event.issue.title == 'x'").is_empty());
        assert!(flowing("!github.event.pull_request.head.repo.fork").is_empty());
        assert_eq!(
            flowing("github.event_name == 'push' && github.head_ref || 'main'"),
            ["github.head_ref"]
        );
        assert_eq!(flowing("1.5 < 2"), Vec::<String>::new());
    }

    #[test]
    fn unparseable_expressions_are_read_conservatively() {
        assert_eq!(
            flowing("github.event.issue.title ?? oops"),
            ["github.event.issue.title"]
        );
    }

    #[test]
    fn prefixes_match_with_wildcards() {
        let path: Path = ["github", "event", "commits", "*", "message"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(starts_with(&path, &["github", "event"]));
        assert!(starts_with(
            &path,
            &["github", "event", "commits", "*", "message"]
        ));
        assert!(!starts_with(&path, &["github", "head_ref"]));
    }
}
