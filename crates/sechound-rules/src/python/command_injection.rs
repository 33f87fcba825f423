use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A shell command line that carries request data:
    /// - `os.system()`, `os.popen()`, `commands.getoutput()`, `subprocess.getoutput()` and
    ///   `subprocess.getstatusoutput()` (they always go through the shell);
    /// - `subprocess.run/call/check_call/check_output/Popen(cmd, shell=True)`;
    /// - an argument list that starts a shell itself: `["sh", "-c", cmd]`, `["bash", "-c", cmd]`;
    /// - `asyncio.create_subprocess_shell()` and `loop.subprocess_shell()`;
    /// - paramiko's `client.exec_command()`, which the remote host's shell runs.
    ///
    /// A command of unknown origin (not a constant, configuration or a converted value) given
    /// to these calls inside a request handler is reported as a sink finding: low confidence,
    /// folded per file.
    ///
    /// ## Why it matters
    /// The shell reads `;`, `|`, `&&`, `$(...)` and backticks in the value as new commands: the
    /// client runs programs on the server with the service's privileges.
    ///
    /// ## Not reported
    /// `subprocess.run([...])` with a list of arguments and no shell (each item reaches the
    /// program as one argument), values passed through `shlex.quote()`, commands built only
    /// from constants, configuration or numbers, and commands of unknown origin outside request
    /// handlers (build scripts, management commands).
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

/// The `Command` rows of the sink table; quoting for the shell makes a value safe.
const SPEC: ClassSpec = ClassSpec::new(Class::Command, &["quote", "escape_shell_arg"]);

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
        check(cx, call, &SPEC);
    }
}
