//! A GitHub Actions file read once from its YAML tree into an owned model that every `gha.*`
//! rule shares: the triggers, the token permissions, the jobs with their runners, containers and
//! steps, and, for action metadata (`action.yml`), what the action runs. Every value keeps its
//! byte range, so a finding points at its line.
//!
//! The engine builds the model once per file ([`Workflow::parse`]) and hands it to the rules as
//! [`ParsedConfig::Workflow`](crate::ParsedConfig::Workflow).

use crate::compose::yaml;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::{Language, Node};
use std::ops::Range;

/// A scalar value with the byte range of its node (quotes and block-scalar header included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The value, unquoted; block scalars give their lines unindented.
    pub value: String,
    pub range: Range<usize>,
}

/// What the file is, from its top-level keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// A workflow (`on:` and `jobs:`).
    Workflow,
    /// Action metadata (`runs:`): composite, Docker or JavaScript.
    Action,
    /// Neither: a YAML file named like one (a template, a fragment).
    Other,
}

/// The token permissions a workflow or job declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permissions {
    /// The whole `permissions:` entry.
    pub range: Range<usize>,
    pub grant: Grant,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    ReadAll,
    WriteAll,
    /// `permissions: {}`: no access at all.
    Nothing,
    /// `scope: level` entries (`contents: read`).
    Scopes(Vec<(Text, Text)>),
    /// An expression or anything else that cannot be read.
    Unknown,
}

impl Permissions {
    /// The scopes granted `write`.
    pub fn write_scopes(&self) -> Vec<&Text> {
        match &self.grant {
            Grant::Scopes(scopes) => scopes
                .iter()
                .filter(|(_, level)| level.value.eq_ignore_ascii_case("write"))
                .map(|(scope, _)| scope)
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// An input of `workflow_dispatch`, `workflow_call` or of an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    /// `type:` as written (`string`, `boolean`, `choice`, `number`, `environment`), if given.
    pub kind: Option<String>,
}

/// One entry of `steps:` (a workflow job's or a composite action's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The step's mapping: its first line is the `- name:` / `- uses:` line.
    pub range: Range<usize>,
    pub name: Option<Text>,
    pub id: Option<Text>,
    pub uses: Option<Text>,
    /// A comment on the `uses:` line (`# v4.1.1` beside a commit pin).
    pub uses_comment: Option<String>,
    pub run: Option<Text>,
    pub shell: Option<Text>,
    pub condition: Option<Text>,
    pub with: Vec<(Text, Text)>,
    pub env: Vec<(Text, Text)>,
}

impl Step {
    /// The `with:` input `key`.
    pub fn input(&self, key: &str) -> Option<&Text> {
        self.with
            .iter()
            .find(|(k, _)| k.value == key)
            .map(|(_, value)| value)
    }

    /// What `uses:` names, if the step uses an action.
    pub fn action(&self) -> Option<ActionRef> {
        self.uses.as_ref().map(|u| ActionRef::parse(&u.value))
    }

    /// True when the step uses the action `owner/repo` (any path under it, any version).
    pub fn uses_action(&self, owner_repo: &str) -> bool {
        matches!(self.action(), Some(ActionRef::Repository { ref owner, ref repo, .. })
            if format!("{owner}/{repo}").eq_ignore_ascii_case(owner_repo))
    }
}

/// What a `uses:` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionRef {
    /// `owner/repo[/path]@ref`.
    Repository {
        owner: String,
        repo: String,
        /// Path inside the repository (a sub-action or a reusable workflow), without the `/`.
        path: Option<String>,
        /// The part after `@`; `None` when there is none (GitHub rejects that).
        git_ref: Option<String>,
    },
    /// `./path`: an action or workflow of the same repository.
    Local(String),
    /// `docker://image`.
    Docker(String),
}

impl ActionRef {
    pub fn parse(uses: &str) -> ActionRef {
        let uses = uses.trim();
        if let Some(image) = uses.strip_prefix("docker://") {
            return ActionRef::Docker(image.to_string());
        }
        if uses.starts_with("./") || uses.starts_with('.') {
            return ActionRef::Local(uses.to_string());
        }
        let (target, git_ref) = match uses.rsplit_once('@') {
            Some((target, git_ref)) => (target, Some(git_ref.to_string())),
            None => (uses, None),
        };
        let mut parts = target.splitn(3, '/');
        let owner = parts.next().unwrap_or("").to_string();
        let repo = parts.next().unwrap_or("").to_string();
        let path = parts.next().map(str::to_string);
        ActionRef::Repository {
            owner,
            repo,
            path,
            git_ref,
        }
    }
}

/// One entry of `jobs:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The job's key (`build:`), with its range.
    pub id: Text,
    /// The whole `id: {...}` entry.
    pub range: Range<usize>,
    /// `runs-on` labels (a string, a list, or `labels:` of the mapping form).
    pub runs_on: Vec<Text>,
    /// `runs-on: { group: ... }`.
    pub runner_group: Option<Text>,
    pub permissions: Option<Permissions>,
    /// A reusable workflow the job calls (`uses:` at job level).
    pub uses: Option<Text>,
    /// The `secrets: inherit` entry, if the job passes every secret on.
    pub secrets_inherit: Option<Range<usize>>,
    /// `container:` image (the string form or `image:` of the mapping form).
    pub container: Option<Text>,
    /// `services:` entries: name and image.
    pub services: Vec<(Text, Text)>,
    pub steps: Vec<Step>,
    pub env: Vec<(Text, Text)>,
    /// `strategy.matrix` keys with their listed values (expressions and includes left out).
    pub matrix: Vec<(String, Vec<Text>)>,
    pub condition: Option<Text>,
}

/// `runs:` of action metadata.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActionRuns {
    pub using: Option<Text>,
    /// `image:` of a Docker action.
    pub image: Option<Text>,
    /// `steps:` of a composite action.
    pub steps: Vec<Step>,
}

/// A workflow or action metadata file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workflow {
    pub document: Document,
    /// The `on:` key, for findings about the workflow as a whole.
    pub on: Option<Range<usize>>,
    /// Event names the workflow runs on (`push`, `pull_request_target` ...).
    pub triggers: Vec<Text>,
    /// Inputs of `workflow_dispatch` and `workflow_call`, or of the action.
    pub inputs: Vec<Input>,
    pub permissions: Option<Permissions>,
    pub env: Vec<(Text, Text)>,
    pub jobs: Vec<Job>,
    /// `runs:` of action metadata.
    pub runs: Option<ActionRuns>,
    /// Byte offset of the first syntax error, if the YAML did not parse cleanly.
    pub error_at: Option<usize>,
}

impl Workflow {
    /// Reads `src` as a workflow or action metadata file. Never fails: a file that is not valid
    /// YAML gives what could be read and [`Workflow::error_at`].
    pub fn parse(src: &str) -> Workflow {
        let mut workflow = Workflow {
            document: Document::Other,
            on: None,
            triggers: Vec::new(),
            inputs: Vec::new(),
            permissions: None,
            env: Vec::new(),
            jobs: Vec::new(),
            runs: None,
            error_at: None,
        };
        let Some(file) = sechound_syntax::parse("workflow.yml".into(), Language::Yaml, src.into())
        else {
            workflow.error_at = Some(0);
            return workflow;
        };
        let root = file.tree.root_node();
        if root.has_error() {
            workflow.error_at = Some(first_error(root));
        }
        let comments = comments(root);
        let Some(top) = top_mapping(root, src) else {
            return workflow;
        };
        let reader = Reader {
            src,
            comments: &comments,
        };
        for pair in yaml::pairs(top, src) {
            let Some(value) = pair.value else { continue };
            match pair.key.as_str() {
                "on" => {
                    workflow.on = pair.node.child_by_field_name("key").map(|k| k.byte_range());
                    reader.triggers(value, &mut workflow);
                }
                "permissions" => workflow.permissions = Some(reader.permissions(pair.node, value)),
                "env" => workflow.env = reader.map(value),
                "jobs" => {
                    workflow.jobs = yaml::pairs(value, src)
                        .into_iter()
                        .filter_map(|job| reader.job(&job))
                        .collect()
                }
                "runs" => workflow.runs = Some(reader.runs(value)),
                "inputs" => {
                    workflow.inputs = yaml::pairs(value, src)
                        .into_iter()
                        .map(|input| Input {
                            name: input.key.clone(),
                            kind: None,
                        })
                        .collect()
                }
                _ => {}
            }
        }
        workflow.document = if workflow.runs.is_some() {
            Document::Action
        } else if workflow.on.is_some() || !workflow.jobs.is_empty() {
            Document::Workflow
        } else {
            Document::Other
        };
        workflow
    }

    /// True when the workflow runs on event `name`.
    pub fn triggered_by(&self, name: &str) -> bool {
        self.triggers.iter().any(|t| t.value == name)
    }

    /// The steps of every job, or of a composite action, with the job they belong to.
    pub fn all_steps(&self) -> Vec<(Option<&Job>, &Step)> {
        let mut out: Vec<(Option<&Job>, &Step)> = self
            .jobs
            .iter()
            .flat_map(|job| job.steps.iter().map(move |s| (Some(job), s)))
            .collect();
        if let Some(runs) = &self.runs {
            out.extend(runs.steps.iter().map(|s| (None, s)));
        }
        out
    }

    /// The value of environment variable `name` as a step sees it: the step's own `env:`,
    /// then its job's, then the workflow's.
    pub fn env_value<'a>(
        &'a self,
        job: Option<&'a Job>,
        step: &'a Step,
        name: &str,
    ) -> Option<&'a Text> {
        let find = |env: &'a [(Text, Text)]| env.iter().find(|(k, _)| k.value == name);
        find(&step.env)
            .or_else(|| job.and_then(|j| find(&j.env)))
            .or_else(|| find(&self.env))
            .map(|(_, v)| v)
    }
}

/// The document's top-level mapping.
fn top_mapping<'f>(root: Node<'f>, src: &str) -> Option<Node<'f>> {
    let document = named_children(root)
        .into_iter()
        .find(|n| n.kind() == "document")?;
    named_children(document)
        .into_iter()
        .find_map(|n| yaml::mapping(n, src, &Default::default()))
}

fn first_error(root: Node<'_>) -> usize {
    let mut at = None;
    walk(root, |n| {
        if at.is_none() && (n.is_error() || n.is_missing()) {
            at = Some(n.start_byte());
        }
        at.is_none() && n.has_error()
    });
    at.unwrap_or(0)
}

/// Every comment: its row and text.
fn comments(root: Node<'_>) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    walk(root, |n| {
        if n.kind() == "comment" {
            out.push((n.start_position().row, n.byte_range()));
        }
        true
    });
    out
}

struct Reader<'s> {
    src: &'s str,
    comments: &'s [(usize, Range<usize>)],
}

impl Reader<'_> {
    fn text(&self, node: Node<'_>) -> Option<Text> {
        Some(Text {
            value: yaml::scalar(node, self.src)?,
            range: node.byte_range(),
        })
    }

    /// A scalar, or the raw text of anything else (a flow mapping written inline).
    fn text_or_raw(&self, node: Node<'_>) -> Text {
        self.text(node).unwrap_or_else(|| Text {
            value: text(node, self.src).to_string(),
            range: node.byte_range(),
        })
    }

    fn key(&self, pair: &yaml::Pair<'_>) -> Text {
        let range = pair
            .node
            .child_by_field_name("key")
            .map(|k| k.byte_range())
            .unwrap_or_else(|| pair.node.byte_range());
        Text {
            value: pair.key.clone(),
            range,
        }
    }

    /// `key: value` scalars of a mapping (`env:`, `with:`).
    fn map(&self, node: Node<'_>) -> Vec<(Text, Text)> {
        yaml::pairs(node, self.src)
            .iter()
            .filter_map(|p| Some((self.key(p), self.text_or_raw(p.value?))))
            .collect()
    }

    /// A scalar or each item of a sequence.
    fn list(&self, node: Node<'_>) -> Vec<Text> {
        if yaml::sequence(node).is_some() {
            yaml::items(node)
                .into_iter()
                .filter_map(|item| self.text(item))
                .collect()
        } else {
            self.text(node).into_iter().collect()
        }
    }

    fn triggers(&self, value: Node<'_>, workflow: &mut Workflow) {
        if yaml::mapping(value, self.src, &Default::default()).is_none() {
            workflow.triggers = self.list(value);
            return;
        }
        for event in yaml::pairs(value, self.src) {
            workflow.triggers.push(self.key(&event));
            if !matches!(event.key.as_str(), "workflow_dispatch" | "workflow_call") {
                continue;
            }
            let Some(inputs) = event
                .value
                .and_then(|v| {
                    yaml::pairs(v, self.src)
                        .into_iter()
                        .find(|p| p.key == "inputs")
                })
                .and_then(|p| p.value)
            else {
                continue;
            };
            for input in yaml::pairs(inputs, self.src) {
                let kind = input.value.and_then(|v| {
                    yaml::pairs(v, self.src)
                        .into_iter()
                        .find(|p| p.key == "type")
                        .and_then(|p| yaml::scalar(p.value?, self.src))
                });
                workflow.inputs.push(Input {
                    name: input.key.clone(),
                    kind,
                });
            }
        }
    }

    fn permissions(&self, pair: Node<'_>, value: Node<'_>) -> Permissions {
        let grant = if yaml::mapping(value, self.src, &Default::default()).is_some() {
            let scopes = self.map(value);
            if scopes.is_empty() {
                Grant::Nothing
            } else {
                Grant::Scopes(scopes)
            }
        } else {
            match yaml::scalar(value, self.src).as_deref().map(str::trim) {
                Some("read-all") => Grant::ReadAll,
                Some("write-all") => Grant::WriteAll,
                _ => Grant::Unknown,
            }
        };
        Permissions {
            range: pair.byte_range(),
            grant,
        }
    }

    fn job(&self, pair: &yaml::Pair<'_>) -> Option<Job> {
        let body = pair.value?;
        let mut job = Job {
            id: self.key(pair),
            range: pair.node.byte_range(),
            runs_on: Vec::new(),
            runner_group: None,
            permissions: None,
            uses: None,
            secrets_inherit: None,
            container: None,
            services: Vec::new(),
            steps: Vec::new(),
            env: Vec::new(),
            matrix: Vec::new(),
            condition: None,
        };
        for entry in yaml::pairs(body, self.src) {
            let Some(value) = entry.value else { continue };
            match entry.key.as_str() {
                "runs-on" => {
                    if yaml::mapping(value, self.src, &Default::default()).is_some() {
                        for p in yaml::pairs(value, self.src) {
                            match (p.key.as_str(), p.value) {
                                ("group", Some(v)) => job.runner_group = self.text(v),
                                ("labels", Some(v)) => job.runs_on = self.list(v),
                                _ => {}
                            }
                        }
                    } else {
                        job.runs_on = self.list(value);
                    }
                }
                "permissions" => job.permissions = Some(self.permissions(entry.node, value)),
                "uses" => job.uses = self.text(value),
                "secrets"
                    if yaml::scalar(value, self.src).is_some_and(|s| s.trim() == "inherit") =>
                {
                    job.secrets_inherit = Some(entry.node.byte_range());
                }
                "container" => job.container = self.image(value),
                "services" => {
                    job.services = yaml::pairs(value, self.src)
                        .iter()
                        .filter_map(|s| Some((self.key(s), self.image(s.value?)?)))
                        .collect()
                }
                "steps" => job.steps = self.steps(value),
                "env" => job.env = self.map(value),
                "if" => job.condition = self.text(value),
                "strategy" => {
                    let matrix = yaml::pairs(value, self.src)
                        .into_iter()
                        .find(|p| p.key == "matrix")
                        .and_then(|p| p.value);
                    if let Some(matrix) = matrix {
                        job.matrix = yaml::pairs(matrix, self.src)
                            .iter()
                            .filter(|p| p.key != "include" && p.key != "exclude")
                            .filter_map(|p| {
                                let v = p.value?;
                                yaml::sequence(v)?;
                                Some((p.key.clone(), self.list(v)))
                            })
                            .collect();
                    }
                }
                _ => {}
            }
        }
        Some(job)
    }

    /// The image of `container:` / a service: the string form or `image:` of the mapping.
    fn image(&self, value: Node<'_>) -> Option<Text> {
        if yaml::mapping(value, self.src, &Default::default()).is_some() {
            let image = yaml::pairs(value, self.src)
                .into_iter()
                .find(|p| p.key == "image")?;
            self.text(image.value?)
        } else {
            self.text(value)
        }
    }

    fn steps(&self, value: Node<'_>) -> Vec<Step> {
        yaml::items(value)
            .into_iter()
            .filter_map(|item| self.step(item))
            .collect()
    }

    fn step(&self, item: Node<'_>) -> Option<Step> {
        let mapping = yaml::mapping(item, self.src, &Default::default())?;
        let mut step = Step {
            range: mapping.byte_range(),
            name: None,
            id: None,
            uses: None,
            uses_comment: None,
            run: None,
            shell: None,
            condition: None,
            with: Vec::new(),
            env: Vec::new(),
        };
        for entry in yaml::pairs(mapping, self.src) {
            let Some(value) = entry.value else { continue };
            match entry.key.as_str() {
                "name" => step.name = self.text(value),
                "id" => step.id = self.text(value),
                "uses" => {
                    let row = value.start_position().row;
                    step.uses_comment = self
                        .comments
                        .iter()
                        .find(|(r, c)| *r == row && c.start >= value.end_byte())
                        .map(|(_, c)| {
                            self.src[c.clone()]
                                .trim_start_matches('#')
                                .trim()
                                .to_string()
                        });
                    step.uses = self.text(value);
                }
                "run" => step.run = Some(self.text_or_raw(value)),
                "shell" => step.shell = self.text(value),
                "if" => step.condition = self.text(value),
                "with" => step.with = self.map(value),
                "env" => step.env = self.map(value),
                _ => {}
            }
        }
        Some(step)
    }

    fn runs(&self, value: Node<'_>) -> ActionRuns {
        let mut runs = ActionRuns::default();
        for entry in yaml::pairs(value, self.src) {
            let Some(v) = entry.value else { continue };
            match entry.key.as_str() {
                "using" => runs.using = self.text(v),
                "image" => runs.image = self.text(v),
                "steps" => runs.steps = self.steps(v),
                _ => {}
            }
        }
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKFLOW: &str = "\
name: ci
on:
  pull_request_target:
    types: [opened]
  workflow_dispatch:
    inputs:
      dry-run:
        type: boolean
permissions:
  contents: read
  pull-requests: write
env:
  TITLE: ${{ github.event.pull_request.title }}
jobs:
  test:
    runs-on: [self-hosted, linux]
    container: node:20
    services:
      db:
        image: postgres
    strategy:
      matrix:
        os: [ubuntu-latest, self-hosted]
    steps:
      - uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab # v3.5.2
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - name: Test
        run: |
          echo hi
          npm test
        env:
          TOKEN: ${{ secrets.TOKEN }}
  call:
    uses: org/repo/.github/workflows/x.yml@main
    secrets: inherit
    permissions: write-all
";

    #[test]
    fn reads_a_workflow() {
        let w = Workflow::parse(WORKFLOW);
        assert_eq!(w.document, Document::Workflow);
        assert_eq!(w.error_at, None);
        let triggers: Vec<&str> = w.triggers.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(triggers, ["pull_request_target", "workflow_dispatch"]);
        assert_eq!(
            w.inputs,
            [Input {
                name: "dry-run".into(),
                kind: Some("boolean".into())
            }]
        );
        let permissions = w.permissions.as_ref().unwrap();
        assert_eq!(permissions.write_scopes()[0].value, "pull-requests");
        assert_eq!(w.env[0].0.value, "TITLE");
        let test = &w.jobs[0];
        assert_eq!(test.id.value, "test");
        let labels: Vec<&str> = test.runs_on.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(labels, ["self-hosted", "linux"]);
        assert_eq!(test.container.as_ref().unwrap().value, "node:20");
        assert_eq!(test.services[0].1.value, "postgres");
        assert_eq!(test.matrix[0].0, "os");
        assert_eq!(test.steps.len(), 2);
        let checkout = &test.steps[0];
        assert!(checkout.uses_action("actions/checkout"));
        assert_eq!(checkout.uses_comment.as_deref(), Some("v3.5.2"));
        assert_eq!(
            checkout.input("ref").unwrap().value,
            "${{ github.event.pull_request.head.sha }}"
        );
        let run = test.steps[1].run.as_ref().unwrap();
        assert_eq!(run.value, "echo hi\nnpm test");
        assert!(WORKFLOW[run.range.clone()].starts_with('|'));
        assert_eq!(
            w.env_value(Some(test), &test.steps[1], "TOKEN")
                .unwrap()
                .value,
            "${{ secrets.TOKEN }}"
        );
        let call = &w.jobs[1];
        assert!(call.secrets_inherit.is_some());
        assert_eq!(call.permissions.as_ref().unwrap().grant, Grant::WriteAll);
    }

    #[test]
    fn reads_triggers_in_every_form() {
        let names = |src: &str| -> Vec<String> {
            Workflow::parse(src)
                .triggers
                .into_iter()
                .map(|t| t.value)
                .collect()
        };
        assert_eq!(names("on: push\njobs: {}\n"), ["push"]);
        assert_eq!(
            names("on: [push, pull_request]\njobs: {}\n"),
            ["push", "pull_request"]
        );
        assert_eq!(
            names("\"on\":\n  - issue_comment\njobs: {}\n"),
            ["issue_comment"]
        );
    }

    #[test]
    fn reads_a_composite_action() {
        let w = Workflow::parse(
            "name: x\ninputs:\n  version:\n    description: v\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.version }}\n      shell: bash\n",
        );
        assert_eq!(w.document, Document::Action);
        assert_eq!(w.inputs[0].name, "version");
        let runs = w.runs.as_ref().unwrap();
        assert_eq!(runs.using.as_ref().unwrap().value, "composite");
        assert_eq!(w.all_steps().len(), 1);
    }

    #[test]
    fn broken_yaml_is_read_as_far_as_it_goes() {
        let w = Workflow::parse("on: push\njobs:\n  a:\n    steps: [\n");
        assert!(w.error_at.is_some());
        let w = Workflow::parse("\u{0}\u{1}");
        assert_eq!(w.document, Document::Other);
    }

    #[test]
    fn parses_uses() {
        assert_eq!(
            ActionRef::parse("actions/checkout@v4"),
            ActionRef::Repository {
                owner: "actions".into(),
                repo: "checkout".into(),
                path: None,
                git_ref: Some("v4".into())
            }
        );
        assert_eq!(
            ActionRef::parse("github/codeql-action/init@v3"),
            ActionRef::Repository {
                owner: "github".into(),
                repo: "codeql-action".into(),
                path: Some("init".into()),
                git_ref: Some("v3".into())
            }
        );
        assert_eq!(
            ActionRef::parse("./.github/actions/setup"),
            ActionRef::Local("./.github/actions/setup".into())
        );
        assert_eq!(
            ActionRef::parse("docker://alpine:3.19"),
            ActionRef::Docker("alpine:3.19".into())
        );
    }
}
