//! The README's rule counts are generated from the catalogue, so they never drift as rules are
//! added: this test rebuilds the table between the markers in README.md and fails when the
//! file differs. `SECHOUND_UPDATE_README=1 cargo test -p sechound-rules --test readme`
//! rewrites it.

use sechound_rules::catalogue;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

const START: &str = "<!-- rule-counts:start";
const END: &str = "<!-- rule-counts:end -->";

/// How each id prefix is shown; prefixes not listed are shown as they are.
const FAMILIES: &[(&str, &str)] = &[
    ("js", "JavaScript and TypeScript"),
    ("py", "Python"),
    ("docker", "Dockerfile"),
    ("compose", "Docker Compose"),
    ("env", "Env files"),
    ("tf", "Terraform (AWS)"),
    ("gha", "GitHub Actions"),
    ("secrets", "Secret detection (any text file)"),
    (
        "project",
        "Project model (endpoints, authentication, controls)",
    ),
    ("deps", "Dependencies (OSV advisories)"),
    ("branch", "Branch review (the base against the branch)"),
];

fn table() -> String {
    let metas = catalogue().metas();
    let mut by_prefix: BTreeMap<&str, (usize, std::collections::BTreeSet<u32>)> = BTreeMap::new();
    for meta in &metas {
        let prefix = meta.id.split('.').next().unwrap_or(meta.id);
        let entry = by_prefix.entry(prefix).or_default();
        entry.0 += 1;
        entry.1.extend(meta.cwe.iter().copied());
    }
    let order = |prefix: &str| {
        FAMILIES
            .iter()
            .position(|(p, _)| *p == prefix)
            .unwrap_or(FAMILIES.len())
    };
    let mut rows: Vec<(&str, usize, usize)> = by_prefix
        .iter()
        .map(|(prefix, (count, cwes))| (*prefix, *count, cwes.len()))
        .collect();
    rows.sort_by_key(|(prefix, _, _)| (order(prefix), prefix.to_string()));
    let mut out = String::new();
    writeln!(
        out,
        "{START} (generated from the catalogue by crates/sechound-rules/tests/readme.rs: `SECHOUND_UPDATE_README=1 cargo test -p sechound-rules --test readme` rewrites it) -->"
    )
    .unwrap();
    out.push_str("| Rules for | Ids | Rules | Distinct CWEs |\n|---|---|---:|---:|\n");
    for (prefix, count, cwes) in &rows {
        let name = FAMILIES
            .iter()
            .find(|(p, _)| p == prefix)
            .map(|(_, n)| *n)
            .unwrap_or(prefix);
        writeln!(out, "| {name} | `{prefix}.*` | {count} | {cwes} |").unwrap();
    }
    let all_cwes: std::collections::BTreeSet<u32> =
        metas.iter().flat_map(|m| m.cwe.iter().copied()).collect();
    writeln!(
        out,
        "| **All** | | **{}** | **{}** |",
        metas.len(),
        all_cwes.len()
    )
    .unwrap();
    out.push_str(END);
    out
}

#[test]
fn readme_rule_counts_match_the_catalogue() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md has no `{START} ... {END}` markers for the rule counts");
    };
    let current = &readme[start..end + END.len()];
    let wanted = table();
    if current == wanted {
        return;
    }
    if std::env::var_os("SECHOUND_UPDATE_README").is_some() {
        let updated = format!("{}{wanted}{}", &readme[..start], &readme[end + END.len()..]);
        std::fs::write(&path, updated).expect("write README.md");
        return;
    }
    panic!(
        "README.md's rule counts are stale. Run `SECHOUND_UPDATE_README=1 cargo test -p sechound-rules --test readme` and commit README.md.\n\nExpected:\n{wanted}\n\nFound:\n{current}"
    );
}
