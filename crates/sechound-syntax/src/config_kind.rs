//! Configuration and infrastructure files sechound reviews besides code, recognised by name.

use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConfigKind {
    /// `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `Containerfile`.
    Dockerfile,
    /// `.env`, `.env.*`, `*.env`.
    Env,
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
        assert_eq!(kind("environment.ts"), None);
        assert!(is_example_env(Path::new(".env.example")));
        assert!(is_example_env(Path::new("sample.env")));
        assert!(!is_example_env(Path::new(".env.production")));
    }
}
