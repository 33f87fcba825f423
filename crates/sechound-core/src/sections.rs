//! The reviewer's cross-cutting views of a report: the review by area, the OWASP Top 10 (2021)
//! table and the action checklist by effort. Each verdict lists the finding and strength ids it
//! rests on, so it can be traced in the JSON.

use crate::{Area, Effort, Finding, Owasp, Strength};
use serde::{Deserialize, Serialize};

/// One of the ten review areas: what is in place and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaReview {
    pub area: Area,
    /// Ids of the strengths in this area (`STR-001`...).
    pub strengths: Vec<String>,
    /// Ids of the findings in this area (`SEC-001`...).
    pub findings: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OwaspStatus {
    /// At least one finding falls in the category.
    Issues,
    /// No finding, and controls of the category were recognised.
    Mitigated,
    /// Rules covering the category ran and found nothing, but no control was recognised either.
    NoIssuesFound,
    /// No rule of this run covers the category.
    NotAssessed,
    /// Rules ran and found nothing, but part of what they cover could not be checked (a
    /// dependency file not read, an ecosystem missing from the advisory database): see Gaps.
    Partial,
}

impl OwaspStatus {
    pub fn label(self) -> &'static str {
        match self {
            OwaspStatus::Issues => "⚠️ issues",
            OwaspStatus::Mitigated => "✅ mitigated",
            OwaspStatus::NoIssuesFound => "no issues found",
            OwaspStatus::NotAssessed => "not assessed",
            OwaspStatus::Partial => "partly assessed (see Gaps)",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwaspReview {
    pub category: Owasp,
    pub status: OwaspStatus,
    /// Rules of this run that check the category.
    pub rules: u32,
    pub findings: Vec<String>,
    pub strengths: Vec<String>,
}

/// Findings to fix, grouped by the effort the fix takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistGroup {
    pub effort: Effort,
    /// Finding ids, most severe first.
    pub findings: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sections {
    pub review_by_area: Vec<AreaReview>,
    pub owasp_top10: Vec<OwaspReview>,
    pub action_checklist: Vec<ChecklistGroup>,
}

impl Sections {
    /// Builds the views from ordered, numbered findings and strengths. `rules_by_owasp` counts
    /// the enabled rules per category.
    pub fn build(
        findings: &[Finding],
        strengths: &[Strength],
        rules_by_owasp: &[(Owasp, u32)],
    ) -> Sections {
        let review_by_area = Area::ALL
            .iter()
            .map(|area| AreaReview {
                area: *area,
                strengths: strengths
                    .iter()
                    .filter(|s| s.area == *area)
                    .map(|s| s.id.clone())
                    .collect(),
                findings: findings
                    .iter()
                    .filter(|f| f.area == *area)
                    .map(|f| f.id.clone())
                    .collect(),
            })
            .collect();
        let owasp_top10 = Owasp::ALL
            .iter()
            .map(|category| {
                let findings: Vec<String> = findings
                    .iter()
                    .filter(|f| f.owasp == *category)
                    .map(|f| f.id.clone())
                    .collect();
                let strengths: Vec<String> = strengths
                    .iter()
                    .filter(|s| s.owasp == *category)
                    .map(|s| s.id.clone())
                    .collect();
                let rules = rules_by_owasp
                    .iter()
                    .find(|(o, _)| o == category)
                    .map(|(_, n)| *n)
                    .unwrap_or(0);
                let status = if !findings.is_empty() {
                    OwaspStatus::Issues
                } else if !strengths.is_empty() {
                    OwaspStatus::Mitigated
                } else if rules > 0 {
                    OwaspStatus::NoIssuesFound
                } else {
                    OwaspStatus::NotAssessed
                };
                OwaspReview {
                    category: *category,
                    status,
                    rules,
                    findings,
                    strengths,
                }
            })
            .collect();
        let action_checklist = [Effort::Minutes, Effort::Hours, Effort::Days]
            .iter()
            .map(|effort| ChecklistGroup {
                effort: *effort,
                // Findings arrive ordered by severity, so the order within a group is kept.
                findings: findings
                    .iter()
                    .filter(|f| f.effort == *effort)
                    .map(|f| f.id.clone())
                    .collect(),
            })
            .filter(|group| !group.findings.is_empty())
            .collect();
        Sections {
            review_by_area,
            owasp_top10,
            action_checklist,
        }
    }
}

impl Sections {
    /// Records that part of what `category`'s rules cover could not be checked: a verdict of
    /// "no issues found" would claim more than was assessed.
    pub fn mark_partial(&mut self, category: Owasp) {
        for row in &mut self.owasp_top10 {
            if row.category == category && row.status == OwaspStatus::NoIssuesFound {
                row.status = OwaspStatus::Partial;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Confidence, Evidence, Severity};

    fn evidence() -> Evidence {
        Evidence {
            path: "a.js".into(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 2,
            snippet: Vec::new(),
        }
    }

    fn finding(id: &str, area: Area, owasp: Owasp, effort: Effort) -> Finding {
        Finding {
            id: id.into(),
            rule_id: "js.x".into(),
            title: "t".into(),
            message: "m".into(),
            severity: Severity::High,
            confidence: Confidence::High,
            area,
            cwe: Vec::new(),
            owasp,
            evidence: evidence(),
            related: Vec::new(),
            flow: Vec::new(),
            impact: "i".into(),
            recommendation: "r".into(),
            verification: "v".into(),
            effort,
            fingerprint: "f".into(),
            suppression: None,
            expired_waiver: None,
            status: None,
            tier: None,
            exposure: None,
            root_cause: None,
            folded: Vec::new(),
            effort_reason: None,
            live: None,
        }
    }

    #[test]
    fn verdicts_trace_to_findings_and_controls() {
        let findings = [
            finding("SEC-001", Area::InputValidation, Owasp::A03, Effort::Hours),
            finding("SEC-002", Area::ApiEndpoints, Owasp::A05, Effort::Minutes),
        ];
        let strengths = [Strength {
            id: "STR-001".into(),
            title: "Container runs as a non-root user".into(),
            area: Area::Infrastructure,
            owasp: Owasp::A04,
            rule_id: "docker.runs-as-root".into(),
            evidence: evidence(),
            contradicted_by: Vec::new(),
            partial: false,
        }];
        let rules = [
            (Owasp::A03, 3),
            (Owasp::A04, 1),
            (Owasp::A05, 2),
            (Owasp::A10, 1),
        ];
        let sections = Sections::build(&findings, &strengths, &rules);

        let status = |o: Owasp| {
            sections
                .owasp_top10
                .iter()
                .find(|r| r.category == o)
                .unwrap()
                .status
        };
        assert_eq!(status(Owasp::A03), OwaspStatus::Issues);
        assert_eq!(status(Owasp::A04), OwaspStatus::Mitigated);
        assert_eq!(status(Owasp::A10), OwaspStatus::NoIssuesFound);
        assert_eq!(status(Owasp::A06), OwaspStatus::NotAssessed);

        assert_eq!(sections.review_by_area.len(), 10);
        let infra = sections
            .review_by_area
            .iter()
            .find(|a| a.area == Area::Infrastructure)
            .unwrap();
        assert_eq!(infra.strengths, ["STR-001"]);
        assert!(infra.findings.is_empty());

        let efforts: Vec<(Effort, Vec<String>)> = sections
            .action_checklist
            .iter()
            .map(|g| (g.effort, g.findings.clone()))
            .collect();
        assert_eq!(
            efforts,
            [
                (Effort::Minutes, vec!["SEC-002".to_string()]),
                (Effort::Hours, vec!["SEC-001".to_string()])
            ]
        );
    }
}
