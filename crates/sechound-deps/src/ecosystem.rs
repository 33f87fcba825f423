//! The package ecosystems sechound reads (npm and PyPI) and their naming rules.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Ecosystem {
    Npm,
    PyPI,
}

impl Ecosystem {
    pub const ALL: [Ecosystem; 2] = [Ecosystem::Npm, Ecosystem::PyPI];

    /// The name OSV records use in `affected[].package.ecosystem`.
    pub fn osv_name(self) -> &'static str {
        match self {
            Ecosystem::Npm => "npm",
            Ecosystem::PyPI => "PyPI",
        }
    }

    pub fn from_osv(name: &str) -> Option<Ecosystem> {
        match name {
            "npm" => Some(Ecosystem::Npm),
            "PyPI" => Some(Ecosystem::PyPI),
            _ => None,
        }
    }

    /// The key a package is looked up by: npm names are case-sensitive in the registry but
    /// advisories are not always (`Axios`), so both sides are lower-cased; PyPI names follow
    /// PEP 503 (`Jinja2`, `jinja_2`, `jinja.2` are one project).
    pub fn normalise(self, name: &str) -> String {
        match self {
            Ecosystem::Npm => name.trim().to_ascii_lowercase(),
            Ecosystem::PyPI => normalise_pypi(name),
        }
    }
}

impl fmt::Display for Ecosystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.osv_name())
    }
}

/// PEP 503: lower case, runs of `-`, `_` and `.` become one `-`.
fn normalise_pypi(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut separator = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            separator = true;
            continue;
        }
        if separator && !out.is_empty() {
            out.push('-');
        }
        separator = false;
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pep_503_names() {
        for name in ["Jinja2", "jinja2", "JINJA2"] {
            assert_eq!(Ecosystem::PyPI.normalise(name), "jinja2");
        }
        assert_eq!(
            Ecosystem::PyPI.normalise("Python__Multipart"),
            "python-multipart"
        );
        assert_eq!(
            Ecosystem::PyPI.normalise("zope.interface"),
            "zope-interface"
        );
        assert_eq!(Ecosystem::Npm.normalise("Axios"), "axios");
        assert_eq!(Ecosystem::Npm.normalise("@types/node"), "@types/node");
    }
}
