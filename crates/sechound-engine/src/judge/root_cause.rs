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
    let cites: Vec<String> = group
        .iter()
        .map(|f| format!("`{}`", f.evidence.cite()))
        .collect();
    let files = {
        let mut paths: Vec<&str> = group.iter().map(|f| f.evidence.path.as_str()).collect();
        paths.sort_unstable();
        paths.dedup();
        paths.len()
    };
    primary.title = cause.title.clone();
    primary.message = format!(
        "{} places in {} file{} share this root cause: {}. Each is listed below with what was found there.",
        group.len(),
        files,
        if files == 1 { "" } else { "s" },
        join(&cites)
    );
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
    primary.folded = group.iter().map(FoldedFinding::of).collect();
    primary
}

/// `a`, `a and b`, `a, b and c`.
pub(crate) fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} and {last}", head.join(", ")),
    }
}
