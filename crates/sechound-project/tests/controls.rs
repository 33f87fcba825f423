//! Controls present: the strengths read from JS and Python applications, each with evidence,
//! and look-alikes (wildcard CORS, `jwt.sign` without expiry, test files, comments) that must
//! not count.

mod common;
use common::model;
use sechound_core::project::{ControlKind, ControlKind::*, ProjectModel};

/// `kind file:line detail` for every piece of evidence of every present control.
fn evidence(model: &ProjectModel) -> String {
    model
        .controls
        .iter()
        .filter(|c| c.present)
        .flat_map(|c| {
            c.evidence.iter().map(move |e| {
                format!(
                    "{:?} {}:{} {}\n    {}",
                    c.kind, e.file, e.line, e.detail, e.code
                )
            })
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn present(model: &ProjectModel, kind: ControlKind) -> bool {
    model.controls.iter().any(|c| c.kind == kind && c.present)
}

fn details(model: &ProjectModel, kind: ControlKind) -> Vec<String> {
    model
        .controls
        .iter()
        .filter(|c| c.kind == kind)
        .flat_map(|c| c.evidence.iter().map(|e| e.detail.clone()))
        .collect()
}

fn absent(model: &ProjectModel) -> Vec<ControlKind> {
    model
        .controls
        .iter()
        .filter(|c| !c.present)
        .map(|c| c.kind)
        .collect()
}

#[test]
fn js_controls_present_with_evidence() {
    let model = model("controls/js-present");
    insta::assert_snapshot!(evidence(&model));
    assert_eq!(
        absent(&model),
        Vec::<ControlKind>::new(),
        "{}",
        evidence(&model)
    );
    assert_eq!(
        details(&model, SecurityHeaders),
        vec!["helmet() with contentSecurityPolicy, frameguard switched off"]
    );
    let limits = details(&model, RateLimiting);
    assert!(
        limits.contains(&"on /api: `apiLimiter`".to_string()),
        "{limits:?}"
    );
    assert!(
        limits.contains(&"on POST /login: `loginLimiter` from ../middleware/limits".to_string()),
        "{limits:?}"
    );
    assert_eq!(
        details(&model, JwtAlgorithmsPinned),
        vec!["jwt.verify accepts only HS256"]
    );
    assert!(
        details(&model, CsrfProtection)
            .iter()
            .any(|d| d.starts_with("partial: ") && d.contains("SameSite=strict")),
    );
    assert!(
        details(&model, EnvValidation)
            .contains(&"fails fast at start-up when STRIPE_WEBHOOK_SECRET is missing".to_string())
    );
}

#[test]
fn js_look_alikes_do_not_count() {
    let model = model("controls/js-absent");
    assert_eq!(evidence(&model), "");
    assert_eq!(absent(&model), ControlKind::ALL.to_vec());
}

#[test]
fn python_controls_present_with_evidence() {
    let model = model("controls/py-present");
    insta::assert_snapshot!(evidence(&model));
    assert_eq!(
        absent(&model),
        Vec::<ControlKind>::new(),
        "{}",
        evidence(&model)
    );
    assert!(details(&model, RateLimiting).contains(&"5/minute on POST /login".to_string()));
    assert!(
        details(&model, JwtExpiry).contains(&"jwt.encode with an exp claim".to_string()),
        "{}",
        evidence(&model)
    );
    assert!(
        details(&model, CorsRestricted)
            .contains(&"django-cors-headers allows only https://app.example.com".to_string())
    );
    assert!(
        details(&model, SecurityHeaders)
            .contains(&"Django SecurityMiddleware in MIDDLEWARE".to_string())
    );
}

#[test]
fn python_look_alikes_do_not_count() {
    let model = model("controls/py-absent");
    assert_eq!(evidence(&model), "");
    assert_eq!(absent(&model), ControlKind::ALL.to_vec());
}

#[test]
fn flask_talisman_reports_what_is_switched_off() {
    let file = sechound_syntax::parse(
        "app.py".into(),
        sechound_syntax::Language::Python,
        "from flask_talisman import Talisman\ntalisman = Talisman(app, force_https=False, content_security_policy=None)\n"
            .into(),
    )
    .unwrap();
    let facts = sechound_project::extract(&file);
    let details: Vec<_> = facts
        .controls
        .iter()
        .map(|c| c.evidence.detail.as_str())
        .collect();
    assert_eq!(
        details,
        vec!["flask-talisman Talisman with force_https, content_security_policy switched off"]
    );
}
