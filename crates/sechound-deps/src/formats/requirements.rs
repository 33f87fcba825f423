//! `requirements*.txt`: one requirement per logical line (`\` continues it), `# comments`,
//! `-r`/`--requirement` includes, `--hash` options, environment markers after `;`, extras.
//! Editable installs, URLs and other options are not versions and are skipped. A file whose
//! name says `dev` or `test` holds development requirements.

use super::{Declared, Manifest};

pub(super) fn parse(path: &str, text: &str) -> Manifest {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let dev = name.contains("dev") || name.contains("test");
    let mut manifest = Manifest::default();
    let mut logical = String::new();
    let mut start = 0;
    for (index, raw) in text.lines().enumerate() {
        if logical.is_empty() {
            start = index as u32 + 1;
        }
        let line = strip_comment(raw);
        if let Some(continued) = line.trim_end().strip_suffix('\\') {
            logical.push_str(continued);
            logical.push(' ');
            continue;
        }
        logical.push_str(line);
        let requirement = std::mem::take(&mut logical);
        read_line(requirement.trim(), start, dev, &mut manifest);
    }
    if !logical.is_empty() {
        read_line(logical.trim(), start, dev, &mut manifest);
    }
    manifest
}

/// `#` starts a comment at the line start or after whitespace (not inside a URL fragment).
fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    match line.find(" #").or_else(|| line.find("\t#")) {
        Some(i) => &line[..i],
        None => line,
    }
}

fn read_line(line: &str, number: u32, dev: bool, manifest: &mut Manifest) {
    if line.is_empty() {
        return;
    }
    if let Some(rest) = line
        .strip_prefix("-r")
        .or_else(|| line.strip_prefix("--requirement"))
    {
        let file = rest.trim_start_matches('=').trim();
        if !file.is_empty() {
            manifest.includes.push((file.to_string(), number));
        }
        return;
    }
    if line.starts_with('-') || line.contains("://") || line.contains(" @ ") {
        return;
    }
    // Options after the requirement (`--hash=sha256:…`) and markers (`; python_version < "3.9"`):
    // markers decide where a requirement applies, not which version; it is kept everywhere.
    let requirement = line.split(" --").next().unwrap_or("");
    let requirement = requirement.split(';').next().unwrap_or("").trim();
    let end = requirement
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(requirement.len());
    let name = &requirement[..end];
    if name.is_empty() || name.starts_with('.') {
        return;
    }
    let mut spec = requirement[end..].trim();
    if spec.starts_with('[') {
        spec = spec
            .split_once(']')
            .map(|(_, rest)| rest.trim())
            .unwrap_or("");
    }
    manifest.declared.push(Declared {
        name: name.to_string(),
        spec: spec.replace(' ', ""),
        dev,
        line: number,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_ranges_includes_hashes_markers() {
        let text = include_str!("../../tests/data/lockfiles/requirements.txt");
        let m = parse("requirements.txt", text);
        let got: Vec<(&str, &str, u32)> = m
            .declared
            .iter()
            .map(|d| (d.name.as_str(), d.spec.as_str(), d.line))
            .collect();
        assert_eq!(
            got,
            [
                ("Django", "==3.2.10", 3),
                ("jinja2", "==3.1.4", 4),
                ("requests", ">=2.25,<3", 5),
                ("urllib3", "==1.26.4", 6),
                ("PyYAML", "==5.3.1", 9),
                ("uvicorn", "", 10),
            ]
        );
        assert_eq!(m.includes, [("base.txt".to_string(), 1)]);
        assert!(m.declared.iter().all(|d| !d.dev));
        assert!(parse("requirements-dev.txt", "pytest==8.0\n").declared[0].dev);
    }
}
