use super::crypto_names::words;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::js::{FUNCTION_KINDS, callee_path, pair_key, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::text;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// `Math.random()` producing a value that must be unguessable: its result is stored in,
    /// returned from, or passed to something named like a token, session id, password, one-time
    /// code, API key, reset or verification code, nonce, salt or IV, or it is computed inside a
    /// function named that way (`generateResetToken`, `createOtp`). By use, whatever its name:
    /// a value stored under a field (`user.confirmation = n`, `{ invite: n }`) that the same
    /// file compares with request data (`user.confirmation === req.body.code`) or looks records
    /// up by (`findOne({ invite: req.query.invite })`) authenticates whoever presents it. A value named only `code`
    /// or `pin` counts when the surrounding handler (or, for a `generateCode` helper, the file)
    /// talks about OTPs, verification, recovery, resets or two-factor login.
    ///
    /// Across modules: a call of a helper imported from a module of the repository whose body
    /// uses `Math.random()` (`randomDigits` in `utils/random.js`, a name that says nothing) is
    /// judged at the call like `Math.random()` itself: reported when its result is named as a
    /// credential (`const resetToken = randomString(24)`) or stored under a field the calling
    /// file compares with request data, citing the helper's line. Helpers named for their
    /// purpose (`generateToken`) are reported in their own file instead.
    ///
    /// Severity is high for tokens, session ids, passwords, secrets, API keys, OTPs and reset
    /// codes, medium for nonces, salts and IVs.
    ///
    /// ## Why it matters
    /// `Math.random()` is not a cryptographic generator: V8's xorshift128+ state can be
    /// recovered from a handful of outputs, after which every later "random" token is known in
    /// advance: password-reset links and session ids become guessable.
    ///
    /// ## Not reported
    /// `Math.random()` for jitter, backoff, delays, sampling, shuffling, colours or positions,
    /// or anywhere nothing names it as a credential or uses it as one. Confidence is medium: the
    /// rule reads names and uses, not the value's whole flow.
    ///
    /// ## Example
    /// ```js
    /// const resetToken = Math.random().toString(36).slice(2);   // reported
    /// const resetToken = crypto.randomBytes(32).toString('hex'); // fine
    /// const delay = base * 2 ** attempt + Math.random() * 100;  // fine
    /// ```
    pub struct InsecureRandomness {
        id: "js.insecure-randomness",
        title: "Math.random() used for a security value",
        severity: High,
        confidence: Medium,
        area: Authentication,
        cwe: [338],
        owasp: A02,
        effort: Minutes,
        impact: "An attacker who observes a few generated values can predict the next tokens, codes or ids and take over accounts or sessions.",
        recommendation: "Generate the value with the cryptographic generator: `crypto.randomBytes(32).toString('base64url')` for tokens, `crypto.randomInt(0, 1_000_000)` for numeric codes, `crypto.randomUUID()` for ids.",
        verification: "Search the code path for `Math.random` (none is left) and check that generated tokens are 32 bytes of `crypto.randomBytes` output (43 base64url characters).",
    }
}

/// What a name says the random value is for, and how much its secrecy matters.
fn security_purpose(name: &str) -> Option<(&'static str, Severity)> {
    let words = words(name);
    // `sessionTimeout`, `tokenCount`, `otpLength`: a number about the credential.
    if words.last().is_some_and(|w| {
        benign(w)
            || matches!(
                w.as_str(),
                "count"
                    | "length"
                    | "len"
                    | "size"
                    | "ttl"
                    | "expiry"
                    | "expires"
                    | "age"
                    | "attempts"
            )
    }) {
        return None;
    }
    let has = |w: &str| words.iter().any(|x| x == w);
    let high = |label| Some((label, Severity::High));
    if words.iter().any(|w| w.ends_with("token") || w == "tokens") {
        return high("a token");
    }
    if has("password")
        || has("passwd")
        || has("pwd")
        || words.iter().any(|w| w.contains("password"))
    {
        return high("a password");
    }
    if has("secret") || words.iter().any(|w| w.ends_with("secret")) {
        return high("a secret");
    }
    if has("session") || has("sid") || has("sessionid") {
        return high("a session id");
    }
    if has("otp") || has("totp") || has("mfa") || has("2fa") {
        return high("a one-time code");
    }
    if has("apikey") || (has("api") && has("key")) {
        return high("an API key");
    }
    if has("csrf") || has("xsrf") {
        return high("a CSRF token");
    }
    if (has("reset")
        || has("verification")
        || has("verify")
        || has("confirmation")
        || has("activation")
        || has("magic"))
        && (has("code") || has("key") || has("link") || has("id") || has("hash") || has("pin"))
    {
        return high("a reset or verification code");
    }
    if has("pin") && words.len() > 1 {
        return high("a PIN");
    }
    if has("nonce") {
        return Some(("a nonce", Severity::Medium));
    }
    if has("salt") {
        return Some(("a salt", Severity::Medium));
    }
    if has("iv") {
        return Some(("an IV", Severity::Medium));
    }
    None
}

/// Names that say the value is not security relevant.
fn benign(name: &str) -> bool {
    words(name).iter().any(|w| {
        matches!(
            w.as_str(),
            "delay"
                | "jitter"
                | "backoff"
                | "timeout"
                | "retry"
                | "wait"
                | "ms"
                | "interval"
                | "sleep"
                | "shuffle"
                | "shuffled"
                | "sample"
                | "sampling"
                | "color"
                | "colour"
                | "hue"
                | "x"
                | "y"
                | "position"
                | "offset"
                | "width"
                | "height"
                | "opacity"
                | "angle"
                | "index"
                | "idx"
                | "rate"
                | "chance"
                | "probability"
                | "percent"
                | "weight"
                | "duration"
                | "port"
        )
    })
}

impl CodeRule for InsecureRandomness {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        if !is_math_random(call, src) {
            helper_call(call, cx);
            return;
        }
        if let Some(target) = value_target(call, src) {
            if let Some((purpose, severity)) = security_purpose(&target.name) {
                // One finding per value: `Math.random()...+ Math.random()...` is one token.
                if first_math_random(target.expression, src) == Some(call) {
                    report(cx, call, &target.holder, purpose, severity);
                }
                return;
            }
            if benign(&target.name) {
                return;
            }
            // By use: stored under a field that this file later compares with request data or
            // looks records up by (`user.confirmation = n` … `user.confirmation === req.body.code`).
            if first_math_random(target.expression, src) == Some(call)
                && let Some((field, check)) = compared_with_request(call, &target.name, cx)
            {
                let line = check.start_position().row + 1;
                let message = format!(
                    "`Math.random()` generates {}, stored as `{field}` and checked against request data at line {line} (`{}`): it authenticates whoever presents it, and its output is predictable, so the value can be guessed.",
                    target.holder,
                    sechound_syntax::node::short_text(check, src, 60)
                );
                cx.report(call, message)
                    .severity(Severity::High)
                    .related(check);
                return;
            }
            // `const code = ...` in a handler that mails a verification or recovery code.
            if is_generic_code(&target.name)
                && first_math_random(target.expression, src) == Some(call)
                && let Some(context) = code_context(call, src)
            {
                report(
                    cx,
                    call,
                    &format!("{} (next to code about {context})", target.holder),
                    "a one-time code",
                    Severity::High,
                );
                return;
            }
        }
        // Inside a function named for the purpose: generateToken() { ... Math.random() ... }
        let mut scope = call;
        for _ in 0..2 {
            let Some(function) = sechound_syntax::node::ancestor(scope, FUNCTION_KINDS) else {
                break;
            };
            if let Some(name) = function_name(function, src) {
                // The function must be named for what it returns (`generateToken`, `newOtp`),
                // not merely mention it (`scheduleTokenCleanupJob`).
                let names_its_result = words(&name).last().is_some_and(|last| {
                    security_purpose(last).is_some()
                        || matches!(
                            last.as_str(),
                            "id" | "code" | "key" | "pin" | "nonce" | "salt"
                        )
                });
                if names_its_result && let Some((purpose, severity)) = security_purpose(&name) {
                    if first_math_random(function, src) == Some(call) {
                        report(
                            cx,
                            call,
                            &format!("the result of `{name}`"),
                            purpose,
                            severity,
                        );
                    }
                    return;
                }
                if benign(&name) {
                    return;
                }
            }
            scope = function;
        }
    }
}

/// Names that say "a short code" without saying what for.
fn is_generic_code(name: &str) -> bool {
    let words = words(name);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "code" | "pin" | "digits"))
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "order"
                    | "invoice"
                    | "product"
                    | "color"
                    | "country"
                    | "room"
                    | "game"
                    | "coupon"
                    | "promo"
                    | "referral"
                    | "status"
                    | "error"
                    | "short"
            )
        })
}

/// What the code around `call` says the short code is for: the enclosing functions' text, or
/// the whole file when the value is made at module level (`const generateCode = () => ...`).
fn code_context(call: Node<'_>, src: &str) -> Option<&'static str> {
    let mut scope = call;
    while let Some(function) = sechound_syntax::node::ancestor(scope, FUNCTION_KINDS) {
        scope = function;
    }
    let text = if scope == call {
        src
    } else {
        &src[scope.byte_range()]
    };
    // `const generateCode = () => ...` says nothing by itself; its callers are in the file.
    let text = if scope != call && function_name(scope, src).is_some_and(|n| is_generic_code(&n)) {
        src
    } else {
        text
    };
    let lower = text.to_ascii_lowercase();
    [
        ("otp", "one-time passwords"),
        ("verification", "verification codes"),
        ("verify", "verification codes"),
        ("recovery", "account recovery"),
        ("reset", "password resets"),
        ("2fa", "two-factor login"),
        ("mfa", "two-factor login"),
        ("magic", "magic-link login"),
    ]
    .into_iter()
    .find(|(marker, _)| lower.contains(marker))
    .map(|(_, context)| context)
}

fn is_math_random(call: Node<'_>, src: &str) -> bool {
    call.kind() == "call_expression" && callee_path(call, src).as_deref() == Some("Math.random")
}

/// The first `Math.random()` call inside `node`.
fn first_math_random<'f>(node: Node<'f>, src: &str) -> Option<Node<'f>> {
    let mut found = None;
    sechound_syntax::node::walk(node, |n| {
        if found.is_none() && is_math_random(n, src) {
            found = Some(n);
        }
        found.is_none()
    });
    found
}

fn report<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    holder: &str,
    purpose: &str,
    severity: Severity,
) {
    let message = format!(
        "`Math.random()` generates {holder}, used as {purpose}; its output is predictable, so the value can be guessed."
    );
    cx.report(call, message).severity(severity);
}

/// Where a random value ends up.
struct Target<'f> {
    /// The name that says what it is for.
    name: String,
    /// How the message refers to it.
    holder: String,
    /// The whole expression that computes the value.
    expression: Node<'f>,
}

/// The name the random value ends up under: the variable, property or parameter it is assigned
/// to, the function it is passed to, or the function it is returned from. Climbs through the
/// expressions that merely reshape it (`Math.floor(Math.random() * n)`, `.toString(36)`, `+`).
fn value_target<'f>(call: Node<'f>, src: &str) -> Option<Target<'f>> {
    let named = |name: String, expression: Node<'f>| {
        Some(Target {
            holder: format!("`{name}`"),
            name,
            expression,
        })
    };
    let mut node = call;
    for _ in 0..12 {
        let parent = node.parent()?;
        match parent.kind() {
            "variable_declarator" => {
                let name = parent.field("name")?;
                return if name.kind() == "identifier" {
                    named(text(name, src).to_string(), node)
                } else {
                    None
                };
            }
            "assignment_expression" | "augmented_assignment_expression" => {
                let left = parent.field("left")?;
                return named(last_segment(left, src), node);
            }
            "pair" => return named(pair_key(parent, src)?.to_string(), node),
            "public_field_definition" | "field_definition" => {
                return named(text(parent.field("name")?, src).to_string(), node);
            }
            "return_statement" | "arrow_function" => {
                let function = if parent.kind() == "arrow_function" {
                    parent
                } else {
                    sechound_syntax::node::ancestor(parent, FUNCTION_KINDS)?
                };
                let name = function_name(function, src)?;
                return Some(Target {
                    holder: format!("the result of `{name}`"),
                    name,
                    expression: node,
                });
            }
            "arguments" => {
                let call = parent.parent()?;
                let path = callee_path(call, src)?;
                // Reshaping calls pass the value on; any other call is where it goes.
                if is_reshaping(&path) {
                    node = call;
                    continue;
                }
                let method = path.rsplit('.').next().unwrap_or(&path).to_string();
                return Some(Target {
                    holder: format!("an argument of `{path}`"),
                    name: method,
                    expression: node,
                });
            }
            "binary_expression"
            | "parenthesized_expression"
            | "member_expression"
            | "call_expression"
            | "template_substitution"
            | "template_string"
            | "subscript_expression"
            | "unary_expression"
            | "array"
            | "ternary_expression"
            | "as_expression"
            | "spread_element" => node = parent,
            _ => return None,
        }
    }
    None
}

fn is_reshaping(path: &str) -> bool {
    matches!(
        path,
        "Math.floor"
            | "Math.round"
            | "Math.ceil"
            | "Math.trunc"
            | "Math.abs"
            | "String"
            | "Number"
            | "parseInt"
            | "Array.from"
    ) || path.ends_with(".charAt")
        || path.ends_with(".push")
        || path.ends_with(".concat")
        || path.ends_with(".padStart")
        || path.ends_with(".padEnd")
        || path.ends_with(".fromCharCode")
}

fn last_segment(node: Node<'_>, src: &str) -> String {
    let node = unwrap(node);
    match node.kind() {
        "member_expression" => node
            .field("property")
            .map(|p| text(p, src).to_string())
            .unwrap_or_default(),
        _ => text(node, src).to_string(),
    }
}

/// The name of a function: its own, or the variable, property or method it is defined as.
fn function_name(function: Node<'_>, src: &str) -> Option<String> {
    if let Some(name) = function.field("name") {
        return Some(text(name, src).to_string());
    }
    let parent = function.parent()?;
    match parent.kind() {
        "variable_declarator" => parent.field("name").map(|n| text(n, src).to_string()),
        "pair" => pair_key(parent, src).map(str::to_string),
        "assignment_expression" => parent.field("left").map(|l| last_segment(l, src)),
        "public_field_definition" | "field_definition" => {
            parent.field("name").map(|n| text(n, src).to_string())
        }
        _ => None,
    }
}

/// The field the random value held in `name` is stored under, and the place in this file where
/// that field is compared with request data (`stored.code === req.body.code`) or used to look a
/// record up by it (`findOne({ code: req.query.code })`).
fn compared_with_request<'f>(
    call: Node<'f>,
    name: &str,
    cx: &CheckContext<'f>,
) -> Option<(String, Node<'f>)> {
    let src = cx.src();
    let mut fields: Vec<String> = vec![name.to_string()];
    // `{ confirmation: n }`, `user.confirmation = n` in the function that made `n`.
    if let Some(function) = sechound_syntax::node::ancestor(call, FUNCTION_KINDS) {
        sechound_syntax::node::walk(function, |n| {
            let stored = match n.kind() {
                "pair" => n
                    .field("value")
                    .filter(|v| unwrap(*v).kind() == "identifier" && text(unwrap(*v), src) == name)
                    .and_then(|_| pair_key(n, src).map(str::to_string)),
                "assignment_expression" => n
                    .field("right")
                    .filter(|v| unwrap(*v).kind() == "identifier" && text(unwrap(*v), src) == name)
                    .and_then(|_| n.field("left"))
                    .filter(|l| l.kind() == "member_expression")
                    .and_then(|l| l.field("property"))
                    .map(|p| text(p, src).to_string()),
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
    // A one-letter or generic local name alone is not a field anyone compares.
    fields.retain(|f| f.len() > 2 && !benign(f));
    if fields.is_empty() {
        return None;
    }
    let mut root = call;
    while let Some(parent) = root.parent() {
        root = parent;
    }
    let taint = cx.js_taint();
    // Request data, also under a conversion (`Number(req.body.code)`, `String(code).trim()`).
    let tainted = |n: Node<'f>| {
        let mut any = false;
        sechound_syntax::node::walk(n, |m| {
            any |= taint.is_tainted(m);
            !any
        });
        any
    };
    let names_field = |n: Node<'f>| -> Option<String> {
        let n = unwrap(n);
        let field = match n.kind() {
            "member_expression" => text(n.field("property")?, src),
            _ => return None,
        };
        fields.iter().find(|f| f.as_str() == field).cloned()
    };
    let mut found = None;
    sechound_syntax::node::walk(root, |n| {
        if found.is_some() {
            return false;
        }
        match n.kind() {
            "binary_expression"
                if n.field("operator")
                    .is_some_and(|o| matches!(text(o, src), "===" | "==" | "!==" | "!=")) =>
            {
                if let (Some(l), Some(r)) = (n.field("left"), n.field("right")) {
                    let hit = names_field(l)
                        .filter(|_| tainted(r))
                        .or_else(|| names_field(r).filter(|_| tainted(l)));
                    if let Some(field) = hit {
                        found = Some((field, n));
                    }
                }
            }
            "pair" => {
                if let (Some(key), Some(value)) = (pair_key(n, src), n.field("value"))
                    && fields.iter().any(|f| f == key)
                    && in_lookup(n, src)
                    && tainted(value)
                {
                    found = Some((key.to_string(), n));
                }
            }
            _ => {}
        }
        true
    });
    found
}

/// A call of a helper imported from a module of the repository whose body uses
/// `Math.random()`: its result judged where it is stored, as `Math.random()` is.
fn helper_call<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    use sechound_syntax::modules::ImportedName;
    let src = cx.src();
    let Some(written) = callee_path(call, src) else {
        return;
    };
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
    if !helpers.names.contains(function) && !helpers.names.contains("default") {
        return;
    }
    let Some(import) = cx.module().import_at(head, call.start_byte()) else {
        return;
    };
    let exported = match (&import.name, rest.as_slice()) {
        (ImportedName::Named(name), []) => name.clone(),
        (ImportedName::Default, []) => "default".to_string(),
        (ImportedName::Namespace, [function]) => function.to_string(),
        _ => return,
    };
    let Some(path) =
        crate::module_files::js_module_path(&import.module, &cx.file.path, cx.repo.paths())
    else {
        return;
    };
    // Defined there, or passed on by it from another module of the repository (a `utils/index.js`
    // that gathers helpers: `const { randomChars } = require('./randomChars')`), one hop.
    let (path, line) = match helpers.by_file.get(&(path.clone(), exported.clone())) {
        Some(line) => (path, *line),
        None => match passed_on_cached(&path, &exported, cx)
            .and_then(|origin| helpers.by_file.get(&origin).map(|l| (origin.0, *l)))
        {
            Some(found) => found,
            None => return,
        },
    };
    let Some(target) = value_target(call, src) else {
        return;
    };
    let helper = format!("`{written}` (`Math.random()` at {path}:{line})");
    if let Some((purpose, severity)) = security_purpose(&target.name) {
        let message = format!(
            "{helper} generates {}, used as {purpose}; its output is predictable, so the value can be guessed.",
            target.holder
        );
        cx.report(call, message).severity(severity);
        return;
    }
    if benign(&target.name) {
        return;
    }
    if let Some((field, check)) = compared_with_request(call, &target.name, cx) {
        let line = check.start_position().row + 1;
        let message = format!(
            "{helper} generates {}, stored as `{field}` and checked against request data at line {line} (`{}`): it authenticates whoever presents it, and its output is predictable, so the value can be guessed.",
            target.holder,
            sechound_syntax::node::short_text(check, src, 60)
        );
        cx.report(call, message)
            .severity(Severity::High)
            .related(check);
    }
}

/// [`passed_on`], remembered per file (several calls of one helper read the gathering module
/// once).
fn passed_on_cached(path: &str, name: &str, cx: &CheckContext<'_>) -> Option<(String, String)> {
    type Known =
        std::cell::RefCell<std::collections::HashMap<(String, String), Option<(String, String)>>>;
    let known = cx.derived(Known::default);
    let key = (path.to_string(), name.to_string());
    if let Some(answer) = known.borrow().get(&key) {
        return answer.clone();
    }
    let answer = passed_on(path, name, cx.repo);
    known.borrow_mut().insert(key, answer.clone());
    answer
}

/// The (file, name) module `path` imports `name` from, when that module is in the repository:
/// where a gathering module (`utils/index.js`) gets a helper it passes on.
fn passed_on(path: &str, name: &str, repo: &dyn crate::RepoView) -> Option<(String, String)> {
    use sechound_syntax::modules::ImportedName;
    let language = sechound_syntax::Language::from_path(std::path::Path::new(path))?;
    let file = sechound_syntax::parse(path.to_string(), language, repo.read(path)?)?;
    let module = sechound_syntax::modules::read_file(&file);
    let import = module.import_of(name)?;
    let imported = match &import.name {
        ImportedName::Named(n) => n.clone(),
        ImportedName::Default => "default".to_string(),
        ImportedName::Namespace => return None,
    };
    let origin = crate::module_files::js_module_path(&import.module, path, repo.paths())?;
    Some((origin, imported))
}

/// Module-level functions of the repository's JavaScript and TypeScript files that call
/// `Math.random()` and whose name does not already say what the value is for (those are
/// reported in their own file): (file, name) → line of the call; `default` for a default
/// export. Built once per review from the files that mention `Math.random`.
struct RandomHelpers {
    by_file: std::collections::HashMap<(String, String), usize>,
    names: std::collections::HashSet<String>,
}

impl RandomHelpers {
    fn of(repo: &dyn crate::RepoView) -> RandomHelpers {
        let mut by_file = std::collections::HashMap::new();
        let mut names = std::collections::HashSet::new();
        for path in repo.paths() {
            let Some(language) = sechound_syntax::Language::from_path(std::path::Path::new(path))
            else {
                continue;
            };
            if language.family() != Family::Js || crate::is_test_path(path) {
                continue;
            }
            let Some(text_of) = repo.read(path) else {
                continue;
            };
            if !text_of.contains("Math.random")
                || !crate::module_files::indexable_source(path, &text_of)
            {
                continue;
            }
            let Some(file) = sechound_syntax::parse(path.clone(), language, text_of) else {
                continue;
            };
            let src = file.text();
            let root = file.tree.root_node();
            for statement in sechound_syntax::node::named_children(root) {
                let (declaration, default) = match statement.kind() {
                    "export_statement" => match statement.field("declaration") {
                        Some(d) => (d, false),
                        None => match statement.field("value") {
                            Some(v) => (v, true),
                            None => continue,
                        },
                    },
                    _ => (statement, false),
                };
                let mut functions: Vec<(String, Node<'_>)> = Vec::new();
                match declaration.kind() {
                    "function_declaration" | "generator_function_declaration" => {
                        if let Some(name) = declaration.field("name") {
                            functions.push((text(name, src).to_string(), declaration));
                        }
                    }
                    "lexical_declaration" | "variable_declaration" => {
                        for declarator in sechound_syntax::node::named_children(declaration) {
                            if let (Some(name), Some(value)) =
                                (declarator.field("name"), declarator.field("value"))
                                && FUNCTION_KINDS.contains(&unwrap(value).kind())
                            {
                                functions.push((text(name, src).to_string(), unwrap(value)));
                            }
                        }
                    }
                    kind if default && FUNCTION_KINDS.contains(&kind) => {
                        functions.push(("default".to_string(), declaration));
                    }
                    _ => {}
                }
                for (name, function) in functions {
                    if name != "default" && security_purpose(&name).is_some() {
                        continue;
                    }
                    if let Some(random) = first_math_random(function, src) {
                        names.insert(name.clone());
                        by_file.insert((path.clone(), name), random.start_position().row + 1);
                    }
                }
            }
        }
        RandomHelpers { by_file, names }
    }
}

/// True when the object holding `pair` is a query's filter (`findOne({ invite: … })`,
/// `findOne({ where: { invite: … } })`), not a record being written (`new Transaction({ … })`,
/// `User.create({ … })`).
fn in_lookup(pair: Node<'_>, src: &str) -> bool {
    let mut current = pair;
    while let Some(parent) = current.parent() {
        match parent.kind() {
            "object" | "pair" | "arguments" | "parenthesized_expression" | "array" => {
                current = parent;
            }
            "call_expression" => {
                let method = sechound_syntax::js::method_name(parent, src)
                    .or_else(|| callee_path(parent, src).map(|_| ""))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                return [
                    "find", "get", "where", "exist", "count", "delete", "remove", "destroy",
                    "update", "query", "filter", "first", "one", "select", "lookup", "verify",
                ]
                .iter()
                .any(|w| method.starts_with(w));
            }
            _ => return false,
        }
    }
    false
}
