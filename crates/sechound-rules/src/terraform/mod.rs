//! Rules for Terraform (`*.tf`, AWS provider), on the HCL syntax tree.

use crate::CodeRule;

pub(crate) fn rules() -> Vec<&'static dyn CodeRule> {
    vec![]
}
