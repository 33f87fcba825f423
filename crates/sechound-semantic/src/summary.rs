//! What one file contributes to the semantic layer, as plain data (no tree): the linker reads it
//! after every file's tree is gone.

use sechound_syntax::modules::{ExportTarget, ModuleRecord};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Origin};

/// The semantic summary of one source file.
#[derive(Debug, Clone)]
pub struct FileSummary {
    /// Relative to the reviewed root, `/`-separated.
    pub path: String,
    pub family: Family,
    pub module: ModuleRecord,
    /// Every function in source order: [`Origin::Param`] numbers them this way.
    pub functions: Vec<FunctionSummary>,
    pub classes: Vec<ClassSummary>,
    /// Calls whose result an origin refers to ([`Origin::Call`] numbers them this way), then
    /// calls that pass a value with an origin to something the linker may resolve.
    pub calls: Vec<CallSite>,
    /// Module-level names bound to an instance of a class: `export const users = new
    /// UsersService()`, `service = UserService()` (name, class as written).
    pub instances: Vec<(String, String)>,
    /// Module-level names bound to an object literal (`const users = { find() {…} }`): name and
    /// where the object starts.
    pub objects: Vec<(String, usize)>,
    /// What module-level names hold (`default` for `module.exports =` / `export default`).
    pub values: Vec<ModuleValue>,
    /// Modules loaded inside functions or expressions (`require('x')` in a handler, dynamic
    /// `import('x')`), which the module record of top-level imports does not list.
    pub loaded: Vec<String>,
}

impl FileSummary {
    /// Every module the file imports or loads, as written.
    pub fn modules(&self) -> impl Iterator<Item = &str> {
        self.module
            .imports
            .iter()
            .map(|i| i.module.as_str())
            .chain(self.module.exports.iter().filter_map(|e| match &e.target {
                ExportTarget::From { module, .. } | ExportTarget::All(module) => {
                    Some(module.as_str())
                }
                _ => None,
            }))
            .chain(self.loaded.iter().map(String::as_str))
    }
}

/// A module-level name and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleValue {
    pub name: String,
    pub value: Value,
    /// 1-based line of the definition.
    pub line: u32,
    /// 1-based line where the definition ends.
    pub end_line: u32,
    /// The definition as written, shortened.
    pub code: String,
}

impl FileSummary {
    /// The function numbered `index`.
    pub fn function(&self, index: u32) -> Option<&FunctionSummary> {
        self.functions.get(index as usize)
    }

    /// The top-level function named `name` (a declaration, or a module-level name bound to a
    /// function expression).
    pub fn top_level_function(&self, name: &str) -> Option<u32> {
        self.functions
            .iter()
            .position(|f| f.top_level && f.class.is_none() && f.name.as_deref() == Some(name))
            .map(|i| i as u32)
    }

    /// The function that starts at byte `start` (an anonymous default export).
    pub fn function_at(&self, start: usize) -> Option<u32> {
        self.functions
            .iter()
            .position(|f| f.start == start)
            .map(|i| i as u32)
    }

    /// The member `name` of the object literal that starts at byte `object`.
    pub fn object_member(&self, object: usize, name: &str) -> Option<u32> {
        self.functions
            .iter()
            .position(|f| f.object == Some(object) && f.name.as_deref() == Some(name))
            .map(|i| i as u32)
    }

    pub fn class(&self, name: &str) -> Option<&ClassSummary> {
        self.classes.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionSummary {
    /// The name it is declared or bound under; methods carry their method name.
    pub name: Option<String>,
    /// The class (index into [`FileSummary::classes`]) for a method.
    pub class: Option<u32>,
    /// Declared at module level (or bound to a module-level name), so other modules can import
    /// it by name.
    pub top_level: bool,
    /// Byte offset where the function starts.
    pub start: usize,
    /// 1-based line of the function.
    pub line: u32,
    /// 1-based line where the function ends.
    pub end_line: u32,
    /// For a member of an object literal (`{ find(x) {…} }`, `{ find: (x) => … }`): where the
    /// object starts.
    pub object: Option<usize>,
    /// Parameter names as written (a destructured parameter reads `{…}`).
    pub params: Vec<String>,
    /// Where the values it returns come from.
    pub returns: Vec<Origin>,
    /// What it returns, with its parameters as [`Value::Param`] (top-level functions with one
    /// `return`, or an expression body): configuration helpers such as `parseBool(v, true)`.
    pub value: Option<Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassSummary {
    pub name: String,
    /// Base classes as written (`BaseService`, `models.Model`).
    pub bases: Vec<String>,
    /// Method name → function number.
    pub methods: Vec<(String, u32)>,
    /// Fields whose class is known: `constructor(private users: UsersService)`,
    /// `this.repo = new Repo()`, `self.repo = Repo()`, `repo: Repo` (field, class as written).
    pub fields: Vec<(String, String)>,
    /// Class-level attributes and what they hold (`DEBUG: bool = True`), with their lines.
    pub attributes: Vec<(String, Value, u32)>,
    /// A settings class (pydantic `BaseSettings`): each attribute is read from the environment
    /// variable of its name, the written value being the default.
    pub settings: bool,
    pub line: u32,
}

impl ClassSummary {
    pub fn method(&self, name: &str) -> Option<u32> {
        self.methods
            .iter()
            .find(|(m, _)| m == name)
            .map(|(_, f)| *f)
    }

    pub fn field_class(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(f, _)| f == name)
            .map(|(_, c)| c.as_str())
    }
}

/// A call, with what it calls as far as the file can tell and where each argument comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallSite {
    /// The innermost function the call is written in.
    pub caller: Option<u32>,
    pub callee: Callee,
    /// Origins of each positional argument.
    pub args: Vec<Vec<Origin>>,
    /// Origins of each keyword argument (Python), by name.
    pub keywords: Vec<(String, Vec<Origin>)>,
    /// 1-based line.
    pub line: u32,
    /// The call as written, shortened.
    pub code: String,
}

/// What a call invokes, before linking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callee {
    /// A dotted name as written: a function of the file, an imported one, or a member of an
    /// imported module or class (`helper`, `users.find`, `UserService.create`).
    Path(String),
    /// A function of this file bound to a local name (`const build = (x) => …` inside a
    /// function), by number.
    Local(u32),
    /// A method of a class of this file called on `this`/`self` (class index, method).
    Own { class: u32, method: String },
    /// A method called on an instance whose class is known by name (`this.users.find(…)` with a
    /// `users: UsersService` field, `svc.find(…)` after `svc = new UserService()`, a parameter
    /// typed `UserService`): the class as written in this file, and the method.
    Instance { class: String, method: String },
    /// Something the linker cannot resolve (a call on a call's result, a computed member).
    Unknown,
}
