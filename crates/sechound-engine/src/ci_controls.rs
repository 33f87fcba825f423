//! Strengths of the repository's CI as a whole (Dependabot or Renovate, a security policy,
//! security scanning in a workflow), quoted from the file that shows each.

use crate::evidence::evidence;
use crate::review::{Engine, FileOutcome};
use sechound_core::Strength;
use sechound_rules::RepoView;
use sechound_rules::gha::controls::{CONTROLS_RULE, repository_controls};
use sechound_syntax::SourceText;

impl Engine {
    /// One outcome per file that shows a CI control, holding its strengths.
    pub(crate) fn ci_controls(&self, repo: &dyn RepoView) -> Vec<FileOutcome> {
        let mut outcomes: Vec<FileOutcome> = Vec::new();
        for control in repository_controls(repo) {
            let Some(text) = repo.read(&control.path) else {
                continue;
            };
            let source = SourceText::new(text);
            let line = (control.line as usize).clamp(1, source.line_count().max(1));
            let start = source.line_start(line);
            let range = start..start + source.line(line).len();
            let strength = Strength {
                id: String::new(),
                title: control.title,
                area: control.area,
                owasp: control.owasp,
                rule_id: CONTROLS_RULE.to_string(),
                evidence: evidence(&control.path, &source, &range, &[]),
                contradicted_by: Vec::new(),
                partial: false,
            };
            match outcomes.iter_mut().find(|o| o.path == control.path) {
                Some(outcome) => outcome.strengths.push(strength),
                None => outcomes.push(FileOutcome {
                    path: control.path,
                    project_level: true,
                    strengths: vec![strength],
                    ..FileOutcome::default()
                }),
            }
        }
        outcomes
    }
}
