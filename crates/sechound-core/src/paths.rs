//! Repository-relative paths written with `.` and `..` (imports, includes, module sources).

/// `a/b/../c/./d` → `a/c/d`; `None` when a `..` climbs above the first segment.
pub fn normalise_path(path: &str) -> Option<String> {
    let (parts, climbed) = segments(path);
    (!climbed).then(|| parts.join("/"))
}

/// `a/b/../c/./d` → `a/c/d`, a `..` above the first segment dropped (`../x` → `x`).
pub fn normalise_path_lenient(path: &str) -> String {
    segments(path).0.join("/")
}

fn segments(path: &str) -> (Vec<&str>, bool) {
    let mut parts: Vec<&str> = Vec::new();
    let mut climbed = false;
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => climbed |= parts.pop().is_none(),
            other => parts.push(other),
        }
    }
    (parts, climbed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_resolve_and_climbing_out_is_said() {
        assert_eq!(normalise_path("a/b/../c/./d").as_deref(), Some("a/c/d"));
        assert_eq!(normalise_path("/a//b/").as_deref(), Some("a/b"));
        assert_eq!(normalise_path("a/../../x"), None);
        assert_eq!(normalise_path_lenient("a/../../x"), "x");
    }
}
