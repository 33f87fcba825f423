//! Dockerfiles: instructions with their arguments, continuation lines joined, byte ranges kept.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    /// Upper-cased keyword: `FROM`, `RUN`, `USER`, ...
    pub keyword: String,
    /// Arguments with continuation backslashes and newlines replaced by spaces.
    pub args: String,
    /// 1-based line of the keyword.
    pub line: usize,
    /// Byte range of the whole instruction, continuation lines included.
    pub range: Range<usize>,
    /// Index of the build stage (0 for the first `FROM`); instructions before any `FROM` get 0.
    pub stage: usize,
}

/// Parses a Dockerfile into instructions. Comments, blank lines and heredoc bodies are skipped.
pub fn parse_dockerfile(text: &str) -> Vec<Instruction> {
    let mut instructions: Vec<Instruction> = Vec::new();
    let mut offset = 0;
    let mut pending: Option<Instruction> = None;
    let mut heredoc_end: Option<String> = None;
    let mut stage = 0usize;
    let mut seen_from = false;
    for (index, raw) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if let Some(end) = &heredoc_end {
            if line.trim() == end {
                heredoc_end = None;
            }
            continue;
        }
        let trimmed = line.trim();
        if let Some(instruction) = pending.as_mut() {
            if trimmed.starts_with('#') || trimmed.is_empty() {
                continue;
            }
            let (part, continues) = strip_continuation(trimmed);
            instruction.args.push(' ');
            instruction.args.push_str(part);
            instruction.range.end = start + line.len();
            if !continues {
                instructions.push(pending.take().expect("pending"));
            }
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let keyword_end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        let keyword = trimmed[..keyword_end].to_ascii_uppercase();
        if !keyword.chars().all(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        if keyword == "FROM" {
            if seen_from {
                stage += 1;
            }
            seen_from = true;
        }
        let rest = trimmed[keyword_end..].trim_start();
        if let Some(marker) = heredoc_marker(rest) {
            heredoc_end = Some(marker);
        }
        let (part, continues) = strip_continuation(rest);
        let leading = line.len() - line.trim_start().len();
        let instruction = Instruction {
            keyword,
            args: part.to_string(),
            line: index + 1,
            range: start + leading..start + line.len(),
            stage,
        };
        if continues {
            pending = Some(instruction);
        } else {
            instructions.push(instruction);
        }
    }
    instructions.extend(pending);
    for instruction in &mut instructions {
        instruction.args = instruction
            .args
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
    }
    instructions
}

fn strip_continuation(text: &str) -> (&str, bool) {
    match text.strip_suffix('\\') {
        Some(rest) => (rest.trim_end(), true),
        None => (text, false),
    }
}

/// `RUN <<EOF` / `COPY <<-"EOF" /x`: the word that ends the heredoc.
fn heredoc_marker(args: &str) -> Option<String> {
    let at = args.find("<<")?;
    let word = args[at + 2..].trim_start_matches('-');
    let word: String = word
        .trim_matches(|c| c == '"' || c == '\'')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!word.is_empty()).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_continuations_and_tracks_stages() {
        let text = "# syntax=docker/dockerfile:1\nFROM node:20 AS build\nRUN npm ci && \\\n    # a comment inside\n    npm run build\nFROM gcr.io/distroless/nodejs20\nCOPY --from=build /app /app\nRUN <<EOF\nFROM not-an-instruction\nEOF\nUSER node\n";
        let parsed = parse_dockerfile(text);
        let summary: Vec<(&str, &str, usize, usize)> = parsed
            .iter()
            .map(|i| (i.keyword.as_str(), i.args.as_str(), i.line, i.stage))
            .collect();
        assert_eq!(
            summary,
            [
                ("FROM", "node:20 AS build", 2, 0),
                ("RUN", "npm ci && npm run build", 3, 0),
                ("FROM", "gcr.io/distroless/nodejs20", 6, 1),
                ("COPY", "--from=build /app /app", 7, 1),
                ("RUN", "<<EOF", 8, 1),
                ("USER", "node", 11, 1),
            ]
        );
        assert!(text[parsed[1].range.clone()].ends_with("npm run build"));
    }
}
