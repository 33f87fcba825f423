//! Matching installed versions against real OSV records (tests/data/osv, copied as published).
//! Every expected list below is worked out by hand from the records' ranges in
//! tests/data/osv/README.md, which shows the arithmetic.

use sechound_deps::review::check;
use sechound_deps::{AdvisoryDb, Ecosystem, Package, Relation};
use std::path::Path;
use std::sync::OnceLock;

fn db() -> &'static AdvisoryDb {
    static DB: OnceLock<AdvisoryDb> = OnceLock::new();
    DB.get_or_init(|| {
        AdvisoryDb::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/osv"))
            .expect("the test records load")
    })
}

fn package(ecosystem: Ecosystem, name: &str, version: &str) -> Package {
    Package {
        ecosystem,
        name: name.into(),
        version: version.into(),
        exact: true,
        spec: None,
        relation: Relation::Direct,
        dev: false,
        file: "lock".into(),
        line: 1,
        path: vec![],
    }
}

/// (advisory ids, smallest fix) for `name@version`.
fn matched(ecosystem: Ecosystem, name: &str, version: &str) -> (Vec<String>, Option<String>) {
    let advisories = db().advisories(ecosystem, name);
    match check(&package(ecosystem, name, version), &advisories) {
        Some(v) => {
            let mut ids: Vec<String> = v.advisories.iter().map(|a| a.id.clone()).collect();
            ids.sort();
            (ids, v.fix)
        }
        None => (vec![], None),
    }
}

fn npm(name: &str, version: &str) -> (Vec<String>, Option<String>) {
    matched(Ecosystem::Npm, name, version)
}

fn pypi(name: &str, version: &str) -> (Vec<String>, Option<String>) {
    matched(Ecosystem::PyPI, name, version)
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_records_load_per_ecosystem() {
    let counts = db().counts();
    let npm = counts.iter().find(|c| c.0 == Ecosystem::Npm).unwrap();
    let pypi = counts.iter().find(|c| c.0 == Ecosystem::PyPI).unwrap();
    assert_eq!(npm.1, 42, "42 npm records");
    assert_eq!(pypi.1, 169, "169 PyPI records");
}

#[test]
fn lodash_fixed_boundary() {
    assert_eq!(
        npm("lodash", "4.17.20"),
        (
            ids(&["GHSA-29mw-wpgm-hmr9", "GHSA-35jh-r3h4-6jhm"]),
            Some("4.17.21".into())
        )
    );
    // GHSA-p6mc-m468-83gw is fixed in 4.17.20 exactly: 4.17.20 is not affected by it (above).
    assert_eq!(npm("lodash", "4.17.21"), (vec![], None));
}

#[test]
fn last_affected_is_inclusive() {
    assert_eq!(
        npm("lodash.trim", "4.5.1"),
        (ids(&["GHSA-29mw-wpgm-hmr9"]), None)
    );
    assert_eq!(npm("lodash.trim", "4.5.2"), (vec![], None));
}

#[test]
fn npm_pre_releases() {
    assert_eq!(
        npm("express", "5.0.0-beta.1"),
        (
            ids(&["GHSA-qw6h-vgh9-j6wx", "GHSA-rv95-896h-c2vc"]),
            Some("5.0.0".into())
        )
    );
    assert_eq!(
        npm("express", "5.0.0-beta.3"),
        (ids(&["GHSA-qw6h-vgh9-j6wx"]), Some("5.0.0".into()))
    );
    assert_eq!(
        npm("next", "13.4.20-canary.12"),
        (
            ids(&["GHSA-c59h-r6p8-q9wc", "GHSA-fr5h-rqp8-mj6g"]),
            Some("14.1.1".into())
        )
    );
    assert_eq!(
        npm("next", "13.4.20-canary.13"),
        (ids(&["GHSA-fr5h-rqp8-mj6g"]), Some("14.1.1".into()))
    );
    // `introduced: "1.0"` (two parts) and a pre-release range.
    assert_eq!(
        npm("node-fetch", "3.0.0-beta.5"),
        (
            ids(&["GHSA-r683-j2x4-v87g", "GHSA-w7rc-rwvf-8q5r"]),
            Some("3.1.1".into())
        )
    );
}

#[test]
fn open_ranges_and_github_last_known_bound() {
    // GHSA-jj78-5fmv-mv28: `introduced: 3.4.5` and no end; GitHub bounds it `< 4.0.0`.
    assert_eq!(
        npm("express", "3.21.2"),
        (
            ids(&[
                "GHSA-jj78-5fmv-mv28",
                "GHSA-qw6h-vgh9-j6wx",
                "GHSA-rv95-896h-c2vc"
            ]),
            Some("4.20.0".into())
        )
    );
    assert_eq!(
        npm("express", "4.19.2"),
        (ids(&["GHSA-qw6h-vgh9-j6wx"]), Some("4.20.0".into()))
    );
    assert_eq!(npm("express", "4.20.0"), (vec![], None));
}

#[test]
fn package_names_are_matched_case_insensitively() {
    // GHSA-8hc4-vh64-cxmj names the package `Axios`.
    assert_eq!(
        npm("axios", "1.6.0"),
        (ids(&["GHSA-8hc4-vh64-cxmj"]), Some("1.7.4".into()))
    );
    assert_eq!(
        pypi("python_multipart", "0.0.6"),
        (ids(&["GHSA-2jv5-9r88-3w3p"]), Some("0.0.7".into()))
    );
}

#[test]
fn jsonwebtoken_needs_the_major_upgrade() {
    assert_eq!(
        npm("jsonwebtoken", "8.5.1"),
        (
            ids(&[
                "GHSA-27h2-hvpr-p74q",
                "GHSA-8cf7-32gw-wr33",
                "GHSA-hjrf-2m68-5959",
                "GHSA-qwph-4952-7xr6"
            ]),
            Some("9.0.0".into())
        )
    );
    assert_eq!(npm("jsonwebtoken", "9.0.0"), (vec![], None));
}

#[test]
fn pep_440_post_releases_and_epochs() {
    let (django_323_post, _) = pypi("Django", "3.2.3.post1");
    assert!(django_323_post.contains(&"PYSEC-2021-98".to_string()));
    assert!(django_323_post.contains(&"PYSEC-2021-99".to_string()));
    let (django_324_post, _) = pypi("django", "3.2.4.post1");
    assert!(!django_324_post.contains(&"PYSEC-2021-98".to_string()));
    assert!(!django_324_post.contains(&"PYSEC-2021-99".to_string()));
    // Epoch 1 sorts above every epoch-0 version: no range or listed version reaches it.
    assert_eq!(pypi("django", "1!3.2.3"), (vec![], None));
}

#[test]
fn pep_440_pre_releases_and_fixed_boundaries() {
    assert_eq!(
        pypi("PyYAML", "5.3.1"),
        (ids(&["PYSEC-2021-142"]), Some("5.4".into()))
    );
    assert_eq!(
        pypi("pyyaml", "5.2b1"),
        (
            ids(&["PYSEC-2020-96", "PYSEC-2021-142"]),
            Some("5.4".into())
        )
    );
    assert_eq!(
        pypi("pyyaml", "5.2a1"),
        (
            ids(&["PYSEC-2020-176", "PYSEC-2020-96", "PYSEC-2021-142"]),
            Some("5.4".into())
        )
    );
    assert_eq!(
        pypi("urllib3", "1.26.17"),
        (ids(&["PYSEC-2023-212"]), Some("1.26.18".into()))
    );
}

#[test]
fn version_lists_without_ranges() {
    // PYSEC-2014-8 with its ECOSYSTEM range removed: only `versions[]` is left to match.
    let mut advisories: Vec<_> = db()
        .advisories(Ecosystem::PyPI, "jinja2")
        .into_iter()
        .filter(|a| a.id == "PYSEC-2014-8")
        .collect();
    for affected in &mut advisories[0].affected {
        affected.ranges.clear();
    }
    let hit = |v: &str| check(&package(Ecosystem::PyPI, "jinja2", v), &advisories).is_some();
    assert!(hit("2.7.1"), "listed");
    assert!(hit("2.0-rc1"), "listed as 2.0rc1; PEP 440 normalises");
    assert!(!hit("2.7.2"), "the fixed version is not listed");
    assert!(!hit("2.7.1.post1"), "not listed, and no range");
}

#[test]
fn severities_from_cvss_or_the_database_label() {
    let severity = |eco, name: &str, id: &str| {
        db().advisories(eco, name)
            .into_iter()
            .find(|a| a.id == id)
            .and_then(|a| a.severity)
            .map(|s| (s.severity(), s.score.is_some()))
    };
    use sechound_core::Severity;
    // CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H: impact 6.42 × 0.8064 = 5.18, exploitability
    // 8.22 × 0.85 × 0.77 × 0.85 × 0.85 = 3.89, base score 9.1.
    assert_eq!(
        severity(Ecosystem::Npm, "lodash", "GHSA-jf85-cpcp-j695"),
        Some((Severity::Critical, true))
    );
    // No vector; `database_specific.severity` is `moderate`, in lower case.
    assert_eq!(
        severity(Ecosystem::Npm, "lodash", "GHSA-x5rq-j2xg-h7qm"),
        Some((Severity::Medium, false))
    );
    assert_eq!(
        severity(Ecosystem::Npm, "jsonwebtoken", "GHSA-c7hr-j4mj-j2w6"),
        Some((Severity::Critical, false))
    );
}
