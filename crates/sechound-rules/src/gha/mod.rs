//! Rules for GitHub Actions: workflows (`.github/workflows/*.yml`) and action metadata
//! (`action.yml`). The engine reads each file once into a [`Workflow`] (from the YAML syntax
//! tree, with the byte range of every value) and every rule reads that model.
//!
//! Repository-wide controls around CI (Dependabot or Renovate, a security policy, code scanning
//! in a workflow) are recognised by [`controls::repository_controls`].

pub mod contexts;
pub mod controls;
mod credentials_in_artifact;
mod default_permissions;
mod excessive_permissions;
pub mod expr;
pub mod model;
mod secret_exposed;
mod secrets_inherit;
mod self_hosted_runner;
mod template_injection;
mod unpinned_action;
mod unpinned_first_party_action;
mod unpinned_image;
mod untrusted_checkout;

use crate::{FileRule, ParsedConfig, TextFile, TextKind};
use sechound_syntax::ConfigKind;

pub use credentials_in_artifact::CredentialsInArtifact;
pub use default_permissions::DefaultPermissions;
pub use excessive_permissions::ExcessivePermissions;
pub use model::Workflow;
pub use secret_exposed::SecretExposed;
pub use secrets_inherit::SecretsInherit;
pub use self_hosted_runner::SelfHostedRunner;
pub use template_injection::TemplateInjection;
pub use unpinned_action::UnpinnedAction;
pub use unpinned_first_party_action::UnpinnedFirstPartyAction;
pub use unpinned_image::UnpinnedImage;
pub use untrusted_checkout::UntrustedCheckout;

pub(crate) fn rules() -> Vec<&'static dyn FileRule> {
    vec![
        &UntrustedCheckout,
        &TemplateInjection,
        &UnpinnedAction,
        &UnpinnedFirstPartyAction,
        &UnpinnedImage,
        &DefaultPermissions,
        &ExcessivePermissions,
        &SecretsInherit,
        &SecretExposed,
        &SelfHostedRunner,
        &CredentialsInArtifact,
    ]
}

pub(crate) fn is_actions(kind: TextKind) -> bool {
    kind == TextKind::Config(ConfigKind::GithubActions)
}

/// The model of the file under review, if it is a GitHub Actions file.
pub(crate) fn workflow<'a>(file: &'a TextFile<'_>) -> Option<&'a Workflow> {
    match file.parsed {
        ParsedConfig::Workflow(workflow) => Some(workflow),
        _ => None,
    }
}

/// True for a full commit id (SHA-1, or SHA-256 for repositories that use it).
pub(crate) fn is_commit_sha(git_ref: &str) -> bool {
    matches!(git_ref.len(), 40 | 64) && git_ref.chars().all(|c| c.is_ascii_hexdigit())
}

/// Owners whose actions GitHub itself publishes.
pub(crate) fn is_first_party(owner: &str) -> bool {
    owner.eq_ignore_ascii_case("actions") || owner.eq_ignore_ascii_case("github")
}

/// The byte range of line `offset` lies on, within `range`: a finding inside a multi-line
/// script points at its own line.
pub(crate) fn line_within(
    src: &str,
    range: &std::ops::Range<usize>,
    offset: usize,
) -> std::ops::Range<usize> {
    let start = src[..offset]
        .rfind('\n')
        .map_or(0, |i| i + 1)
        .max(range.start);
    let end = src[offset..]
        .find('\n')
        .map_or(src.len(), |i| offset + i)
        .min(range.end);
    start..end.max(start)
}

/// The lines of a `run:` script with their absolute byte ranges (the raw text of the value,
/// block-scalar header and indentation included).
pub(crate) fn script_lines<'s>(
    src: &'s str,
    range: &std::ops::Range<usize>,
) -> Vec<(&'s str, std::ops::Range<usize>)> {
    let raw = &src[range.clone()];
    let mut out = Vec::new();
    let mut at = range.start;
    for line in raw.split_inclusive('\n') {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        out.push((trimmed, at..at + trimmed.len()));
        at += line.len();
    }
    out
}

/// Each `${{ … }}` in a value: its absolute byte range and the text between the braces.
pub(crate) fn expressions_in<'s>(
    src: &'s str,
    value: &model::Text,
) -> Vec<(std::ops::Range<usize>, &'s str)> {
    let raw = &src[value.range.clone()];
    expr::occurrences(raw)
        .into_iter()
        .map(|o| {
            (
                value.range.start + o.range.start..value.range.start + o.range.end,
                o.inner,
            )
        })
        .collect()
}

/// The first context mentioned in `value`'s expressions that `test` accepts, as written.
pub(crate) fn mentioned_context(
    src: &str,
    value: &model::Text,
    test: impl Fn(&expr::Path) -> bool,
) -> Option<String> {
    expressions_in(src, value)
        .into_iter()
        .flat_map(|(_, inner)| expr::mentioned_paths(inner))
        .find(|p| test(p))
        .map(|p| expr::display(&p))
}

/// Every `uses:` of the file that names a repository (steps, composite steps, reusable
/// workflows), with what it names.
pub(crate) fn repository_uses(workflow: &Workflow) -> Vec<(&model::Text, model::ActionRef)> {
    let jobs = workflow.jobs.iter().filter_map(|job| job.uses.as_ref());
    let steps = workflow
        .all_steps()
        .into_iter()
        .filter_map(|(_, step)| step.uses.as_ref());
    jobs.chain(steps)
        .map(|uses| (uses, model::ActionRef::parse(&uses.value)))
        .filter(|(uses, action)| {
            let named = |s: &str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            };
            matches!(action, model::ActionRef::Repository { owner, repo, .. } if named(owner) && named(repo))
                && !uses.value.contains("${{")
        })
        .collect()
}

/// How a ref that is not a commit reads: a branch moves with every push, a tag can be moved.
pub(crate) fn describe_ref(git_ref: &str) -> &'static str {
    if matches!(
        git_ref,
        "main" | "master" | "develop" | "dev" | "trunk" | "next" | "stable" | "latest"
    ) {
        "the branch"
    } else if git_ref.chars().any(|c| c.is_ascii_digit()) {
        "the tag"
    } else {
        "the branch or tag"
    }
}

#[cfg(test)]
mod tests {
    use crate::{FileContext, NoRepo, ParsedConfig, TextFile, TextKind};
    use sechound_syntax::{ConfigKind, SourceText};

    /// Every rule on every prefix of a workflow that uses most of what they read: cut YAML,
    /// unclosed expressions and half-written scripts never make a rule panic.
    #[test]
    fn rules_survive_truncated_workflows() {
        let workflow = include_str!(
            "../../tests/fixtures/gha.untrusted-checkout/positive/.github/workflows/preview.yml"
        )
        .to_string()
            + include_str!(
                "../../tests/fixtures/gha.template-injection/positive/.github/workflows/triage.yml"
            )
            + "      - run: echo \"${{ secrets.A }}\" | base64 -d; echo \"T=$(x ${{ secrets.B }})\" >> $GITHUB_ENV ${{ github.event.issue.title\n";
        let mut cut = 0;
        while cut <= workflow.len() {
            let text = &workflow[..cut];
            let source = SourceText::new(text.to_string());
            let parsed = ParsedConfig::Workflow(Box::new(super::Workflow::parse(text)));
            let file = TextFile {
                path: ".github/workflows/ci.yml",
                kind: TextKind::Config(ConfigKind::GithubActions),
                source: &source,
                parsed: &parsed,
                repo: &NoRepo,
            };
            for rule in super::rules() {
                let mut cx = FileContext::new(rule.meta());
                rule.check(&file, &mut cx);
            }
            cut += 1;
            while cut < workflow.len() && !workflow.is_char_boundary(cut) {
                cut += 1;
            }
        }
    }
}
