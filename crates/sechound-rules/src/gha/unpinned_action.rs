use super::model::ActionRef;
use super::{describe_ref, is_actions, is_commit_sha, is_first_party, repository_uses, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// A third-party action or reusable workflow (`uses: owner/repo@ref`) referenced by a tag or
    /// a branch instead of a full commit SHA. Actions published by GitHub (`actions/*`,
    /// `github/*`) are reported by `gha.unpinned-first-party-action` instead.
    ///
    /// ## Why it matters
    /// A tag or branch is a pointer its owner, or whoever compromises the owner's account, can
    /// move. The next run then executes different code with the job's secrets and token, as in
    /// the `tj-actions/changed-files` compromise of 2025, where every tag was repointed to code
    /// that dumped secrets into build logs.
    ///
    /// ## Not reported
    /// Local actions (`./…`), `docker://` images (see `gha.unpinned-image`), and references
    /// built from an expression.
    ///
    /// ## Example
    /// ```yaml
    /// - uses: tj-actions/changed-files@v45                 # reported
    /// - uses: tj-actions/changed-files@c3a1bb2c992d77180ae65be6ae6c166cf40f857c  # v45.0.3, fine
    /// ```
    pub struct UnpinnedAction {
        id: "gha.unpinned-action",
        title: "Third-party action not pinned to a commit",
        severity: Medium,
        confidence: High,
        area: Dependencies,
        cwe: [829],
        owasp: A08,
        effort: Minutes,
        impact: "Whoever controls the action's repository can change what runs in this workflow, with its secrets and token, without any change here.",
        recommendation: "Pin the action to a full commit SHA and keep the version in a comment (`uses: owner/action@<40-character SHA> # v2.1.0`); let Dependabot (`package-ecosystem: github-actions`) or Renovate propose updates to the pins.",
        verification: "Every third-party `uses:` ends in a 40-character commit SHA, and `sechound review` no longer reports it.",
    }
}

impl FileRule for UnpinnedAction {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_actions(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let Some(workflow) = workflow(file) else {
            return;
        };
        for (uses, action) in repository_uses(workflow) {
            let ActionRef::Repository {
                owner,
                repo,
                git_ref,
                ..
            } = action
            else {
                continue;
            };
            if is_first_party(&owner) {
                continue;
            }
            let message = match git_ref.as_deref() {
                Some(r) if is_commit_sha(r) => continue,
                Some(r) => format!(
                    "`{}` follows {} `{r}` of `{owner}/{repo}`: whoever can push to that repository can change the code this workflow runs.",
                    uses.value,
                    describe_ref(r)
                ),
                None => format!(
                    "`{}` names no version at all of `{owner}/{repo}`.",
                    uses.value
                ),
            };
            cx.report(uses.range.clone(), message);
        }
    }
}
