use super::sinks::{sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::named_children;
use sechound_syntax::python::{callee_path, keyword_arg, positional_args, string_value, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A shell command line that carries request data:
    /// - `os.system()`, `os.popen()`, `commands.getoutput()`, `subprocess.getoutput()` and
    ///   `subprocess.getstatusoutput()` (they always go through the shell);
    /// - `subprocess.run/call/check_call/check_output/Popen(cmd, shell=True)`;
    /// - an argument list that starts a shell itself: `["sh", "-c", cmd]`, `["bash", "-c", cmd]`;
    /// - `asyncio.create_subprocess_shell()` and `loop.subprocess_shell()`.
    ///
    /// ## Why it matters
    /// The shell reads `;`, `|`, `&&`, `$(...)` and backticks in the value as new commands: the
    /// client runs programs on the server with the service's privileges.
    ///
    /// ## Not reported
    /// `subprocess.run([...])` with a list of arguments and no shell (each item reaches the
    /// program as one argument), values passed through `shlex.quote()`, and commands built only
    /// from constants.
    ///
    /// ## Example
    /// ```python
    /// subprocess.run(f"ping -c 1 {request.args['host']}", shell=True)   # reported
    /// subprocess.run(["ping", "-c", "1", request.args["host"]])         # fine
    /// ```
    pub struct CommandInjection {
        id: "py.command-injection",
        title: "Shell command built from request data",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [78],
        owasp: A03,
        effort: Minutes,
        impact: "A client can run any command on the server as the service's user: read secrets, change files, or move further into the network.",
        recommendation: "Call the program without a shell and pass the value as its own list item: `subprocess.run([\"ping\", \"-c\", \"1\", host], check=True)`; validate the value against an allow-list or pattern first, and put `--` before it when the program accepts options.",
        verification: "Send a value such as `127.0.0.1; id` and check that no second command runs (the whole string reaches the program as one argument or is rejected).",
    }
}

const SUBPROCESS_FUNCTIONS: &[&str] = &["run", "call", "check_call", "check_output", "Popen"];

const SHELLS: &[&str] = &[
    "sh",
    "bash",
    "zsh",
    "dash",
    "ksh",
    "/bin/sh",
    "/bin/bash",
    "/usr/bin/bash",
    "/usr/bin/sh",
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
        let command = positional_args(call)
            .first()
            .copied()
            .or_else(|| keyword_arg(call, src, "args").or_else(|| keyword_arg(call, src, "cmd")));
        let Some(command) = command else { return };
        let always_shell = matches!(
            path.as_str(),
            "os.system"
                | "system"
                | "os.popen"
                | "popen"
                | "commands.getoutput"
                | "commands.getstatusoutput"
                | "subprocess.getoutput"
                | "subprocess.getstatusoutput"
                | "asyncio.create_subprocess_shell"
                | "create_subprocess_shell"
                | "os.popen2"
                | "os.popen3"
                | "popen2.popen2"
        ) || path.ends_with(".subprocess_shell")
            || path.ends_with(".create_subprocess_shell");
        if always_shell
            && matches!(path.as_str(), "system" | "popen")
            && !src.contains("from os import")
        {
            return;
        }
        let last = path.rsplit('.').next().unwrap_or(&path);
        let subprocess = SUBPROCESS_FUNCTIONS.contains(&last)
            && (path.starts_with("subprocess.") || path == last)
            && (path != last || cx.src().contains("from subprocess import"));
        let sink = sink_name(call, src);
        if always_shell || (subprocess && shell_enabled(call, src)) {
            if let Some(flow) = tainted_flow(cx, command) {
                let how = if always_shell {
                    ", which runs it through the shell"
                } else {
                    " with `shell=True`"
                };
                let message = format!(
                    "{}{how}: shell syntax in the value (`;`, `|`, `$(...)`) runs further commands.",
                    flow.describe(&sink)
                );
                cx.report(call, message).flow(flow.raw.clone());
            }
            return;
        }
        if subprocess
            || path == "asyncio.create_subprocess_exec"
            || path.ends_with(".subprocess_exec")
        {
            let list = if path.ends_with("subprocess_exec") {
                None
            } else {
                Some(cx.py_taint().resolve(command))
            };
            if let Some(list) = list
                && matches!(list.kind(), "list" | "tuple")
            {
                let items = named_children(list);
                let starts_shell = items.first().is_some_and(|first| {
                    string_value(*first, src).is_some_and(|s| SHELLS.contains(&s.as_str()))
                }) && items.get(1).is_some_and(|flag| {
                    string_value(*flag, src)
                        .is_some_and(|s| matches!(s.as_str(), "-c" | "/c" | "-Command"))
                });
                if starts_shell
                    && let Some(script) = items.get(2)
                    && let Some(flow) = tainted_flow(cx, unwrap(*script))
                {
                    let message = format!(
                        "{} as the script of `{} -c`: the shell reads the value as commands.",
                        flow.describe(&sink),
                        string_value(items[0], src).unwrap_or_default()
                    );
                    cx.report(call, message).flow(flow.raw.clone());
                }
            }
        }
    }
}

/// `shell=True` (or any value other than `False`/`None`/`0`).
fn shell_enabled(call: Node<'_>, src: &str) -> bool {
    keyword_arg(call, src, "shell").is_some_and(|v| {
        !matches!(unwrap(v).kind(), "false" | "none") && sechound_syntax::node::text(v, src) != "0"
    })
}
