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
    /// GitHub Actions: workflows (`.github/workflows/*.y*ml`) and action metadata
    /// (`action.y*ml`, composite, Docker or JavaScript actions).
    GithubActions,
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

/// Top-level keys a Compose file may have (`x-*` extension fields aside).
const COMPOSE_KEYS: &[&str] = &[
    "version", "services", "networks", "volumes", "configs", "secrets", "name", "include",
];

/// A YAML file that is a Docker Compose file whatever its name (`deploy/stack.yml`,
/// `infra/local.yaml`): its top level has only Compose keys (`services`, `networks`,
/// `volumes`, `version`, `x-*`...), and `services` is a mapping in which some service has an
/// `image` or a `build`. Kubernetes manifests (`apiVersion`, `kind`), CI files (`jobs`,
/// `stages`, GitLab's list of `services`), OpenAPI documents and Helm values are not.
pub fn is_compose_content(path: &Path, text: &str) -> bool {
    let lower = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if lower != "yml" && lower != "yaml" {
        return false;
    }
    // Cheap test first: most YAML files never have `services:` at the start of a line.
    if !text
        .lines()
        .any(|l| l.starts_with("services:") || l.starts_with("\"services\":"))
    {
        return false;
    }
    let Ok(serde_yaml_ng::Value::Mapping(top)) = serde_yaml_ng::from_str(text) else {
        return false;
    };
    let keys_fit = top.keys().all(|k| {
        k.as_str()
            .is_some_and(|k| COMPOSE_KEYS.contains(&k) || k.starts_with("x-"))
    });
    let Some(serde_yaml_ng::Value::Mapping(services)) = top.get("services") else {
        return false;
    };
    keys_fit
        && services.values().any(|service| match service {
            serde_yaml_ng::Value::Mapping(body) => {
                body.contains_key("image") || body.contains_key("build")
            }
            _ => false,
        })
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

    #[test]
    fn recognises_compose_by_content() {
        let compose = |name: &str, text: &str| is_compose_content(Path::new(name), text);
        let stack = "version: '3.8'\nservices:\n  api:\n    image: acme/api:1.2\n    ports: ['8080:8080']\n  db:\n    image: postgres:16\nvolumes:\n  data: {}\n";
        assert!(compose("deploy/stack.yml", stack));
        assert!(compose(
            "local.yaml",
            "x-common: &common\n  restart: always\nservices:\n  web:\n    <<: *common\n    build: .\n"
        ));
        // Not Compose: GitLab CI's `services` is a list next to `stages`; Kubernetes; OpenAPI;
        // a settings file whose services have no image or build; not YAML by name.
        assert!(!compose(
            ".gitlab-ci.yml",
            "image: node:22\nservices:\n  - postgres:16\nstages: [test]\ntest:\n  script: npm test\n"
        ));
        assert!(!compose(
            "k8s/svc.yaml",
            "apiVersion: v1\nkind: Service\nservices:\n  web:\n    image: x\n"
        ));
        assert!(!compose(
            "openapi.yaml",
            "openapi: 3.0.0\npaths: {}\nservices:\n  a:\n    image: b\n"
        ));
        assert!(!compose(
            "config/app.yml",
            "services:\n  billing:\n    url: https://billing.internal\n    timeout: 5\n"
        ));
        assert!(!compose("stack.json", stack));
    }
}
