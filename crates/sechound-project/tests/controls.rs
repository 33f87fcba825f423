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
                    "{:?} {}:{} {}{}\n    {}",
                    c.kind,
                    e.file,
                    e.line,
                    if e.partial { "partial: " } else { "" },
                    e.detail,
                    e.code
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
        model
            .controls
            .iter()
            .filter(|c| c.kind == CsrfProtection)
            .flat_map(|c| &c.evidence)
            .any(|e| e.partial && e.detail.contains("SameSite=strict")),
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
    assert!(!present(&model, CorsRestricted));
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

/// The details one JS or Python snippet yields, as `Kind: detail`.
fn snippet(path: &str, code: &str) -> Vec<String> {
    let language = sechound_syntax::Language::from_path(std::path::Path::new(path)).unwrap();
    let file = sechound_syntax::parse(path.into(), language, code.into()).unwrap();
    sechound_project::extract(&file)
        .controls
        .iter()
        .map(|c| format!("{:?}: {}", c.kind, c.evidence.detail))
        .collect()
}

#[test]
fn fastify_and_nest_forms() {
    let found = snippet(
        "src/server.ts",
        "import Fastify from 'fastify';\nimport helmet from '@fastify/helmet';\nimport rateLimit from '@fastify/rate-limit';\nimport { cleanEnv, str } from 'envalid';\nimport { ThrottlerModule } from '@nestjs/throttler';\n\
         const app = Fastify({ bodyLimit: 1048576, logger: { redact: ['req.headers.cookie'] } });\n\
         app.register(helmet, { contentSecurityPolicy: false });\napp.register(rateLimit, { max: 100 });\n\
         const env = cleanEnv(process.env, { JWT_SECRET: str(), DB: str() });\nThrottlerModule.forRoot([{ ttl: 60000, limit: 10 }]);\n",
    );
    assert_eq!(
        found,
        vec![
            "RequestSizeLimit: Fastify bodyLimit 1048576",
            "LogRedaction: Fastify logger redacts req.headers.cookie",
            "SecurityHeaders: @fastify/helmet with contentSecurityPolicy switched off",
            "RateLimiting: global: @fastify/rate-limit registered",
            "EnvValidation: envalid cleanEnv checks 2 variables at start-up",
            "RateLimiting: global: ThrottlerModule configured (@nestjs/throttler)",
        ]
    );
}

#[test]
fn look_alike_snippets_do_not_count() {
    // A local `rateLimit` and `helmet`, CORS reflecting every origin, an origin callback that
    // accepts all, `jwt.sign` with `expiresIn` undefined.
    let js = snippet(
        "src/app.js",
        "const cors = require('cors');\nconst jwt = require('jsonwebtoken');\nfunction rateLimit() {}\nfunction helmet() {}\n\
         app.use(helmet());\napp.use(rateLimit());\napp.use(cors({ origin: true }));\n\
         app.use(cors({ origin: (o, cb) => cb(null, true) }));\njwt.sign(p, k, { expiresIn: undefined });\n",
    );
    assert_eq!(js, Vec::<String>::new());
    // `os.environ[...]` alone, a CryptContext on md5, algorithms from `jwt.get_unverified_header`.
    let py = snippet(
        "app/core.py",
        "import os\nimport jwt\nfrom passlib.context import CryptContext\nSECRET = os.environ['SECRET']\n\
         ctx = CryptContext(schemes=['md5_crypt'])\njwt.decode(t, k, algorithms=['none'])\n",
    );
    assert_eq!(py, Vec::<String>::new());
}

#[test]
fn flask_forms() {
    let found = snippet(
        "app/__init__.py",
        "from flask_limiter import Limiter\nfrom flask_wtf.csrf import CSRFProtect\nfrom flask_cors import CORS\n\
         limiter = Limiter(get_remote_address, app=app, default_limits=['200 per day'])\ncsrf = CSRFProtect(app)\n\
         CORS(app, resources={r'/api/*': {'origins': ['https://a.example']}})\napp.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024\n\
         @app.route('/reset', methods=['POST'])\n@limiter.limit('3 per hour')\ndef reset():\n    pass\n",
    );
    assert_eq!(
        found,
        vec![
            "RequestSizeLimit: MAX_CONTENT_LENGTH = 16 * 1024 * 1024",
            "RateLimiting: global: flask_limiter Limiter default_limits 200 per day",
            "CsrfProtection: Flask-WTF CSRFProtect",
            "CorsRestricted: flask-cors allows only https://a.example",
            "RateLimiting: 3 per hour on POST /reset",
        ]
    );
}

#[test]
fn named_limiter_factory_inline_and_helpers() {
    let found = snippet(
        "src/limits.ts",
        "import { rateLimit, ipKeyGenerator } from 'express-rate-limit';\nexport default rateLimit({ max: 5 });\nipKeyGenerator(ip);\n",
    );
    assert_eq!(
        found,
        vec!["RateLimiting: rate limiter created (express-rate-limit)"]
    );
}

#[test]
fn test_paths_are_not_controls() {
    assert!(
        snippet(
            "src/auth.spec.ts",
            "import bcrypt from 'bcrypt';\nbcrypt.hash(p, 10);\n"
        )
        .is_empty()
    );
    assert!(snippet("tests/conftest.py", "import bcrypt\nbcrypt.hashpw(p, s)\n").is_empty());
}
