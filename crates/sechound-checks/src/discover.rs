//! Finding the checks a repository already defines: `package.json` scripts (with the package
//! manager its lockfile names), Python tool configuration (`pyproject.toml`, `setup.cfg`,
//! `tox.ini`, `noxfile.py`), `Makefile` targets, and the check commands of CI workflows.
//!
//! Discovery only reads files. It prefers the project's own entry points (`npm test` over
//! `jest`), adds a Makefile target or a CI command only for a kind of check nothing else
//! covers, and never plans a step that would write into the repository (an install without a
//! lockfile would create one).

use crate::plan::{PlannedStep, unique_names};
use sechound_core::StepKind;
use sechound_rules::gha::Workflow;
use serde_json::Value;
use std::path::Path;

/// Every step discovery finds in `root`; `notes` collects what it saw but did not plan.
pub(crate) fn discover(root: &Path, notes: &mut Vec<String>) -> Vec<PlannedStep> {
    let mut steps = Vec::new();
    steps.extend(node(root, notes));
    steps.extend(python(root, notes));
    let covered: Vec<StepKind> = steps.iter().map(|s| s.kind).collect();
    steps.extend(
        make(root)
            .into_iter()
            .filter(|s| !covered.contains(&s.kind)),
    );
    let covered: Vec<StepKind> = steps.iter().map(|s| s.kind).collect();
    steps.extend(workflows(root, &covered, notes));
    unique_names(&mut steps);
    steps
}

fn read(root: &Path, name: &str) -> Option<String> {
    std::fs::read_to_string(root.join(name)).ok()
}

fn exists(root: &Path, name: &str) -> bool {
    root.join(name).exists()
}

/// A JavaScript package manager and how it spells each command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PackageManager {
    Npm,
    Pnpm,
    Yarn,
    /// Yarn 2 and later.
    YarnBerry,
    Bun,
}

impl PackageManager {
    /// From `packageManager` in `package.json`, else from the lockfile, else npm.
    fn detect(root: &Path, manifest: &Value) -> (PackageManager, Option<&'static str>) {
        let declared = manifest
            .get("packageManager")
            .and_then(Value::as_str)
            .unwrap_or("");
        let lockfile = [
            ("pnpm-lock.yaml", PackageManager::Pnpm),
            ("yarn.lock", PackageManager::Yarn),
            ("bun.lockb", PackageManager::Bun),
            ("bun.lock", PackageManager::Bun),
            ("package-lock.json", PackageManager::Npm),
            ("npm-shrinkwrap.json", PackageManager::Npm),
        ]
        .into_iter()
        .find(|(name, _)| exists(root, name));
        let berry = exists(root, ".yarnrc.yml")
            || declared
                .strip_prefix("yarn@")
                .is_some_and(|v| !v.starts_with('1'));
        let manager = match declared.split('@').next().unwrap_or("") {
            "pnpm" => PackageManager::Pnpm,
            "yarn" if berry => PackageManager::YarnBerry,
            "yarn" => PackageManager::Yarn,
            "bun" => PackageManager::Bun,
            "npm" => PackageManager::Npm,
            _ => match lockfile.map(|(_, m)| m) {
                Some(PackageManager::Yarn) if berry => PackageManager::YarnBerry,
                Some(manager) => manager,
                None => PackageManager::Npm,
            },
        };
        (manager, lockfile.map(|(name, _)| name))
    }

    fn name(self) -> &'static str {
        match self {
            PackageManager::Npm => "npm",
            PackageManager::Pnpm => "pnpm",
            PackageManager::Yarn | PackageManager::YarnBerry => "yarn",
            PackageManager::Bun => "bun",
        }
    }

    fn run(self, script: &str) -> String {
        match (self, script) {
            (PackageManager::Npm, "test") => "npm test".into(),
            _ => format!("{} run {script}", self.name()),
        }
    }

    /// Installs exactly what the lockfile says, failing rather than rewriting it.
    fn install(self) -> &'static str {
        match self {
            PackageManager::Npm => "npm ci",
            PackageManager::Pnpm => "pnpm install --frozen-lockfile",
            PackageManager::Yarn => "yarn install --frozen-lockfile",
            PackageManager::YarnBerry => "yarn install --immutable",
            PackageManager::Bun => "bun install --frozen-lockfile",
        }
    }

    fn exec(self, tool: &str) -> String {
        match self {
            PackageManager::Npm => format!("npx --no-install {tool}"),
            PackageManager::Pnpm => format!("pnpm exec {tool}"),
            PackageManager::Yarn | PackageManager::YarnBerry => format!("yarn {tool}"),
            PackageManager::Bun => format!("bunx {tool}"),
        }
    }

    fn audit(self) -> Option<&'static str> {
        match self {
            PackageManager::Npm => Some("npm audit --audit-level=high"),
            PackageManager::Pnpm => Some("pnpm audit --audit-level high"),
            PackageManager::Yarn => Some("yarn audit --level high"),
            PackageManager::YarnBerry => Some("yarn npm audit --severity high"),
            PackageManager::Bun => None,
        }
    }
}

/// Script names per kind of check, in order of preference.
const SCRIPTS: &[(StepKind, &[&str])] = &[
    (StepKind::Lint, &["lint"]),
    (
        StepKind::Typecheck,
        &[
            "typecheck",
            "type-check",
            "check-types",
            "check:types",
            "types",
            "tsc",
            "typecheck:all",
        ],
    ),
    (StepKind::Test, &["test"]),
    (StepKind::Build, &["build"]),
    (StepKind::Audit, &["audit"]),
];

fn node(root: &Path, notes: &mut Vec<String>) -> Vec<PlannedStep> {
    let Some(text) = read(root, "package.json") else {
        return Vec::new();
    };
    let manifest: Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(e) => {
            notes.push(format!(
                "package.json could not be read ({e}); its scripts were not considered"
            ));
            return Vec::new();
        }
    };
    let (manager, lockfile) = PackageManager::detect(root, &manifest);
    let scripts = manifest.get("scripts").and_then(Value::as_object);
    let has_dependencies = ["dependencies", "devDependencies"].iter().any(|k| {
        manifest
            .get(*k)
            .and_then(Value::as_object)
            .is_some_and(|m| !m.is_empty())
    });
    let mut steps = Vec::new();
    if has_dependencies {
        let source = match lockfile {
            Some(lock) => format!("package.json dependencies, {lock}"),
            None => "package.json dependencies".to_string(),
        };
        let step = PlannedStep::new("install", StepKind::Install, manager.install(), source);
        steps.push(match lockfile {
            _ if exists(root, "node_modules") => {
                step.skipped("node_modules/ is present: the dependencies are installed already")
            }
            None => step.skipped(
                "no lockfile: an install would write one into the repository; install the dependencies yourself first",
            ),
            Some(_) => step,
        });
    }
    for (kind, names) in SCRIPTS {
        let Some((script, body)) = names.iter().find_map(|n| {
            scripts
                .and_then(|s| s.get(*n))
                .and_then(Value::as_str)
                .map(|b| (*n, b))
        }) else {
            continue;
        };
        let mut step = PlannedStep::new(
            kind.as_str(),
            *kind,
            manager.run(script),
            format!("package.json script \"{script}\": {body}"),
        );
        if *kind == StepKind::Test && body.contains("no test specified") {
            step = step.skipped("the `test` script is npm's placeholder");
        }
        steps.push(step);
    }
    let has = |steps: &[PlannedStep], kind: StepKind| steps.iter().any(|s| s.kind == kind);
    let depends_on = |name: &str| {
        ["dependencies", "devDependencies"]
            .iter()
            .any(|k| manifest.get(*k).and_then(|d| d.get(name)).is_some())
    };
    if !has(&steps, StepKind::Typecheck)
        && exists(root, "tsconfig.json")
        && depends_on("typescript")
    {
        steps.push(PlannedStep::new(
            "typecheck",
            StepKind::Typecheck,
            manager.exec("tsc --noEmit"),
            "tsconfig.json, typescript in package.json",
        ));
    }
    if !has(&steps, StepKind::Audit)
        && let Some(lock) = lockfile
    {
        match manager.audit() {
            Some(command) => steps.push(PlannedStep::new(
                "audit",
                StepKind::Audit,
                command,
                format!("{lock}: the {} advisory audit", manager.name()),
            )),
            None => notes.push(format!(
                "{} has no dependency audit command; `sechound review` matches the lockfile against the advisory database instead",
                manager.name()
            )),
        }
    }
    steps
}

/// How to run Python in the repository: its virtual environment if it has one, else the
/// project's runner (uv, Poetry) when its lockfile is there and the tool is installed.
fn python_command(root: &Path) -> String {
    for venv in [".venv", "venv"] {
        if root.join(venv).join("bin/python").exists() {
            return format!("{venv}/bin/python");
        }
    }
    if exists(root, "uv.lock") && on_path("uv") {
        return "uv run python".into();
    }
    if exists(root, "poetry.lock") && on_path("poetry") {
        return "poetry run python".into();
    }
    "python3".into()
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

fn python(root: &Path, notes: &mut Vec<String>) -> Vec<PlannedStep> {
    let pyproject_text = read(root, "pyproject.toml");
    let pyproject: Option<toml::Table> = pyproject_text.as_deref().and_then(|t| match t.parse() {
        Ok(table) => Some(table),
        Err(e) => {
            notes.push(format!(
                "pyproject.toml could not be read ({e}); its tool settings were not considered"
            ));
            None
        }
    });
    let setup_cfg = read(root, "setup.cfg").unwrap_or_default();
    let tox_ini = read(root, "tox.ini");
    let is_python = pyproject_text.is_some()
        || exists(root, "setup.py")
        || !setup_cfg.is_empty()
        || tox_ini.is_some()
        || exists(root, "requirements.txt")
        || exists(root, "noxfile.py");
    if !is_python {
        return Vec::new();
    }
    let tool = |name: &str| {
        pyproject
            .as_ref()
            .and_then(|t| t.get("tool"))
            .and_then(|t| t.get(name))
    };
    let dependency_text = [
        pyproject_text.as_deref().unwrap_or(""),
        &setup_cfg,
        &read(root, "requirements-dev.txt").unwrap_or_default(),
        &read(root, "requirements.txt").unwrap_or_default(),
    ]
    .join("\n")
    .to_ascii_lowercase();
    let py = python_command(root);
    let mut steps = Vec::new();

    let pytest_config = [
        tool("pytest").map(|_| "pyproject.toml [tool.pytest]"),
        exists(root, "pytest.ini").then_some("pytest.ini"),
        setup_cfg
            .contains("[tool:pytest]")
            .then_some("setup.cfg [tool:pytest]"),
        tox_ini
            .as_deref()
            .is_some_and(|t| t.contains("[pytest]"))
            .then_some("tox.ini [pytest]"),
        exists(root, "conftest.py").then_some("conftest.py"),
        dependency_text
            .contains("pytest")
            .then_some("pytest among the dependencies"),
    ]
    .into_iter()
    .flatten()
    .next();
    let tests_dir = ["tests", "test"]
        .into_iter()
        .find(|d| root.join(d).is_dir());
    if let Some(why) = pytest_config {
        steps.push(PlannedStep::new(
            "pytest",
            StepKind::Test,
            format!("{py} -m pytest"),
            why,
        ));
    } else if let Some(dir) = tests_dir {
        steps.push(PlannedStep::new(
            "unittest",
            StepKind::Test,
            format!("{py} -m unittest discover -s {dir} -t ."),
            format!("{dir}/ directory, no pytest configuration"),
        ));
    } else if let Some(ini) = &tox_ini
        && ini.contains("[tox]")
    {
        steps.push(PlannedStep::new("tox", StepKind::Test, "tox", "tox.ini"));
    } else if exists(root, "noxfile.py") {
        steps.push(PlannedStep::new("nox", StepKind::Test, "nox", "noxfile.py"));
    }

    if tool("ruff").is_some() || exists(root, "ruff.toml") || exists(root, ".ruff.toml") {
        steps.push(PlannedStep::new(
            "ruff",
            StepKind::Lint,
            format!("{py} -m ruff check ."),
            "ruff configuration",
        ));
    } else if exists(root, ".flake8") || setup_cfg.contains("[flake8]") {
        steps.push(PlannedStep::new(
            "flake8",
            StepKind::Lint,
            format!("{py} -m flake8"),
            "flake8 configuration",
        ));
    }

    let mypy_files = tool("mypy").and_then(|m| m.get("files")).is_some();
    if tool("mypy").is_some()
        || exists(root, "mypy.ini")
        || exists(root, ".mypy.ini")
        || setup_cfg.contains("[mypy]")
    {
        let target = if mypy_files { "" } else { " ." };
        steps.push(PlannedStep::new(
            "mypy",
            StepKind::Typecheck,
            format!("{py} -m mypy{target}"),
            "mypy configuration",
        ));
    } else if tool("pyright").is_some() || exists(root, "pyrightconfig.json") {
        steps.push(PlannedStep::new(
            "pyright",
            StepKind::Typecheck,
            "pyright",
            "pyright configuration",
        ));
    }

    let pip_audit = [".venv/bin/pip-audit", "venv/bin/pip-audit"]
        .into_iter()
        .find(|p| root.join(p).is_file())
        .map(str::to_string)
        .or_else(|| on_path("pip-audit").then(|| "pip-audit".to_string()));
    let requirements = exists(root, "requirements.txt");
    let audit = PlannedStep::new(
        "pip-audit",
        StepKind::Audit,
        match (&pip_audit, requirements) {
            (Some(tool), true) => format!("{tool} -r requirements.txt"),
            (Some(tool), false) => tool.clone(),
            (None, _) => "pip-audit".to_string(),
        },
        "Python dependencies",
    );
    steps.push(match pip_audit {
        Some(_) => audit,
        None => audit.skipped(
            "pip-audit is not installed, so the Python dependencies were not audited here",
        ),
    });
    steps
}

/// `Makefile` targets named like checks.
fn make(root: &Path) -> Vec<PlannedStep> {
    let Some(text) = read(root, "Makefile").or_else(|| read(root, "makefile")) else {
        return Vec::new();
    };
    const TARGETS: &[(&str, StepKind)] = &[
        ("lint", StepKind::Lint),
        ("typecheck", StepKind::Typecheck),
        ("type-check", StepKind::Typecheck),
        ("types", StepKind::Typecheck),
        ("test", StepKind::Test),
        ("tests", StepKind::Test),
        ("build", StepKind::Build),
        ("audit", StepKind::Audit),
    ];
    let defined: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with(['\t', ' ', '#', '.']))
        .filter_map(|l| {
            let (target, rest) = l.split_once(':')?;
            (!rest.starts_with('=')).then_some(target)
        })
        .flat_map(str::split_whitespace)
        .collect();
    let mut steps: Vec<PlannedStep> = Vec::new();
    for (target, kind) in TARGETS {
        if defined.contains(target) && !steps.iter().any(|s| s.kind == *kind) {
            steps.push(PlannedStep::new(
                &format!("make-{target}"),
                *kind,
                format!("make {target}"),
                format!("Makefile target `{target}`"),
            ));
        }
    }
    steps
}

/// How a CI command reads: the kind of check it is, if any.
fn classify(command: &str) -> Option<StepKind> {
    let c = command.trim();
    let starts = |prefixes: &[&str]| {
        prefixes
            .iter()
            .any(|p| c == *p || c.starts_with(&format!("{p} ")))
    };
    if starts(&[
        "npm audit",
        "pnpm audit",
        "yarn audit",
        "yarn npm audit",
        "pip-audit",
    ]) {
        return Some(StepKind::Audit);
    }
    if starts(&[
        "npx tsc",
        "tsc",
        "mypy",
        "pyright",
        "python -m mypy",
        "make typecheck",
    ]) || c.contains("run typecheck")
        || c.contains("run type-check")
    {
        return Some(StepKind::Typecheck);
    }
    if starts(&[
        "npm test",
        "yarn test",
        "pnpm test",
        "bun test",
        "pytest",
        "python -m pytest",
        "python3 -m pytest",
        "tox",
        "nox",
        "make test",
        "node --test",
    ]) || c.starts_with("npm run test")
        || c.starts_with("pnpm run test")
        || c.starts_with("yarn run test")
    {
        return Some(StepKind::Test);
    }
    if starts(&[
        "eslint",
        "npx eslint",
        "ruff",
        "ruff check",
        "flake8",
        "make lint",
    ]) || c.contains("run lint")
        || c == "pnpm lint"
        || c == "yarn lint"
    {
        return Some(StepKind::Lint);
    }
    if c.contains("run build") || starts(&["make build"]) {
        return Some(StepKind::Build);
    }
    None
}

/// Check commands of the CI workflows for kinds nothing else covers.
fn workflows(root: &Path, covered: &[StepKind], notes: &mut Vec<String>) -> Vec<PlannedStep> {
    let dir = root.join(".github/workflows");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml" || e == "yaml"))
        .collect();
    files.sort();
    let mut steps: Vec<PlannedStep> = Vec::new();
    let mut other_commands = 0;
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let workflow = Workflow::parse(&text);
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for job in &workflow.jobs {
            for step in &job.steps {
                let Some(run) = &step.run else { continue };
                for line in run.value.lines().map(str::trim) {
                    if line.is_empty() || line.starts_with('#') {
                        continue;
                    }
                    let kind = classify(line);
                    let usable = !line.contains("${{") && !line.contains("secrets");
                    match kind {
                        Some(kind)
                            if usable
                                && !covered.contains(&kind)
                                && !steps.iter().any(|s| s.kind == kind) =>
                        {
                            steps.push(PlannedStep::new(
                                &format!("ci-{kind}"),
                                kind,
                                line,
                                format!(
                                    "workflow .github/workflows/{file}, job `{}`",
                                    job.id.value
                                ),
                            ));
                        }
                        Some(_) => {}
                        None => other_commands += 1,
                    }
                }
            }
        }
    }
    if other_commands > 0 {
        notes.push(format!(
            "{other_commands} other command(s) in the CI workflows are not recognised as checks (setup, deployment ...) and are not run; add any of them as a `[[checks.step]]` in sechound.toml"
        ));
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(root: &Path, name: &str, text: &str) {
        let path = root.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    fn plan_of(root: &Path) -> Vec<(String, StepKind, String, Option<String>)> {
        discover(root, &mut Vec::new())
            .into_iter()
            .map(|s| (s.name, s.kind, s.command, s.skip))
            .collect()
    }

    #[test]
    fn node_scripts_with_the_lockfile_manager() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "package.json",
            r#"{"scripts":{"lint":"eslint .","typecheck":"tsc --noEmit","test":"vitest run","build":"tsc"},"devDependencies":{"typescript":"5"}}"#,
        );
        write(root, "pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
        let steps = plan_of(root);
        let commands: Vec<&str> = steps.iter().map(|s| s.2.as_str()).collect();
        assert_eq!(
            commands,
            [
                "pnpm install --frozen-lockfile",
                "pnpm run lint",
                "pnpm run typecheck",
                "pnpm run test",
                "pnpm run build",
                "pnpm audit --audit-level high"
            ]
        );
        assert_eq!(steps[0].1, StepKind::Install);
        assert!(steps.iter().all(|s| s.3.is_none()));
    }

    #[test]
    fn never_plans_an_install_that_writes_a_lockfile() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "package.json",
            r#"{"scripts":{"test":"echo \"Error: no test specified\" && exit 1"},"dependencies":{"express":"4"},"devDependencies":{"typescript":"5"}}"#,
        );
        write(root, "tsconfig.json", "{}");
        let steps = plan_of(root);
        assert_eq!(steps[0].0, "install");
        assert!(steps[0].3.as_deref().unwrap().contains("no lockfile"));
        assert!(steps[1].3.as_deref().unwrap().contains("placeholder"));
        assert_eq!(steps[2].2, "npx --no-install tsc --noEmit");
        assert_eq!(steps.len(), 3, "no audit without a lockfile: {steps:?}");
    }

    #[test]
    fn python_tools_from_their_configuration() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "pyproject.toml",
            "[project]\nname = \"x\"\n[tool.pytest.ini_options]\naddopts = \"-q\"\n[tool.ruff]\nline-length = 100\n[tool.mypy]\nfiles = [\"src\"]\n",
        );
        write(root, ".venv/bin/python", "");
        let steps = plan_of(root);
        let commands: Vec<&str> = steps.iter().map(|s| s.2.as_str()).collect();
        assert_eq!(
            &commands[..3],
            [
                ".venv/bin/python -m pytest",
                ".venv/bin/python -m ruff check .",
                ".venv/bin/python -m mypy"
            ]
        );
        assert_eq!(steps[3].0, "pip-audit");
    }

    #[test]
    fn makefile_and_ci_fill_what_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "Makefile",
            "VERSION := 1\n.PHONY: test lint\ntest:\n\tgo test ./...\nlint: vet\n\tgolangci-lint run\n",
        );
        write(
            root,
            ".github/workflows/ci.yml",
            "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n      - run: |\n          tsc -p .\n          ./deploy.sh ${{ secrets.KEY }}\n",
        );
        let mut notes = Vec::new();
        let steps = discover(root, &mut notes);
        let names: Vec<&str> = steps.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["make-lint", "make-test", "ci-typecheck"]);
        assert!(notes[0].starts_with("1 other command"), "{notes:?}");
    }

    #[test]
    fn classifies_ci_commands() {
        assert_eq!(classify("npm test"), Some(StepKind::Test));
        assert_eq!(classify("npm run test:unit"), Some(StepKind::Test));
        assert_eq!(classify("python -m pytest -x"), Some(StepKind::Test));
        assert_eq!(classify("npx tsc --noEmit"), Some(StepKind::Typecheck));
        assert_eq!(
            classify("npm audit --audit-level=high"),
            Some(StepKind::Audit)
        );
        assert_eq!(classify("pnpm run lint"), Some(StepKind::Lint));
        assert_eq!(classify("npm ci"), None);
        assert_eq!(classify("testify"), None);
    }
}
