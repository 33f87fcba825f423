//! Sinks as data. For each vulnerability class, the calls that take a dangerous value: the
//! qualified callee (through the file's imports, see [`crate::CheckContext::qualified`]), the
//! argument that carries the value, what else must hold for the call to be dangerous, and
//! whether a value of unknown origin is worth a sink finding. One table per language
//! (`js::sink_table`, `python::sink_table`); the flow rules of each class look calls up there,
//! so a new sink is one row plus its fixtures.

use std::collections::HashMap;

/// A vulnerability class: one flow rule per language reads its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Class {
    Sql,
    Command,
    Code,
    Path,
    Ssti,
    Xxe,
    Xpath,
    Ldap,
    Nosql,
    Deserialization,
    Regex,
    PrototypePollution,
    Log,
    MassAssignment,
    Xss,
}

/// Which argument carries the dangerous value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg {
    /// The positional argument at this index, or (Python) the keyword of this name (`""`: none).
    At(usize, &'static str),
    /// Python: only this keyword. JavaScript: this property of the first object argument.
    Keyword(&'static str),
    /// Every positional argument.
    All,
    /// Python: the script of `["sh", "-c", script]` given as the first argument.
    ShellScript,
}

/// What else must hold for the call to be dangerous.
#[derive(Debug, Clone, Copy)]
pub(crate) enum When {
    Always,
    /// Python: a keyword argument set to something other than `False`/`None`/`0`
    /// (`shell=True`). JavaScript: an options argument with this property set to a value other
    /// than `false`/`null`/`undefined` (`{ shell: true }`, `{ noent: true }`).
    Flag(&'static str),
    /// The file imports this module (or one under it): for method names other libraries share.
    Imports(&'static str),
    /// The receiver's text names none of these (`schema.execute` runs GraphQL, not SQL).
    ReceiverNot(&'static [&'static str]),
    /// The receiver's text names one of these (`client`, `conn`, `ldap`).
    Receiver(&'static [&'static str]),
    /// JavaScript: a `new` expression (`new vm.Script(code)`, `new Function(body)`).
    New,
    /// JavaScript: the value is not a function (timers given a string).
    NotFunction,
    /// JavaScript: the file imports this module and the first argument is not an object or
    /// array literal (`doc.find(xpath)` of libxmljs, not `Model.find({ where })` of an ORM).
    ImportsText(&'static str),
    /// The fixed text of the built string reads as SQL (`select … from`, `where`).
    SqlText,
}

/// When a value whose origin could not be followed is still reported (as a sink finding, low
/// confidence, folded per file, and only in a request handler outside test code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SinkTier {
    /// Never: the API takes variables legitimately all the time (file paths, URLs).
    No,
    /// Any value that is not a constant, a configuration value or a converted value.
    Any,
    /// Only a string built here from parts (concatenation, f-string, template, `%`, `.format`)
    /// one of which is of unknown origin: `execute(f"… {x}")` but not `execute(query)`.
    Built,
}

/// One dangerous call.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sink {
    pub class: Class,
    /// The qualified callee: `pickle.loads`, `child_process.exec`. A leading `.` matches any
    /// receiver: `.execute` is every method named `execute`, `.objects.raw` every qualified name
    /// ending so.
    pub callee: &'static str,
    pub arg: Arg,
    pub when: When,
    /// What the call does with the value, completing "… reaches `f()`, which …".
    pub effect: &'static str,
    pub sink_tier: SinkTier,
}

/// One row of a sink table.
pub(crate) const fn row(
    class: Class,
    callee: &'static str,
    arg: Arg,
    when: When,
    effect: &'static str,
    sink_tier: SinkTier,
) -> Sink {
    Sink {
        class,
        callee,
        arg,
        when,
        effect,
        sink_tier,
    }
}

/// The rows of a table by the last segment of their callee, built once per table.
pub(crate) struct Index {
    by_name: HashMap<&'static str, Vec<&'static Sink>>,
}

impl Index {
    pub fn new(rows: &'static [Sink]) -> Index {
        let mut by_name: HashMap<&'static str, Vec<&'static Sink>> = HashMap::new();
        for row in rows {
            let name = row.callee.rsplit('.').next().unwrap_or(row.callee);
            by_name.entry(name).or_default().push(row);
        }
        Index { by_name }
    }

    /// The rows of `class` whose callee ends in `name`.
    pub fn named(&self, name: &str, class: Class) -> impl Iterator<Item = &'static Sink> + '_ {
        self.by_name
            .get(name)
            .into_iter()
            .flatten()
            .copied()
            .filter(move |s| s.class == class)
    }

    /// True when some row of `class` has a callee ending in `name`.
    pub fn has(&self, name: &str, class: Class) -> bool {
        self.named(name, class).next().is_some()
    }
}

/// Whether `sink`'s callee pattern matches a call whose qualified callee is `qualified` and
/// whose last segment is `name`.
pub(crate) fn callee_matches(pattern: &str, qualified: Option<&str>, name: &str) -> bool {
    match pattern.strip_prefix('.') {
        Some(suffix) if !suffix.contains('.') => suffix == name,
        Some(suffix) => qualified.is_some_and(|q| {
            q == suffix
                || q.strip_suffix(suffix)
                    .is_some_and(|head| head.ends_with('.'))
        }),
        None => qualified == Some(pattern),
    }
}

/// The JavaScript process functions `js.command-injection` knows by name (it reads them
/// without the table).
const JS_PROCESS_FUNCTIONS: &[&str] = &[
    "child_process.exec",
    "child_process.execSync",
    "child_process.spawn",
    "child_process.spawnSync",
    "child_process.execFile",
    "child_process.execFileSync",
];

/// JavaScript and Python objects that are there without an import.
const GLOBALS: &[&str] = &[
    "console",
    "window",
    "globalThis",
    "global",
    "document",
    "process",
    "Object",
    "JSON",
    "Math",
    "Reflect",
    "Buffer",
    "location",
    "self",
    "builtins",
];

/// The dangerous package functions of a language by their last segment, and every qualified
/// name of them: what a name imported from a module of the repository may stand for when that
/// module passes a package's function on (`export { exec } from 'child_process'`).
pub(crate) struct PackageSinks {
    by_name: HashMap<&'static str, &'static str>,
    all: std::collections::HashSet<&'static str>,
}

impl PackageSinks {
    fn new(rows: &'static [Sink], extra: &'static [&'static str]) -> PackageSinks {
        let mut by_name = HashMap::new();
        let mut all = std::collections::HashSet::new();
        let callees = extra
            .iter()
            .copied()
            .chain(rows.iter().map(|r| r.callee))
            // `.execute` (any receiver), `eval` and `console.log` (globals) are never imported.
            .filter(|c| {
                let module = c.split('.').next().unwrap_or(c);
                !c.starts_with('.') && c.contains('.') && !GLOBALS.contains(&module)
            });
        for callee in callees {
            let name = callee.rsplit('.').next().unwrap_or(callee);
            by_name.entry(name).or_insert(callee);
            all.insert(callee);
        }
        PackageSinks { by_name, all }
    }

    /// The package function a name ending in `name` may stand for (the first in table order
    /// when several packages share the name).
    pub fn candidate(&self, name: &str) -> Option<&'static str> {
        self.by_name.get(name).copied()
    }

    /// True when `qualified` is itself one of the table's functions.
    pub fn contains(&self, qualified: &str) -> bool {
        self.all.contains(qualified)
    }
}

/// The package sinks of `family`, built once.
pub(crate) fn package_sinks(family: sechound_syntax::Family) -> Option<&'static PackageSinks> {
    static JS: std::sync::OnceLock<PackageSinks> = std::sync::OnceLock::new();
    static PY: std::sync::OnceLock<PackageSinks> = std::sync::OnceLock::new();
    match family {
        sechound_syntax::Family::Js => {
            Some(JS.get_or_init(|| {
                PackageSinks::new(crate::js::sink_table::SINKS, JS_PROCESS_FUNCTIONS)
            }))
        }
        sechound_syntax::Family::Python => {
            Some(PY.get_or_init(|| PackageSinks::new(crate::python::sink_table::SINKS, &[])))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_qualified_names_and_methods() {
        assert!(callee_matches(
            "pickle.loads",
            Some("pickle.loads"),
            "loads"
        ));
        assert!(!callee_matches(
            "pickle.loads",
            Some("cache.loads"),
            "loads"
        ));
        assert!(callee_matches(
            ".execute",
            Some("self.db.execute"),
            "execute"
        ));
        assert!(callee_matches(".execute", None, "execute"));
        assert!(callee_matches(
            ".objects.raw",
            Some("models.User.objects.raw"),
            "raw"
        ));
        assert!(!callee_matches(
            ".objects.raw",
            Some("myobjects.raw"),
            "raw"
        ));
        assert!(!callee_matches(".objects.raw", None, "raw"));
    }
}
