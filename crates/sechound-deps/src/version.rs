//! Versions compared by each ecosystem's own rules: npm semver (pre-releases sort before their
//! release) through `nodejs-semver`, PEP 440 (epochs, pre/post/dev releases, normalisation)
//! through `pep440_rs`.

use crate::Ecosystem;
use std::cmp::Ordering;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Version {
    Npm(nodejs_semver::Version),
    PyPI(pep440_rs::Version),
}

impl Version {
    /// Parses `text` as a version of `ecosystem`. npm versions with fewer than three parts
    /// (`1.0`, as some advisories write them) are padded with zeros; a leading `v` or `=` is
    /// dropped, as npm does.
    pub fn parse(ecosystem: Ecosystem, text: &str) -> Option<Version> {
        let text = text.trim();
        match ecosystem {
            Ecosystem::Npm => {
                let text = text.trim_start_matches(['v', '=']);
                if let Ok(v) = nodejs_semver::Version::parse(text) {
                    return Some(Version::Npm(v));
                }
                let (core, rest) = match text.find(['-', '+']) {
                    Some(i) => text.split_at(i),
                    None => (text, ""),
                };
                let parts = core.split('.').count();
                if parts == 0 || parts >= 3 || core.is_empty() {
                    return None;
                }
                let padded = format!("{core}{}{rest}", ".0".repeat(3 - parts));
                nodejs_semver::Version::parse(padded).ok().map(Version::Npm)
            }
            Ecosystem::PyPI => pep440_rs::Version::from_str(text).ok().map(Version::PyPI),
        }
    }

    /// Same ecosystem only; versions of different ecosystems never meet in matching.
    pub fn compare(&self, other: &Version) -> Option<Ordering> {
        match (self, other) {
            (Version::Npm(a), Version::Npm(b)) => Some(a.cmp(b)),
            (Version::PyPI(a), Version::PyPI(b)) => Some(a.cmp(b)),
            _ => None,
        }
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.compare(other)
    }
}

/// The lowest version a declared requirement allows, and whether it is exact (`==1.2.3`, `1.2.3`)
/// rather than a range. `None` when the requirement has no lower bound or is not a version
/// requirement at all (a git URL, a path, `workspace:*`).
pub fn lowest_allowed(ecosystem: Ecosystem, spec: &str) -> Option<(String, bool)> {
    let spec = spec.trim();
    match ecosystem {
        Ecosystem::Npm => {
            if let Ok(v) = nodejs_semver::Version::parse(spec.trim_start_matches(['v', '='])) {
                return Some((v.to_string(), true));
            }
            if spec.is_empty() || spec == "*" || spec == "latest" || spec.contains(':') {
                return None;
            }
            let range = nodejs_semver::Range::parse(spec).ok()?;
            let min = range.min_version()?;
            // `*`, `>=0.0.0` and friends say nothing about what is installed.
            if min == nodejs_semver::Version::new(0, 0, 0, vec![], vec![]) && !spec.contains('0') {
                return None;
            }
            Some((min.to_string(), false))
        }
        Ecosystem::PyPI => {
            let specifiers = pep440_rs::VersionSpecifiers::from_str(spec).ok()?;
            use pep440_rs::Operator::*;
            if let [only] = &*specifiers
                && matches!(only.operator(), Equal | ExactEqual)
            {
                return Some((only.version().to_string(), true));
            }
            specifiers
                .iter()
                .filter(|s| {
                    matches!(
                        s.operator(),
                        GreaterThanEqual | TildeEqual | Equal | EqualStar | GreaterThan
                    )
                })
                .map(|s| s.version().clone())
                .max()
                .map(|v| (v.to_string(), false))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn npm(s: &str) -> Version {
        Version::parse(Ecosystem::Npm, s).unwrap()
    }
    fn py(s: &str) -> Version {
        Version::parse(Ecosystem::PyPI, s).unwrap()
    }

    #[test]
    fn npm_pre_releases_sort_before_their_release() {
        assert!(npm("5.0.0-alpha.1") < npm("5.0.0-beta.3"));
        assert!(npm("5.0.0-beta.3") < npm("5.0.0"));
        assert!(npm("4.21.0") < npm("5.0.0-alpha.1"));
        assert!(npm("13.4.20-canary.13") < npm("13.4.20"));
        assert_eq!(npm("1.0"), npm("1.0.0"));
        assert_eq!(npm("v2.1.3"), npm("2.1.3"));
        assert!(Version::parse(Ecosystem::Npm, "git+https://x/y.git").is_none());
    }

    #[test]
    fn pep_440_epochs_post_dev_and_normalisation() {
        assert!(py("1!0.1") > py("2.0"));
        assert!(py("3.2.post1") > py("3.2"));
        assert!(py("3.2.dev1") < py("3.2a1"));
        assert!(py("3.2rc1") < py("3.2"));
        assert_eq!(py("1.0"), py("1.0.0"));
        assert_eq!(py("3.1.0RC1"), py("3.1.0rc1"));
    }

    #[test]
    fn lowest_allowed_versions() {
        assert_eq!(
            lowest_allowed(Ecosystem::Npm, "^4.17.20"),
            Some(("4.17.20".into(), false))
        );
        assert_eq!(
            lowest_allowed(Ecosystem::Npm, "8.5.1"),
            Some(("8.5.1".into(), true))
        );
        assert_eq!(lowest_allowed(Ecosystem::Npm, "*"), None);
        assert_eq!(lowest_allowed(Ecosystem::Npm, "workspace:*"), None);
        assert_eq!(
            lowest_allowed(Ecosystem::PyPI, "==3.1.4"),
            Some(("3.1.4".into(), true))
        );
        assert_eq!(
            lowest_allowed(Ecosystem::PyPI, ">=0.0.18,<1"),
            Some(("0.0.18".into(), false))
        );
        assert_eq!(
            lowest_allowed(Ecosystem::PyPI, "~=3.2.0"),
            Some(("3.2.0".into(), false))
        );
        assert_eq!(lowest_allowed(Ecosystem::PyPI, "<4"), None);
    }
}
