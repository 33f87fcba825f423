//! Regular expressions that backtrack catastrophically: a repeated group whose body can itself
//! repeat and match the same text in more than one way (`(a+)+`, `(\w+\s?)*`, `(.*,)*`). On a
//! long input that does not match, a backtracking engine (JavaScript's, Python's `re`) tries
//! every way of splitting it: exponential time.

/// Why `pattern` backtracks catastrophically, or `None`. Conservative: a repeated group whose
/// every repetition must consume a character its inner repetitions cannot (`(ab+)+`,
/// `(\d+,)*`) is not reported.
pub(crate) fn catastrophic(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut stack: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => {
                i += 2;
                continue;
            }
            '[' => {
                i = skip_class(&chars, i);
                continue;
            }
            '(' => stack.push(i),
            ')' => {
                let Some(open) = stack.pop() else {
                    i += 1;
                    continue;
                };
                if let Some(outer) = quantifier_at(&chars, i + 1)
                    && outer.unbounded
                {
                    let body: String = chars[open + 1..i].iter().collect();
                    let body = body
                        .strip_prefix("?:")
                        .or_else(|| {
                            body.strip_prefix("?<")
                                .and_then(|b| b.split_once('>').map(|(_, r)| r))
                        })
                        .unwrap_or(&body)
                        .to_string();
                    if ambiguous(&body) {
                        let shown: String = chars[open..i + 1 + outer.len].iter().collect();
                        return Some(format!(
                            "`{shown}` repeats a group whose own repetitions can match the same text in many ways"
                        ));
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

struct Quantifier {
    unbounded: bool,
    len: usize,
}

/// The quantifier starting at `i` (`*`, `+`, `?`, `{n,}`, `{n,m}`, with a lazy `?`).
fn quantifier_at(chars: &[char], i: usize) -> Option<Quantifier> {
    let c = *chars.get(i)?;
    let (unbounded, mut len) = match c {
        '*' | '+' => (true, 1),
        '?' => (false, 1),
        '{' => {
            let close = chars[i..].iter().position(|c| *c == '}')?;
            let inner: String = chars[i + 1..i + close].iter().collect();
            if !inner.chars().all(|c| c.is_ascii_digit() || c == ',') || inner.is_empty() {
                return None;
            }
            (inner.ends_with(','), close + 1)
        }
        _ => return None,
    };
    if chars.get(i + len) == Some(&'?') {
        len += 1;
    }
    Some(Quantifier { unbounded, len })
}

fn skip_class(chars: &[char], start: usize) -> usize {
    let mut i = start + 1;
    if chars.get(i) == Some(&'^') {
        i += 1;
    }
    if chars.get(i) == Some(&']') {
        i += 1;
    }
    while i < chars.len() && chars[i] != ']' {
        if chars[i] == '\\' {
            i += 1;
        }
        i += 1;
    }
    i + 1
}

/// What one element of a group's body can match.
#[derive(Debug, Clone)]
enum Set {
    Char(char),
    /// `\w`, `\d`, `\s`, `.`, a bracket class, a nested group: treated as matching anything it
    /// could plausibly share with another element.
    Class(String),
}

impl Set {
    fn may_match(&self, c: char) -> bool {
        match self {
            Set::Char(x) => *x == c,
            Set::Class(class) => match class.as_str() {
                "\\d" => c.is_ascii_digit(),
                "\\w" => c.is_ascii_alphanumeric() || c == '_',
                "\\s" => c.is_whitespace(),
                "\\D" => !c.is_ascii_digit(),
                "\\W" => !(c.is_ascii_alphanumeric() || c == '_'),
                "\\S" => !c.is_whitespace(),
                "." => c != '\n',
                other if other.starts_with("[^") => !other[2..].contains(c),
                other if other.starts_with('[') => class_contains(other, c),
                _ => true,
            },
        }
    }
}

fn class_contains(class: &str, c: char) -> bool {
    let inner: Vec<char> = class
        .trim_start_matches('[')
        .trim_end_matches(']')
        .chars()
        .collect();
    let mut i = 0;
    while i < inner.len() {
        if inner[i] == '\\' && i + 1 < inner.len() {
            let escaped = Set::Class(format!("\\{}", inner[i + 1]));
            if escaped.may_match(c) || inner[i + 1] == c {
                return true;
            }
            i += 2;
            continue;
        }
        if i + 2 < inner.len() && inner[i + 1] == '-' {
            if (inner[i]..=inner[i + 2]).contains(&c) {
                return true;
            }
            i += 3;
            continue;
        }
        if inner[i] == c {
            return true;
        }
        i += 1;
    }
    false
}

/// True when a repeated group body can match the same text in several ways: it has an
/// unbounded inner repetition, and every element a repetition must consume can also be
/// matched by that inner repetition (no separator tells the iterations apart). Alternations
/// are read as one element that matches anything.
fn ambiguous(body: &str) -> bool {
    // Alternations at the top of the body (`(a|ab)*`) are left alone: whether their branches
    // overlap takes more than this reading, and most (`([^>]|<.*?>)*`) cost quadratic time at
    // worst.
    if top_level_alternation(body) {
        return false;
    }
    let elements = elements(body);
    let repeated: Vec<&Set> = elements
        .iter()
        .filter(|(_, q)| *q == Repeat::Unbounded)
        .map(|(s, _)| s)
        .collect();
    if repeated.is_empty() {
        return false;
    }
    elements
        .iter()
        .filter(|(_, q)| *q == Repeat::Once)
        .all(|(set, _)| match set {
            Set::Char(c) => repeated.iter().any(|r| r.may_match(*c)),
            Set::Class(_) => true,
        })
}

/// True when `body` has a `|` outside any nested group or class.
fn top_level_alternation(body: &str) -> bool {
    let chars: Vec<char> = body.chars().collect();
    let mut depth = 0;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' => {
                i = skip_class(&chars, i);
                continue;
            }
            '(' => depth += 1,
            ')' => depth -= 1,
            '|' if depth == 0 => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeat {
    Once,
    Optional,
    Unbounded,
}

/// The elements of a group body with how often each repeats.
fn elements(body: &str) -> Vec<(Set, Repeat)> {
    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (set, next) = match chars[i] {
            '\\' if i + 1 < chars.len() => {
                let c = chars[i + 1];
                let set = if c.is_ascii_alphabetic() && "dwsDWSbB".contains(c) {
                    Set::Class(format!("\\{c}"))
                } else {
                    Set::Char(c)
                };
                (set, i + 2)
            }
            '[' => {
                let end = skip_class(&chars, i);
                (
                    Set::Class(chars[i..end.min(chars.len())].iter().collect()),
                    end,
                )
            }
            '(' => {
                let mut depth = 0;
                let mut j = i;
                while j < chars.len() {
                    match chars[j] {
                        '\\' => j += 1,
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                (Set::Class("(group)".into()), j + 1)
            }
            '.' => (Set::Class(".".into()), i + 1),
            '^' | '$' => {
                i += 1;
                continue;
            }
            c => (Set::Char(c), i + 1),
        };
        let (repeat, after) = match quantifier_at(&chars, next) {
            Some(q) if q.unbounded => (Repeat::Unbounded, next + q.len),
            Some(q) => {
                // `{0,3}`, `?`: optional; `{2}`/`{2,5}` with a lower bound: once at least.
                let text: String = chars[next..next + q.len].iter().collect();
                let optional = text.starts_with('?') || text.starts_with("{0");
                (
                    if optional {
                        Repeat::Optional
                    } else {
                        Repeat::Once
                    },
                    next + q.len,
                )
            }
            None => (Repeat::Once, next),
        };
        out.push((set, repeat));
        i = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::catastrophic;

    #[test]
    fn nested_repetition_that_overlaps_is_catastrophic() {
        for bad in [
            r"^(a+)+$",
            r"(\w+\s?)+$",
            r"^(\d+)*x",
            r"([a-z]+)*@",
            r"(.*a){2,}",
            r"^(\w+)+@example\.com$",
            r"(x+x+)+y",
        ] {
            assert!(catastrophic(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn separated_or_single_repetition_is_not() {
        for fine in [
            r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$",
            r"(ab+)+",
            r"(\d+,)*\d+",
            r"^\s*(\w+)\s*$",
            r"(foo|bar)+",
            r"(?:\.(?:0|[1-9]\d*|[a-z-][a-z0-9-]*))*",
            r"([^>]|<.*?>)*",
            r"^(?:\d{3}-)+\d{4}$",
            r"\[(.*?)\]",
        ] {
            assert!(catastrophic(fine).is_none(), "{fine}");
        }
    }
}
