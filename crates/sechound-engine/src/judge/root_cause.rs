//! Folding: findings that share a root cause (one secret set in a Compose file, an env file and
//! the code) become one finding that lists every place, each with its own rule, message and
//! fix.

use sechound_core::{Finding, FoldedFinding};
use std::collections::BTreeMap;

/// The findings with those of one root cause folded into the most severe of them.
pub(crate) fn fold(findings: Vec<Finding>) -> Vec<Finding> {
    let mut groups: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    let mut out = Vec::new();
    for finding in findings {
        match finding.root_cause.as_ref().map(|c| c.key.clone()) {
            Some(key) => groups.entry(key).or_default().push(finding),
            None => out.push(finding),
        }
    }
    for (_, mut group) in groups {
        if group.len() == 1 {
            out.extend(group);
            continue;
        }
        group.sort_by(|a, b| {
            (
                std::cmp::Reverse(a.severity),
                std::cmp::Reverse(a.confidence),
                &a.evidence.path,
                a.evidence.line,
            )
                .cmp(&(
                    std::cmp::Reverse(b.severity),
                    std::cmp::Reverse(b.confidence),
                    &b.evidence.path,
                    b.evidence.line,
                ))
        });
        out.push(merge(group));
    }
    out
}

/// One finding for a group, the first (most severe) leading.
fn merge(group: Vec<Finding>) -> Finding {
    let mut primary = group[0].clone();
    let cause = primary.root_cause.clone().expect("grouped by root cause");
    let own: Vec<(String, u32)> = places_of(&primary);
    let covered = group[1..]
        .iter()
        .all(|f| places_of(f).iter().all(|p| own.contains(p)));
    primary.title = cause.title.clone();
    if covered {
        // The leading finding already names every place: the others are what it causes.
        let others: Vec<String> = group[1..]
            .iter()
            .map(|f| format!("{} ({})", f.title.to_lowercase(), f.rule_id))
            .collect();
        primary.message = format!(
            "{} The same cause is behind {}, folded here.",
            primary.message,
            join(&others)
        );
    } else {
        let mut cites: Vec<String> = Vec::new();
        let mut files: Vec<&str> = Vec::new();
        for f in &group {
            let cite = format!("`{}`", f.evidence.cite());
            if !cites.contains(&cite) {
                cites.push(cite);
            }
            if !files.contains(&f.evidence.path.as_str()) {
                files.push(&f.evidence.path);
            }
        }
        primary.message = format!(
            "{} places in {} file{} share this root cause: {}. Each is listed below with what was found there.",
            cites.len(),
            files.len(),
            if files.len() == 1 { "" } else { "s" },
            join(&cites)
        );
    }
    primary.recommendation = if cause.remedy.is_empty() {
        format!(
            "Fix each of the {} places listed with this finding, as its own fix says.",
            group.len()
        )
    } else {
        cause.remedy.clone()
    };
    primary.verification = format!(
        "{} The same holds for every other place listed, and `sechound review` reports none of them.",
        primary.verification
    );
    primary.severity = group
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or(primary.severity);
    primary.effort = group
        .iter()
        .map(|f| f.effort)
        .max()
        .unwrap_or(primary.effort);
    for f in &group[1..] {
        for cwe in &f.cwe {
            if !primary.cwe.contains(cwe) {
                primary.cwe.push(cwe.clone());
            }
        }
    }
    let mut places = Vec::new();
    for f in &group {
        places.push(f.evidence.clone());
        places.extend(f.related.iter().cloned());
    }
    primary.related = crate::evidence::distinct_places(&primary.evidence, places);
    // When the leading finding names every place, the others are listed as what it causes;
    // otherwise every place is listed, its own first.
    let parts = if covered { &group[1..] } else { &group[..] };
    primary.folded = parts.iter().map(FoldedFinding::of).collect();
    primary
}

/// Every place a finding names: its evidence and its further places.
fn places_of(finding: &Finding) -> Vec<(String, u32)> {
    std::iter::once(&finding.evidence)
        .chain(&finding.related)
        .map(|e| (e.path.clone(), e.line))
        .collect()
}

/// `a`, `a and b`, `a, b and c`.
pub(crate) fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} and {last}", head.join(", ")),
    }
}
