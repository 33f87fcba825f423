//! Controls around the repository's CI that a reviewer credits: automated dependency updates
//! (Dependabot, Renovate), a published security policy, and security scanning in a workflow
//! (CodeQL, sechound, Semgrep, zizmor, secret scanning, dependency audits).
//!
//! They are facts about the repository, not about one file, so they are read here once per
//! review from the repository view and reported as strengths by the engine.

use super::model::{ActionRef, Document, Grant, Workflow};
use crate::RepoView;
use crate::compose::yaml;
use sechound_core::{Area, Owasp};
use sechound_syntax::Language;
use sechound_syntax::node::named_children;

/// The rule id the strengths carry.
pub const CONTROLS_RULE: &str = "gha.controls";

/// A control in place, with where it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoControl {
    pub title: String,
    pub path: String,
    /// 1-based line.
    pub line: u32,
    pub area: Area,
    pub owasp: Owasp,
}

/// Security tools recognised in a workflow step: a piece of the `uses:` or of the `run:` text,
/// the tool's name, and what kind of control it is.
const SCANNERS: &[(&str, &str, Scan)] = &[
    ("github/codeql-action/analyze", "CodeQL", Scan::Code),
    ("github/codeql-action/init", "CodeQL", Scan::Code),
    ("sechound", "sechound", Scan::Code),
    ("semgrep", "Semgrep", Scan::Code),
    ("zizmor", "zizmor", Scan::Code),
    ("gitleaks", "Gitleaks", Scan::Secrets),
    ("trufflehog", "TruffleHog", Scan::Secrets),
    (
        "actions/dependency-review-action",
        "dependency review",
        Scan::Dependencies,
    ),
    ("osv-scanner", "OSV-Scanner", Scan::Dependencies),
    ("pip-audit", "pip-audit", Scan::Dependencies),
    ("npm audit", "npm audit", Scan::Dependencies),
    ("snyk", "Snyk", Scan::Dependencies),
    ("trivy", "Trivy", Scan::Dependencies),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scan {
    Code,
    Secrets,
    Dependencies,
}

impl Scan {
    fn title(self) -> &'static str {
        match self {
            Scan::Code => "Code scanning in CI",
            Scan::Secrets => "Secret scanning in CI",
            Scan::Dependencies => "Dependency audit in CI",
        }
    }

    fn area(self) -> (Area, Owasp) {
        match self {
            Scan::Code => (Area::Infrastructure, Owasp::A04),
            Scan::Secrets => (Area::ConfigurationSecrets, Owasp::A05),
            Scan::Dependencies => (Area::Dependencies, Owasp::A06),
        }
    }
}

/// The CI controls of the repository `repo` shows.
pub fn repository_controls(repo: &dyn RepoView) -> Vec<RepoControl> {
    let mut out = Vec::new();
    let paths = repo.paths();
    for path in [".github/dependabot.yml", ".github/dependabot.yaml"] {
        if paths.iter().any(|p| p == path)
            && let Some(text) = repo.read(path)
        {
            let (ecosystems, line) = dependabot_ecosystems(&text);
            let what = if ecosystems.is_empty() {
                String::new()
            } else {
                format!(" ({})", ecosystems.join(", "))
            };
            out.push(RepoControl {
                title: format!("Dependabot proposes dependency updates{what}"),
                path: path.to_string(),
                line,
                area: Area::Dependencies,
                owasp: Owasp::A06,
            });
        }
    }
    const RENOVATE: &[&str] = &[
        "renovate.json",
        "renovate.json5",
        ".renovaterc",
        ".renovaterc.json",
        ".renovaterc.json5",
        ".github/renovate.json",
        ".github/renovate.json5",
        ".gitlab/renovate.json",
    ];
    if let Some(path) = RENOVATE.iter().find(|r| paths.iter().any(|p| p == *r)) {
        out.push(RepoControl {
            title: "Renovate proposes dependency updates".into(),
            path: path.to_string(),
            line: 1,
            area: Area::Dependencies,
            owasp: Owasp::A06,
        });
    }
    const POLICY: &[&str] = &["SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md"];
    if let Some(path) = POLICY
        .iter()
        .find(|r| paths.iter().any(|p| p.eq_ignore_ascii_case(r)))
    {
        let actual = paths
            .iter()
            .find(|p| p.eq_ignore_ascii_case(path))
            .cloned()
            .unwrap_or_else(|| path.to_string());
        out.push(RepoControl {
            title: "Security policy published: how to report a vulnerability".into(),
            path: actual,
            line: 1,
            area: Area::Privacy,
            owasp: Owasp::A04,
        });
    }
    let mut seen: Vec<(Scan, &str)> = Vec::new();
    let mut pins = Pins::default();
    let mut permissions = Permissions::default();
    for path in paths.iter().filter(|p| is_actions_file(p)) {
        let Some(text) = repo.read(path) else {
            continue;
        };
        let workflow = Workflow::parse(&text);
        pins.count(path, &text, &workflow);
        if workflow.document != Document::Workflow {
            continue;
        }
        permissions.count(path, &text, &workflow);
        for (_, step) in workflow.all_steps() {
            let haystack = [step.uses.as_ref(), step.run.as_ref()]
                .into_iter()
                .flatten()
                .map(|t| t.value.to_ascii_lowercase())
                .collect::<Vec<_>>()
                .join("\n");
            for (needle, tool, scan) in SCANNERS {
                if !haystack.contains(needle) || seen.contains(&(*scan, tool)) {
                    continue;
                }
                seen.push((*scan, tool));
                let (area, owasp) = scan.area();
                out.push(RepoControl {
                    title: format!("{}: {tool}", scan.title()),
                    path: path.clone(),
                    line: (text[..step.range.start].matches('\n').count() + 1) as u32,
                    area,
                    owasp,
                });
            }
        }
    }
    out.extend(pins.control());
    out.extend(permissions.control());
    out
}

fn is_actions_file(path: &str) -> bool {
    sechound_syntax::ConfigKind::from_path(std::path::Path::new(path))
        == Some(sechound_syntax::ConfigKind::GithubActions)
}

fn line_of(text: &str, offset: usize) -> u32 {
    (text[..offset.min(text.len())].matches('\n').count() + 1) as u32
}

/// Action references across every workflow and action file.
#[derive(Default)]
struct Pins {
    total: usize,
    pinned: usize,
    third_party: usize,
    third_party_pinned: usize,
    files: usize,
    first: Option<(String, u32)>,
}

impl Pins {
    fn count(&mut self, path: &str, text: &str, workflow: &Workflow) {
        let uses = super::repository_uses(workflow);
        if uses.is_empty() {
            return;
        }
        self.files += 1;
        for (text_of_uses, action) in uses {
            let ActionRef::Repository { owner, git_ref, .. } = action else {
                continue;
            };
            let pinned = git_ref.as_deref().is_some_and(super::is_commit_sha);
            self.total += 1;
            self.pinned += usize::from(pinned);
            if !super::is_first_party(&owner) {
                self.third_party += 1;
                self.third_party_pinned += usize::from(pinned);
            }
            self.first
                .get_or_insert_with(|| (path.to_string(), line_of(text, text_of_uses.range.start)));
        }
    }

    fn control(self) -> Option<RepoControl> {
        let (path, line) = self.first?;
        let title = if self.total > 0 && self.pinned == self.total {
            format!(
                "Every action pinned to a commit SHA ({} references in {} files)",
                self.total, self.files
            )
        } else if self.third_party > 0 && self.third_party_pinned == self.third_party {
            format!(
                "Every third-party action pinned to a commit SHA ({} references)",
                self.third_party
            )
        } else {
            return None;
        };
        Some(RepoControl {
            title,
            path,
            line,
            area: Area::Dependencies,
            owasp: Owasp::A08,
        })
    }
}

/// Workflows that declare their token permissions.
#[derive(Default)]
struct Permissions {
    workflows: usize,
    declared: usize,
    read_only: usize,
    first: Option<(String, u32)>,
}

impl Permissions {
    fn count(&mut self, path: &str, text: &str, workflow: &Workflow) {
        if workflow.jobs.is_empty() {
            return;
        }
        self.workflows += 1;
        let grants: Vec<&super::model::Permissions> = match &workflow.permissions {
            Some(top) => vec![top],
            None if workflow.jobs.iter().all(|j| j.permissions.is_some()) => workflow
                .jobs
                .iter()
                .filter_map(|j| j.permissions.as_ref())
                .collect(),
            None => return,
        };
        if grants
            .iter()
            .any(|g| matches!(g.grant, Grant::WriteAll | Grant::Unknown))
        {
            return;
        }
        self.declared += 1;
        if workflow
            .permissions
            .as_ref()
            .is_some_and(|top| top.write_scopes().is_empty())
        {
            self.read_only += 1;
        }
        self.first
            .get_or_insert_with(|| (path.to_string(), line_of(text, grants[0].range.start)));
    }

    fn control(self) -> Option<RepoControl> {
        if self.workflows == 0 || self.declared < self.workflows {
            return None;
        }
        let (path, line) = self.first?;
        let title = if self.read_only == self.workflows {
            format!(
                "Every workflow limits its token to read access at the top ({} workflows)",
                self.workflows
            )
        } else {
            format!(
                "Every workflow declares its token permissions, none `write-all` ({} workflows)",
                self.workflows
            )
        };
        Some(RepoControl {
            title,
            path,
            line,
            area: Area::Authorization,
            owasp: Owasp::A05,
        })
    }
}

/// The `package-ecosystem`s of a `dependabot.yml`, and the line of `updates:`.
fn dependabot_ecosystems(text: &str) -> (Vec<String>, u32) {
    let Some(file) = sechound_syntax::parse("dependabot.yml".into(), Language::Yaml, text.into())
    else {
        return (Vec::new(), 1);
    };
    let src = file.text();
    let root = file.tree.root_node();
    let top = named_children(root)
        .into_iter()
        .filter(|n| n.kind() == "document")
        .flat_map(named_children)
        .find_map(|n| yaml::mapping(n, src, &Default::default()));
    let Some(updates) = top
        .map(|t| yaml::pairs(t, src))
        .unwrap_or_default()
        .into_iter()
        .find(|p| p.key == "updates")
    else {
        return (Vec::new(), 1);
    };
    let line = updates.node.start_position().row as u32 + 1;
    let mut ecosystems = Vec::new();
    for item in updates.value.map(yaml::items).unwrap_or_default() {
        if let Some(ecosystem) = yaml::pairs(item, src)
            .into_iter()
            .find(|p| p.key == "package-ecosystem")
            .and_then(|p| yaml::scalar(p.value?, src))
            && !ecosystems.contains(&ecosystem)
        {
            ecosystems.push(ecosystem);
        }
    }
    (ecosystems, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Files(Vec<(String, String)>, Vec<String>);

    impl Files {
        fn new(files: &[(&str, &str)]) -> Files {
            let list: Vec<(String, String)> = files
                .iter()
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .collect();
            let mut paths: Vec<String> = list.iter().map(|(p, _)| p.clone()).collect();
            paths.sort();
            Files(list, paths)
        }
    }

    impl RepoView for Files {
        fn paths(&self) -> &[String] {
            &self.1
        }
        fn read(&self, relative: &str) -> Option<String> {
            self.0
                .iter()
                .find(|(p, _)| p == relative)
                .map(|(_, t)| t.clone())
        }
    }

    #[test]
    fn recognises_ci_controls() {
        let repo = Files::new(&[
            (
                ".github/dependabot.yml",
                "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n  - package-ecosystem: github-actions\n    directory: /\n",
            ),
            ("SECURITY.md", "# Security\n"),
            (
                ".github/workflows/codeql.yml",
                "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n      - run: npx sechound review . --fail-on high\n",
            ),
        ]);
        let titles: Vec<(String, u32)> = repository_controls(&repo)
            .into_iter()
            .map(|c| (c.title, c.line))
            .collect();
        assert_eq!(
            titles,
            [
                (
                    "Dependabot proposes dependency updates (npm, github-actions)".to_string(),
                    2
                ),
                (
                    "Security policy published: how to report a vulnerability".to_string(),
                    1
                ),
                ("Code scanning in CI: CodeQL".to_string(), 6),
                ("Code scanning in CI: sechound".to_string(), 8),
            ]
        );
    }

    #[test]
    fn nothing_without_controls() {
        let repo = Files::new(&[(".github/workflows/ci.yml", "on: push\njobs: {}\n")]);
        assert!(repository_controls(&repo).is_empty());
    }
}
