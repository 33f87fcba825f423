//! Configuration and infrastructure files sechound reviews besides code, recognised by name.

use crate::Language;
use std::path::Path;

/// Extensions after `Dockerfile.` that make a file source code, documentation or data, not a
/// Dockerfile variant.
const NOT_DOCKERFILE_EXTENSIONS: &[&str] = &[
    "rs", "go", "java", "kt", "kts", "scala", "c", "cc", "cpp", "h", "hpp", "cs", "rb", "php",
    "swift", "py", "js", "mjs", "cjs", "jsx", "ts", "tsx", "md", "markdown", "rst", "txt", "adoc",
    "html", "htm", "json", "toml", "yaml", "yml", "xml", "ini", "cfg", "sh", "bash", "ps1", "lock",
    "snap",
];

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
}

impl ConfigKind {
    pub fn from_path(path: &Path) -> Option<ConfigKind> {
        let name = path.file_name()?.to_str()?;
        let lower = name.to_ascii_lowercase();
        // `Dockerfile.prod` is a Dockerfile; `dockerfile.rs` or `Dockerfile.md` is source or
        // documentation about one.
        let variant = lower
            .strip_prefix("dockerfile.")
            .or_else(|| lower.strip_prefix("containerfile."))
            .is_some_and(|suffix| !NOT_DOCKERFILE_EXTENSIONS.contains(&suffix));
        if lower == "dockerfile"
            || lower == "containerfile"
            || variant
            || lower.ends_with(".dockerfile")
        {
            return Some(ConfigKind::Dockerfile);
        }
        let yaml = lower.ends_with(".yml") || lower.ends_with(".yaml");
        if yaml && (lower.starts_with("compose.") || lower.starts_with("docker-compose")) {
            return Some(ConfigKind::Compose);
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
        }
    }

    /// The tree-sitter grammar for kinds parsed into a syntax tree (and reviewed by
    /// [`CodeRule`]s of the matching family); `None` for line-based formats.
    pub fn language(self) -> Option<Language> {
        match self {
            ConfigKind::Compose => Some(Language::Yaml),
            ConfigKind::Terraform => Some(Language::Hcl),
            ConfigKind::Dockerfile | ConfigKind::Env => None,
        }
    }
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
        // Issue 12, defect 7: source and documentation named after Dockerfiles are not ones.
        assert_eq!(kind("src/dockerfile.rs"), None);
        assert_eq!(kind("docs/Dockerfile.md"), None);
        assert_eq!(kind("Containerfile.json"), None);
        assert_eq!(kind("Dockerfile.dev"), Some(ConfigKind::Dockerfile));
        assert_eq!(kind("Containerfile.ci"), Some(ConfigKind::Dockerfile));
        assert_eq!(kind("docker-compose.prod.yml"), Some(ConfigKind::Compose));
        assert_eq!(kind("compose.yaml"), Some(ConfigKind::Compose));
        assert_eq!(kind("infra/main.tf"), Some(ConfigKind::Terraform));
        assert_eq!(kind(".github/workflows/ci.yml"), None);
        assert_eq!(kind("environment.ts"), None);
        assert!(is_example_env(Path::new(".env.example")));
        assert!(is_example_env(Path::new("sample.env")));
        assert!(!is_example_env(Path::new(".env.production")));
    }
}
