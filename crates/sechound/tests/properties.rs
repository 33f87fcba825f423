//! Properties over generated input, with proptest: secrets are masked in every output format
//! whatever their value and wherever they sit, and fingerprints survive line shifts and
//! reformatting.

use proptest::prelude::*;
use sechound_engine::{Engine, Options};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Options::default()).unwrap())
}

/// Files that hold a secret `{v}` the way applications commit them, each next to another
/// finding whose quoted context lines show the secret's line.
const SECRET_FILES: &[(&str, &str)] = &[
    (
        "settings.py",
        "DEBUG = True\nSECRET_KEY = \"{v}\"\nALLOWED_HOSTS = [\"*\"]\n",
    ),
    (
        "app/config.py",
        "import os\nJWT_SECRET = os.environ.get(\"JWT_SECRET\", \"{v}\")\nDB_PASSWORD = \"{v}\"\n",
    ),
    (
        "src/server.js",
        "const cors = require('cors');\napp.use(cors());\nconst apiKey = '{v}';\napp.use(cors({ origin: true, credentials: true }));\n",
    ),
    (
        "src/token.ts",
        "import jwt from 'jsonwebtoken';\nexport const sign = (id: string) => jwt.sign({ id }, '{v}');\n",
    ),
    (
        "deploy/.env",
        "NODE_ENV=production\nDATABASE_PASSWORD={v}\nSTRIPE_SECRET_KEY={v}\n",
    ),
    (
        "docker-compose.yml",
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \"{v}\"\n    ports:\n      - \"5432:5432\"\n",
    ),
    (
        "infra/main.tf",
        "variable \"db_password\" {\n  type    = string\n  default = \"{v}\"\n}\n",
    ),
    ("Dockerfile", "FROM node:20\nENV API_SECRET={v}\nCOPY . .\n"),
    // Prose is read for provider formats only: a GitHub token made of the value.
    (
        "docs/setup.md",
        "Set `GITHUB_TOKEN={gh}` in the shell before starting.\n",
    ),
];

/// `ghp_` and 36 letters and digits taken from `value`: GitHub's token format.
fn github_token(value: &str) -> String {
    let alnum: String = value.chars().filter(char::is_ascii_alphanumeric).collect();
    let token: String = alnum.chars().cycle().take(36).collect();
    format!("ghp_{token}")
}

/// A random-looking value: letters of both cases and digits, as issued keys are (at least 14
/// distinct characters, so that shrinking never lands on a value no reviewer calls a secret).
fn secret_value() -> impl Strategy<Value = String> {
    "[A-Za-z0-9]{4}[A-Za-z0-9_\\-]{16,36}[0-9][a-z][A-Z]".prop_filter("random-looking", |v| {
        let distinct: std::collections::HashSet<char> = v.chars().collect();
        distinct.len() >= 14
    })
}

/// Every rendering of a report: Markdown, JSON, SARIF and HTML.
fn every_format(report: &sechound_core::Report) -> Vec<(&'static str, String)> {
    vec![
        ("markdown", sechound_report::markdown::render(report)),
        ("json", sechound_report::json::render(report)),
        (
            "sarif",
            sechound_report::sarif::render(report, &engine().enabled_rules()),
        ),
        ("html", sechound_report::html::render(report)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever the value and wherever it is committed, no output quotes it, and nothing past
    /// the four characters the mask keeps.
    #[test]
    fn secrets_are_masked_in_every_format(value in secret_value(), which in 0..SECRET_FILES.len()) {
        let (path, template) = SECRET_FILES[which];
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        let token = github_token(&value);
        std::fs::write(&file, template.replace("{v}", &value).replace("{gh}", &token)).unwrap();
        let report = engine().review(dir.path()).unwrap();
        prop_assert!(
            report.findings.iter().any(|f| f.evidence.path == path),
            "{path}: the secret was not found at all"
        );
        let secret = if template.contains("{gh}") { token } else { value };
        let hidden = &secret[4..];
        for (format, text) in every_format(&report) {
            prop_assert!(!text.contains(hidden), "{format} quotes the secret of {path}");
        }
    }

    /// A finding keeps its fingerprint when lines are added above and below it and when its code
    /// is re-spaced, or gains or loses trailing commas and semicolons.
    #[test]
    fn fingerprints_survive_line_shifts_and_formatting(
        above in 0usize..30,
        below in 0usize..10,
        spaces in proptest::collection::vec(0usize..3, 8),
        trailing in any::<bool>(),
        which in 0usize..3,
    ) {
        let (name, plain, respaced) = formatted(which, &spaces, trailing);
        let prints = |text: String| -> Vec<(String, String)> {
            let mut prints: Vec<(String, String)> = engine()
                .review_file(name, text.into_bytes())
                .unwrap()
                .findings
                .into_iter()
                .map(|f| (f.rule_id, f.fingerprint))
                .collect();
            prints.sort();
            prints
        };
        let comment = if name.ends_with(".py") { "# note" } else { "// note" };
        let padding = |n: usize| -> String {
            (0..n).map(|i| if i % 3 == 0 { "\n".to_string() } else { format!("{comment} {i}\n") }).collect()
        };
        let original = prints(plain.clone());
        prop_assert!(!original.is_empty(), "{name}: no finding to follow");
        let moved = prints(format!("{}{}{}", padding(above), respaced, padding(below)));
        prop_assert_eq!(original, moved);
    }
}

/// One of three findings, written plainly and re-spaced: `spaces[i]` spaces at the i-th place a
/// formatter may change, and a trailing comma or semicolon where `trailing` says.
fn formatted(which: usize, spaces: &[usize], trailing: bool) -> (&'static str, String, String) {
    let s = |i: usize| " ".repeat(spaces[i % spaces.len()]);
    match which {
        0 => (
            "server.js",
            "app.use(cors({ origin: true, credentials: true }));\n".to_string(),
            format!(
                "app.use({}cors({{{}origin:{}true,{}credentials: true{}}}){}){}\n",
                s(0),
                s(1),
                s(2),
                s(3),
                if trailing { "," } else { "" },
                s(4),
                if trailing { ";" } else { "" }
            ),
        ),
        1 => (
            "views.py",
            "from django.shortcuts import redirect\n\ndef view(request):\n    return redirect(request.GET[\"next\"])\n".to_string(),
            format!(
                "from django.shortcuts import redirect\n\ndef view(request):\n    return redirect({}request.GET[{}\"next\"{}]{}{})\n",
                s(0),
                s(1),
                s(2),
                if trailing { "," } else { "" },
                s(3)
            ),
        ),
        _ => (
            "db.js",
            "app.get('/u', (req, res) => pool.query('SELECT * FROM u WHERE id = ' + req.query.id));\n"
                .to_string(),
            format!(
                "app.get('/u',{}(req,{}res) =>{}pool.query('SELECT * FROM u WHERE id = '{}+{}req.query.id{}){}){}\n",
                s(0),
                s(1),
                s(2),
                s(3),
                s(4),
                if trailing { "," } else { "" },
                s(5),
                if trailing { ";" } else { "" }
            ),
        ),
    }
}
