//! What a file imports and exports, read once from its tree, and the qualified names of the
//! functions it calls.
//!
//! Every reader of imports asks this record: the rules (`import pickle as p; p.loads(x)` calls
//! `pickle.loads`), the project model (which router a mount names) and the semantic layer
//! (which file a call goes to). Module names are kept as written (`./routes/users`, `.models`,
//! `app.core.config`); resolving them to files is the linker's job, which sees the whole
//! repository.

pub mod js;
pub mod python;

/// How a local name came into a file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Import {
    pub local: String,
    /// The module as written: `./routes/users`, `child_process` (`node:` dropped),
    /// `app.routers.items`, `.routers`.
    pub module: String,
    pub name: ImportedName,
    /// 1-based line of the import.
    pub line: u32,
    /// The byte range of the function the import is written in (Python imports inside a
    /// function); `None` for a module-level import.
    pub scope: Option<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportedName {
    Default,
    Named(String),
    /// `import * as x`, `const x = require(...)`, Python `import x` / `import x.y as z`.
    Namespace,
}

/// A name a module makes available to others.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Export {
    /// The exported name; `default` for a default export or `module.exports = …`.
    pub name: String,
    pub target: ExportTarget,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExportTarget {
    /// A binding of the module itself, by its local name.
    Local(String),
    /// An expression with no name of its own (`export default async function () {}`,
    /// `module.exports = { … }`), starting at this byte offset.
    Expression(usize),
    /// `export { a as b } from './x'`.
    From { module: String, name: ImportedName },
    /// `export * from './x'`: every name of that module.
    All(String),
}

/// The imports and exports of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModuleRecord {
    pub imports: Vec<Import>,
    pub exports: Vec<Export>,
}

impl ModuleRecord {
    /// The module-level import that binds `local`, if any.
    pub fn import_of(&self, local: &str) -> Option<&Import> {
        self.imports
            .iter()
            .rev()
            .find(|i| i.local == local && i.scope.is_none())
    }

    /// The import that binds `local` at byte `position`: one written in a function around the
    /// position, else a module-level one.
    pub fn import_at(&self, local: &str, position: usize) -> Option<&Import> {
        self.imports
            .iter()
            .rev()
            .filter(|i| i.local == local)
            .find(|i| i.scope.is_some_and(|(s, e)| s <= position && position < e))
            .or_else(|| self.import_of(local))
    }

    /// The fully qualified form of a dotted name used in this file: its head replaced by what the
    /// head was imported as. `p.loads` with `import pickle as p` is `pickle.loads`; `load` with
    /// `from yaml import load` is `yaml.load`; `run` with `import { exec as run } from
    /// 'child_process'` is `child_process.exec`; `cp.exec` with `const cp =
    /// require('child_process')` is `child_process.exec`. `None` when the head is not imported.
    pub fn qualify(&self, dotted: &str) -> Option<String> {
        self.qualify_at(dotted, None)
    }

    /// [`ModuleRecord::qualify`] for a name used at byte `position`, where imports written
    /// inside the function around it count too.
    pub fn qualify_at(&self, dotted: &str, position: Option<usize>) -> Option<String> {
        let (head, rest) = match dotted.split_once('.') {
            Some((head, rest)) => (head, Some(rest)),
            None => (dotted, None),
        };
        let import = match position {
            Some(p) => self.import_at(head, p),
            None => self.import_of(head),
        }?;
        let mut out = import.module.clone();
        if let ImportedName::Named(name) = &import.name {
            // `from . import models`: the module is `.`, the name `models`, together `.models`.
            if !out.ends_with('.') {
                out.push('.');
            }
            out.push_str(name);
        }
        if let Some(rest) = rest {
            out.push('.');
            out.push_str(rest);
        }
        Some(out)
    }

    /// The export named `name`, if the module declares it itself.
    pub fn export(&self, name: &str) -> Option<&Export> {
        self.exports.iter().find(|e| e.name == name)
    }
}

/// The module record of a parsed file, in its language; empty for files without imports
/// (configuration formats).
pub fn read_file(file: &crate::CodeFile) -> ModuleRecord {
    let root = file.tree.root_node();
    match file.language.family() {
        crate::Family::Js => js::read(root, file.text()),
        crate::Family::Python => python::read(root, file.text()),
        _ => ModuleRecord::default(),
    }
}

/// `child_process` for `node:child_process`; other specifiers unchanged.
pub(crate) fn normalise_specifier(module: &str) -> String {
    module.strip_prefix("node:").unwrap_or(module).to_string()
}
