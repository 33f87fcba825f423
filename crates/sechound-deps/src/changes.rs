//! How the packages of one dependency file changed between a base and a branch: added, removed,
//! upgraded, downgraded, and the advisories each change fixes or introduces.

use crate::formats::{FileFormat, Parsed};
use crate::version::{Version, lowest_allowed};
use crate::{AdvisoryDb, Ecosystem};
use sechound_core::DependencyChange;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// One package of a file: what to show (`^4.17.20`, `4.17.21`) and the versions it stands for.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    name: String,
    shown: String,
    versions: Vec<String>,
}

/// True for the files whose package changes a branch review reports.
pub fn is_dependency_file(path: &str) -> bool {
    FileFormat::of(path).is_some()
}

/// Normalised name → entry. A file that cannot be read contributes nothing.
fn entries(path: &str, text: &str) -> BTreeMap<String, Entry> {
    let mut out: BTreeMap<String, Entry> = BTreeMap::new();
    let Some(format) = FileFormat::of(path) else {
        return out;
    };
    let ecosystem = format.ecosystem();
    match format.parse(path, text) {
        Ok(Parsed::Manifest(manifest)) => {
            for declared in manifest.declared {
                let versions = lowest_allowed(ecosystem, &declared.spec)
                    .map(|(v, _)| vec![v])
                    .unwrap_or_default();
                out.insert(
                    ecosystem.normalise(&declared.name),
                    Entry {
                        name: declared.name,
                        shown: declared.spec,
                        versions,
                    },
                );
            }
        }
        Ok(Parsed::Lockfile(lockfile)) => {
            for locked in lockfile.packages {
                let entry = out
                    .entry(ecosystem.normalise(&locked.name))
                    .or_insert_with(|| Entry {
                        name: locked.name.clone(),
                        shown: String::new(),
                        versions: Vec::new(),
                    });
                if !entry.versions.contains(&locked.version) {
                    entry.versions.push(locked.version);
                }
            }
            for entry in out.values_mut() {
                sort_versions(ecosystem, &mut entry.versions);
                entry.shown = entry.versions.join(", ");
            }
        }
        Err(_) => {}
    }
    out
}

fn sort_versions(ecosystem: Ecosystem, versions: &mut [String]) {
    versions.sort_by(
        |a, b| match (Version::parse(ecosystem, a), Version::parse(ecosystem, b)) {
            (Some(x), Some(y)) => x.compare(&y).unwrap_or(Ordering::Equal),
            _ => a.cmp(b),
        },
    );
}

/// The changes of the file at `path` between its `base` and `head` texts (`None`: absent).
/// With a database, each change lists the advisories it fixes and introduces.
pub fn changes(
    path: &str,
    base: Option<&str>,
    head: Option<&str>,
    db: Option<&AdvisoryDb>,
) -> Vec<DependencyChange> {
    let Some(ecosystem) = FileFormat::of(path).map(FileFormat::ecosystem) else {
        return Vec::new();
    };
    let before = base.map(|t| entries(path, t)).unwrap_or_default();
    let after = head.map(|t| entries(path, t)).unwrap_or_default();
    let advisories = |entry: Option<&Entry>| -> Vec<String> {
        let (Some(db), Some(entry)) = (db, entry) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = entry
            .versions
            .iter()
            .flat_map(|v| crate::review::advisory_ids(db, ecosystem, &entry.name, v))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let change = |kind: &str, from: Option<&Entry>, to: Option<&Entry>| {
        let old = advisories(from);
        let new = advisories(to);
        DependencyChange {
            change: kind.to_string(),
            name: to.or(from).map(|e| e.name.clone()).unwrap_or_default(),
            manifest: path.to_string(),
            from: from.map(|e| e.shown.clone()),
            to: to.map(|e| e.shown.clone()),
            fixes: old.iter().filter(|id| !new.contains(id)).cloned().collect(),
            introduces: new.iter().filter(|id| !old.contains(id)).cloned().collect(),
        }
    };
    let mut out = Vec::new();
    for (key, to) in &after {
        match before.get(key) {
            None => out.push(change("added", None, Some(to))),
            Some(from) if from.shown != to.shown => {
                let highest =
                    |e: &Entry| e.versions.last().and_then(|v| Version::parse(ecosystem, v));
                let kind = match (highest(from), highest(to)) {
                    (Some(a), Some(b)) => match a.compare(&b) {
                        Some(Ordering::Less) => "upgraded",
                        Some(Ordering::Greater) => "downgraded",
                        _ => "changed",
                    },
                    _ => "changed",
                };
                out.push(change(kind, Some(from), Some(to)));
            }
            Some(_) => {}
        }
    }
    for (key, from) in &before {
        if !after.contains_key(key) {
            out.push(change("removed", Some(from), None));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(changes: Vec<DependencyChange>) -> Vec<(String, String)> {
        changes.into_iter().map(|c| (c.name, c.change)).collect()
    }

    #[test]
    fn manifest_changes() {
        let base = "jinja2==3.1.4\nrequests==2.32.3\npython-multipart==0.0.6\nold-lib==1.0\n";
        let head = "jinja2==3.1.6\nrequests==2.32.4\npython-multipart>=0.0.18\nhttpx==0.27.0\n";
        assert_eq!(
            kinds(changes("requirements.txt", Some(base), Some(head), None)),
            [
                ("httpx".to_string(), "added".to_string()),
                ("jinja2".to_string(), "upgraded".to_string()),
                ("python-multipart".to_string(), "upgraded".to_string()),
                ("requests".to_string(), "upgraded".to_string()),
                ("old-lib".to_string(), "removed".to_string()),
            ]
        );
        let base = r#"{"dependencies": {"express": "^4.19.2", "jsonwebtoken": "^9.0.2"}}"#;
        let head = r#"{"dependencies": {"express": "^4.18.0", "jsonwebtoken": "^9.0.2"}, "devDependencies": {"jest": "^29.0.0"}}"#;
        assert_eq!(
            kinds(changes("package.json", Some(base), Some(head), None)),
            [
                ("express".to_string(), "downgraded".to_string()),
                ("jest".to_string(), "added".to_string())
            ]
        );
    }

    #[test]
    fn lockfile_changes_compare_by_semver() {
        let lock = |v: &str| {
            format!(
                r#"{{"lockfileVersion": 3, "packages": {{"": {{}}, "node_modules/lodash": {{"version": "{v}"}}}}}}"#
            )
        };
        let got = changes(
            "package-lock.json",
            Some(&lock("4.17.9")),
            Some(&lock("4.17.21")),
            None,
        );
        assert_eq!(got[0].change, "upgraded", "4.17.9 < 4.17.21 numerically");
        assert_eq!(got[0].from.as_deref(), Some("4.17.9"));
        let got = changes(
            "package-lock.json",
            Some(&lock("5.0.0")),
            Some(&lock("5.0.0-beta.1")),
            None,
        );
        assert_eq!(
            got[0].change, "downgraded",
            "a pre-release is below its release"
        );
    }
}
