//! `deps.vulnerable-package`: an installed package version that published advisories call
//! vulnerable.

use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A package version, read from a lockfile (`package-lock.json`, `npm-shrinkwrap.json`,
    /// `yarn.lock`, `pnpm-lock.yaml`, `poetry.lock`, `Pipfile.lock`, `uv.lock`) or a manifest
    /// (`package.json`, `requirements*.txt`, `pyproject.toml`), that one or more OSV advisories in
    /// the local advisory database affect. One finding per vulnerable package version: the
    /// advisory ids and aliases, their summaries, the installed version, the smallest version that
    /// fixes every matched advisory, and whether the package is direct or transitive (with the
    /// path through the tree where the lockfile records it).
    ///
    /// Versions are compared by the ecosystem's own rules: npm semver (pre-releases sort before
    /// their release) and PEP 440 for PyPI (epochs, pre/post/dev releases).
    ///
    /// ## Confidence
    /// High when the version is what gets installed: a lockfile entry or an exact pin. Low when a
    /// manifest gives only a range and no lockfile is present: sechound then checks the lowest
    /// version the range allows, which may not be what an install picks today.
    ///
    /// ## Severity
    /// The highest among the matched advisories: from the CVSS v3 base score (9.0 critical, 7.0
    /// high, 4.0 medium, below that low), else the database's own label; medium when neither is
    /// given.
    ///
    /// ## Needs
    /// An advisory database: `sechound db import PATH` (a directory of OSV JSON records or the
    /// OSV project's `all.zip`), `sechound db update` where the network allows, or
    /// `--advisories PATH` for one run. Without one, the report says so under Gaps.
    pub struct VulnerablePackage {
        id: "deps.vulnerable-package",
        title: "Dependency with known vulnerabilities",
        severity: High,
        confidence: High,
        area: Dependencies,
        cwe: [1395],
        owasp: A06,
        effort: Minutes,
        impact: "Known, published vulnerabilities in a package the service installs: attackers scan for exactly these, often with public exploits.",
        recommendation: "Upgrade the package to the fixed version (or later), regenerate the lockfile, and run the tests.",
        verification: "Re-run `sechound review`: the finding is gone once the lockfile pins a version no advisory affects.",
    }
}
