//! Coverage: whether the review read enough of the repository for its sign-off to mean
//! anything. An empty directory, or a tree whose files could not be read, is never approved.

use crate::ReportStats;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CoverageProblem {
    /// No file of a kind sechound reviews was read: there was nothing to review.
    NothingToReview,
    /// Every file of one language or format was skipped.
    LanguageSkipped,
    /// More files of reviewed kinds were skipped than read.
    TooLittleReviewed,
}

/// Why the review cannot be signed off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incomplete {
    pub problem: CoverageProblem,
    /// One sentence naming what was not read.
    pub reason: String,
}

/// What a review read, judged. `branch` reviews only read what the branch touched: a branch
/// that touched no code is complete.
pub fn assess(stats: &ReportStats, branch: bool) -> Option<Incomplete> {
    let skipped: u64 = stats.languages_skipped.iter().map(|l| l.files).sum();
    if stats.files_reviewed == 0 && (!branch || skipped > 0) {
        let reason = if skipped > 0 {
            format!(
                "none of the {skipped} file{} of a reviewed kind could be read (see Gaps)",
                plural(skipped)
            )
        } else if stats.files_discovered == 0 {
            "the directory holds no file to review".to_string()
        } else {
            let secrets = if stats.files_scanned_for_secrets > 0 {
                format!(
                    "; {} text file{} were read for secrets only",
                    stats.files_scanned_for_secrets,
                    plural(stats.files_scanned_for_secrets)
                )
            } else {
                String::new()
            };
            format!(
                "none of the {} file{} found is JavaScript, TypeScript, Python, a Dockerfile, a Compose, env or Terraform file{secrets}",
                stats.files_discovered,
                plural(stats.files_discovered)
            )
        };
        return Some(Incomplete {
            problem: CoverageProblem::NothingToReview,
            reason: format!("nothing to review: {reason}"),
        });
    }
    let lost: Vec<String> = stats
        .languages_skipped
        .iter()
        .filter(|s| s.files > 0)
        .filter(|s| !stats.languages.iter().any(|l| l.language == s.language))
        .map(|s| {
            format!(
                "all {} {} file{} {} skipped",
                s.files,
                s.language,
                plural(s.files),
                if s.files == 1 { "was" } else { "were" }
            )
        })
        .collect();
    if !lost.is_empty() {
        return Some(Incomplete {
            problem: CoverageProblem::LanguageSkipped,
            reason: format!("{} (see Gaps)", lost.join(", ")),
        });
    }
    if skipped > stats.files_reviewed {
        return Some(Incomplete {
            problem: CoverageProblem::TooLittleReviewed,
            reason: format!(
                "only {} of {} files of a reviewed kind could be read (see Gaps)",
                stats.files_reviewed,
                stats.files_reviewed + skipped
            ),
        });
    }
    None
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LanguageStat;

    fn stat(language: &str, files: u64) -> LanguageStat {
        LanguageStat {
            language: language.into(),
            files,
            lines: 0,
        }
    }

    #[test]
    fn empty_unreadable_and_partly_read_trees_are_incomplete() {
        let empty = ReportStats::default();
        let verdict = assess(&empty, false).unwrap();
        assert_eq!(verdict.problem, CoverageProblem::NothingToReview);
        assert!(verdict.reason.contains("no file to review"), "{verdict:?}");
        // A branch that touched no code is complete.
        assert_eq!(assess(&empty, true), None);

        let unreadable = ReportStats {
            files_discovered: 3,
            languages_skipped: vec![stat("Python", 3)],
            ..ReportStats::default()
        };
        let verdict = assess(&unreadable, false).unwrap();
        assert_eq!(verdict.problem, CoverageProblem::NothingToReview);
        assert!(
            verdict.reason.contains("none of the 3 files"),
            "{verdict:?}"
        );

        let python_lost = ReportStats {
            files_discovered: 5,
            files_reviewed: 4,
            languages: vec![stat("TypeScript", 4)],
            languages_skipped: vec![stat("Python", 1)],
            ..ReportStats::default()
        };
        let verdict = assess(&python_lost, false).unwrap();
        assert_eq!(verdict.problem, CoverageProblem::LanguageSkipped);
        assert_eq!(verdict.reason, "all 1 Python file was skipped (see Gaps)");

        let most_lost = ReportStats {
            files_discovered: 10,
            files_reviewed: 2,
            languages: vec![stat("TypeScript", 2)],
            languages_skipped: vec![stat("TypeScript", 8)],
            ..ReportStats::default()
        };
        let verdict = assess(&most_lost, false).unwrap();
        assert_eq!(verdict.problem, CoverageProblem::TooLittleReviewed);

        let fine = ReportStats {
            files_discovered: 10,
            files_reviewed: 9,
            languages: vec![stat("TypeScript", 9)],
            languages_skipped: vec![stat("TypeScript", 1)],
            ..ReportStats::default()
        };
        assert_eq!(assess(&fine, false), None);
    }
}
