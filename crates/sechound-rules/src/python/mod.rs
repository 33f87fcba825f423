//! Rules for Python services (FastAPI, Starlette, Flask, Django).

use crate::CodeRule;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![]
}
