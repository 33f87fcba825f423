//! Renderers for a review. Each reads a [`Report`](sechound_core::Report) and writes text; none of
//! them analyses anything.

pub mod checks;
pub mod codequality;
pub mod github;
pub mod gitlab_sast;
pub mod html;
pub mod json;
pub mod live;
pub mod markdown;
pub mod narrative;
pub mod sarif;

/// A finding's path (relative to the reviewed root) as a path of the repository: `prefix` is the
/// reviewed root relative to the repository's top (`services/api`, or empty for the top itself).
/// Forges place annotations and report entries by repository paths.
pub fn repository_path(prefix: &str, path: &str) -> String {
    let prefix = prefix.trim_matches('/');
    if prefix.is_empty() || prefix == "." {
        path.to_string()
    } else {
        format!("{prefix}/{path}")
    }
}
