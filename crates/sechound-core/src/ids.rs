//! Finding ids that stay put across reviews: `SEC-0AA350` is the start of the finding's
//! fingerprint, or the id an earlier report (`--baseline`) gave the same finding. A remediation
//! ledger never shows one id for two different findings.

use crate::{Finding, Report};
use std::collections::{HashMap, HashSet};

/// Hex digits of the fingerprint an id shows; more are used only when two findings share them.
pub const ID_DIGITS: usize = 6;

/// The ids an earlier report gave, by every fingerprint its findings had.
#[derive(Debug, Default, Clone)]
pub struct BaselineIds {
    by_fingerprint: HashMap<String, String>,
    /// Every id the baseline used, fixed findings included: never given to another finding.
    taken: HashSet<String>,
}

impl BaselineIds {
    pub fn of(report: &Report) -> BaselineIds {
        let mut ids = BaselineIds::default();
        let findings = report
            .findings
            .iter()
            .chain(&report.suppressed)
            .chain(report.branch.iter().flat_map(|b| &b.preexisting));
        for finding in findings {
            ids.taken.insert(finding.id.clone());
            for print in finding.fingerprints() {
                ids.by_fingerprint
                    .entry(print.to_string())
                    .or_insert_with(|| finding.id.clone());
            }
        }
        ids
    }

    pub fn is_empty(&self) -> bool {
        self.taken.is_empty()
    }
}

/// Gives each finding its id: the baseline's for a finding it already had (by any of its
/// fingerprints), else `<prefix>-` and the first [`ID_DIGITS`] hex digits of its fingerprint,
/// longer where that is already taken.
pub fn assign(findings: &mut [Finding], prefix: &str, baseline: &BaselineIds) {
    let mut used: HashSet<String> = HashSet::new();
    let mut pending = Vec::new();
    let own = format!("{prefix}-");
    for (index, finding) in findings.iter_mut().enumerate() {
        let carried = finding
            .fingerprints()
            .filter_map(|print| baseline.by_fingerprint.get(print))
            .find(|id| id.starts_with(&own) && !used.contains(*id))
            .cloned();
        match carried {
            Some(id) => {
                used.insert(id.clone());
                finding.id = id;
            }
            None => pending.push(index),
        }
    }
    // In fingerprint order, so that which of two colliding findings keeps the short id does
    // not depend on where they are listed.
    pending.sort_by(|a, b| findings[*a].fingerprint.cmp(&findings[*b].fingerprint));
    for index in pending {
        let print = findings[index].fingerprint.to_ascii_uppercase();
        let mut digits = ID_DIGITS.min(print.len());
        let id = loop {
            let candidate = if digits <= print.len() {
                format!("{own}{}", &print[..digits])
            } else {
                format!("{own}{print}-{}", digits - print.len())
            };
            if !used.contains(&candidate) && !baseline.taken.contains(&candidate) {
                break candidate;
            }
            digits += if digits < print.len() { 2 } else { 1 };
        };
        used.insert(id.clone());
        findings[index].id = id;
    }
}

/// `SEC-0AA350` for the fingerprint `0aa3504f...`: the id a finding gets without a baseline
/// and without a collision.
pub fn derived_id(prefix: &str, fingerprint: &str) -> String {
    let digits = ID_DIGITS.min(fingerprint.len());
    format!("{prefix}-{}", fingerprint[..digits].to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Area, Confidence, Effort, Evidence, Owasp, Severity};

    fn finding(print: &str) -> Finding {
        Finding {
            id: String::new(),
            rule_id: "js.x".into(),
            title: "t".into(),
            message: "m".into(),
            severity: Severity::High,
            confidence: Confidence::High,
            area: Area::InputValidation,
            cwe: Vec::new(),
            owasp: Owasp::A03,
            evidence: Evidence {
                path: "a.js".into(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
                snippet: Vec::new(),
            },
            related: Vec::new(),
            impact: "i".into(),
            recommendation: "r".into(),
            verification: "v".into(),
            effort: Effort::Minutes,
            fingerprint: print.into(),
            suppression: None,
            expired_waiver: None,
            status: None,
            exposure: None,
            root_cause: None,
            folded: Vec::new(),
            effort_reason: None,
            live: None,
            flow: Vec::new(),
        }
    }

    #[test]
    fn ids_come_from_fingerprints_and_collisions_lengthen_them() {
        let mut findings = [
            finding("0aa3504fac6fde726222"),
            finding("0aa350ffff00000000aa"),
            finding("d600a7d2b11f00188200"),
        ];
        assign(&mut findings, "SEC", &BaselineIds::default());
        assert_eq!(findings[0].id, "SEC-0AA350");
        assert_eq!(findings[1].id, "SEC-0AA350FF");
        assert_eq!(findings[2].id, "SEC-D600A7");
        assert_eq!(derived_id("SEC", "d600a7d2b11f00188200"), "SEC-D600A7");
    }

    #[test]
    fn baseline_ids_are_carried_and_never_reused() {
        let mut baseline = BaselineIds::default();
        baseline
            .by_fingerprint
            .insert("11111111111111111111".into(), "SEC-001".into());
        baseline.taken.insert("SEC-001".into());
        // A fixed finding's id, which a new finding must not take even if it derives it.
        baseline.taken.insert("SEC-D600A7".into());
        let mut findings = [
            finding("11111111111111111111"),
            finding("d600a7d2b11f00188200"),
        ];
        assign(&mut findings, "SEC", &baseline);
        assert_eq!(findings[0].id, "SEC-001");
        assert_eq!(findings[1].id, "SEC-D600A7D2");
    }
}
