use super::{instructions, is_dockerfile};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_syntax::{ConfigKind, is_example_env};
use std::path::Path;

declare_rule! {
    /// ## What it finds
    /// `COPY . …` or `ADD . …` of the whole build context when that context holds env files
    /// (`.env`, `.env.production` …; examples excepted) and no `.dockerignore` excludes them.
    /// The build context is taken to be the Dockerfile's directory, the usual `docker build .`.
    ///
    /// ## Why it matters
    /// The env files, with their secrets, are copied into the image and readable by anyone who
    /// can pull it.
    ///
    /// ## Not reported
    /// A `.dockerignore` that lists `.env`, `.env*` or `*.env` (or `**/.env*`), copies of named
    /// paths (`COPY src/ ./src/`), and contexts without env files.
    ///
    /// ## Example
    /// ```dockerfile
    /// COPY . .        # reported when ./.env exists and .dockerignore does not exclude it
    /// ```
    pub struct CopyEnvFiles {
        id: "docker.copy-env-files",
        title: "Env files copied into the image",
        severity: High,
        confidence: Medium,
        area: ConfigurationSecrets,
        cwe: [538],
        owasp: A05,
        effort: Minutes,
        impact: "Secrets from the env files end up in an image layer that anyone with pull access can read.",
        recommendation: "Add `.env*` (and `!.env.example` if the example is needed) to `.dockerignore`, or copy only the paths the image needs (`COPY package*.json ./` then `COPY src ./src`).",
        verification: "`docker run --rm <image> ls -a /app` shows no `.env` file, and `sechound review` no longer reports the Dockerfile.",
    }
}

impl FileRule for CopyEnvFiles {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let Some(copy) = instructions(file).iter().find(|i| {
            (i.keyword == "COPY" || i.keyword == "ADD") && !i.args.contains("--from") && {
                let sources: Vec<&str> = i
                    .args
                    .split_whitespace()
                    .filter(|w| !w.starts_with("--"))
                    .collect();
                sources.len() >= 2
                    && sources[..sources.len() - 1]
                        .iter()
                        .any(|s| matches!(*s, "." | "./" | "./."))
            }
        }) else {
            return;
        };
        let context = match file.path.rfind('/') {
            Some(slash) => &file.path[..=slash],
            None => "",
        };
        let env_files: Vec<&String> = file
            .repo
            .paths()
            .iter()
            .filter(|p| p.starts_with(context))
            .filter(|p| {
                let path = Path::new(p.as_str());
                ConfigKind::from_path(path) == Some(ConfigKind::Env) && !is_example_env(path)
            })
            .collect();
        if env_files.is_empty() {
            return;
        }
        let ignore = file
            .repo
            .read(&format!("{context}.dockerignore"))
            .unwrap_or_default();
        let excluded = ignore.lines().map(str::trim).any(|line| {
            matches!(
                line,
                ".env"
                    | ".env*"
                    | ".env.*"
                    | "*.env"
                    | "**/.env"
                    | "**/.env*"
                    | "**/*.env"
                    | "/.env"
                    | "/.env*"
            )
        });
        if excluded {
            cx.strength(
                copy.range.clone(),
                "`.dockerignore` keeps env files out of the image",
            );
            return;
        }
        let names: Vec<&str> = env_files
            .iter()
            .take(3)
            .map(|p| &p[context.len()..])
            .collect();
        let message = format!(
            "`{} {}` copies the whole build context, which holds {} and no `.dockerignore` entry excludes {}.",
            copy.keyword,
            copy.args,
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", "),
            if names.len() == 1 { "it" } else { "them" }
        );
        cx.report(copy.range.clone(), message);
    }
}
