//! What the `github` context holds and who controls it: the event fields anyone who can open an
//! issue, a pull request or a comment writes (titles, bodies, branch names, commit messages,
//! author names), and the references that name a pull request's own code.
//!
//! A table, not a guess per rule: the template-injection and untrusted-checkout rules read it.

use super::expr::{Path, starts_with};

/// Event fields whose text an outside contributor chooses. `*` stands for any index.
const ATTACKER_FIELDS: &[&[&str]] = &[
    &["issue", "title"],
    &["issue", "body"],
    &["pull_request", "title"],
    &["pull_request", "body"],
    &["pull_request", "head", "ref"],
    &["pull_request", "head", "label"],
    &["pull_request", "head", "repo", "default_branch"],
    &["pull_request", "head", "repo", "description"],
    &["comment", "body"],
    &["review", "body"],
    &["review_comment", "body"],
    &["discussion", "title"],
    &["discussion", "body"],
    &["answer", "body"],
    &["pages", "*", "page_name"],
    &["commits", "*", "message"],
    &["commits", "*", "author", "name"],
    &["commits", "*", "author", "email"],
    &["commits", "*", "committer", "name"],
    &["commits", "*", "committer", "email"],
    &["head_commit", "message"],
    &["head_commit", "author", "name"],
    &["head_commit", "author", "email"],
    &["head_commit", "committer", "name"],
    &["head_commit", "committer", "email"],
    &["workflow_run", "head_branch"],
    &["workflow_run", "display_title"],
    &["workflow_run", "head_commit", "message"],
    &["workflow_run", "head_commit", "author", "name"],
    &["workflow_run", "head_commit", "author", "email"],
    &["workflow_run", "head_commit", "committer", "name"],
    &["workflow_run", "head_commit", "committer", "email"],
    &["workflow_run", "pull_requests", "*", "head", "ref"],
    &["workflow_run", "head_repository", "description"],
    &["check_suite", "head_branch"],
    &["check_run", "check_suite", "head_branch"],
    &["merge_group", "head_commit", "message"],
];

/// True when `path` expands to text an outside contributor wrote: one of the fields above, an
/// object holding one (`github.event.pull_request`, `github.event`), or `github.head_ref`.
pub fn attacker_controlled(path: &Path) -> bool {
    if starts_with(path, &["github", "head_ref"]) {
        return true;
    }
    if !starts_with(path, &["github", "event"]) {
        return false;
    }
    let rest = &path[2..];
    ATTACKER_FIELDS.iter().any(|field| {
        // The field itself or something under it, or an object that contains it.
        let n = rest.len().min(field.len());
        rest[..n]
            .iter()
            .zip(&field[..n])
            .all(|(have, want)| *want == "*" || have == want || have == "*")
    })
}

/// The events whose payload fills a part of `github.event` (or `github.head_ref`); `None` when
/// the path is not tied to particular events.
pub fn populating_events(path: &Path) -> Option<&'static [&'static str]> {
    const PULL_REQUEST: &[&str] = &[
        "pull_request",
        "pull_request_target",
        "pull_request_review",
        "pull_request_review_comment",
    ];
    if starts_with(path, &["github", "head_ref"]) {
        return Some(PULL_REQUEST);
    }
    if !starts_with(path, &["github", "event"]) || path.len() < 3 {
        return None;
    }
    Some(match path[2].as_str() {
        "pull_request" => PULL_REQUEST,
        "issue" => &["issues", "issue_comment"],
        "comment" => &[
            "issue_comment",
            "pull_request_review_comment",
            "discussion_comment",
            "commit_comment",
        ],
        "review" => &["pull_request_review"],
        "discussion" => &["discussion", "discussion_comment"],
        "pages" => &["gollum"],
        "commits" | "head_commit" => &["push"],
        "workflow_run" => &["workflow_run"],
        "check_suite" => &["check_suite"],
        "check_run" => &["check_run"],
        "merge_group" => &["merge_group"],
        _ => return None,
    })
}

/// Event fields naming the code of the pull request (its head commit, branch or fork), which a
/// checkout of that value brings into the workspace.
const PULL_REQUEST_CODE: &[&[&str]] = &[
    &["github", "head_ref"],
    &["github", "event", "pull_request", "head"],
    &["github", "event", "pull_request", "merge_commit_sha"],
    &["github", "event", "workflow_run", "head_sha"],
    &["github", "event", "workflow_run", "head_branch"],
    &["github", "event", "workflow_run", "head_commit"],
    &["github", "event", "workflow_run", "head_repository"],
    &["github", "event", "workflow_run", "pull_requests"],
    &["github", "event", "check_suite", "head_sha"],
    &["github", "event", "check_suite", "head_branch"],
];

/// True when `path` names a pull request's own commit, branch or repository.
pub fn names_pull_request_code(path: &Path) -> bool {
    PULL_REQUEST_CODE
        .iter()
        .any(|prefix| starts_with(path, prefix))
}

/// Triggers whose workflows run with the base repository's secrets and a token that can write,
/// while the event comes from someone without write access.
pub const PRIVILEGED_TRIGGERS: &[&str] = &["pull_request_target", "workflow_run", "issue_comment"];

/// Triggers on which a fork's pull request starts the workflow.
pub const FORK_TRIGGERS: &[&str] = &[
    "pull_request",
    "pull_request_target",
    "pull_request_review",
    "pull_request_review_comment",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn path(s: &str) -> Path {
        s.split('.').map(str::to_string).collect()
    }

    #[test]
    fn knows_who_writes_what() {
        assert!(attacker_controlled(&path("github.event.issue.title")));
        assert!(attacker_controlled(&path("github.event.commits.*.message")));
        assert!(attacker_controlled(&path("github.event.pull_request")));
        assert!(attacker_controlled(&path("github.event")));
        assert!(attacker_controlled(&path("github.head_ref")));
        assert!(!attacker_controlled(&path(
            "github.event.pull_request.number"
        )));
        assert!(!attacker_controlled(&path("github.event.issue.user.login")));
        assert!(!attacker_controlled(&path("github.sha")));
        assert!(!attacker_controlled(&path("secrets.token")));
        assert!(!attacker_controlled(&path("github.event.inputs.name")));
    }

    #[test]
    fn knows_pull_request_code() {
        assert!(names_pull_request_code(&path(
            "github.event.pull_request.head.sha"
        )));
        assert!(names_pull_request_code(&path(
            "github.event.workflow_run.head_sha"
        )));
        assert!(!names_pull_request_code(&path(
            "github.event.pull_request.base.sha"
        )));
    }
}
