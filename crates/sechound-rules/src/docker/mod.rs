//! Rules for Dockerfiles.

use crate::FileRule;

pub(crate) fn rules() -> Vec<&'static dyn FileRule> {
    vec![]
}
