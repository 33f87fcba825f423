use super::flow::{ClassSpec, unknown_origin};
use super::sinks::{
    Flow, guarded_by_check, identifiers_in, is_string_construction, sink_name, string_pieces,
    tainted_flow,
};
use crate::sink_table::{Class, SinkTier};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{
    arguments, callee, callee_path, dotted_path, object_property, required_module, string_value,
    unwrap,
};
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data in a command that a shell interprets:
    /// - `child_process.exec` / `execSync` (also `exec` destructured or imported from
    ///   `child_process`, `util.promisify(exec)`, and shelljs `shell.exec`) with a command string
    ///   that includes a request value;
    /// - `spawn` / `spawnSync` / `execFile` / `execFileSync` with `{ shell: true }` and a request
    ///   value in the program or its arguments;
    /// - `spawn('sh', ['-c', …])` (or `bash`, `cmd /c`) with a request value in the script.
    ///
    /// ## Why it matters
    /// Shell metacharacters in the value (`;`, `&&`, `$(…)`, backticks) start further commands
    /// with the service's privileges: reading secrets, installing a backdoor, moving laterally.
    ///
    /// A command of unknown origin (not a constant, configuration or a converted value) given
    /// to `exec`/`execSync` inside a request handler is reported as a sink finding: low
    /// confidence, every such call of a file folded into one.
    ///
    /// ## Not reported
    /// `execFile` / `spawn` without a shell and with a fixed program: the arguments reach the
    /// program as an array and no shell parses them (argument injection into the program itself,
    /// such as a value starting with `-`, is a separate concern). `RegExp.prototype.exec` and
    /// Mongoose `query.exec()` are not shell calls. A value the function checks first (a
    /// regular-expression `test`, an allow-list `includes`, `isIP`) is assumed safe.
    ///
    /// ## Example
    /// ```js
    /// const { exec, execFile } = require('child_process');
    /// app.get('/ping', (req, res) => {
    ///   exec(`ping -c 1 ${req.query.host}`);              // reported
    ///   execFile('ping', ['-c', '1', req.query.host]);    // fine: no shell
    /// });
    /// ```
    pub struct CommandInjection {
        id: "js.command-injection",
        title: "Shell command built from request data",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [78],
        owasp: A03,
        effort: Minutes,
        impact: "Whoever sends the request runs arbitrary commands on the server with the service's privileges.",
        recommendation: "Call the program without a shell and pass request values as separate arguments: `execFile('ping', ['-c', '1', host])` or `spawn(cmd, args)` without `shell: true`. Validate the value against a strict pattern (a hostname, a numeric id) and put `--` before it so it cannot be read as an option.",
        verification: "Send a value such as `127.0.0.1; id` or `$(id)` and check that no second command runs (the output and the process list show only the intended program).",
    }
}

/// Condition text that marks a format or allow-list check on the value before the command.
const VALUE_CHECKS: &[&str] = &[
    ".test(",
    ".match(",
    "includes(",
    ".has(",
    "isIP(",
    "isFQDN(",
    "isInt(",
    "isUUID(",
];

/// What `exec` does with its command, for the sink finding.
const SHELL_EFFECT: &str =
    "runs it through the shell, where `;`, `|` and `$(…)` start further commands";

/// Shell quoting makes a value safe for a command line.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Command,
    sanitizers: &["quote", "shellEscape", "escapeShellArg", "*escape"],
};

const SHELL_STRING_FUNCTIONS: &[&str] = &["exec", "execSync"];
const SPAWN_FUNCTIONS: &[&str] = &["spawn", "spawnSync", "execFile", "execFileSync"];
const PROCESS_MODULES: &[&str] = &[
    "child_process",
    "cp",
    "childProcess",
    "shell",
    "shelljs",
    "proc",
];
const SHELLS: &[&str] = &[
    "sh",
    "bash",
    "zsh",
    "dash",
    "/bin/sh",
    "/bin/bash",
    "/usr/bin/bash",
    "cmd",
    "cmd.exe",
    "powershell",
    "pwsh",
];

impl CodeRule for CommandInjection {
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
        let Some(function) = process_function(cx, call) else {
            return;
        };
        let args = arguments(call);
        let sink = sink_name(call, cx.src());
        if SHELL_STRING_FUNCTIONS.contains(&function.as_str()) {
            let Some(command) = args.first().copied() else {
                return;
            };
            let guarded = guarded_by_check(cx, call, &identifiers_in(cx, command), VALUE_CHECKS);
            let unknown = (!guarded)
                .then(|| unknown_origin(cx, call, SHELL_EFFECT, SinkTier::Any, command, &SPEC))
                .flatten();
            if let Some(flow) = tainted_flow(cx, command)
                && !guarded
            {
                let built = is_string_construction(&string_pieces(cx, command));
                let how = if built {
                    "inside the command string"
                } else {
                    "as the whole command"
                };
                let finding = cx.report(
                    call,
                    format!(
                        "{} {how}; the shell runs whatever the value adds.",
                        flow.describe(&sink)
                    ),
                );
                finding.flow(flow.raw.clone());
                if flow.is_pending()
                    && let Some(fallback) = unknown
                {
                    finding.or_sink(fallback);
                }
            } else if let Some(message) = unknown {
                cx.report(call, message).sink();
            }
            return;
        }
        // spawn(program, args?, options?)
        let Some(program) = args.first().copied() else {
            return;
        };
        let list = args
            .get(1)
            .map(|a| cx.js_taint().resolve(*a))
            .filter(|a| a.kind() == "array");
        let options = args
            .iter()
            .skip(1)
            .map(|a| cx.js_taint().resolve(*a))
            .find(|a| a.kind() == "object");
        let with_shell = options
            .and_then(|o| object_property(o, cx.src(), "shell"))
            .is_some_and(|shell| !matches!(unwrap(shell).kind(), "false" | "undefined" | "null"));
        let program_is_shell = string_value(program, cx.src())
            .is_some_and(|p| SHELLS.contains(&p.as_str()))
            && list.is_some_and(|l| {
                named_children(l).iter().any(|a| {
                    string_value(*a, cx.src())
                        .is_some_and(|v| matches!(v.as_str(), "-c" | "/c" | "/C" | "-Command"))
                })
            });
        if !with_shell && !program_is_shell {
            return;
        }
        let mut candidates = vec![program];
        if let Some(list) = list {
            candidates.extend(named_children(list));
        } else if let Some(second) = args.get(1) {
            candidates.push(*second);
        }
        let flow = candidates.into_iter().find_map(|c| {
            let flow = tainted_flow(cx, c)?;
            (!guarded_by_check(cx, call, &identifiers_in(cx, c), VALUE_CHECKS)).then_some(flow)
        });
        if let Some(flow) = flow {
            let why = if with_shell {
                "with `shell: true`"
            } else {
                "as a shell script (`-c`)"
            };
            report(
                cx,
                call,
                format!(
                    "{} {why}, so the shell parses the request value.",
                    flow.describe(&sink)
                ),
                &flow,
            );
        }
    }
}

fn report<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, message: String, flow: &Flow) {
    cx.report(call, message).flow(flow.raw.clone());
}

/// `exec`, `execSync`, `spawn`, … when the call reaches `child_process` (or shelljs).
fn process_function<'f>(cx: &CheckContext<'f>, call: Node<'f>) -> Option<String> {
    let src = cx.src();
    let function = unwrap(callee(call)?);
    // `require('child_process').exec(cmd)`: the module object is the call itself.
    if function.kind() == "member_expression"
        && let Some(object) = function.child_by_field_name("object")
        && unwrap(object).kind() == "call_expression"
    {
        let module = required_module(unwrap(object), src)?;
        let module = module.strip_prefix("node:").unwrap_or(&module);
        let name = text(function.child_by_field_name("property")?, src);
        let known = SHELL_STRING_FUNCTIONS.contains(&name) || SPAWN_FUNCTIONS.contains(&name);
        return (known && matches!(module, "child_process" | "shelljs")).then(|| name.to_string());
    }
    let path = callee_path(call, src)?;
    // The callee through the file's imports and local requires: `run(cmd)` after
    // `import { exec as run } from 'child_process'`, `cp.exec` after `import * as cp`,
    // `now(cmd)` after `const { execSync: now } = require('child_process')`.
    if let Some(qualified) = cx.qualified(call)
        && qualified != path
    {
        let qualified = qualified.strip_prefix("node:").unwrap_or(&qualified);
        let (module, name) = qualified.rsplit_once('.')?;
        let module = module.strip_prefix("node:").unwrap_or(module);
        let known = SHELL_STRING_FUNCTIONS.contains(&name) || SPAWN_FUNCTIONS.contains(&name);
        // Anything else imported (`import { exec } from './queue'`) is not a process call.
        return (known && matches!(module, "child_process" | "shelljs")).then(|| name.to_string());
    }
    let name = path.rsplit('.').next()?.to_string();
    if !SHELL_STRING_FUNCTIONS.contains(&name.as_str()) && !SPAWN_FUNCTIONS.contains(&name.as_str())
    {
        // `const run = util.promisify(exec)` then `await run(cmd)`.
        if function.kind() == "identifier" && cx.file_contains("promisify") {
            let bound = cx.js_taint().resolve(function);
            if bound.kind() == "call_expression"
                && callee_path(bound, src)
                    .is_some_and(|p| p == "promisify" || p == "util.promisify")
            {
                let inner = arguments(bound)
                    .first()
                    .and_then(|a| dotted_path(*a, src))?;
                let inner_name = inner.rsplit('.').next()?;
                if SHELL_STRING_FUNCTIONS.contains(&inner_name)
                    || SPAWN_FUNCTIONS.contains(&inner_name)
                {
                    return from_child_process(cx, &inner).then(|| inner_name.to_string());
                }
            }
        }
        return None;
    }
    from_child_process(cx, &path).then_some(name)
}

/// True when `path` (`exec`, `child_process.execSync`), written without an import sechound
/// could follow, names a child_process function: the module is imported somewhere in the file,
/// or the call spells `child_process` itself.
fn from_child_process(cx: &CheckContext<'_>, path: &str) -> bool {
    let imported = cx.imports_module("child_process") || cx.imports_module("shelljs");
    match path.rsplit_once('.') {
        None => imported,
        Some((object, _)) => {
            let last = object.rsplit('.').next().unwrap_or(object);
            PROCESS_MODULES.contains(&last) && (imported || last == "child_process")
        }
    }
}
