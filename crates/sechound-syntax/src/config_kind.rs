//! Configuration and infrastructure files sechound reviews besides code, recognised by name.

use crate::Language;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConfigKind {
    /// `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `Containerfile`.
    Dockerfile,
    /// `.env`, `.env.*`, `*.env`.
    Env,
    /// `compose.y*ml`, `docker-compose*.y*ml`.
    Compose,
    /// `*.tf`.
    Terraform,
    /// GitHub Actions: workflows (`.github/workflows/*.y*ml`) and action metadata
    /// (`action.y*ml`, composite, Docker or JavaScript actions).
    GithubActions,
}

impl ConfigKind {
    pub fn from_path(path: &Path) -> Option<ConfigKind> {
        let name = path.file_name()?.to_str()?;
        let lower = name.to_ascii_lowercase();
        if lower == "dockerfile"
            || lower == "containerfile"
            || lower.starts_with("dockerfile.")
            || lower.ends_with(".dockerfile")
        {
            return Some(ConfigKind::Dockerfile);
        }
        let yaml = lower.ends_with(".yml") || lower.ends_with(".yaml");
        if yaml && (lower.starts_with("compose.") || lower.starts_with("docker-compose")) {
            return Some(ConfigKind::Compose);
        }
        if yaml && (lower == "action.yml" || lower == "action.yaml" || is_workflow_path(path)) {
            return Some(ConfigKind::GithubActions);
        }
        if lower.ends_with(".tf") {
            return Some(ConfigKind::Terraform);
        }
        if lower == ".env"
            || lower.starts_with(".env.")
            || (lower.ends_with(".env") && lower.len() > 4)
        {
            return Some(ConfigKind::Env);
        }
        None
    }

    pub fn name(self) -> &'static str {
        match self {
            ConfigKind::Dockerfile => "Dockerfile",
            ConfigKind::Env => "Env file",
            ConfigKind::Compose => "Docker Compose",
            ConfigKind::Terraform => "Terraform",
            ConfigKind::GithubActions => "GitHub Actions",
        }
    }

    /// The tree-sitter grammar for kinds parsed into a syntax tree (and reviewed by
    /// [`CodeRule`]s of the matching family); `None` for line-based formats.
    pub fn language(self) -> Option<Language> {
        match self {
            ConfigKind::Compose => Some(Language::Yaml),
            ConfigKind::Terraform => Some(Language::Hcl),
            // Workflows are YAML too, but read into their own model (not by the Compose rules).
            ConfigKind::Dockerfile | ConfigKind::Env | ConfigKind::GithubActions => None,
        }
    }
}

/// True for a file under a `.github/workflows/` directory.
fn is_workflow_path(path: &Path) -> bool {
    let mut parts = path.components().rev().skip(1).map(|c| c.as_os_str());
    parts.next().is_some_and(|p| p == "workflows") && parts.next().is_some_and(|p| p == ".github")
}

/// True for env files meant to be copied and filled in (`.env.example`, `.env.sample`,
/// `example.env`, `.env.template`, `.env.dist`, `.env.defaults`).
pub fn is_example_env(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "example", "sample", "template", "dist", "defaults", "tmpl", "tpl",
    ]
    .iter()
    .any(|marker| name.contains(marker))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_names() {
        let kind = |n: &str| ConfigKind::from_path(Path::new(n));
        assert_eq!(kind("Dockerfile"), Some(ConfigKind::Dockerfile));
        assert_eq!(kind("docker/Dockerfile.prod"), Some(ConfigKind::Dockerfile));
        assert_eq!(kind("api.Dockerfile"), Some(ConfigKind::Dockerfile));
        assert_eq!(kind("Containerfile"), Some(ConfigKind::Dockerfile));
        assert_eq!(kind(".env"), Some(ConfigKind::Env));
        assert_eq!(kind(".env.production"), Some(ConfigKind::Env));
        assert_eq!(kind("config/prod.env"), Some(ConfigKind::Env));
        assert_eq!(kind("dockerfile_parser.py"), None);
        assert_eq!(kind("docker-compose.prod.yml"), Some(ConfigKind::Compose));
        assert_eq!(kind("compose.yaml"), Some(ConfigKind::Compose));
        assert_eq!(kind("infra/main.tf"), Some(ConfigKind::Terraform));
        assert_eq!(
            kind(".github/workflows/ci.yml"),
            Some(ConfigKind::GithubActions)
        );
        assert_eq!(
            kind("svc/.github/workflows/release.yaml"),
            Some(ConfigKind::GithubActions)
        );
        assert_eq!(
            kind(".github/actions/setup/action.yml"),
            Some(ConfigKind::GithubActions)
        );
        assert_eq!(kind("workflows/ci.yml"), None);
        assert_eq!(kind(".github/dependabot.yml"), None);
        assert_eq!(kind("environment.ts"), None);
        assert!(is_example_env(Path::new(".env.example")));
        assert!(is_example_env(Path::new("sample.env")));
        assert!(!is_example_env(Path::new(".env.production")));
    }
}
