//! Linking summaries of small repositories: calls resolved across files, parameters that receive
//! request data, results that carry it.

use sechound_semantic::extract::Engine;
use sechound_semantic::{FileSummary, Program, StepKind, summarize};
use sechound_syntax::js::taint::JsTaint;
use sechound_syntax::modules;
use sechound_syntax::python::taint::PyTaint;
use sechound_syntax::{Language, Origin, parse};

/// Summarises a file, and returns the origins of the first argument of each `sink(…)` call.
fn summarise(path: &str, code: &str) -> (FileSummary, Vec<Vec<Origin>>) {
    let language = Language::from_path(std::path::Path::new(path)).expect("language");
    let file = parse(path.into(), language, code.into()).unwrap();
    let src = file.text();
    let mut sinks = Vec::new();
    let summary = if language == Language::Python {
        let taint = PyTaint::symbolic(&file);
        sechound_syntax::node::walk(file.tree.root_node(), |n| {
            if n.kind() == "call"
                && sechound_syntax::python::callee_path(n, src).as_deref() == Some("sink")
            {
                let arg = sechound_syntax::python::positional_args(n)[0];
                sinks.push(taint.origins(arg).0);
            }
            true
        });
        let module = modules::python::read(file.tree.root_node(), src);
        summarize(&file, Engine::Python(&taint), &module)
    } else {
        let taint = JsTaint::symbolic(&file);
        sechound_syntax::node::walk(file.tree.root_node(), |n| {
            if n.kind() == "call_expression"
                && sechound_syntax::js::callee_path(n, src).as_deref() == Some("sink")
            {
                let arg = sechound_syntax::js::arguments(n)[0];
                sinks.push(taint.origins(arg).0);
            }
            true
        });
        let module = modules::js::read(file.tree.root_node(), src);
        summarize(&file, Engine::Js(&taint), &module)
    };
    (summary, sinks)
}

/// Every call an origin of the summary (or of a sink) names has its call site: the linker
/// looks them up by number.
fn assert_calls_summarised(summary: &FileSummary, sinks: &[Vec<Origin>]) {
    let returns = summary.functions.iter().flat_map(|f| f.returns.iter());
    let args = summary.calls.iter().flat_map(|c| c.args.iter().flatten());
    let sinks = sinks.iter().flatten();
    for origin in returns.chain(args).chain(sinks) {
        if let Origin::Call(call) = origin {
            assert!(
                (*call as usize) < summary.calls.len(),
                "{}: call {call} named, {} summarised",
                summary.path,
                summary.calls.len()
            );
        }
    }
}

/// Links the files and answers, for each sink of `file`, whether request data reaches it, as
/// the source code of the witness's first step.
fn flows(files: &[(&str, &str)], file: &str) -> Vec<Option<String>> {
    let mut summaries = Vec::new();
    let mut sinks = Vec::new();
    for (path, code) in files {
        let (summary, s) = summarise(path, code);
        assert_calls_summarised(&summary, &s);
        if *path == file {
            sinks = s;
        }
        summaries.push(summary);
    }
    let program = Program::link(summaries);
    sinks
        .iter()
        .map(|origins| {
            program.request_flow(file, origins).map(|w| {
                assert_eq!(w.steps[0].kind, StepKind::Source);
                w.steps
                    .iter()
                    .map(|s| format!("{}:{} {}", s.path, s.line, s.code))
                    .collect::<Vec<_>>()
                    .join(" -> ")
            })
        })
        .collect()
}

#[test]
fn request_reaches_a_helper_in_another_module() {
    let found = flows(
        &[
            (
                "routes/users.js",
                "const users = require('../services/users');\nrouter.get('/u', (req, res) => {\n  users.findUser(req.query.name);\n});\nrouter.get('/v', (req, res) => {\n  users.findUser('fixed');\n});\n",
            ),
            (
                "services/users.js",
                "function findUser(name) {\n  return sink(`SELECT * FROM u WHERE n = '${name}'`);\n}\nmodule.exports = { findUser };\n",
            ),
        ],
        "services/users.js",
    );
    assert_eq!(
        found,
        [Some(
            "routes/users.js:3 req.query.name -> routes/users.js:3 users.findUser(req.query.name)"
                .to_string()
        )]
    );
}

#[test]
fn three_hops_es_modules_default_exports_and_returned_values() {
    let files = [
        (
            "src/controller.ts",
            "import service from './service';\nimport { clean } from './util';\nexport async function handle(req: Request, res: Response) {\n  const q = clean(req.body.q);\n  return service.search(q);\n}\n",
        ),
        (
            "src/service.ts",
            "import { runQuery } from './repo';\nexport default { search(term: string) { return runQuery(term); } };\n",
        ),
        (
            "src/repo.ts",
            "export function runQuery(text: string) {\n  return sink('select ' + text);\n}\n",
        ),
        (
            "src/util.ts",
            "export const clean = (s: string) => s.trim();\n",
        ),
    ];
    let found = flows(&files, "src/repo.ts");
    let path = found[0].as_deref().expect("flow through three files");
    assert!(path.starts_with("src/controller.ts:4 req.body.q"), "{path}");
    assert!(
        path.contains("src/controller.ts:5 service.search(q)"),
        "{path}"
    );
    assert!(path.contains("src/service.ts:2 runQuery(term)"), "{path}");
}

#[test]
fn nest_services_through_constructor_injection() {
    let files = [
        (
            "src/users/users.controller.ts",
            "import { UsersService } from './users.service';\n@Controller('users')\nexport class UsersController {\n  constructor(private readonly usersService: UsersService) {}\n  @Get()\n  find(@Query('name') name: string) {\n    return this.usersService.byName(name);\n  }\n}\n",
        ),
        (
            "src/users/users.service.ts",
            "export class UsersService {\n  byName(name: string) {\n    return this.raw(name);\n  }\n  private raw(n: string) {\n    return sink(`select * from users where name = '${n}'`);\n  }\n}\n",
        ),
    ];
    assert!(flows(&files, "src/users/users.service.ts")[0].is_some());
}

#[test]
fn validated_values_and_unrelated_callers_stay_quiet() {
    let files = [
        (
            "routes.js",
            "const { findUser } = require('./db');\napp.get('/u', (req, res) => {\n  const id = parseInt(req.query.id, 10);\n  findUser(id);\n});\n",
        ),
        (
            "db.js",
            "exports.findUser = function (id) { return sink('select ' + id); };\n",
        ),
    ];
    assert_eq!(flows(&files, "db.js"), [None]);
}

#[test]
fn python_helpers_classes_and_keyword_arguments() {
    let files = [
        (
            "app/api/items.py",
            "from fastapi import APIRouter\nfrom app.services.items import ItemService, lookup\nrouter = APIRouter()\n@router.get('/items')\ndef read(q: str, service: ItemService = Depends(get_service)):\n    lookup(term=q)\n    return service.search(q)\n",
        ),
        (
            "app/services/items.py",
            "class ItemService:\n    def search(self, term):\n        return sink(f\"SELECT * FROM items WHERE name = '{term}'\")\n\ndef lookup(term):\n    return sink('select ' + term)\n",
        ),
        ("app/services/__init__.py", ""),
    ];
    let found = flows(&files, "app/services/items.py");
    assert!(found[0].is_some(), "method through a typed dependency");
    assert!(found[1].is_some(), "function through a keyword argument");
}

#[test]
fn cycles_terminate() {
    let files = [(
        "a.js",
        "function f(x) { return g(x); }\nfunction g(y) { return f(y); }\napp.get('/', (req, res) => { sink(f(req.query.a)); });\n",
    )];
    assert_eq!(flows(&files, "a.js"), [None]);
}

/// Summarises the files and resolves the value of the first argument of `use(…)` in `file`.
fn value_used(files: &[(&str, &str)], file: &str) -> (sechound_syntax::value::Value, Vec<String>) {
    use sechound_syntax::value::Value;
    let mut summaries = Vec::new();
    let mut found = Value::Unknown;
    for (path, code) in files {
        let language = Language::from_path(std::path::Path::new(path)).unwrap();
        let parsed = parse((*path).into(), language, (*code).into()).unwrap();
        let src = parsed.text();
        if language == Language::Python {
            let taint = PyTaint::new(&parsed);
            let module = modules::python::read(parsed.tree.root_node(), src);
            if *path == file {
                sechound_syntax::node::walk(parsed.tree.root_node(), |n| {
                    if n.kind() == "call"
                        && sechound_syntax::python::callee_path(n, src).as_deref() == Some("use")
                    {
                        let arg = sechound_syntax::python::positional_args(n)[0];
                        found =
                            sechound_syntax::python::value::ValueReader::new(&taint, &module, src)
                                .value(arg);
                    }
                    true
                });
            }
            summaries.push(summarize(&parsed, Engine::Python(&taint), &module));
        } else {
            let taint = JsTaint::new(&parsed);
            let module = modules::js::read(parsed.tree.root_node(), src);
            if *path == file {
                sechound_syntax::node::walk(parsed.tree.root_node(), |n| {
                    if n.kind() == "call_expression"
                        && sechound_syntax::js::callee_path(n, src).as_deref() == Some("use")
                    {
                        let arg = sechound_syntax::js::arguments(n)[0];
                        found = sechound_syntax::js::value::ValueReader::new(&taint, &module, src)
                            .value(arg);
                    }
                    true
                });
            }
            summaries.push(summarize(&parsed, Engine::Js(&taint), &module));
        }
    }
    let program = Program::link(summaries);
    let (value, steps) = program.resolve_value(file, &found);
    (
        value,
        steps
            .iter()
            .map(|s| format!("{}:{}", s.path, s.line))
            .collect(),
    )
}

#[test]
fn configuration_values_resolve_across_modules() {
    let (v, steps) = value_used(
        &[
            (
                "src/config.ts",
                "export const config = {\n  cors: { origins: (process.env.CORS_ORIGINS || '*').split(',') },\n  origin: process.env.CORS_ORIGIN || '*',\n};\n",
            ),
            (
                "src/app.ts",
                "import { config } from './config';\nuse(config.origin);\n",
            ),
        ],
        "src/app.ts",
    );
    assert!(v.can_be_str("*"), "{v:?}");
    assert_eq!(steps, ["src/config.ts:1"]);

    let (v, _) = value_used(
        &[
            (
                "config.js",
                "function parseBool(value, fallback) {\n  return value === undefined ? fallback : value === 'true';\n}\nmodule.exports = { trustProxy: parseBool(process.env.TRUST_PROXY, true) };\n",
            ),
            (
                "app.js",
                "const config = require('./config');\nuse(config.trustProxy);\n",
            ),
        ],
        "app.js",
    );
    assert!(v.can_be_true(), "{v:?}");

    let (v, steps) = value_used(
        &[
            (
                "app/core/config.py",
                "from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    API_V1_STR: str = '/api/v1'\n    DEBUG: bool = True\n\nsettings = Settings()\n",
            ),
            (
                "app/main.py",
                "from app.core.config import settings\nuse(settings.DEBUG)\n",
            ),
        ],
        "app/main.py",
    );
    assert!(v.can_be_true(), "{v:?}");
    assert_eq!(v.true_by_default(), Some("DEBUG"));
    assert_eq!(steps, ["app/core/config.py:7", "app/core/config.py:5"]);

    // `from app.core import config` … `config.github`: a submodule imported by name, with and
    // without a package `__init__.py`.
    for init in [true, false] {
        let mut files = vec![
            (
                "app/core/config.py",
                "import os

github = os.environ['GITHUB_WEBHOOK_SECRET']
",
            ),
            (
                "app/api/hooks.py",
                "from app.core import config
use(config.github)
",
            ),
        ];
        if init {
            files.push(("app/core/__init__.py", ""));
        }
        let (v, _) = value_used(&files, "app/api/hooks.py");
        assert!(
            matches!(&v, sechound_syntax::value::Value::Env { name, .. } if name == "GITHUB_WEBHOOK_SECRET"),
            "{init}: {v:?}"
        );
    }
}

/// Functions are numbered the same way by the taint engine and the summary, whatever keywords
/// the file uses (`function`, `async`, `lambda` are also token kinds).
#[test]
fn function_numbers_agree_between_taint_and_summary() {
    let js = [
        (
            "a.js",
            "const { b } = require('./b');\napp.get('/', async (req, res) => { b(req.query.x); });\n",
        ),
        (
            "b.js",
            "async function b(t) { return c(t); }\nfunction* g() {}\nconst h = function () {};\nasync function c(u) { return sink('select ' + u); }\nmodule.exports = { b };\n",
        ),
    ];
    assert!(flows(&js, "b.js")[0].is_some());
    let py = [
        (
            "app/a.py",
            "from app.b import b\n@app.get('/x')\ndef h(q: str):\n    return b(q)\n",
        ),
        (
            "app/b.py",
            "f = lambda v: v\ndef b(t):\n    g = lambda w: w\n    return c(t)\n\ndef c(u):\n    return sink('select ' + u)\n",
        ),
    ];
    assert!(flows(&py, "app/b.py")[0].is_some());
}

#[test]
fn calls_numbered_while_reading_local_functions_are_summarised() {
    // `inner` and `pick` are local functions: what they return is read after the file's calls
    // are listed, and reading `inner` numbers `pick(...)`, which must still get its call site
    // (a review of TypeScript's own compiler panicked on the missing one).
    let js = [(
        "routes.js",
        "app.get('/', (req, res) => {\n  function pick(v) { return v.trim(); }\n  function inner() { return pick(req.query.x); }\n  const v = inner();\n  sink(v);\n});\n",
    )];
    assert!(flows(&js, "routes.js")[0].is_some());
    let py = [(
        "app/views.py",
        "@app.get('/x')\ndef view(q: str):\n    def pick(v):\n        return v.strip()\n    def inner():\n        return pick(q)\n    sink(inner())\n",
    )];
    assert!(flows(&py, "app/views.py")[0].is_some());
}

/// A call number a returned value names may lie outside the file's summarised calls (NestJS's
/// compiled `abstract-instance-resolver.js`: local arrow functions returned and mapped): linking
/// treats such a call as unknown instead of indexing past the end of the call list.
#[test]
fn returned_calls_outside_the_summary_are_unknown() {
    let code = r#"
const exceptions_1 = require("../errors/exceptions");
class AbstractInstanceResolver {
    find(typeOrToken, options) {
        const instanceLinkOrArray = this.instanceLinksHost.get(typeOrToken, options);
        const pluckInstance = ({ wrapperRef }) => {
            if (wrapperRef.scope === 2) {
                throw new exceptions_1.InvalidClassScopeException(typeOrToken);
            }
            return wrapperRef.instance;
        };
        if (Array.isArray(instanceLinkOrArray)) {
            return instanceLinkOrArray.map(pluckInstance);
        }
        return pluckInstance(instanceLinkOrArray);
    }
    async resolvePerContext(typeOrToken, contextModule, contextId, options) {
        const instanceLinkOrArray = this.instanceLinksHost.get(typeOrToken, { each: options.each });
        const pluckInstance = async (instanceLink) => {
            const { wrapperRef, collection } = instanceLink;
            if (wrapperRef.isDependencyTreeStatic()) {
                return this.get(typeOrToken, { strict: options.strict });
            }
            const instance = await this.injector.loadPerContext(wrapperRef, collection, contextId);
            return instance;
        };
        if (Array.isArray(instanceLinkOrArray)) {
            return Promise.all(instanceLinkOrArray.map(instanceLink => pluckInstance(instanceLink)));
        }
        return pluckInstance(instanceLinkOrArray);
    }
}
exports.AbstractInstanceResolver = AbstractInstanceResolver;
"#;
    let route = "const { AbstractInstanceResolver } = require('./resolver');\nfunction handler(req, res) {\n  sink(new AbstractInstanceResolver().find(req.query.t));\n}\n";
    let files = [("src/resolver.js", code), ("src/route.js", route)];
    // Linking completes; whatever it concludes about the handler, it does not panic.
    let _ = flows(&files, "src/route.js");
}

/// An Express controller exported wrapped in a helper (`exports.createUser =
/// asyncHandler(async (req, res) => …)`) resolves from the routes that import it by name to the
/// wrapped function, so findings in it are tied to their endpoints.
#[test]
fn exports_wrapped_in_a_helper_resolve_to_the_wrapped_function() {
    let files = [
        (
            "routes/users.js",
            "const { createUser, helper } = require('../controllers/users');\nrouter.post('/users', createUser);\n",
        ),
        (
            "controllers/users.js",
            "const asyncHandler = require('../middleware/async');\nexports.createUser = asyncHandler(async (req, res, next) => {\n  const user = await User.create(req.body);\n  res.json(user);\n});\nexports.helper = makeHelper(options);\n",
        ),
    ];
    let summaries = files
        .iter()
        .map(|(path, code)| summarise(path, code).0)
        .collect();
    let program = Program::link(summaries);
    let f = program
        .resolve_function("routes/users.js", "createUser")
        .expect("the wrapped handler");
    let (file, function) = program.function(f);
    assert_eq!(
        (file.path.as_str(), function.line, function.end_line),
        ("controllers/users.js", 2, 5)
    );
    // A call without a function written in it is still not one.
    assert!(
        program
            .resolve_function("routes/users.js", "helper")
            .is_none()
    );
}
