//! Rules over what a branch changed: they compare the project model of the merge base with
//! the branch's. The engine's branch review runs them (`sechound review --base`); a whole review
//! has nothing to compare and never reports them.

mod auth_removed;

pub use auth_removed::{AuthRemoved, Behind, check as check_auth_removed};

/// Metadata of the branch rules.
pub fn rules() -> Vec<&'static sechound_core::RuleMeta> {
    vec![&AuthRemoved::META]
}
