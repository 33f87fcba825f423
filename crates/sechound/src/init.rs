//! `sechound init`: a commented `sechound.toml` for the stack found in the repository and, on
//! request, a CI workflow (GitHub Actions or GitLab CI). Never overwrites a file without
//! `--force`.

use crate::cli::InitArgs;
use anyhow::{Context, Result, bail};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The version `init` pins in the workflows it writes.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What `init` found in the repository.
#[derive(Debug, Default)]
struct Stack {
    node: Vec<String>,
    typescript: bool,
    python: Vec<String>,
    docker: bool,
    compose: bool,
    terraform: bool,
    env_files: bool,
    github_workflows: bool,
    /// Directories of generated or vendored code that exist here (`dist`, `.venv` …).
    generated: Vec<String>,
}

impl Stack {
    fn describe(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if !self.node.is_empty() || self.typescript {
            let language = if self.typescript {
                "TypeScript"
            } else {
                "JavaScript"
            };
            let frameworks: Vec<String> = self
                .node
                .iter()
                .filter(|f| f.as_str() != "node")
                .cloned()
                .collect();
            parts.push(with_frameworks(format!("Node ({language})"), &frameworks));
        }
        if !self.python.is_empty() {
            let frameworks: Vec<String> = self
                .python
                .iter()
                .filter(|f| f.as_str() != "python")
                .cloned()
                .collect();
            parts.push(with_frameworks("Python".into(), &frameworks));
        }
        for (present, name) in [
            (self.docker, "Dockerfile"),
            (self.compose, "Docker Compose"),
            (self.terraform, "Terraform"),
            (self.env_files, ".env files"),
            (self.github_workflows, "GitHub Actions workflows"),
        ] {
            if present {
                parts.push(name.to_string());
            }
        }
        parts
    }
}

fn with_frameworks(base: String, frameworks: &[String]) -> String {
    if frameworks.is_empty() {
        base
    } else {
        format!("{base}: {}", frameworks.join(", "))
    }
}

const NODE_FRAMEWORKS: &[&str] = &[
    "express",
    "fastify",
    "koa",
    "@nestjs/core",
    "hapi",
    "@hapi/hapi",
    "next",
];
const PYTHON_FRAMEWORKS: &[&str] = &["fastapi", "flask", "django", "starlette", "aiohttp"];
const SKIPPED_DIRS: &[&str] = &[
    "node_modules",
    ".git",
    ".venv",
    "venv",
    "dist",
    "build",
    "target",
    "__pycache__",
    "coverage",
    ".next",
    ".terraform",
];
const GENERATED_DIRS: &[&str] = &[
    "dist", "build", "coverage", ".next", "out", ".venv", "venv", "vendor",
];

fn detect(root: &Path) -> Stack {
    let mut stack = Stack::default();
    walk(root, root, 0, &mut stack);
    for dir in GENERATED_DIRS {
        if root.join(dir).is_dir() {
            stack.generated.push((*dir).to_string());
        }
    }
    stack.node.sort();
    stack.node.dedup();
    stack.python.sort();
    stack.python.dedup();
    stack
}

fn walk(root: &Path, dir: &Path, depth: usize, stack: &mut Stack) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if name == ".github" && dir == root {
                stack.github_workflows = path.join("workflows").is_dir();
                continue;
            }
            if depth < 3 && !SKIPPED_DIRS.contains(&name.as_str()) && !name.starts_with('.') {
                walk(root, &path, depth + 1, stack);
            }
            continue;
        }
        let lower = name.to_ascii_lowercase();
        match lower.as_str() {
            "package.json" => {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let manifest: serde_json::Value =
                    serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
                for section in ["dependencies", "devDependencies"] {
                    if let Some(deps) = manifest.get(section).and_then(|d| d.as_object()) {
                        for framework in NODE_FRAMEWORKS {
                            if deps.contains_key(*framework) {
                                stack.node.push((*framework).to_string());
                            }
                        }
                        stack.typescript |= deps.contains_key("typescript");
                    }
                }
                // `node` stands for a manifest without a known framework.
                stack.node.push("node".into());
            }
            "tsconfig.json" => stack.typescript = true,
            "pyproject.toml" | "setup.py" | "setup.cfg" | "pipfile" => {
                python_manifest(&path, stack)
            }
            "dockerfile" => stack.docker = true,
            "docker-compose.yml" | "docker-compose.yaml" | "compose.yml" | "compose.yaml" => {
                stack.compose = true
            }
            _ if lower.starts_with("requirements") && lower.ends_with(".txt") => {
                python_manifest(&path, stack)
            }
            _ if lower.ends_with(".tf") => stack.terraform = true,
            _ if lower.starts_with("dockerfile.") || lower.ends_with(".dockerfile") => {
                stack.docker = true
            }
            _ if lower == ".env" || lower.starts_with(".env.") => stack.env_files = true,
            _ if lower.ends_with(".py") && stack.python.is_empty() => {
                stack.python.push("python".into())
            }
            _ => {}
        }
    }
}

fn python_manifest(path: &Path, stack: &mut Stack) {
    let text = std::fs::read_to_string(path)
        .unwrap_or_default()
        .to_ascii_lowercase();
    stack.python.push("python".into());
    for framework in PYTHON_FRAMEWORKS {
        if text.contains(framework) {
            stack.python.push((*framework).to_string());
        }
    }
}

/// The commented configuration for `stack`.
fn config_text(stack: &Stack) -> String {
    let mut out = String::new();
    let described = stack.describe();
    let _ = writeln!(
        out,
        "# sechound configuration, written by `sechound init` (sechound {VERSION})."
    );
    if described.is_empty() {
        out.push_str("# No known stack was found; sechound reviews what it recognises.\n");
    } else {
        let _ = writeln!(out, "# Found here: {}.", described.join("; "));
    }
    out.push_str(
        "# Every key is optional: delete what you do not need. Unknown keys and rule ids are\n\
         # errors naming this file and line, so a typo never turns a check off silently.\n\n\
         [review]\n\
         # Paths (globs relative to this directory) never reviewed, added to --exclude.\n\
         # Generated and vendored code is noise; keep source, tests and deployment files in.\n",
    );
    let mut excludes: Vec<String> = stack.generated.iter().map(|d| format!("{d}/**")).collect();
    if !stack.node.is_empty() {
        for pattern in ["**/*.min.js", "**/*.map"] {
            excludes.push(pattern.to_string());
        }
    }
    if !stack.python.is_empty() && !excludes.iter().any(|e| e.starts_with(".venv")) {
        excludes.push("**/site-packages/**".to_string());
    }
    let quoted: Vec<String> = excludes.iter().map(|e| format!("{e:?}")).collect();
    let _ = writeln!(out, "exclude = [{}]", quoted.join(", "));
    out.push_str(
        "# Files larger than this are listed as gaps instead of being read.\n\
         max_file_size = \"2MiB\"\n\
         # The lowest severity that fails the run (exit code 1): critical, high, medium, low,\n\
         # info or never. --fail-on on the command line wins.\n\
         fail_on = \"high\"\n\n\
         [rules]\n\
         # Rule ids to turn off (`sechound rules` lists them). Prefer a waiver with a reason.\n\
         disable = []\n\n\
         [rules.severity]\n\
         # Raise or lower a rule's severity for this repository, e.g.\n",
    );
    let example_rule = if !stack.python.is_empty() && stack.node.is_empty() {
        "py.debug-enabled"
    } else {
        "js.cors-allow-all-origins"
    };
    let _ = writeln!(out, "# \"{example_rule}\" = \"high\"");
    if stack.github_workflows {
        out.push_str(
            "# GitHub's own actions at a tag (actions/checkout@v4) are reported at low severity;\n\
             # raise them to hold every action to a commit SHA:\n\
             # \"gha.unpinned-first-party-action\" = \"medium\"\n",
        );
    }
    let _ = write!(
        out,
        "\n# Accept a rule's findings under a path, for a reason, until a date:\n\
         # [[waiver]]\n\
         # rule = \"{example_rule}\"\n\
         # path = \"src/public/**\"\n\
         # reason = \"public read-only API, no cookies\"\n\
         # until = \"2027-06-30\"\n"
    );
    out
}

/// The GitHub Actions workflow: the sechound action when its reference is given, else an
/// install of the pinned version from crates.io and the same steps.
fn github_workflow(action: Option<&str>) -> String {
    let head = "# sechound security review, written by `sechound init --github`.\n\
                name: sechound\n\
                on:\n  push:\n    branches: [main]\n  pull_request:\n\
                permissions:\n  contents: read\n  security-events: write\n\
                jobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n\
                \x20     - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0\n          persist-credentials: false\n";
    match action {
        Some(action) => format!(
            "{head}      - uses: {action}\n        with:\n          path: .\n          \
             # Pull requests: only what the branch introduced.\n          \
             base: ${{{{ github.event_name == 'pull_request' && format('origin/{{0}}', github.base_ref) || '' }}}}\n          \
             fail-on: high\n          upload-sarif: true\n"
        ),
        None => format!(
            "{head}      - uses: actions/cache@v4\n        with:\n          \
             path: ~/.cargo/bin/sechound\n          key: sechound-{VERSION}-${{{{ runner.os }}}}\n      \
             - name: Install sechound {VERSION}\n        \
             run: command -v sechound || cargo install --locked sechound --version {VERSION}\n      \
             - name: Review\n        run: |\n          \
             status=0\n          \
             sechound review . --format json -o sechound.json --quiet --fail-on high || status=$?\n          \
             if [ \"$status\" -gt 1 ]; then exit \"$status\"; fi\n          \
             sechound report sechound.json --format sarif -o sechound.sarif --quiet\n          \
             sechound report sechound.json --format summary >> \"$GITHUB_STEP_SUMMARY\"\n          \
             sechound report sechound.json --format github\n          \
             exit \"$status\"\n      \
             - uses: github/codeql-action/upload-sarif@v3\n        \
             if: ${{{{ !cancelled() && hashFiles('sechound.sarif') != '' }}}}\n        \
             with:\n          sarif_file: sechound.sarif\n          category: sechound\n"
        ),
    }
}

/// The GitLab CI job, kept in its own file that `.gitlab-ci.yml` includes.
fn gitlab_job() -> String {
    format!(
        "# sechound security review, written by `sechound init --gitlab`.\n\
         # Include it from .gitlab-ci.yml:  include: [{{ local: .gitlab/sechound.gitlab-ci.yml }}]\n\
         sechound:\n  stage: test\n  image: rust:1-bookworm\n  variables:\n    \
         CARGO_HOME: $CI_PROJECT_DIR/.cargo\n  cache:\n    key: sechound-{VERSION}\n    \
         paths: [.cargo/bin/]\n  script:\n    - |\n      \
         command -v sechound || test -x .cargo/bin/sechound || cargo install --locked sechound --version {VERSION}\n      \
         export PATH=\"$CARGO_HOME/bin:$PATH\"\n      \
         status=0\n      \
         sechound review . --format json -o sechound.json --quiet --fail-on high || status=$?\n      \
         if [ \"$status\" -gt 1 ]; then exit \"$status\"; fi\n      \
         sechound report sechound.json --format gitlab-sast -o gl-sast-report.json --quiet\n      \
         sechound report sechound.json --format codequality -o gl-code-quality-report.json --quiet\n      \
         sechound report sechound.json --format summary\n      \
         exit \"$status\"\n  \
         artifacts:\n    when: always\n    paths: [sechound.json]\n    reports:\n      \
         sast: gl-sast-report.json\n      codequality: gl-code-quality-report.json\n"
    )
}

pub fn run(args: InitArgs) -> Result<ExitCode> {
    let root = &args.path;
    if !root.is_dir() {
        bail!("`{}` is not a directory", root.display());
    }
    let stack = detect(root);
    let mut writes: Vec<(PathBuf, String)> =
        vec![(root.join("sechound.toml"), config_text(&stack))];
    if args.github {
        writes.push((
            root.join(".github/workflows/sechound.yml"),
            github_workflow(args.action.as_deref()),
        ));
    }
    if args.gitlab {
        writes.push((root.join(".gitlab/sechound.gitlab-ci.yml"), gitlab_job()));
        let main = root.join(".gitlab-ci.yml");
        // An existing pipeline is never rewritten, --force or not: it only needs the include.
        if !main.exists() {
            writes.push((
                main,
                "# Written by `sechound init --gitlab`.\nstages: [test]\ninclude:\n  - local: .gitlab/sechound.gitlab-ci.yml\n"
                    .to_string(),
            ));
        }
    }
    // Check every target first: either all files are written or none.
    let existing: Vec<String> = writes
        .iter()
        .filter(|(path, _)| path.exists())
        .map(|(path, _)| format!("`{}`", path.display()))
        .collect();
    if !existing.is_empty() && !args.force {
        bail!(
            "{} already exist{}; nothing was written (--force replaces {})",
            existing.join(", "),
            if existing.len() == 1 { "s" } else { "" },
            if existing.len() == 1 { "it" } else { "them" }
        );
    }
    let described = stack.describe();
    let mut said = format!(
        "Detected: {}\n",
        if described.is_empty() {
            "no known stack".to_string()
        } else {
            described.join("; ")
        }
    );
    for (path, text) in &writes {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create `{}`", parent.display()))?;
        }
        std::fs::write(path, text).with_context(|| format!("cannot write `{}`", path.display()))?;
        let _ = writeln!(said, "Wrote {}", path.display());
    }
    if args.gitlab
        && root.join(".gitlab-ci.yml").exists()
        && !writes.iter().any(|(p, _)| p.ends_with(".gitlab-ci.yml"))
    {
        said.push_str(
            "Add to .gitlab-ci.yml:\n  include:\n    - local: .gitlab/sechound.gitlab-ci.yml\n",
        );
    }
    // `sechound init | head -1` closes the pipe early: not an error.
    crate::commands::write_output(None, &said)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_frameworks_and_writes_a_config_the_loader_reads() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("package.json"),
            r#"{"dependencies":{"express":"^4"},"devDependencies":{"typescript":"^5"}}"#,
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("api")).unwrap();
        std::fs::write(dir.path().join("api/requirements.txt"), "fastapi==0.110\n").unwrap();
        std::fs::create_dir_all(dir.path().join("dist")).unwrap();
        let stack = detect(dir.path());
        assert_eq!(stack.node, ["express", "node"]);
        assert!(stack.typescript);
        assert!(stack.python.contains(&"fastapi".to_string()), "{stack:?}");
        let text = config_text(&stack);
        let config = sechound_core::Config::parse("sechound.toml", &text).unwrap();
        assert!(config.exclude.contains(&"dist/**".to_string()), "{text}");
        assert_eq!(
            config.fail_on,
            Some(sechound_core::FailOn::Severity(
                sechound_core::Severity::High
            ))
        );
    }
}
