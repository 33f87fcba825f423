use super::token_names::{enclosing_names, has_any, is_api_key, purpose_name, words};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::node::{NodeExt, text, walk};
use sechound_syntax::python::callee_path;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// The `random` module (a Mersenne Twister, predictable from its output) used to make a
    /// secret: `random.choice`, `choices`, `randint`, `randrange`, `getrandbits`, `random`,
    /// `sample`, `shuffle`, `uniform` whose result is named, returned or built for a token, a
    /// password, a reset, verification or invitation code, an OTP or PIN, a session id, an API
    /// key, a salt or a nonce. The purpose is read from the variable, attribute, keyword or
    /// dictionary key the value is stored in, or from the enclosing function's name
    /// (`generate_reset_token`, `make_otp`; a plain `code` counts inside
    /// `send_verification_email()`), or from where the function puts it: a value stored in the
    /// session (`session[key] = value`) or sent as a cookie (`set_cookie(name, value)`) is a
    /// credential whatever its name, and so is a value stored under a field (`User(confirmation=
    /// code)`, `user.confirmation = code`) that the same file compares with request data
    /// (`user.confirmation != payload.code`) or looks records up by (`filter_by(confirmation=
    /// request.args["code"])`). `uuid.uuid1()` (time and MAC address) is reported the same way.
    ///
    /// Across modules: a call of a function imported from a module of the repository whose body
    /// uses `random` (`make_code()` from `app/utils.py`, a name that says nothing) is judged at
    /// the call the same way, by the name its result is stored under or by the field the calling
    /// module compares with request data, citing the helper's line. Helpers named for their
    /// purpose (`generate_token`) are reported in their own module instead.
    ///
    /// Severity is high for tokens, passwords, session ids and API keys; medium for short codes,
    /// salts and nonces.
    ///
    /// ## Why it matters
    /// `random` is seeded from little entropy and its state can be rebuilt from a few hundred
    /// outputs; an attacker who sees some tokens (their own reset links, say) can predict the
    /// next ones and take over other accounts.
    ///
    /// ## Not reported
    /// `secrets.*`, `random.SystemRandom()`, `os.urandom`, and `random` used for jitter, backoff,
    /// sampling, shuffling test data or anything whose name does not say it is a secret.
    ///
    /// ## Example
    /// ```python
    /// reset_token = "".join(random.choices(string.ascii_letters, k=32))  # reported
    /// reset_token = secrets.token_urlsafe(32)                             # fine
    /// ```
    pub struct InsecureRandomness {
        id: "py.insecure-randomness",
        title: "Predictable random values used as secrets",
        severity: High,
        confidence: Medium,
        area: Authentication,
        cwe: [338, 330],
        owasp: A02,
        effort: Minutes,
        impact: "Tokens, codes or keys generated this way can be predicted, letting an attacker reset passwords, hijack sessions or guess keys.",
        recommendation: "Generate secrets with the `secrets` module: `secrets.token_urlsafe(32)` for tokens and keys, `secrets.token_hex(16)` for salts and nonces, `f\"{secrets.randbelow(10**6):06d}\"` for numeric codes, `secrets.choice(alphabet)` for custom alphabets.",
        verification: "Search the module for `import random` / `from random import`: no secret-producing function uses it any more.",
    }
}

const RANDOM_FUNCTIONS: &[&str] = &[
    "random",
    "randint",
    "randrange",
    "choice",
    "choices",
    "getrandbits",
    "sample",
    "shuffle",
    "uniform",
    "randbytes",
    "normalvariate",
    "gauss",
    "triangular",
    "betavariate",
    "expovariate",
    "gammavariate",
    "lognormvariate",
    "vonmisesvariate",
    "paretovariate",
    "weibullvariate",
];

/// Words that name a long-lived or high-value secret.
const SECRET_WORDS: &[&str] = &[
    "token",
    "tokens",
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "secret",
    "session",
    "sessionid",
    "sid",
    "apikey",
    "csrf",
    "xsrf",
    "invite",
    "invitation",
    "activation",
    "magic",
    "credential",
    "credentials",
];

/// Words that name a short code, a salt or a nonce.
const CODE_WORDS: &[&str] = &[
    "otp", "totp", "hotp", "pin", "passcode", "salt", "nonce", "mfa", "2fa", "captcha",
];

/// Words that, with `code` or `key`, make it a secret.
const CODE_QUALIFIERS: &[&str] = &[
    "verification",
    "verify",
    "confirm",
    "confirmation",
    "reset",
    "auth",
    "login",
    "sms",
    "email",
    "security",
    "access",
    "recovery",
    "backup",
    "activation",
    "invite",
    "signup",
    "one",
    "secret",
    "private",
    "signing",
    "encryption",
];

/// Words in a function's name that make a plain `code` in it a secret one.
const FUNCTION_CODE_QUALIFIERS: &[&str] = &[
    "verification",
    "verify",
    "confirm",
    "confirmation",
    "reset",
    "login",
    "signin",
    "auth",
    "authentication",
    "security",
    "recovery",
    "activation",
    "activate",
];

/// Words that show the value is not a secret even though a secret word appears nearby.
const HARMLESS_WORDS: &[&str] = &[
    "jitter",
    "backoff",
    "delay",
    "sleep",
    "retry",
    "retries",
    "sample",
    "sampling",
    "shuffle",
    "shuffled",
    "test",
    "tests",
    "fake",
    "mock",
    "dummy",
    "color",
    "colour",
    "weight",
    "weights",
    "port",
    "index",
    "idx",
    "timeout",
    "interval",
    "wait",
    "example",
    "demo",
    "length",
    "len",
    "count",
    "size",
    "expires",
    "expiry",
    "ttl",
    "name",
    "type",
    "strategy",
    "strategies",
    "server",
    "servers",
    "backend",
    "backends",
    "host",
    "hosts",
    "node",
    "nodes",
    "shard",
    "replica",
    "provider",
    "providers",
    "mode",
    "level",
    "header",
    "prefix",
    "suffix",
    "format",
    "path",
    "url",
    "field",
    "column",
    "label",
    "choice",
    "order",
    "variant",
];

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Purpose {
    None,
    Code,
    Secret,
}

fn purpose_of(name: &str) -> (Purpose, bool) {
    let w = words(name);
    // `jittered`, `retrying`, `sampled`: stems of four letters or more match longer words.
    let harmless = w.iter().any(|word| {
        HARMLESS_WORDS.iter().any(|h| {
            word == h
                || (h.len() >= 4
                    && word
                        .strip_prefix(h)
                        .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_alphabetic())))
        })
    });
    let purpose = if has_any(&w, SECRET_WORDS) || is_api_key(&w) {
        Purpose::Secret
    } else if has_any(&w, CODE_WORDS)
        || (has_any(&w, &["code", "codes", "key", "keys"]) && has_any(&w, CODE_QUALIFIERS))
    {
        Purpose::Code
    } else {
        Purpose::None
    };
    (purpose, harmless)
}

impl CodeRule for InsecureRandomness {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let qualified = cx.qualified(call).unwrap_or_else(|| path.clone());
        let source = if qualified == "uuid.uuid1" {
            "the time-based `uuid1`, predictable from the clock and host"
        } else {
            let function = match qualified.split_once('.') {
                Some(("random", function)) => function,
                _ => {
                    helper_call(call, &path, cx);
                    return;
                }
            };
            if !RANDOM_FUNCTIONS.contains(&function) {
                return;
            }
            "the predictable `random` module"
        };
        let function_name = enclosing_names(call, src).into_iter().next();
        if function_name.as_deref().is_some_and(|f| purpose_of(f).1) {
            return;
        }
        let target = purpose_name(call, src);
        let mut found: Option<(Purpose, String)> = None;
        if let Some(target) = &target {
            let (purpose, harmless) = purpose_of(target);
            if harmless {
                return;
            }
            if purpose != Purpose::None {
                found = Some((purpose, format!("`{target}`")));
            } else if let Some(function_name) = &function_name
                && has_any(
                    &words(target),
                    &["code", "codes", "key", "number", "digits"],
                )
                && purpose_of(function_name).0 == Purpose::None
                && has_any(&words(function_name), FUNCTION_CODE_QUALIFIERS)
            {
                // `code = randint(...)` inside `send_verification_email()`.
                found = Some((Purpose::Code, format!("`{target}` in `{function_name}()`")));
            }
        }
        if found.is_none()
            && let Some(target) = &target
            && let Some(place) = stored_as_credential(call, target, src)
        {
            found = Some((Purpose::Secret, format!("`{target}`, {place}")));
        }
        if found.is_none()
            && let Some(target) = &target
            && let Some((field, check)) = compared_with_request(call, target, cx)
        {
            let line = check.start_position().row + 1;
            found = Some((
                Purpose::Secret,
                format!(
                    "`{target}`, stored as `{field}` and checked against request data at line {line} (`{}`): it authenticates whoever presents it",
                    sechound_syntax::node::short_text(check, src, 60)
                ),
            ));
        }
        if found.is_none() {
            let Some(function_name) = function_name else {
                return;
            };
            let (purpose, _) = purpose_of(&function_name);
            if purpose == Purpose::None {
                return;
            }
            found = Some((purpose, format!("a value in `{function_name}()`")));
        }
        let Some((purpose, what)) = found else { return };
        let finding = cx.report(
            call,
            format!("`{path}()` ({source}) builds {what}, which must be unguessable."),
        );
        if purpose == Purpose::Code {
            finding.severity(Severity::Medium);
        }
    }
}

/// Where the function puts a random value named `target` that makes it a credential: into a
/// session (`session[key] = target`) or a cookie (`set_cookie(name, target)`).
fn stored_as_credential(call: Node<'_>, target: &str, src: &str) -> Option<&'static str> {
    let function = sechound_syntax::python::enclosing_function(call)?;
    let mut place = None;
    walk(function, |n| {
        if place.is_some() {
            return false;
        }
        match n.kind() {
            "assignment" => {
                if let (Some(left), Some(right)) = (n.field("left"), n.field("right"))
                    && text(right, src) == target
                    && left.kind() == "subscript"
                    && left
                        .field("value")
                        .is_some_and(|v| text(v, src).to_ascii_lowercase().contains("session"))
                {
                    place = Some("stored in the session");
                }
            }
            "call"
                if sechound_syntax::python::method_name(n, src) == Some("set_cookie")
                    && (sechound_syntax::python::positional_args(n)
                        .get(1)
                        .is_some_and(|v| text(*v, src) == target)
                        || sechound_syntax::python::keyword_arg(n, src, "value")
                            .is_some_and(|v| text(v, src) == target)) =>
            {
                place = Some("sent as a cookie");
            }
            _ => {}
        }
        true
    });
    place
}

/// The field a random value held in `target` is stored under (`User(confirmation=code)`,
/// `user.confirmation = code`, `{"confirmation": code}`), and the place in this file where that
/// field is compared with request data (`user.confirmation != payload.code`) or used to look a
/// record up by it (`Invite.objects.get(ticket=request.GET["ticket"])`).
fn compared_with_request<'f>(
    call: Node<'f>,
    target: &str,
    cx: &CheckContext<'f>,
) -> Option<(String, Node<'f>)> {
    let src = cx.src();
    let mut fields: Vec<String> = vec![target.to_string()];
    if let Some(function) = sechound_syntax::python::enclosing_function(call) {
        walk(function, |n| {
            let stored = match n.kind() {
                "keyword_argument" => n
                    .field("value")
                    .filter(|v| text(*v, src) == target)
                    .and_then(|_| n.field("name"))
                    .map(|k| text(k, src).to_string()),
                "pair" => n
                    .field("value")
                    .filter(|v| text(*v, src) == target)
                    .and_then(|_| n.field("key"))
                    .and_then(|k| sechound_syntax::python::string_value(k, src)),
                "assignment" => n
                    .field("right")
                    .filter(|v| text(*v, src) == target)
                    .and_then(|_| n.field("left"))
                    .filter(|l| l.kind() == "attribute")
                    .and_then(|l| l.field("attribute"))
                    .map(|a| text(a, src).to_string()),
                _ => None,
            };
            if let Some(field) = stored
                && !fields.contains(&field)
            {
                fields.push(field);
            }
            true
        });
    }
    fields.retain(|f| f.len() > 2 && !purpose_of(f).1);
    if fields.is_empty() {
        return None;
    }
    let taint = cx.py_taint();
    let tainted = |n: Node<'f>| {
        let mut any = false;
        walk(n, |m| {
            any |= taint.is_tainted(m);
            !any
        });
        any
    };
    let names_field = |n: Node<'f>| -> Option<String> {
        let n = sechound_syntax::python::unwrap(n);
        let field = match n.kind() {
            "attribute" => text(n.field("attribute")?, src).to_string(),
            "subscript" => sechound_syntax::python::string_value(n.field("subscript")?, src)?,
            _ => return None,
        };
        fields.iter().find(|f| **f == field).cloned()
    };
    let mut root = call;
    while let Some(parent) = root.parent() {
        root = parent;
    }
    let mut found = None;
    walk(root, |n| {
        if found.is_some() {
            return false;
        }
        match n.kind() {
            "comparison_operator" => {
                let parts = sechound_syntax::node::named_children(n);
                let operators = text(n, src);
                if parts.len() == 2 && (operators.contains("==") || operators.contains("!=")) {
                    let (l, r) = (parts[0], parts[1]);
                    let hit = names_field(l)
                        .filter(|_| tainted(r))
                        .or_else(|| names_field(r).filter(|_| tainted(l)));
                    if let Some(field) = hit {
                        found = Some((field, n));
                    }
                }
            }
            "keyword_argument" => {
                if let (Some(key), Some(value)) = (n.field("name"), n.field("value"))
                    && fields.iter().any(|f| f == text(key, src))
                    && n.start_byte() != call.start_byte()
                    && in_lookup(n, src)
                    && tainted(value)
                {
                    found = Some((text(key, src).to_string(), n));
                }
            }
            _ => {}
        }
        true
    });
    found
}

/// A call of a function imported from a module of the repository whose body uses `random`:
/// its result judged where it is stored, as a `random` call is.
fn helper_call<'f>(call: Node<'f>, written: &str, cx: &mut CheckContext<'f>) {
    use sechound_syntax::modules::ImportedName;
    let src = cx.src();
    let mut parts = written.split('.');
    let head = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    let function = match rest.as_slice() {
        [] => head,
        [function] => function,
        _ => return,
    };
    let helpers = cx.repo_index(|| RandomHelpers::of(cx.repo));
    // Most calls stop here: no helper of the repository has that name.
    if !helpers.names.contains(function) {
        return;
    }
    let Some(import) = cx.module().import_at(head, call.start_byte()) else {
        return;
    };
    let (module, name) = match (&import.name, rest.as_slice()) {
        (ImportedName::Named(name), []) => (import.module.clone(), name.clone()),
        (ImportedName::Named(name), [function]) => {
            let sep = if import.module.ends_with('.') {
                ""
            } else {
                "."
            };
            (
                format!("{}{sep}{name}", import.module),
                function.to_string(),
            )
        }
        (ImportedName::Namespace, [function]) => (import.module.clone(), function.to_string()),
        _ => return,
    };
    let Some(path) =
        crate::module_files::python_module_path(&module, &cx.file.path, cx.repo.paths())
    else {
        return;
    };
    let Some(line) = helpers.by_file.get(&(path.clone(), name)) else {
        return;
    };
    let Some(target) = purpose_name(call, src) else {
        return;
    };
    let (purpose, harmless) = purpose_of(&target);
    if harmless {
        return;
    }
    let what = if purpose != Purpose::None {
        format!("`{target}`")
    } else if let Some((field, check)) = compared_with_request(call, &target, cx) {
        let line = check.start_position().row + 1;
        format!(
            "`{target}`, stored as `{field}` and checked against request data at line {line} (`{}`): it authenticates whoever presents it",
            sechound_syntax::node::short_text(check, src, 60)
        )
    } else {
        return;
    };
    let finding = cx.report(
        call,
        format!(
            "`{written}()` (the predictable `random` module, at {path}:{line}) builds {what}, which must be unguessable."
        ),
    );
    if purpose == Purpose::Code {
        finding.severity(Severity::Medium);
    }
}

/// Module-level functions of the repository's Python files that call the `random` module and
/// whose name does not already say what the value is for (those are reported in their own
/// module): (file, name) → line of the call. Built once per review from the files that import
/// `random`.
struct RandomHelpers {
    by_file: std::collections::HashMap<(String, String), usize>,
    names: std::collections::HashSet<String>,
}

impl RandomHelpers {
    fn of(repo: &dyn crate::RepoView) -> RandomHelpers {
        let mut by_file = std::collections::HashMap::new();
        let mut names = std::collections::HashSet::new();
        for path in repo.paths() {
            if !path.ends_with(".py") || crate::is_test_path(path) {
                continue;
            }
            let Some(text_of) = repo.read(path) else {
                continue;
            };
            if !text_of.contains("import random") && !text_of.contains("from random import")
                || !crate::module_files::indexable_source(path, &text_of)
            {
                continue;
            }
            let Some(file) =
                sechound_syntax::parse(path.clone(), sechound_syntax::Language::Python, text_of)
            else {
                continue;
            };
            let src = file.text();
            let module = sechound_syntax::modules::read_file(&file);
            for statement in sechound_syntax::node::named_children(file.tree.root_node()) {
                let function = if statement.kind() == "decorated_definition" {
                    match statement.field("definition") {
                        Some(d) => d,
                        None => continue,
                    }
                } else {
                    statement
                };
                if function.kind() != "function_definition" {
                    continue;
                }
                let Some(name) = function.field("name").map(|n| text(n, src).to_string()) else {
                    continue;
                };
                let (purpose, harmless) = purpose_of(&name);
                if purpose != Purpose::None || harmless {
                    continue;
                }
                let mut line = None;
                walk(function, |n| {
                    if line.is_none()
                        && n.kind() == "call"
                        && sechound_syntax::modules::python::qualified_callee(&module, n, src)
                            .and_then(|q| {
                                q.strip_prefix("random.")
                                    .map(|f| RANDOM_FUNCTIONS.contains(&f))
                            })
                            .unwrap_or(false)
                    {
                        line = Some(n.start_position().row + 1);
                    }
                    line.is_none()
                });
                if let Some(line) = line {
                    names.insert(name.clone());
                    by_file.insert((path.clone(), name), line);
                }
            }
        }
        RandomHelpers { by_file, names }
    }
}

/// True when `keyword` is an argument of a query (`filter_by(ticket=…)`,
/// `Invite.objects.get(ticket=…)`), not of a record being built (`Invite(ticket=…)`,
/// `User.objects.create(…)`).
fn in_lookup(keyword: Node<'_>, src: &str) -> bool {
    let Some(call) = keyword
        .parent()
        .filter(|a| a.kind() == "argument_list")
        .and_then(|a| a.parent())
    else {
        return false;
    };
    let Some(path) = callee_path(call, src) else {
        return false;
    };
    let last = path
        .rsplit('.')
        .next()
        .unwrap_or(&path)
        .to_ascii_lowercase();
    [
        "filter", "get", "exclude", "find", "where", "exist", "count", "delete", "update", "first",
        "one", "select", "query", "lookup",
    ]
    .iter()
    .any(|w| last.starts_with(w))
}
