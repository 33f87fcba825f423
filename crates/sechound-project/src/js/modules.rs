//! JavaScript/TypeScript imports and exports: which local names come from which module, and
//! which local names a module exports.

use crate::facts::FileFacts;
use sechound_syntax::Node;
use sechound_syntax::js::{arguments, required_module, unwrap};
use sechound_syntax::modules::{ExportTarget, ModuleRecord};

/// Records the file's imports (ES and `require`) and exports (ES and CommonJS) from its module
/// record: `compose` follows routers through them.
pub(crate) fn read_modules(record: &ModuleRecord, facts: &mut FileFacts) {
    facts.imports = record.imports.clone();
    facts.exports = record
        .exports
        .iter()
        .filter_map(|e| match &e.target {
            ExportTarget::Local(local) => Some((e.name.clone(), local.clone())),
            // `export default async function (fastify) {}`, `module.exports = { … }`.
            ExportTarget::Expression(_) => Some((e.name.clone(), "default".to_string())),
            ExportTarget::From { .. } | ExportTarget::All(_) => None,
        })
        .collect();
}

/// The module of a `require('./x')` call used directly as an argument.
pub(crate) fn inline_require(node: Node<'_>, src: &str) -> Option<String> {
    let node = unwrap(node);
    (node.kind() == "call_expression")
        .then(|| required_module(node, src))
        .flatten()
        .filter(|_| arguments(node).len() == 1)
}
