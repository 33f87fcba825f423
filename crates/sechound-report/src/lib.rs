//! Renderers for a review. Each reads a [`Report`](sechound_core::Report) and writes text; none of
//! them analyses anything.

pub mod checks;
pub mod html;
pub mod json;
pub mod live;
pub mod markdown;
pub mod narrative;
pub mod sarif;
