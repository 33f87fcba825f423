//! Where a declaration is, as facts record it: its line, and its first source line for the
//! endpoint table.

use sechound_syntax::Node;

/// 1-based line where `node` starts.
pub(crate) fn line_of(node: Node<'_>) -> u32 {
    node.start_position().row as u32 + 1
}

/// The first line of `node`'s text, trimmed, for the endpoint table.
pub(crate) fn first_line(node: Node<'_>, src: &str) -> String {
    let start = node.start_byte();
    let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    let line = src[line_start..line_end].trim();
    line.chars().take(160).collect()
}
