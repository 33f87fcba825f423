//! The languages sechound parses, recognised from file names.

use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    JavaScript,
    TypeScript,
    Tsx,
    Python,
    /// YAML, parsed for Docker Compose files only (never chosen by extension alone).
    Yaml,
    /// HCL, parsed for Terraform files.
    Hcl,
}

/// Languages that share one set of rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// JavaScript and TypeScript (TSX and JSX included).
    Js,
    Python,
    /// Docker Compose files (YAML).
    Compose,
    /// Terraform (HCL).
    Terraform,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::JavaScript,
        Language::TypeScript,
        Language::Tsx,
        Language::Python,
        Language::Yaml,
        Language::Hcl,
    ];

    /// Recognises `.js .mjs .cjs .jsx`, `.ts .mts .cts .tsx` and `.py`. Declaration files
    /// (`.d.ts`) hold no behaviour and are not code for review.
    pub fn from_path(path: &Path) -> Option<Language> {
        let name = path.file_name()?.to_str()?;
        if name.ends_with(".d.ts") || name.ends_with(".d.mts") || name.ends_with(".d.cts") {
            return None;
        }
        match path.extension()?.to_str()? {
            "js" | "mjs" | "cjs" | "jsx" => Some(Language::JavaScript),
            "ts" | "mts" | "cts" => Some(Language::TypeScript),
            "tsx" => Some(Language::Tsx),
            "py" => Some(Language::Python),
            _ => None,
        }
    }

    pub fn family(self) -> Family {
        match self {
            Language::Python => Family::Python,
            Language::Yaml => Family::Compose,
            Language::Hcl => Family::Terraform,
            Language::JavaScript | Language::TypeScript | Language::Tsx => Family::Js,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Language::JavaScript => "JavaScript",
            Language::TypeScript | Language::Tsx => "TypeScript",
            Language::Python => "Python",
            Language::Yaml => "YAML",
            Language::Hcl => "HCL",
        }
    }

    pub fn grammar(self) -> tree_sitter::Language {
        match self {
            Language::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Language::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Language::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
            Language::Python => tree_sitter_python::LANGUAGE.into(),
            Language::Yaml => tree_sitter_yaml::LANGUAGE.into(),
            Language::Hcl => tree_sitter_hcl::LANGUAGE.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_extensions() {
        assert_eq!(
            Language::from_path(Path::new("a/b.mjs")),
            Some(Language::JavaScript)
        );
        assert_eq!(
            Language::from_path(Path::new("x.cts")),
            Some(Language::TypeScript)
        );
        assert_eq!(Language::from_path(Path::new("x.tsx")), Some(Language::Tsx));
        assert_eq!(
            Language::from_path(Path::new("x.py")),
            Some(Language::Python)
        );
        assert_eq!(Language::from_path(Path::new("x.d.ts")), None);
        assert_eq!(Language::from_path(Path::new("Makefile")), None);
    }
}
