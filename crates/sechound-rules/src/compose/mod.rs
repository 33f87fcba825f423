//! Rules for Docker Compose files (`compose.y*ml`, `docker-compose*.y*ml`), on the YAML syntax tree.

use crate::CodeRule;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![]
}
