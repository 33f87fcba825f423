//! What each fuzz target does with its bytes, one function per reader: `sechound.toml`,
//! suppression comments, each lockfile and manifest, an OSV record, an advisory store file,
//! Dockerfiles, env files, Compose, Terraform, GitHub Actions workflows, a saved JSON report, and the whole
//! [`Engine::review_file`] entry point under any file name.
//!
//! The `fuzz/` crate (cargo-fuzz, libFuzzer) calls these; `tests/replay.rs` replays every input
//! kept under `fuzz/regressions/` through them in the ordinary test suite. A function returns
//! normally on any input: a panic, an overflow, a hang or an out-of-memory is the bug fuzzing
//! looks for. Some also check a property (a JSON report reads back as it was written, a store
//! file gives back the advisories put in), and panic when it does not hold.

use sechound_core::Config;
use sechound_deps::formats::FileFormat;
use sechound_deps::matching::{is_affected, smallest_fix};
use sechound_deps::version::Version;
use sechound_deps::{Advisory, AdvisoryDb, Ecosystem};
use sechound_engine::{Engine, Options};
use sechound_syntax::SourceText;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// A target: its name (the `fuzz/fuzz_targets/<name>.rs` binary) and its entry point.
pub type Target = (&'static str, fn(&[u8]));

/// Every target.
pub const TARGETS: &[Target] = &[
    ("config_toml", config_toml),
    ("suppressions", suppressions),
    ("package_json", package_json),
    ("package_lock", package_lock),
    ("yarn_lock", yarn_lock),
    ("pnpm_lock", pnpm_lock),
    ("requirements_txt", requirements_txt),
    ("pyproject_toml", pyproject_toml),
    ("poetry_lock", poetry_lock),
    ("pipfile_lock", pipfile_lock),
    ("uv_lock", uv_lock),
    ("osv_record", osv_record),
    ("osv_store", osv_store),
    ("dockerfile", dockerfile),
    ("dotenv", dotenv),
    ("compose", compose),
    ("terraform", terraform),
    ("github_workflow", github_workflow),
    ("report_json", report_json),
    ("review_file", review_file),
];

/// One engine for every input, with a time budget far above what any input may take: fuzzing
/// runs with a timeout of its own, and an input that needs the budget is a finding, not a pass.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut options = Options::default();
        options.config.file_time_budget = std::time::Duration::from_secs(600);
        Engine::new(options).expect("the default configuration is valid")
    })
}

/// Builds the shared engine and reviews one small file of each kind, so that the first input a
/// target runs does not pay for building the catalogue and compiling the rules' patterns:
/// libFuzzer's per-input timeout counts that time, and on a busy machine it passed 20 s under
/// AddressSanitizer. The targets that review files call it once before fuzzing starts.
pub fn warm_up() {
    let files: [(&str, &str); 7] = [
        (
            "app.js",
            "app.get('/a', (req, res) => res.sendFile(req.query.file));\nconst API_KEY = 'k1';\n",
        ),
        ("app.py", "import os\nSECRET_KEY = 'abc'\nDEBUG = True\n"),
        ("Dockerfile", "FROM node:20\nRUN curl -k https://x | sh\n"),
        (".env", "JWT_SECRET=abc\nDATABASE_URL=postgres://u:p@db/x\n"),
        (
            "docker-compose.yml",
            "services:\n  db:\n    image: postgres\n    ports: ['5432:5432']\n",
        ),
        (
            "main.tf",
            "resource \"aws_s3_bucket_acl\" \"b\" {\n  acl = \"public-read\"\n}\n",
        ),
        (
            ".github/workflows/ci.yml",
            "on: pull_request_target\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n",
        ),
    ];
    for (name, content) in files {
        let _ = engine().review_file(name, content.as_bytes().to_vec());
    }
    config_toml(b"[rules]\n");
}

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// `sechound.toml`, then the engine built from it (rule ids, severities, waiver globs).
pub fn config_toml(data: &[u8]) {
    if let Ok(config) = Config::parse("sechound.toml", &text(data)) {
        let _ = Engine::new(Options {
            config,
            ..Options::default()
        });
    }
}

/// `sechound-ignore:` comments in any comment syntax.
pub fn suppressions(data: &[u8]) {
    let source = SourceText::new(text(data));
    for suppression in sechound_engine::parse_inline_suppressions(&source) {
        let _ = suppression.to_suppression("a.js");
    }
}

/// One dependency file: its reader, the inventory built from it, and the branch comparison of
/// its first half with the whole.
fn dependency_file(name: &str, data: &[u8]) {
    let text = text(data);
    let format = FileFormat::of(name).expect("a dependency file name");
    let _ = format.parse(name, &text);
    let files = [(name.to_string(), text.clone())];
    let _ = sechound_deps::inventory::inventory(&files, &|_| None);
    let mut half = text.len() / 2;
    while !text.is_char_boundary(half) {
        half -= 1;
    }
    let _ = sechound_deps::changes::changes(name, Some(&text[..half]), Some(&text), None);
}

pub fn package_json(data: &[u8]) {
    dependency_file("package.json", data);
}
pub fn package_lock(data: &[u8]) {
    dependency_file("package-lock.json", data);
}
pub fn yarn_lock(data: &[u8]) {
    dependency_file("yarn.lock", data);
}
pub fn pnpm_lock(data: &[u8]) {
    dependency_file("pnpm-lock.yaml", data);
}
pub fn requirements_txt(data: &[u8]) {
    dependency_file("requirements.txt", data);
}
pub fn pyproject_toml(data: &[u8]) {
    dependency_file("pyproject.toml", data);
}
pub fn poetry_lock(data: &[u8]) {
    dependency_file("poetry.lock", data);
}
pub fn pipfile_lock(data: &[u8]) {
    dependency_file("Pipfile.lock", data);
}
pub fn uv_lock(data: &[u8]) {
    dependency_file("uv.lock", data);
}

/// Versions every advisory is matched against: the ones its own events name, and a few others.
fn versions_for(ecosystem: Ecosystem, advisory: &Advisory) -> Vec<Version> {
    let mut texts: Vec<String> = ["0", "1.0.0", "2.3.4-rc.1", "1!2.0.post1"]
        .iter()
        .map(|v| v.to_string())
        .collect();
    texts.extend(
        advisory
            .affected
            .iter()
            .flat_map(|a| a.versions.iter().cloned()),
    );
    texts
        .iter()
        .take(16)
        .filter_map(|t| Version::parse(ecosystem, t))
        .collect()
}

/// Matches each advisory against a few versions, as a review would.
fn match_all(ecosystem: Ecosystem, advisories: &[Advisory]) {
    for advisory in advisories.iter().take(8) {
        for version in versions_for(ecosystem, advisory) {
            let _ = is_affected(ecosystem, &version, advisory);
            let _ = smallest_fix(ecosystem, &version, &[advisory]);
        }
    }
}

/// One OSV record (a `*.json` file of an OSV directory or `all.zip`): read, matched, and stored.
/// The store gives back exactly the advisories written into it.
pub fn osv_record(data: &[u8]) {
    let Ok(split) = sechound_deps::import::read_record(data) else {
        return;
    };
    let mut ecosystems: HashMap<Ecosystem, BTreeMap<String, Vec<Advisory>>> = HashMap::new();
    for (ecosystem, package, advisory) in split {
        ecosystems
            .entry(ecosystem)
            .or_default()
            .entry(package)
            .or_default()
            .push(advisory);
    }
    let db = AdvisoryDb::from_advisories(ecosystems.clone());
    for (ecosystem, packages) in &ecosystems {
        for (package, advisories) in packages {
            match_all(*ecosystem, advisories);
            let stored = db.advisories(*ecosystem, package);
            assert_eq!(
                postcard::to_allocvec(&stored).ok(),
                postcard::to_allocvec(advisories).ok(),
                "the store changed the advisories of {package}"
            );
        }
    }
}

/// An advisory store file (`npm.osvdb`) as `sechound db import` writes it, read and queried.
pub fn osv_store(data: &[u8]) {
    let Ok(db) = AdvisoryDb::from_store_bytes(Ecosystem::Npm, data.to_vec()) else {
        return;
    };
    for name in db.package_names(Ecosystem::Npm).into_iter().take(64) {
        match_all(Ecosystem::Npm, &db.advisories(Ecosystem::Npm, name));
    }
}

/// A Dockerfile: the instruction reader, then the file reviewed.
pub fn dockerfile(data: &[u8]) {
    let _ = sechound_syntax::dockerfile::parse_dockerfile(&text(data));
    let _ = engine().review_file("Dockerfile", data.to_vec());
}

/// An env file: the reader, then the file reviewed as a real one and as an example.
pub fn dotenv(data: &[u8]) {
    let _ = sechound_syntax::dotenv::parse_env(&text(data));
    let _ = engine().review_file(".env", data.to_vec());
    let _ = engine().review_file(".env.example", data.to_vec());
}

/// A Compose file, parsed as YAML and reviewed.
pub fn compose(data: &[u8]) {
    let _ = engine().review_file("docker-compose.yml", data.to_vec());
}

/// A Terraform file, parsed as HCL and reviewed.
pub fn terraform(data: &[u8]) {
    let _ = engine().review_file("main.tf", data.to_vec());
}

/// A GitHub Actions workflow, read as the engine reads `.github/workflows/*.yml`: the workflow
/// model (jobs, steps, triggers, permissions, `${{ }}` expressions), then the file reviewed by
/// the `gha.*` rules as a workflow and as a composite action's `action.yml`.
pub fn github_workflow(data: &[u8]) {
    let _ = sechound_rules::gha::Workflow::parse(&text(data));
    let _ = engine().review_file(".github/workflows/ci.yml", data.to_vec());
    let _ = engine().review_file(".github/actions/setup/action.yml", data.to_vec());
}

/// A saved JSON report, as `--baseline` and `compare` read it: compared with itself and rendered
/// in every format. What it renders as JSON reads back the same.
pub fn report_json(data: &[u8]) {
    let Ok(report) = sechound_report::json::parse(&text(data)) else {
        return;
    };
    let mut current = report.clone();
    let tracking = sechound_core::track(&report, &mut current);
    let _ = sechound_report::markdown::render_tracking(&tracking, &current);
    let _ = sechound_report::markdown::render(&report);
    let _ = sechound_report::sarif::render(&report, &[]);
    let _ = sechound_report::html::render(&report);
    let json = sechound_report::json::render(&report);
    let again = sechound_report::json::parse(&json).expect("a rendered report reads back");
    assert_eq!(
        sechound_report::json::render(&again),
        json,
        "the report changed on its way through JSON"
    );
}

/// The whole entry point: the first line names the file (so the fuzzer explores every kind of
/// file name, `app.ts`, `Dockerfile.prod`, `.env.local`, `settings.py` ...), the rest is its
/// content. The file's facts go through the project model and the project rules too.
pub fn review_file(data: &[u8]) {
    let (name, content) = match data.iter().position(|b| *b == b'\n') {
        Some(end) if end > 0 && end <= 100 => (text(&data[..end]), &data[end + 1..]),
        _ => ("app.js".to_string(), data),
    };
    let name = name.trim_start_matches('/').to_string();
    let Some(outcome) = engine().review_file(&name, content.to_vec()) else {
        return;
    };
    if let Some(facts) = outcome.facts {
        let program = sechound_semantic::Program::link(outcome.summary.into_iter().collect());
        let model = sechound_project::build(vec![facts], &[], &program);
        let _ = sechound_rules::run_project_rules(&model, &sechound_rules::catalogue().project);
    }
}
