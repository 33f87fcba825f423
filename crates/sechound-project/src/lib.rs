//! The application as a whole: every file's routing facts composed into one endpoint
//! inventory with authentication per endpoint, the exemptions that open paths, and the
//! security controls present or absent.
//!
//! Facts are read from the syntax tree each file is parsed into once (see [`extract`]); the
//! model is built after every file is read (see [`build`]).

mod compose;
mod controls;
mod exemption_list;
pub mod facts;
mod handler;
mod js;
mod judge;
mod manifests;
mod names;
mod openapi;
mod python;
mod quote;
pub mod reach;
mod signals;

pub use compose::join;
pub use facts::FileFacts;
pub use openapi::documents_wanted;

use sechound_core::project::{
    AuthStatus, Control, ControlEvidence, ControlKind, Endpoint, ProjectModel,
};
use sechound_syntax::{CodeFile, Family};

/// What one parsed file contributes to the project model.
pub fn extract(file: &CodeFile) -> FileFacts {
    extract_with(file, &sechound_syntax::modules::read_file(file))
}

/// [`extract`] with the file's module record already read (the engine shares it with the rules).
pub fn extract_with(file: &CodeFile, record: &sechound_syntax::modules::ModuleRecord) -> FileFacts {
    let mut facts = FileFacts {
        path: file.path.clone(),
        ..FileFacts::default()
    };
    // Test code declares routes and applications to exercise the framework, hashes passwords
    // and reads secrets from the environment: none of it is the application's.
    if sechound_syntax::is_test_path(&file.path) {
        return facts;
    }
    match file.language.family() {
        Family::Js => js::read(file, record, &mut facts),
        Family::Python => python::read(file, record, &mut facts),
        _ => return facts,
    }
    signals::read_secret_env(file, &mut facts);
    controls::read(file, &mut facts);
    facts
}

/// True when the facts are worth keeping for composition (imports alone are not; handlers
/// and guards in other modules are found through the linked program).
pub fn worth_keeping(facts: &FileFacts) -> bool {
    shapes_model(facts)
}

/// True when the facts can change the endpoints, their authentication or the controls (not
/// only where a handler's lines are).
pub fn shapes_model(facts: &FileFacts) -> bool {
    !facts.is_empty()
        || !facts.secret_env_reads.is_empty()
        || !facts.exports.is_empty() && !facts.imports.is_empty()
}

/// True for the path of an endpoint that serves metrics (`/metrics`, `/api/metrics`,
/// `/actuator/prometheus`).
pub fn serves_metrics(path: &str) -> bool {
    let last = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    last == "metrics" || last == "prometheus"
}

/// Builds the model from every file's facts, the manifests (`path`, text) of the tree (with the
/// OpenAPI documents [`documents_wanted`] names, when present) and the
/// linked program (which resolves routers passed between files, prefixes, guards and handlers).
pub fn build(
    mut files: Vec<FileFacts>,
    manifests: &[(String, String)],
    program: &sechound_semantic::Program,
) -> ProjectModel {
    // Operations of OpenAPI documents that drive routing, as routes of the documents.
    let documents = openapi::endpoints(&files, manifests, program);
    files.extend(documents);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut composer = compose::Composer::new(&files, program);
    composer.compose();
    let mut endpoints = merge_chained(std::mem::take(&mut composer.endpoints));
    endpoints.sort_by(|a, b| {
        (a.auth, &a.path, a.method.as_str(), &a.file, a.line).cmp(&(
            b.auth,
            &b.path,
            b.method.as_str(),
            &b.file,
            b.line,
        ))
    });
    endpoints.dedup();
    let mut notes = std::mem::take(&mut composer.notes);
    for file in &files {
        notes.extend(file.notes.iter().map(|n| format!("{}: {n}", file.path)));
    }
    notes.sort();
    notes.dedup();
    let mut exemptions: Vec<_> = files
        .iter()
        .flat_map(|f| {
            f.auth_defs
                .iter()
                .flat_map(|d| d.exemptions.iter().cloned())
        })
        .collect();
    // Route-level opt-outs (`@Public()`) are exemptions too, one per route they open.
    exemptions.extend(endpoints.iter().filter_map(|e| e.exempted_by.clone()));
    exemptions.sort_by(|a, b| (&a.file, a.line, &a.pattern).cmp(&(&b.file, b.line, &b.pattern)));
    exemptions.dedup();
    let controls =
        ControlKind::ALL
            .iter()
            .map(|kind| {
                let mut evidence: Vec<_> = files
                    .iter()
                    .flat_map(|f| f.controls.iter())
                    .filter(|c| c.kind == *kind)
                    .map(|c| c.evidence.clone())
                    .collect();
                if *kind == ControlKind::Metrics {
                    evidence.extend(endpoints.iter().filter(|e| serves_metrics(&e.path)).map(
                        |e| ControlEvidence {
                            file: e.file.clone(),
                            line: e.line,
                            code: e.code.clone(),
                            detail: format!("{} {} serves metrics", e.method, e.path),
                            partial: false,
                            scope: None,
                        },
                    ));
                }
                evidence.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
                evidence.dedup();
                Control {
                    kind: *kind,
                    title: kind.title().to_string(),
                    present: !evidence.is_empty(),
                    status: if evidence.is_empty() {
                        sechound_core::project::ControlStatus::Absent
                    } else {
                        sechound_core::project::ControlStatus::Present
                    },
                    contradicted_by: Vec::new(),
                    evidence,
                    strength: None,
                }
            })
            .collect();
    let applications = files
        .iter()
        .flat_map(|f| {
            f.routers
                .iter()
                .filter(|r| r.is_app)
                .map(|r| ControlEvidence {
                    file: f.path.clone(),
                    line: r.line,
                    code: String::new(),
                    detail: r.framework.to_string(),
                    partial: false,
                    scope: None,
                })
        })
        .collect();
    let secret_env_reads = files
        .iter()
        .flat_map(|f| f.secret_env_reads.iter().cloned())
        .collect();
    ProjectModel {
        applications,
        secret_env_reads,
        frameworks: manifests::frameworks(manifests),
        endpoints,
        exemptions,
        controls,
        notes,
        session_stores: session_stores(program),
        second_factor_secrets: program_sites(program, |w| match w {
            sechound_semantic::Lifecycle::WritesSecondFactor {
                field,
                clears: false,
                encrypted,
            } => Some((field.clone(), *encrypted)),
            _ => None,
        }),
        encryptions: program_sites(program, |w| match w {
            sechound_semantic::Lifecycle::Encrypts { helper, field } => {
                Some((format!("`{helper}(…)` for `{field}`"), ()))
            }
            _ => None,
        })
        .into_iter()
        .map(|(site, _)| site)
        .collect(),
    }
}

/// Every place outside tests where the program does what `pick` selects, with what it says.
fn program_sites<T>(
    program: &sechound_semantic::Program,
    pick: impl Fn(&sechound_semantic::Lifecycle) -> Option<(String, T)>,
) -> Vec<(sechound_core::project::AccessSite, T)> {
    let mut out = Vec::new();
    for file in program.files() {
        if sechound_syntax::is_test_path(&file.path) {
            continue;
        }
        for b in &file.behaviour {
            for (line, work) in &b.lifecycle {
                if let Some((detail, extra)) = pick(work) {
                    out.push((
                        sechound_core::project::AccessSite {
                            file: file.path.clone(),
                            line: *line,
                            detail,
                        },
                        extra,
                    ));
                }
            }
        }
    }
    out
}

/// Every place outside tests where the program keeps a session or a token on the server.
fn session_stores(program: &sechound_semantic::Program) -> Vec<sechound_core::project::AccessSite> {
    let mut out = Vec::new();
    for file in program.files() {
        if sechound_syntax::is_test_path(&file.path) {
            continue;
        }
        for b in &file.behaviour {
            for (line, work) in &b.lifecycle {
                if let sechound_semantic::Lifecycle::StoresSession(code) = work {
                    out.push(sechound_core::project::AccessSite {
                        file: file.path.clone(),
                        line: *line,
                        detail: code.clone(),
                    });
                }
            }
        }
    }
    out
}

/// Express runs every handler registered for a method and path in turn (each handing on with
/// `next()`): `app.post('/api/Users', check)` then `app.post('/api/Users', register)` is one
/// endpoint. Registrations of one method and path in one file are kept as the first, with the
/// strongest judgement among them (a later one that rejects still stops the request).
fn merge_chained(endpoints: Vec<Endpoint>) -> Vec<Endpoint> {
    use sechound_core::project::Framework;
    let mut out: Vec<Endpoint> = Vec::with_capacity(endpoints.len());
    let mut index: std::collections::HashMap<
        (sechound_core::project::Method, String, String),
        usize,
    > = std::collections::HashMap::new();
    let mut sorted = endpoints;
    sorted.sort_by_key(|e| e.line);
    for e in sorted {
        if e.framework != Framework::Express {
            out.push(e);
            continue;
        }
        let key = (e.method, e.path.clone(), e.file.clone());
        match index.get(&key) {
            Some(&at) => {
                let first = &mut out[at];
                let note = format!("also registered at {}:{}", e.file, e.line);
                if e.auth == AuthStatus::Authenticated && first.auth != AuthStatus::Authenticated {
                    first.auth = e.auth;
                    first.auth_by = e.auth_by.clone();
                    first.why = e.why.clone();
                    first.roles = e.roles.clone();
                    first.exempted_by = None;
                }
                // The last registration is the handler that answers.
                if e.handler_span.is_some() {
                    first.handler_span = e.handler_span.clone();
                    first.handler = e.handler.clone();
                }
                for s in e.signals {
                    if !first.signals.contains(&s) {
                        first.signals.push(s);
                    }
                }
                let access = &mut first.access;
                for (to, from) in [
                    (&mut access.client_loads, e.access.client_loads),
                    (&mut access.owner_checks, e.access.owner_checks),
                    (&mut access.user_loads, e.access.user_loads),
                    (&mut access.actions, e.access.actions),
                ] {
                    for site in from {
                        if !to.contains(&site) {
                            to.push(site);
                        }
                    }
                }
                for q in e.access.queries {
                    if !access.queries.contains(&q) {
                        access.queries.push(q);
                    }
                }
                for w in e.access.cache_writes {
                    if !access.cache_writes.contains(&w) {
                        access.cache_writes.push(w);
                    }
                }
                if access.identity.is_none() {
                    access.identity = e.access.identity;
                }
                if !first.notes.contains(&note) {
                    first.notes.push(note);
                }
            }
            None => {
                index.insert(key, out.len());
                out.push(e);
            }
        }
    }
    out
}
