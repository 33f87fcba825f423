//! Rules for Dockerfiles.

mod add_from_url;
mod copy_env_files;
mod curl_pipe_shell;
mod runs_as_root;
mod secret_in_env_arg;
mod ssh_port_exposed;
mod sudo_used;
mod tls_verification_disabled;
mod unpinned_base_image;
mod unsigned_packages;
mod world_writable_permissions;

use crate::{FileRule, ParsedConfig, TextFile, TextKind};
use sechound_syntax::ConfigKind;
use sechound_syntax::dockerfile::Instruction;

pub use add_from_url::AddFromUrl;
pub use copy_env_files::CopyEnvFiles;
pub use curl_pipe_shell::CurlPipeShell;
pub use runs_as_root::RunsAsRoot;
pub use secret_in_env_arg::SecretInEnvArg;
pub use ssh_port_exposed::SshPortExposed;
pub use sudo_used::SudoUsed;
pub use tls_verification_disabled::TlsVerificationDisabled;
pub use unpinned_base_image::UnpinnedBaseImage;
pub use unsigned_packages::UnsignedPackages;
pub use world_writable_permissions::WorldWritablePermissions;

pub(crate) fn rules() -> Vec<&'static dyn FileRule> {
    vec![
        &RunsAsRoot,
        &UnpinnedBaseImage,
        &SecretInEnvArg,
        &AddFromUrl,
        &CurlPipeShell,
        &CopyEnvFiles,
        &SudoUsed,
        &SshPortExposed,
        &WorldWritablePermissions,
        &TlsVerificationDisabled,
        &UnsignedPackages,
    ]
}

pub(crate) fn is_dockerfile(kind: TextKind) -> bool {
    kind == TextKind::Config(ConfigKind::Dockerfile)
}

pub(crate) fn instructions<'a>(file: &'a TextFile<'_>) -> &'a [Instruction] {
    match file.parsed {
        ParsedConfig::Dockerfile(instructions) => instructions,
        _ => &[],
    }
}

/// `FROM [--platform=...] image[:tag|@digest] [AS name]`: the image and the stage name.
pub(crate) fn from_parts(args: &str) -> (String, Option<String>) {
    let words: Vec<&str> = args
        .split_whitespace()
        .filter(|w| !w.starts_with("--"))
        .collect();
    let image = words.first().copied().unwrap_or("").to_string();
    let alias = match words.as_slice() {
        [_, as_, name, ..] if as_.eq_ignore_ascii_case("as") => Some(name.to_ascii_lowercase()),
        _ => None,
    };
    (image, alias)
}

/// The simple commands of a `RUN` line's shell text, each as its words (quotes removed):
/// `apt-get update && curl -k x | sh` → `[["apt-get", "update"], ["curl", "-k", "x"], ["sh"]]`.
/// Leading `VAR=value` assignments stay in front of the command; text the shell splitter
/// cannot read (an unbalanced quote) is split on whitespace.
pub(crate) fn simple_commands(args: &str) -> Vec<Vec<String>> {
    let words =
        shlex::split(args).unwrap_or_else(|| args.split_whitespace().map(str::to_string).collect());
    let mut commands = vec![Vec::new()];
    for word in words {
        let (body, ends) = match word.strip_suffix(';') {
            Some(body) => (body.to_string(), true),
            None => (word, false),
        };
        if matches!(body.as_str(), "&&" | "||" | ";" | "|" | "&") {
            commands.push(Vec::new());
            continue;
        }
        if !body.is_empty() {
            commands.last_mut().expect("never empty").push(body);
        }
        if ends {
            commands.push(Vec::new());
        }
    }
    commands.retain(|c| !c.is_empty());
    commands
}

/// The program a simple command runs (past `VAR=value` assignments, `sudo` and `env`), and
/// its arguments.
pub(crate) fn program(command: &[String]) -> Option<(&str, &[String])> {
    let mut at = 0;
    while let Some(word) = command.get(at) {
        let assignment = word.contains('=') && !word.starts_with('-');
        if assignment || word == "sudo" || word == "env" || word == "exec" {
            at += 1;
            continue;
        }
        let name = word.rsplit('/').next().unwrap_or(word);
        return Some((name, &command[at + 1..]));
    }
    None
}
