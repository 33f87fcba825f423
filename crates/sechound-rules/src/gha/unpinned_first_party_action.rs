use super::model::ActionRef;
use super::{describe_ref, is_actions, is_commit_sha, is_first_party, repository_uses, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// An action or reusable workflow published by GitHub itself (`actions/*`, `github/*`, such
    /// as `actions/checkout@v4` or `github/codeql-action/analyze@v3`) referenced by a tag or a
    /// branch rather than a commit SHA. One finding per file, with every reference in it.
    ///
    /// Lower severity than `gha.unpinned-action`: GitHub's own tags are far less likely to be
    /// moved maliciously, so many teams accept them. Teams that pin everything can raise it in
    /// `sechound.toml` (`[rules.severity] "gha.unpinned-first-party-action" = "medium"`); teams
    /// that accept tags for GitHub's actions can turn it off (`[rules] disable = [...]`).
    ///
    /// ## Why it matters
    /// A tag still names whatever commit it points to at run time: a compromised GitHub
    /// maintainer account or a mistaken release changes what runs with the job's secrets.
    /// Pinning also makes runs reproducible.
    ///
    /// ## Not reported
    /// Third-party actions (see `gha.unpinned-action`), local actions and `docker://` images.
    ///
    /// ## Example
    /// ```yaml
    /// - uses: actions/checkout@v4                                         # reported (low)
    /// - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683   # v4.2.2, fine
    /// ```
    pub struct UnpinnedFirstPartyAction {
        id: "gha.unpinned-first-party-action",
        title: "GitHub action referenced by a tag",
        severity: Low,
        confidence: High,
        area: Dependencies,
        cwe: [829],
        owasp: A08,
        effort: Minutes,
        impact: "The code that runs with the job's secrets is whatever the tag points to at run time; runs are not reproducible.",
        recommendation: "Pin to the commit SHA with the version in a comment (`uses: actions/checkout@<SHA> # v4.2.2`) and let Dependabot or Renovate update the pins, or accept GitHub's tags deliberately by disabling this rule in `sechound.toml`.",
        verification: "Every `actions/*` and `github/*` reference ends in a commit SHA, and `sechound review` no longer reports it.",
    }
}

impl FileRule for UnpinnedFirstPartyAction {
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
        let mut unpinned = Vec::new();
        for (uses, action) in repository_uses(workflow) {
            let ActionRef::Repository { owner, git_ref, .. } = action else {
                continue;
            };
            if !is_first_party(&owner) {
                continue;
            }
            let why = match git_ref.as_deref() {
                Some(r) if is_commit_sha(r) => continue,
                Some(r) => format!("follows {} `{r}` rather than a commit", describe_ref(r)),
                None => "names no version at all".to_string(),
            };
            unpinned.push((uses, why));
        }
        // One finding per file: the references share one decision (pin GitHub's actions or not).
        let Some(((first, why), rest)) = unpinned.split_first() else {
            return;
        };
        let more = match rest.len() {
            0 => String::new(),
            1 => " 1 more reference to a GitHub action in this file does too.".to_string(),
            n => format!(" {n} more references to GitHub actions in this file do too."),
        };
        let finding = cx.report(
            first.range.clone(),
            format!("`{}` {why}.{more}", first.value),
        );
        for (uses, _) in rest {
            finding.related.push(uses.range.clone());
        }
    }
}
