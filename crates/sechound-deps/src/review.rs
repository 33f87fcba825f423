//! The dependency review: every package of the inventory looked up in the advisory database,
//! with the advisories that affect its version and the smallest version that fixes them all.

use crate::inventory::{Inventory, inventory};
use crate::matching::{is_affected, smallest_fix};
use crate::version::Version;
use crate::{Advisory, AdvisoryDb, Ecosystem, Package};
use sechound_core::{Gap, Severity};
use std::collections::HashMap;

/// A package version that published advisories call vulnerable.
#[derive(Debug, Clone)]
pub struct VulnerablePackage {
    pub package: Package,
    /// Ordered by severity, then id.
    pub advisories: Vec<Advisory>,
    /// The smallest version that none of `advisories` affects, when one is known.
    pub fix: Option<String>,
    /// The highest among the advisories; medium when none carries a severity.
    pub severity: Severity,
}

#[derive(Debug, Default)]
pub struct DependencyReview {
    pub packages: usize,
    pub files: usize,
    pub vulnerable: Vec<VulnerablePackage>,
    pub gaps: Vec<Gap>,
}

/// Reads the dependency files and matches their packages against `db`.
pub fn review(
    files: &[(String, String)],
    read: &dyn Fn(&str) -> Option<String>,
    db: &AdvisoryDb,
) -> DependencyReview {
    let Inventory {
        packages,
        mut gaps,
        files,
    } = inventory(files, read);
    gaps.extend(uncovered(&packages, db));
    let mut cache: HashMap<(Ecosystem, String), Vec<Advisory>> = HashMap::new();
    let vulnerable = packages
        .iter()
        .filter_map(|package| {
            let advisories = cache
                .entry((
                    package.ecosystem,
                    package.ecosystem.normalise(&package.name),
                ))
                .or_insert_with(|| db.advisories(package.ecosystem, &package.name));
            check(package, advisories)
        })
        .collect();
    DependencyReview {
        packages: packages.len(),
        files,
        vulnerable,
        gaps,
    }
}

/// One gap per dependency file whose packages belong to an ecosystem the database holds no
/// advisories for: they are read but cannot be checked, which "no finding" must not hide.
fn uncovered(packages: &[Package], db: &AdvisoryDb) -> Vec<Gap> {
    let mut unchecked: std::collections::BTreeMap<(&str, Ecosystem), usize> = Default::default();
    for package in packages.iter().filter(|p| !db.covers(p.ecosystem)) {
        *unchecked
            .entry((package.file.as_str(), package.ecosystem))
            .or_default() += 1;
    }
    unchecked
        .into_iter()
        .map(|((file, ecosystem), count)| Gap {
            kind: sechound_core::GapKind::Unresolved,
            path: file.to_string(),
            detail: format!(
                "the advisory database holds no {ecosystem} advisories: {count} package{} of this file not checked (import the {ecosystem} archive with `sechound db import`)",
                if count == 1 { "" } else { "s" }
            ),
        })
        .collect()
}

/// The advisories among `advisories` (all naming the package) that affect its version.
pub fn check(package: &Package, advisories: &[Advisory]) -> Option<VulnerablePackage> {
    if advisories.is_empty() {
        return None;
    }
    let version = Version::parse(package.ecosystem, &package.version)?;
    let mut matched: Vec<Advisory> = advisories
        .iter()
        .filter(|a| is_affected(package.ecosystem, &version, a))
        .cloned()
        .collect();
    if matched.is_empty() {
        return None;
    }
    matched.sort_by(|a, b| {
        let level = |x: &Advisory| x.severity.map_or(1, |s| s.level);
        level(b).cmp(&level(a)).then_with(|| a.id.cmp(&b.id))
    });
    matched.dedup_by(|a, b| a.id == b.id);
    let refs: Vec<&Advisory> = matched.iter().collect();
    let fix = smallest_fix(package.ecosystem, &version, &refs);
    let severity = matched
        .iter()
        .map(|a| a.severity.map_or(Severity::Medium, |s| s.severity()))
        .max()
        .unwrap_or(Severity::Medium);
    Some(VulnerablePackage {
        package: package.clone(),
        advisories: matched,
        fix,
        severity,
    })
}

/// Ids of the advisories affecting `version` of `name`, for the branch review.
pub fn advisory_ids(
    db: &AdvisoryDb,
    ecosystem: Ecosystem,
    name: &str,
    version: &str,
) -> Vec<String> {
    let Some(parsed) = Version::parse(ecosystem, version) else {
        return Vec::new();
    };
    let mut ids: Vec<String> = db
        .advisories(ecosystem, name)
        .iter()
        .filter(|a| is_affected(ecosystem, &parsed, a))
        .map(|a| a.id.clone())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}
