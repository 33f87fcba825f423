//! Rules for Dockerfiles.

mod add_from_url;
mod copy_env_files;
mod curl_pipe_shell;
mod runs_as_root;
mod secret_in_env_arg;
mod unpinned_base_image;

use crate::{FileRule, ParsedConfig, TextFile, TextKind};
use sechound_syntax::ConfigKind;
use sechound_syntax::dockerfile::Instruction;

pub use add_from_url::AddFromUrl;
pub use copy_env_files::CopyEnvFiles;
pub use curl_pipe_shell::CurlPipeShell;
pub use runs_as_root::RunsAsRoot;
pub use secret_in_env_arg::SecretInEnvArg;
pub use unpinned_base_image::UnpinnedBaseImage;

pub(crate) fn rules() -> Vec<&'static dyn FileRule> {
    vec![
        &RunsAsRoot,
        &UnpinnedBaseImage,
        &SecretInEnvArg,
        &AddFromUrl,
        &CurlPipeShell,
        &CopyEnvFiles,
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
