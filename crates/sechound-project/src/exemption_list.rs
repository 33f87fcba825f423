//! Collecting the public-path entries of one authentication control, the same way whatever the
//! language the control is written in.

use crate::quote::{first_line, line_of};
use sechound_core::project::Exemption;
use sechound_syntax::Node;

pub(crate) struct ExemptionList<'s> {
    control: &'s str,
    file: &'s str,
    src: &'s str,
    /// Whether endpoint names (`endpoint:auth.login`, Flask's `request.endpoint`) count as
    /// entries beside paths.
    endpoint_names: bool,
    entries: Vec<Exemption>,
}

impl<'s> ExemptionList<'s> {
    pub(crate) fn new(control: &'s str, file: &'s str, src: &'s str, endpoint_names: bool) -> Self {
        ExemptionList {
            control,
            file,
            src,
            endpoint_names,
            entries: Vec::new(),
        }
    }

    /// Records `pattern`, written at `node`: a path (a trailing `*` makes it a prefix) or, where
    /// allowed, an endpoint name. Other strings, and the same entry twice on one line, are left
    /// out.
    pub(crate) fn push(&mut self, node: Node<'_>, pattern: String, prefix: bool) {
        let accepted =
            pattern.starts_with('/') || (self.endpoint_names && pattern.starts_with("endpoint:"));
        if !accepted {
            return;
        }
        let (pattern, prefix) = match pattern.strip_suffix('*') {
            Some(stripped) => (stripped.to_string(), true),
            None => (pattern, prefix),
        };
        let line = line_of(node);
        if self
            .entries
            .iter()
            .any(|e| e.pattern == pattern && e.line == line)
        {
            return;
        }
        self.entries.push(Exemption {
            pattern,
            prefix,
            control: self.control.to_string(),
            file: self.file.to_string(),
            line,
            code: first_line(node, self.src),
        });
    }

    pub(crate) fn into_entries(self) -> Vec<Exemption> {
        self.entries
    }
}
