//! Linking the summaries of every file: module names to files, names to functions and classes,
//! calls to the functions they invoke; then two fixed points over the call graph — which
//! parameters flow to each function's result, and which parameters receive request data from
//! some caller — each with a witness path that a finding can show step by step.

use crate::summary::{CallSite, Callee, FileSummary};
use sechound_syntax::modules::{ExportTarget, Import, ImportedName};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Origin};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::OnceLock;

/// A function of the program: its file and its number in that file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FnRef {
    pub file: u32,
    pub function: u32,
}

/// One step of a flow, as a finding shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub path: String,
    pub line: u32,
    /// The code at the step, shortened.
    pub code: String,
    pub kind: StepKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// Request data is read.
    Source,
    /// The value is passed to a function (or comes back from one).
    Call,
    /// The value is returned.
    Return,
    /// The value reaches the dangerous call.
    Sink,
    /// A configuration value is defined.
    Value,
}

/// How request data gets somewhere: the steps from where it is read, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Witness {
    pub steps: Vec<Step>,
}

impl Witness {
    fn then(&self, step: Step) -> Witness {
        let mut steps = self.steps.clone();
        steps.push(step);
        Witness { steps }
    }

    /// The first step: where the request data is read.
    pub fn source(&self) -> Option<&Step> {
        self.steps.first()
    }
}

/// What a name stands for once imports are followed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Symbol {
    Function(FnRef),
    /// A class: file and class index.
    Class(u32, u32),
    Module(u32),
    /// A module-level instance of a class (`export const users = new UsersService()`).
    Instance(u32, u32),
    /// An object literal whose members are functions (`export default { find() {…} }`): file and
    /// where it starts.
    Object(u32, usize),
}

/// What a function's result can carry: some of its parameters, or request data it reads itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct ReturnSummary {
    params: BTreeSet<u32>,
    request: Option<Witness>,
}

/// The call a call site resolves to: the function, and whether it is a method called on an
/// instance (Python then passes the instance as the first parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Target {
    function: FnRef,
    bound: bool,
}

const MAX_DEPTH: usize = 12;

/// A parameter passed on: the callee and its parameter, through call site (file, call).
type Edge = (FnRef, u32, u32, u32);

/// Every file's summary, linked.
pub struct Program {
    files: Vec<FileSummary>,
    by_path: HashMap<String, u32>,
    /// Python module names (every dotted suffix of a file's module path) → files.
    py_modules: HashMap<String, Vec<u32>>,
    /// Per file, per call site: the function it calls.
    targets: Vec<Vec<Option<Target>>>,
    /// Per file: its top-level names (functions, classes, objects, instances).
    names: Vec<HashMap<String, LocalName>>,
    returns: HashMap<FnRef, ReturnSummary>,
    /// Parameters that receive request data from some caller, with how.
    tainted: HashMap<(FnRef, u32), Witness>,
    /// Who calls each function, built on first use.
    callers: OnceLock<HashMap<FnRef, Vec<FnRef>>>,
}

impl Program {
    /// Links the summaries of a repository.
    pub fn link(files: Vec<FileSummary>) -> Program {
        let mut program = Program {
            by_path: files
                .iter()
                .enumerate()
                .map(|(i, f)| (f.path.clone(), i as u32))
                .collect(),
            py_modules: python_modules(&files),
            targets: Vec::new(),
            names: files.iter().map(local_names).collect(),
            returns: HashMap::new(),
            tainted: HashMap::new(),
            callers: OnceLock::new(),
            files,
        };
        program.targets = (0..program.files.len() as u32)
            .map(|file| {
                (0..program.files[file as usize].calls.len())
                    .map(|call| program.resolve_call(file, call))
                    .collect()
            })
            .collect();
        program.compute_returns();
        program.compute_tainted_params();
        program
    }

    pub fn files(&self) -> &[FileSummary] {
        &self.files
    }

    pub fn file(&self, path: &str) -> Option<&FileSummary> {
        self.by_path.get(path).map(|i| &self.files[*i as usize])
    }

    /// The function a call of `path` invokes, when the program knows it.
    pub fn call_target(&self, path: &str, call: u32) -> Option<FnRef> {
        let file = *self.by_path.get(path)?;
        self.targets
            .get(file as usize)?
            .get(call as usize)
            .copied()
            .flatten()
            .map(|t| t.function)
    }

    /// The functions whose calls lead to the code at `path:line` (the function around it, then
    /// its callers, theirs, and so on, up to 8 calls away), each as (path, first line, last
    /// line). Empty when no function of the program is around the line.
    pub fn callers_of(&self, path: &str, line: u32) -> Vec<(String, u32, u32)> {
        let Some(file) = self.by_path.get(path).copied() else {
            return Vec::new();
        };
        // The innermost function around the line.
        let around = self.files[file as usize]
            .functions
            .iter()
            .enumerate()
            .filter(|(_, f)| f.line <= line && line <= f.end_line)
            .min_by_key(|(_, f)| f.end_line - f.line)
            .map(|(i, _)| FnRef {
                file,
                function: i as u32,
            });
        let Some(start) = around else {
            return Vec::new();
        };
        let callers = self.callers.get_or_init(|| {
            let mut callers: HashMap<FnRef, Vec<FnRef>> = HashMap::new();
            for (f, targets) in self.targets.iter().enumerate() {
                for (c, target) in targets.iter().enumerate() {
                    if let (Some(target), Some(caller)) = (target, self.files[f].calls[c].caller) {
                        let caller = FnRef {
                            file: f as u32,
                            function: caller,
                        };
                        let list = callers.entry(target.function).or_default();
                        if !list.contains(&caller) {
                            list.push(caller);
                        }
                    }
                }
            }
            callers
        });
        let mut seen = HashSet::from([start]);
        let mut out = Vec::new();
        let mut frontier = vec![start];
        for _ in 0..8 {
            let mut next = Vec::new();
            for f in frontier {
                let summary = &self.files[f.file as usize];
                let function = &summary.functions[f.function as usize];
                out.push((summary.path.clone(), function.line, function.end_line));
                for caller in callers.get(&f).into_iter().flatten() {
                    if seen.insert(*caller) {
                        next.push(*caller);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        out
    }

    /// The lines a module-level definition starting at `line` of `path` spans.
    pub fn definition_span(&self, path: &str, line: u32) -> (u32, u32) {
        self.file(path)
            .and_then(|f| f.values.iter().find(|v| v.line == line))
            .map_or((line, line), |v| (v.line, v.end_line))
    }

    /// The name and place of a function, for messages: `findUser` (`services/users.js:12`).
    pub fn describe(&self, function: FnRef) -> (String, String, u32) {
        let file = &self.files[function.file as usize];
        let f = &file.functions[function.function as usize];
        let name = match (f.class, &f.name) {
            (Some(c), Some(n)) => format!("{}.{n}", file.classes[c as usize].name),
            (None, Some(n)) => n.clone(),
            _ => "an anonymous function".to_string(),
        };
        (name, file.path.clone(), f.line)
    }

    /// How request data reaches a value of file `path` whose origins are `origins`, if it does:
    /// directly, through a parameter some caller passes it to, or through a call whose result
    /// carries it. `None` when no path is known.
    pub fn request_flow(&self, path: &str, origins: &[Origin]) -> Option<Witness> {
        let file = *self.by_path.get(path)?;
        let mut visited = HashSet::new();
        self.flow_of(file, origins, &mut visited, 0)
    }

    fn flow_of(
        &self,
        file: u32,
        origins: &[Origin],
        visited: &mut HashSet<(u32, u32)>,
        depth: usize,
    ) -> Option<Witness> {
        if depth > MAX_DEPTH {
            return None;
        }
        for origin in origins {
            let found = match origin {
                Origin::Request(trace) => Some(Witness {
                    steps: vec![Step {
                        path: self.files[file as usize].path.clone(),
                        line: trace.line,
                        code: trace.source.clone(),
                        kind: StepKind::Source,
                    }],
                }),
                Origin::Param { function, index } => self
                    .tainted
                    .get(&(
                        FnRef {
                            file,
                            function: *function,
                        },
                        *index,
                    ))
                    .cloned(),
                Origin::Call(call) => {
                    if !visited.insert((file, *call)) {
                        continue;
                    }
                    self.call_result_flow(file, *call, visited, depth)
                }
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// Request data carried by what call `call` of `file` returns.
    fn call_result_flow(
        &self,
        file: u32,
        call: u32,
        visited: &mut HashSet<(u32, u32)>,
        depth: usize,
    ) -> Option<Witness> {
        let target = self.target(file, call as usize)?;
        let summary = self.returns.get(&target.function)?;
        let site = self.files[file as usize].calls.get(call as usize)?;
        let step = self.call_step(file, site);
        if let Some(inner) = &summary.request {
            return Some(inner.then(step));
        }
        for param in &summary.params {
            let origins = self.arg_origins(site, target, *param);
            if let Some(w) = self.flow_of(file, &origins, visited, depth + 1) {
                return Some(w.then(step));
            }
        }
        None
    }

    /// What call `call` of `file` resolves to; `None` for a call the file did not summarise.
    fn target(&self, file: u32, call: usize) -> Option<Target> {
        *self.targets.get(file as usize)?.get(call)?
    }

    fn call_step(&self, file: u32, site: &CallSite) -> Step {
        Step {
            path: self.files[file as usize].path.clone(),
            line: site.line,
            code: site.code.clone(),
            kind: StepKind::Call,
        }
    }

    /// The origins a call site gives parameter `param` of its target.
    fn arg_origins(&self, site: &CallSite, target: Target, param: u32) -> Vec<Origin> {
        let file = &self.files[target.function.file as usize];
        let function = &file.functions[target.function.function as usize];
        let skips_self = file.family == Family::Python
            && target.bound
            && function
                .params
                .first()
                .is_some_and(|p| p == "self" || p == "cls");
        let position = if skips_self {
            match param.checked_sub(1) {
                Some(p) => p,
                None => return Vec::new(),
            }
        } else {
            param
        };
        if let Some(origins) = site.args.get(position as usize) {
            return origins.clone();
        }
        let name = function.params.get(param as usize);
        site.keywords
            .iter()
            .find(|(k, _)| Some(k) == name)
            .map(|(_, o)| o.clone())
            .unwrap_or_default()
    }

    /// Every (parameter of the target, origins given to it) of a call site.
    fn bindings_of(&self, site: &CallSite, target: Target) -> Vec<(u32, Vec<Origin>)> {
        let file = &self.files[target.function.file as usize];
        let function = &file.functions[target.function.function as usize];
        (0..function.params.len() as u32)
            .map(|p| (p, self.arg_origins(site, target, p)))
            .filter(|(_, o)| !o.is_empty())
            .collect()
    }

    // ---- fixed point 1: what functions return ----

    fn compute_returns(&mut self) {
        for _ in 0..MAX_DEPTH * 2 {
            let mut changed = false;
            for file in 0..self.files.len() as u32 {
                for function in 0..self.files[file as usize].functions.len() as u32 {
                    let origins = &self.files[file as usize].functions[function as usize].returns;
                    if origins.is_empty() {
                        continue;
                    }
                    let key = FnRef { file, function };
                    let mut summary = ReturnSummary::default();
                    let mut visited = HashSet::new();
                    self.expand_return(file, function, origins, &mut summary, &mut visited, 0);
                    if self.returns.get(&key) != Some(&summary) {
                        self.returns.insert(key, summary);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// Adds to `summary` what `origins` (values of function `function`) carry: its own
    /// parameters, or request data.
    fn expand_return(
        &self,
        file: u32,
        function: u32,
        origins: &[Origin],
        summary: &mut ReturnSummary,
        visited: &mut HashSet<u32>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        for origin in origins {
            match origin {
                Origin::Request(trace) => {
                    if summary.request.is_none() {
                        summary.request = Some(Witness {
                            steps: vec![Step {
                                path: self.files[file as usize].path.clone(),
                                line: trace.line,
                                code: trace.source.clone(),
                                kind: StepKind::Source,
                            }],
                        });
                    }
                }
                Origin::Param {
                    function: owner,
                    index,
                } if *owner == function => {
                    summary.params.insert(*index);
                }
                Origin::Param { .. } => {}
                Origin::Call(call) => {
                    if !visited.insert(*call) {
                        continue;
                    }
                    let Some(target) = self.target(file, *call as usize) else {
                        continue;
                    };
                    let Some(inner) = self.returns.get(&target.function) else {
                        continue;
                    };
                    let Some(site) = self.files[file as usize].calls.get(*call as usize) else {
                        continue;
                    };
                    if let Some(w) = &inner.request
                        && summary.request.is_none()
                    {
                        summary.request = Some(w.then(self.call_step(file, site)));
                    }
                    for param in inner.params.clone() {
                        let given = self.arg_origins(site, target, param);
                        self.expand_return(file, function, &given, summary, visited, depth + 1);
                    }
                }
            }
        }
    }

    // ---- fixed point 2: which parameters receive request data ----

    fn compute_tainted_params(&mut self) {
        // Edges: (caller, its parameter) → (callee, its parameter), through a call site.
        let mut edges: HashMap<(FnRef, u32), Vec<Edge>> = HashMap::new();
        let mut queue: VecDeque<(FnRef, u32)> = VecDeque::new();
        for file in 0..self.files.len() as u32 {
            for (index, site) in self.files[file as usize].calls.iter().enumerate() {
                let Some(target) = self.target(file, index) else {
                    continue;
                };
                for (param, origins) in self.bindings_of(site, target) {
                    let key = (target.function, param);
                    let mut params = ReturnSummary::default();
                    let caller = site.caller.unwrap_or(u32::MAX);
                    // Parameters of any function around the call (closures read them too).
                    let mut visited = HashSet::new();
                    self.expand_return(file, caller, &origins, &mut params, &mut visited, 0);
                    if let Some(w) = params.request
                        && !self.tainted.contains_key(&key)
                    {
                        self.tainted.insert(key, w.then(self.call_step(file, site)));
                        queue.push_back(key);
                    }
                    for origin in &origins {
                        if let Origin::Param { function, index: p } = origin {
                            edges
                                .entry((
                                    FnRef {
                                        file,
                                        function: *function,
                                    },
                                    *p,
                                ))
                                .or_default()
                                .push((target.function, param, file, index as u32));
                        }
                    }
                    if let Some(caller) = site.caller {
                        for p in params.params {
                            let from = (
                                FnRef {
                                    file,
                                    function: caller,
                                },
                                p,
                            );
                            let edge = (target.function, param, file, index as u32);
                            let list = edges.entry(from).or_default();
                            if !list.contains(&edge) {
                                list.push(edge);
                            }
                        }
                    }
                }
            }
        }
        while let Some(from) = queue.pop_front() {
            let Some(next) = edges.get(&from) else {
                continue;
            };
            let witness = self.tainted[&from].clone();
            for (callee, param, file, call) in next.clone() {
                let key = (callee, param);
                if self.tainted.contains_key(&key) {
                    continue;
                }
                let site = &self.files[file as usize].calls[call as usize];
                self.tainted
                    .insert(key, witness.then(self.call_step(file, site)));
                queue.push_back(key);
            }
        }
    }

    // ---- resolution of names ----

    fn resolve_call(&self, file: u32, call: usize) -> Option<Target> {
        let summary = &self.files[file as usize];
        let site = &summary.calls[call];
        match &site.callee {
            Callee::Unknown => None,
            Callee::Local(function) => Some(Target {
                function: FnRef {
                    file,
                    function: *function,
                },
                bound: false,
            }),
            Callee::Own { class, method } => {
                self.class_method(file, *class, method, 0)
                    .map(|function| Target {
                        function,
                        bound: true,
                    })
            }
            Callee::Instance { class, method } => {
                let (cf, ci) = self.resolve_class(file, class)?;
                self.class_method(cf, ci, method, 0).map(|function| Target {
                    function,
                    bound: true,
                })
            }
            Callee::Path(path) => {
                let (symbol, bound) = self.path_symbol(file, path)?;
                match symbol {
                    Symbol::Function(function) => Some(Target { function, bound }),
                    // `new`-less construction or a call of a class: its constructor.
                    Symbol::Class(cf, ci) => self
                        .class_method(cf, ci, constructor_name(self.files[cf as usize].family), 0)
                        .map(|function| Target {
                            function,
                            bound: true,
                        }),
                    _ => None,
                }
            }
        }
    }

    /// What a dotted name written in `file` stands for, and whether its last step is a method
    /// of an instance.
    fn path_symbol(&self, file: u32, path: &str) -> Option<(Symbol, bool)> {
        let mut parts = path.split('.');
        let head = parts.next()?;
        let mut symbol = self.local_symbol(file, head, 0)?;
        let mut bound = false;
        for part in parts {
            bound = matches!(symbol, Symbol::Instance(..));
            symbol = self.member(symbol, part, 0)?;
        }
        // `const search = require('./search'); search(q)`: the module's default export.
        if let Symbol::Module(m) = symbol {
            symbol = self.export_symbol(m, "default", 0)?;
        }
        Some((symbol, bound))
    }

    fn local_symbol(&self, file: u32, name: &str, depth: usize) -> Option<Symbol> {
        if depth > MAX_DEPTH {
            return None;
        }
        let summary = &self.files[file as usize];
        match self.names[file as usize].get(name) {
            Some(LocalName::Function(function)) => {
                return Some(Symbol::Function(FnRef {
                    file,
                    function: *function,
                }));
            }
            Some(LocalName::Class(class)) => return Some(Symbol::Class(file, *class)),
            Some(LocalName::Object(start)) => return Some(Symbol::Object(file, *start)),
            Some(LocalName::Instance(class)) => {
                if let Some((cf, ci)) = self.resolve_class_at(file, class, depth + 1) {
                    return Some(Symbol::Instance(cf, ci));
                }
            }
            None => {}
        }
        let import = summary.module.import_of(name)?;
        self.imported_symbol(file, import, depth + 1)
    }

    fn imported_symbol(&self, file: u32, import: &Import, depth: usize) -> Option<Symbol> {
        let family = self.files[file as usize].family;
        let module = self.resolve_module(file, &import.module);
        match (&import.name, module) {
            (ImportedName::Namespace, Some(m)) => Some(Symbol::Module(m)),
            (ImportedName::Default, Some(m)) => self
                .export_symbol(m, "default", depth + 1)
                .or(Some(Symbol::Module(m))),
            (ImportedName::Named(name), Some(m)) => {
                let mut parts = name.split('.');
                let mut symbol = self
                    .export_symbol(m, parts.next()?, depth + 1)
                    .or_else(|| {
                        (family == Family::Python)
                            .then(|| self.submodule(m, name))
                            .flatten()
                            .map(Symbol::Module)
                    })?;
                for part in parts {
                    symbol = self.member(symbol, part, depth + 1)?;
                }
                Some(symbol)
            }
            // `from pkg import module` where `pkg` has no `__init__.py` of its own.
            (ImportedName::Named(name), None) if family == Family::Python => self
                .resolve_module(file, &join_module(&import.module, name))
                .map(Symbol::Module),
            _ => None,
        }
    }

    /// The symbol module `file` exports as `name`.
    fn export_symbol(&self, file: u32, name: &str, depth: usize) -> Option<Symbol> {
        if depth > MAX_DEPTH {
            return None;
        }
        let summary = &self.files[file as usize];
        if summary.family == Family::Python {
            // Every top-level name of a Python module is importable, and so is every name it
            // imports (re-exports through `__init__.py`).
            return self.local_symbol(file, name, depth + 1);
        }
        for export in summary.module.exports.iter().filter(|e| e.name == name) {
            let found = match &export.target {
                ExportTarget::Local(local) => self.local_symbol(file, local, depth + 1),
                ExportTarget::Expression(start) => match summary.function_at(*start) {
                    Some(function) => Some(Symbol::Function(FnRef { file, function })),
                    // `exports.createUser = asyncHandler(async (req, res) => …)`: the function
                    // wrapped in place, named for the export when it was read.
                    None => match summary.functions.iter().position(|f| {
                        f.top_level && f.start > *start && f.name.as_deref() == Some(name)
                    }) {
                        Some(function) => Some(Symbol::Function(FnRef {
                            file,
                            function: function as u32,
                        })),
                        None => summary
                            .functions
                            .iter()
                            .any(|f| f.object == Some(*start))
                            .then_some(Symbol::Object(file, *start)),
                    },
                },
                ExportTarget::From { module, name } => {
                    let import = Import {
                        local: String::new(),
                        module: module.clone(),
                        name: name.clone(),
                        line: 0,
                        scope: None,
                    };
                    self.imported_symbol(file, &import, depth + 1)
                }
                ExportTarget::All(_) => None,
            };
            if found.is_some() {
                return found;
            }
        }
        // `export * from './x'`.
        for export in &summary.module.exports {
            if let ExportTarget::All(module) = &export.target
                && let Some(m) = self.resolve_module(file, module)
                && let Some(found) = self.export_symbol(m, name, depth + 1)
            {
                return Some(found);
            }
        }
        None
    }

    fn member(&self, symbol: Symbol, name: &str, depth: usize) -> Option<Symbol> {
        match symbol {
            Symbol::Module(m) => self.export_symbol(m, name, depth + 1).or_else(|| {
                (self.files[m as usize].family == Family::Python)
                    .then(|| self.submodule(m, name))
                    .flatten()
                    .map(Symbol::Module)
            }),
            Symbol::Class(cf, ci) | Symbol::Instance(cf, ci) => {
                self.class_method(cf, ci, name, 0).map(Symbol::Function)
            }
            Symbol::Object(f, start) => self.files[f as usize]
                .object_member(start, name)
                .map(|function| Symbol::Function(FnRef { file: f, function })),
            Symbol::Function(_) => None,
        }
    }

    /// The methods among `names` that the class named `dotted` in file `path` defines or
    /// inherits from a class of the application: what a class-based view (a DRF `ViewSet`, a
    /// Django `View`) answers requests with. Empty when `dotted` is not a class.
    pub fn class_methods(&self, path: &str, dotted: &str, names: &[&str]) -> Vec<FnRef> {
        let Some(&file) = self.by_path.get(path) else {
            return Vec::new();
        };
        let Some((cf, ci)) = self.resolve_class(file, dotted) else {
            return Vec::new();
        };
        let mut out: Vec<FnRef> = Vec::new();
        for m in names {
            if let Some(f) = self.class_method(cf, ci, m, 0)
                && !out.contains(&f)
            {
                out.push(f);
            }
        }
        out
    }

    /// A method of a class or of one of its bases.
    fn class_method(&self, file: u32, class: u32, method: &str, depth: usize) -> Option<FnRef> {
        if depth > MAX_DEPTH {
            return None;
        }
        let summary = &self.files[file as usize];
        let c = summary.classes.get(class as usize)?;
        if let Some(function) = c.method(method) {
            return Some(FnRef { file, function });
        }
        for base in &c.bases {
            if let Some((bf, bi)) = self.resolve_class_at(file, base, depth + 1)
                && let Some(found) = self.class_method(bf, bi, method, depth + 1)
            {
                return Some(found);
            }
        }
        None
    }

    fn resolve_class(&self, file: u32, written: &str) -> Option<(u32, u32)> {
        self.resolve_class_at(file, written, 0)
    }

    fn resolve_class_at(&self, file: u32, written: &str, depth: usize) -> Option<(u32, u32)> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut parts = written.split('.');
        let head = parts.next()?;
        let summary = &self.files[file as usize];
        let mut symbol = match summary.classes.iter().position(|c| c.name == head) {
            Some(i) => Symbol::Class(file, i as u32),
            None => {
                let import = summary.module.import_of(head)?;
                self.imported_symbol(file, import, depth + 1)?
            }
        };
        for part in parts {
            symbol = match symbol {
                Symbol::Module(m) => self.export_symbol(m, part, depth + 1)?,
                _ => return None,
            };
        }
        match symbol {
            Symbol::Class(f, c) => Some((f, c)),
            _ => None,
        }
    }

    // ---- modules ----

    /// The file a module name written in `from` refers to.
    fn resolve_module(&self, from: u32, module: &str) -> Option<u32> {
        let summary = &self.files[from as usize];
        match summary.family {
            Family::Python => self.resolve_python_module(from, module),
            _ => self.resolve_js_module(&summary.path, module),
        }
    }

    fn resolve_js_module(&self, from: &str, specifier: &str) -> Option<u32> {
        let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
        let bases: Vec<String> = if specifier.starts_with('.') {
            vec![normalise_path(&format!("{dir}/{specifier}"))?]
        } else if let Some(rest) = specifier
            .strip_prefix("@/")
            .or_else(|| specifier.strip_prefix("~/"))
        {
            // The usual path aliases of Next.js, Vite and NestJS templates.
            vec![format!("src/{rest}"), rest.to_string()]
        } else if specifier.contains('/') && !specifier.starts_with('@') {
            // `baseUrl` imports (`services/users`): only when such a file exists.
            vec![format!("src/{specifier}"), specifier.to_string()]
        } else {
            return None;
        };
        const EXTENSIONS: &[&str] = &[".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];
        for base in bases {
            let mut candidates = vec![base.clone()];
            // `./users.js` written for `./users.ts` (TypeScript's ESM style).
            for js in [".js", ".mjs", ".cjs", ".jsx"] {
                if let Some(stem) = base.strip_suffix(js) {
                    candidates
                        .extend([".ts", ".tsx", ".mts", ".cts"].map(|e| format!("{stem}{e}")));
                }
            }
            candidates.extend(EXTENSIONS.iter().map(|e| format!("{base}{e}")));
            candidates.extend(EXTENSIONS.iter().map(|e| format!("{base}/index{e}")));
            for candidate in candidates {
                if let Some(i) = self.by_path.get(&candidate) {
                    return Some(*i);
                }
            }
        }
        None
    }

    fn resolve_python_module(&self, from: u32, module: &str) -> Option<u32> {
        let path = &self.files[from as usize].path;
        if module.starts_with('.') {
            let dots = module.chars().take_while(|c| *c == '.').count();
            let rest = &module[dots..];
            let mut dir: Vec<&str> = path.split('/').collect();
            dir.pop();
            for _ in 1..dots {
                dir.pop()?;
            }
            let mut base = dir.join("/");
            for part in rest.split('.').filter(|p| !p.is_empty()) {
                if !base.is_empty() {
                    base.push('/');
                }
                base.push_str(part);
            }
            let prefix = if base.is_empty() {
                String::new()
            } else {
                format!("{base}/")
            };
            for candidate in [format!("{base}.py"), format!("{prefix}__init__.py")] {
                if let Some(i) = self.by_path.get(&candidate) {
                    return Some(*i);
                }
            }
            return None;
        }
        let candidates = self.py_modules.get(module)?;
        // Several files can end with the same dotted name: the one nearest the importer wins.
        candidates
            .iter()
            .max_by_key(|c| common_prefix(&self.files[**c as usize].path, path))
            .copied()
    }

    /// `pkg/name.py` or `pkg/name/__init__.py` next to package module `file`.
    fn submodule(&self, file: u32, name: &str) -> Option<u32> {
        let path = &self.files[file as usize].path;
        let dir = path.strip_suffix("__init__.py")?;
        for candidate in [
            format!("{dir}{name}.py"),
            format!("{dir}{name}/__init__.py"),
        ] {
            if let Some(i) = self.by_path.get(&candidate) {
                return Some(*i);
            }
        }
        None
    }
}

impl Program {
    /// What `value` (read in file `path`) can be once names from other files are followed, and
    /// where each followed definition is (`file:line`, as steps of kind [`StepKind::Value`]).
    pub fn resolve_value(&self, path: &str, value: &Value) -> (Value, Vec<Step>) {
        let Some(file) = self.by_path.get(path).copied() else {
            return (value.clone(), Vec::new());
        };
        let mut steps: Vec<Step> = Vec::new();
        let resolved = self.resolve(file, value, 0, &mut steps);
        let mut seen = HashSet::new();
        steps.retain(|s| seen.insert((s.path.clone(), s.line)));
        (resolved, steps)
    }

    fn resolve(&self, file: u32, value: &Value, depth: usize, steps: &mut Vec<Step>) -> Value {
        if depth > MAX_DEPTH {
            return Value::Unknown;
        }
        let next = depth + 1;
        match value {
            Value::Import { module, name, path } => {
                let base = self.imported_value(file, module, name, path, next, steps);
                base.map_or(Value::Unknown, |(f, v, rest)| {
                    self.apply_path(f, v, &rest, next, steps)
                })
            }
            Value::Global { name, path } => match self.module_value(file, name, next, steps) {
                Some(v) => self.apply_path(file, v, path, next, steps),
                None => Value::Unknown,
            },
            Value::Instance(class) => match self.resolve_class_at(file, class, next) {
                Some((cf, ci)) => self.instance_value(cf, ci),
                None => Value::Unknown,
            },
            Value::Call { callee, args } => {
                let args: Vec<Value> = args
                    .iter()
                    .map(|a| self.resolve(file, a, next, steps))
                    .collect();
                match self.path_symbol(file, callee) {
                    Some((Symbol::Function(f), _)) => {
                        let summary = &self.files[f.file as usize].functions[f.function as usize];
                        match &summary.value {
                            Some(body) => {
                                let body = substitute(body, &args);
                                self.resolve(f.file, &body, next, steps)
                            }
                            None => Value::Unknown,
                        }
                    }
                    Some((Symbol::Class(cf, ci), _)) => self.instance_value(cf, ci),
                    _ => Value::Unknown,
                }
            }
            Value::Env { name, default } => Value::Env {
                name: name.clone(),
                default: default
                    .as_ref()
                    .map(|d| Box::new(self.resolve(file, d, next, steps))),
            },
            Value::OneOf(parts) => parts
                .iter()
                .map(|p| self.resolve(file, p, next, steps))
                .reduce(Value::either)
                .unwrap_or(Value::Unknown),
            Value::Concat(parts) => Value::Concat(
                parts
                    .iter()
                    .map(|p| self.resolve(file, p, next, steps))
                    .collect(),
            ),
            Value::List(items) => Value::List(
                items
                    .iter()
                    .map(|p| self.resolve(file, p, next, steps))
                    .collect(),
            ),
            Value::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.clone(), self.resolve(file, v, next, steps)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// Takes the members `path` of `value` (defined in `file`), resolving references on the way.
    fn apply_path(
        &self,
        file: u32,
        value: Value,
        path: &[String],
        depth: usize,
        steps: &mut Vec<Step>,
    ) -> Value {
        // A member read off an instance names the class attribute that defines it.
        let class = self.class_of(file, &value);
        let mut current = self.resolve(file, &value, depth, steps);
        for (i, member) in path.iter().enumerate() {
            if i == 0
                && let Some((cf, ci)) = class
                && let Some((_, value, line)) = self.files[cf as usize].classes[ci as usize]
                    .attributes
                    .iter()
                    .find(|(name, _, _)| name == member)
            {
                steps.push(Step {
                    path: self.files[cf as usize].path.clone(),
                    line: *line,
                    code: format!("{member} = {}", value.describe()),
                    kind: StepKind::Value,
                });
            }
            current = self.resolve(file, &current.member(member), depth + 1, steps);
        }
        current
    }

    /// The class a value is an instance of, when it is written as one (`Settings()`,
    /// `new Config()`).
    fn class_of(&self, file: u32, value: &Value) -> Option<(u32, u32)> {
        match value {
            Value::Instance(class) => self.resolve_class_at(file, class, 0),
            Value::Call { callee, .. } => match self.path_symbol(file, callee)? {
                (Symbol::Class(cf, ci), _) => Some((cf, ci)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The value a module-level name of `file` holds, recording where it is defined.
    fn module_value(
        &self,
        file: u32,
        name: &str,
        depth: usize,
        steps: &mut Vec<Step>,
    ) -> Option<Value> {
        let summary = &self.files[file as usize];
        if let Some(definition) = summary.values.iter().rev().find(|v| v.name == name) {
            steps.push(Step {
                path: summary.path.clone(),
                line: definition.line,
                code: definition.code.clone(),
                kind: StepKind::Value,
            });
            return Some(definition.value.clone());
        }
        // A name the module imports itself (re-exported).
        let import = summary.module.import_of(name)?;
        let (f, v, rest) =
            self.imported_value(file, &import.module, &import.name, &[], depth + 1, steps)?;
        Some(self.apply_path(f, v, &rest, depth + 1, steps))
    }

    /// The value an import stands for: the file it is defined in, the value, and the members of
    /// `path` still to take.
    fn imported_value(
        &self,
        file: u32,
        module: &str,
        name: &ImportedName,
        path: &[String],
        depth: usize,
        steps: &mut Vec<Step>,
    ) -> Option<(u32, Value, Vec<String>)> {
        if depth > MAX_DEPTH {
            return None;
        }
        let python = self.files[file as usize].family == Family::Python;
        let Some(m) = self.resolve_module(file, module) else {
            // `from pkg import config` where `pkg` has no `__init__.py`: the module itself.
            let ImportedName::Named(n) = name else {
                return None;
            };
            let sub = python
                .then(|| self.resolve_module(file, &join_module(module, n)))
                .flatten()?;
            return self.module_member_value(sub, path, depth, steps);
        };
        let target = &self.files[m as usize];
        match name {
            ImportedName::Named(n) => {
                let local = self.exported_local(m, n).unwrap_or_else(|| n.clone());
                match self.module_value(m, &local, depth + 1, steps) {
                    Some(value) => Some((m, value, path.to_vec())),
                    // `from app.core import config` … `config.github`: a submodule, whose
                    // module-level names are read off it.
                    None if python => {
                        let sub = self.submodule(m, n)?;
                        self.module_member_value(sub, path, depth, steps)
                    }
                    None => None,
                }
            }
            ImportedName::Default => {
                let local = self
                    .exported_local(m, "default")
                    .unwrap_or_else(|| "default".to_string());
                let value = self.module_value(m, &local, depth + 1, steps)?;
                Some((m, value, path.to_vec()))
            }
            ImportedName::Namespace => {
                // `require('./config').port`: the CommonJS export object, or a named export.
                if target.values.iter().any(|v| v.name == "default")
                    && target.family != Family::Python
                {
                    let value = self.module_value(m, "default", depth + 1, steps)?;
                    return Some((m, value, path.to_vec()));
                }
                let (first, rest) = path.split_first()?;
                let local = self
                    .exported_local(m, first)
                    .unwrap_or_else(|| first.clone());
                let value = self.module_value(m, &local, depth + 1, steps)?;
                Some((m, value, rest.to_vec()))
            }
        }
    }

    /// The value of module `m`'s top-level name `path[0]`, with the rest of `path` to read off
    /// it (a Python module imported as a name: `config.github`).
    fn module_member_value(
        &self,
        m: u32,
        path: &[String],
        depth: usize,
        steps: &mut Vec<Step>,
    ) -> Option<(u32, Value, Vec<String>)> {
        let (first, rest) = path.split_first()?;
        let value = self.module_value(m, first, depth + 1, steps)?;
        Some((m, value, rest.to_vec()))
    }

    /// The local name module `file` exports as `name` (JavaScript export lists).
    fn exported_local(&self, file: u32, name: &str) -> Option<String> {
        let summary = &self.files[file as usize];
        summary.module.exports.iter().find_map(|e| match &e.target {
            ExportTarget::Local(local) if e.name == name => Some(local.clone()),
            _ => None,
        })
    }

    /// The value of an instance of a class: its class-level attributes, each read from the
    /// environment (with the written value as default) for a settings class.
    fn instance_value(&self, file: u32, class: u32) -> Value {
        let c = &self.files[file as usize].classes[class as usize];
        Value::Object(
            c.attributes
                .iter()
                .map(|(name, value, _)| {
                    let value = if c.settings {
                        Value::Env {
                            name: name.clone(),
                            default: (*value != Value::Unknown).then(|| Box::new(value.clone())),
                        }
                    } else {
                        value.clone()
                    };
                    (name.clone(), value)
                })
                .collect(),
        )
    }
}

/// A function's value summary with its parameters replaced by the arguments of a call.
fn substitute(body: &Value, args: &[Value]) -> Value {
    match body {
        Value::Param(i) => args.get(*i as usize).cloned().unwrap_or(Value::Unknown),
        Value::Env { name, default } => Value::Env {
            name: name.clone(),
            default: default.as_ref().map(|d| Box::new(substitute(d, args))),
        },
        Value::OneOf(parts) => parts
            .iter()
            .map(|p| substitute(p, args))
            .reduce(Value::either)
            .unwrap_or(Value::Unknown),
        Value::Concat(parts) => Value::Concat(parts.iter().map(|p| substitute(p, args)).collect()),
        Value::List(items) => Value::List(items.iter().map(|p| substitute(p, args)).collect()),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), substitute(v, args)))
                .collect(),
        ),
        Value::Call {
            callee,
            args: inner,
        } => Value::Call {
            callee: callee.clone(),
            args: inner.iter().map(|a| substitute(a, args)).collect(),
        },
        other => other.clone(),
    }
}

/// What a top-level name of a file stands for, before imports are followed.
#[derive(Debug, Clone)]
enum LocalName {
    Function(u32),
    Class(u32),
    Object(usize),
    /// An instance of the class written so.
    Instance(String),
}

/// The top-level names of a file; the first declaration of a name wins, functions first.
fn local_names(file: &FileSummary) -> HashMap<String, LocalName> {
    let mut names = HashMap::new();
    // A constructor function with methods is a class first (it is also a function).
    for (i, c) in file.classes.iter().enumerate() {
        if !c.methods.is_empty() {
            names.insert(c.name.clone(), LocalName::Class(i as u32));
        }
    }
    for (i, f) in file.functions.iter().enumerate() {
        if f.top_level
            && f.class.is_none()
            && let Some(name) = &f.name
        {
            names
                .entry(name.clone())
                .or_insert(LocalName::Function(i as u32));
        }
    }
    for (i, c) in file.classes.iter().enumerate() {
        names
            .entry(c.name.clone())
            .or_insert(LocalName::Class(i as u32));
    }
    for (name, start) in &file.objects {
        names
            .entry(name.clone())
            .or_insert(LocalName::Object(*start));
    }
    for (name, class) in &file.instances {
        names
            .entry(name.clone())
            .or_insert_with(|| LocalName::Instance(class.clone()));
    }
    names
}

fn constructor_name(family: Family) -> &'static str {
    match family {
        Family::Python => "__init__",
        _ => "constructor",
    }
}

/// `a.b.c` → (`a`, `Some("b.c")`); `a` → (`a`, `None`).
fn split_head(dotted: &str) -> (&str, Option<&str>) {
    match dotted.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (dotted, None),
    }
}

/// The name to look up in the imported module, and what is used off it, for an import of
/// `imported` used with `rest` after the local name (`utils.exec` after `import * as utils`
/// looks up `exec`). `None` for a whole module used as it is.
fn exported_name<'a>(
    imported: &'a ImportedName,
    rest: Option<&'a str>,
) -> Option<(&'a str, Option<&'a str>)> {
    match (imported, rest) {
        (ImportedName::Named(n), rest) => Some((n.as_str(), rest)),
        (ImportedName::Default, rest) => Some(("default", rest)),
        (ImportedName::Namespace, Some(r)) => Some(split_head(r)),
        (ImportedName::Namespace, None) => None,
    }
}

fn join_module(module: &str, name: &str) -> String {
    if module.ends_with('.') {
        format!("{module}{name}")
    } else {
        format!("{module}.{name}")
    }
}

use sechound_core::paths::normalise_path;

fn common_prefix(a: &str, b: &str) -> usize {
    a.split('/')
        .zip(b.split('/'))
        .take_while(|(x, y)| x == y)
        .count()
}

/// Every dotted module name each Python file can be imported under: `app/api/users.py` is
/// `users`, `api.users` and `app.api.users`; `app/api/__init__.py` is `api` and `app.api`.
fn python_modules(files: &[FileSummary]) -> HashMap<String, Vec<u32>> {
    let mut out: HashMap<String, Vec<u32>> = HashMap::new();
    for (index, file) in files.iter().enumerate() {
        if file.family != Family::Python {
            continue;
        }
        let Some(stem) = file.path.strip_suffix(".py") else {
            continue;
        };
        let stem = stem.strip_suffix("/__init__").unwrap_or(stem);
        let parts: Vec<&str> = stem.split('/').collect();
        for start in 0..parts.len() {
            out.entry(parts[start..].join("."))
                .or_default()
                .push(index as u32);
        }
    }
    out
}

/// What a guard does with a request that carries no valid identity, read from its code (and the
/// code of the functions it builds or returns).
#[derive(Debug, Clone, PartialEq)]
pub struct Gate {
    pub kind: GateKind,
    /// The function whose code decides.
    pub function: FnRef,
    /// Where it decides: the line that rejects, or the line that lets the request through.
    pub path: String,
    pub line: u32,
    pub code: String,
    /// What happens there, in words (`responds 401`, `calls next() whatever the token`).
    pub what: String,
    /// Roles or permissions a comparison that decides a rejection requires (the literal
    /// values; see `role_check`).
    pub roles: Vec<String>,
    /// True when a comparison on a role or permission decides a rejection, whether or not its
    /// value could be read (`user.role !== role` compares with a parameter).
    pub role_check: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GateKind {
    /// It can end the request when the caller has no valid identity.
    Enforces,
    /// It reads the caller's identity but lets requests without one through.
    IdentityOnly,
    /// It returns what a package function builds (`() => expressJwt({...})`): the package and
    /// the function, for the caller to judge.
    Package { module: String, name: String },
}

impl Program {
    /// The function a dotted name written in file `path` stands for: a function of the file or
    /// an imported one, a member of an imported module or object, a method of a class or of an
    /// instance, a function a constructor function assigns to `this` (`SessionHandler.isLoggedIn`
    /// for `this.isLoggedIn = (req, res, next) => …` inside `function SessionHandler`). A class
    /// stands for the method that runs it (`canActivate`, `__call__`, `has_permission`).
    pub fn resolve_function(&self, path: &str, dotted: &str) -> Option<FnRef> {
        let file = *self.by_path.get(path)?;
        let mut parts = dotted.split('.');
        let head = parts.next()?;
        let mut symbol = self.local_symbol(file, head, 0).or_else(|| {
            // A function declared inside another one (a local helper).
            let summary = &self.files[file as usize];
            summary
                .functions
                .iter()
                .position(|f| f.name.as_deref() == Some(head) && f.class.is_none())
                .map(|i| {
                    Symbol::Function(FnRef {
                        file,
                        function: i as u32,
                    })
                })
        })?;
        for part in parts {
            symbol = match symbol {
                Symbol::Function(f) => Symbol::Function(self.nested_function(f, part)?),
                // `require('./session')` is the module's `module.exports`.
                Symbol::Module(m) => match self.member(Symbol::Module(m), part, 0) {
                    Some(found) => found,
                    None => match self.export_symbol(m, "default", 0)? {
                        Symbol::Function(f) => Symbol::Function(self.nested_function(f, part)?),
                        other => self.member(other, part, 0)?,
                    },
                },
                other => self.member(other, part, 0)?,
            };
        }
        if let Symbol::Module(m) = symbol {
            symbol = self.export_symbol(m, "default", 0)?;
        }
        match symbol {
            Symbol::Function(f) => Some(f),
            Symbol::Class(cf, ci) | Symbol::Instance(cf, ci) => self.runner(cf, ci),
            _ => None,
        }
    }

    /// The function module `module` (as written in file `path`) exports as `name` (`default`
    /// for `module.exports =`).
    pub fn resolve_export(&self, path: &str, module: &str, name: &str) -> Option<FnRef> {
        let file = *self.by_path.get(path)?;
        let m = self.resolve_module(file, module)?;
        match self.export_symbol(m, name, 0)? {
            Symbol::Function(f) => Some(f),
            Symbol::Class(cf, ci) | Symbol::Instance(cf, ci) => self.runner(cf, ci),
            _ => None,
        }
    }

    /// What a dotted name written in file `path` is when its head is imported from a module of
    /// the repository that passes on a package's name (`export { exec } from 'child_process'`
    /// in `utils/index.js`, `from pickle import loads` in `utils/__init__.py`): the package's
    /// qualified name (`child_process.exec`) and the repository file that re-exports it last.
    /// `None` when the name is defined in the repository, imported straight from a package, or
    /// cannot be followed.
    pub fn reexported_package_name(&self, path: &str, dotted: &str) -> Option<(String, String)> {
        let file = *self.by_path.get(path)?;
        let (head, rest) = split_head(dotted);
        let import = self.files[file as usize].module.import_of(head)?;
        let m = self.resolve_module(file, &import.module)?;
        let (name, rest) = exported_name(&import.name, rest)?;
        self.package_export(m, name, rest, 0).or_else(|| {
            // `from . import utils; utils.loads(…)`: a submodule, then a name it passes on.
            let sub = self.submodule(m, name)?;
            let (name, rest) = split_head(rest?);
            self.package_export(sub, name, rest, 1)
        })
    }

    /// The package name module `file` passes on as `name`, followed through re-exports.
    fn package_export(
        &self,
        file: u32,
        name: &str,
        rest: Option<&str>,
        depth: usize,
    ) -> Option<(String, String)> {
        if depth > MAX_DEPTH {
            return None;
        }
        let summary = &self.files[file as usize];
        let through = |import: &Import| -> Option<(String, String)> {
            match self.resolve_module(file, &import.module) {
                Some(next) => {
                    let (name, rest) = exported_name(&import.name, rest)?;
                    self.package_export(next, name, rest, depth + 1)
                }
                None => {
                    let module = import
                        .module
                        .strip_prefix("node:")
                        .unwrap_or(&import.module);
                    let mut qualified = match &import.name {
                        ImportedName::Named(n) => join_module(module, n),
                        ImportedName::Default | ImportedName::Namespace => module.to_string(),
                    };
                    if let Some(rest) = rest {
                        qualified = join_module(&qualified, rest);
                    }
                    Some((qualified, summary.path.clone()))
                }
            }
        };
        if summary.family == Family::Python {
            // A name a Python module imports is importable from it.
            if self.names[file as usize].contains_key(name) {
                return None;
            }
            return through(summary.module.import_of(name)?);
        }
        for export in summary.module.exports.iter().filter(|e| e.name == name) {
            let found = match &export.target {
                ExportTarget::From { module, name } => through(&Import {
                    local: String::new(),
                    module: module.clone(),
                    name: name.clone(),
                    line: 0,
                    scope: None,
                }),
                ExportTarget::Local(local) if !self.names[file as usize].contains_key(local) => {
                    summary.module.import_of(local).and_then(&through)
                }
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
        // `export * from './x'`, `export * from 'child_process'`.
        summary.module.exports.iter().find_map(|e| match &e.target {
            ExportTarget::All(module) => match self.resolve_module(file, module) {
                Some(next) => self.package_export(next, name, rest, depth + 1),
                None => through(&Import {
                    local: String::new(),
                    module: module.clone(),
                    name: ImportedName::Named(name.to_string()),
                    line: 0,
                    scope: None,
                }),
            },
            _ => None,
        })
    }

    /// The package a dotted name written in file `path` comes from, when its head is imported
    /// from a module that is not a file of the repository: the module and the name used off it
    /// (`("passport", "authenticate")` for `passport.authenticate`).
    pub fn package_of(&self, path: &str, dotted: &str) -> Option<(String, String)> {
        let file = *self.by_path.get(path)?;
        self.package_at(file, dotted)
    }

    fn package_at(&self, file: u32, dotted: &str) -> Option<(String, String)> {
        let (head, rest) = split_head(dotted);
        let import = self.files[file as usize].module.import_of(head)?;
        if self.resolve_module(file, &import.module).is_some() {
            return None;
        }
        let name = match (&import.name, rest) {
            (_, Some(rest)) => rest.rsplit('.').next().unwrap_or(rest).to_string(),
            (ImportedName::Named(n), None) => n.rsplit('.').next().unwrap_or(n).to_string(),
            _ => head.to_string(),
        };
        Some((import.module.clone(), name))
    }

    /// The file and summary of a function.
    pub fn function(&self, f: FnRef) -> (&FileSummary, &crate::FunctionSummary) {
        let file = &self.files[f.file as usize];
        (file, &file.functions[f.function as usize])
    }

    /// What a function and the functions written inside it visibly do.
    pub fn behaviour_within(&self, f: FnRef) -> Vec<&crate::Behaviour> {
        let (file, function) = self.function(f);
        file.behaviour
            .iter()
            .filter(|b| {
                let inner = &file.functions[b.function as usize];
                b.function == f.function
                    || (inner.start >= function.start
                        && inner.line >= function.line
                        && inner.end_line <= function.end_line)
            })
            .collect()
    }

    /// What a guard's code does with a request without identity: its own code and that of the
    /// functions written inside it (a factory's returned middleware, callbacks), else the code
    /// of the function its result comes from. `None` when its code shows neither a rejection
    /// nor a read of the caller's identity.
    pub fn gate(&self, f: FnRef) -> Option<Gate> {
        self.gate_at(f, 0)
    }

    fn gate_at(&self, f: FnRef, depth: usize) -> Option<Gate> {
        if depth > 6 {
            return None;
        }
        let (file, function) = self.function(f);
        let behaviours = self.behaviour_within(f);
        let identity = behaviours.iter().any(|b| b.identity.is_some());
        let mut rejects: Vec<&crate::Reject> = behaviours
            .iter()
            .flat_map(|b| b.rejects.iter())
            .filter(|r| {
                // A 401/403 counts when the function looks at the caller (or a role decides
                // it): a wrong CAPTCHA answered 401 is not authentication.
                let about_caller = identity || !r.roles.is_empty();
                (r.kind.is_auth()
                    && (about_caller || !matches!(r.kind, crate::RejectKind::Status(_))))
                    || (identity
                        && matches!(
                            r.kind,
                            crate::RejectKind::Error(_) | crate::RejectKind::NextError
                        ))
            })
            .collect();
        rejects.sort_by_key(|r| r.line);
        let mut passes: Vec<&crate::Pass> =
            behaviours.iter().flat_map(|b| b.passes.iter()).collect();
        passes.sort_by_key(|p| p.line);
        let role_check = rejects.iter().any(|r| !r.roles.is_empty());
        let gate = |kind: GateKind, line: u32, code: &str, what: String, roles: Vec<String>| Gate {
            kind,
            function: f,
            path: file.path.clone(),
            line,
            code: code.to_string(),
            what,
            roles,
            role_check,
        };
        if let Some(first) = rejects.first() {
            if let Some(open) = passes.iter().find(|p| p.without_identity) {
                return Some(gate(
                    GateKind::IdentityOnly,
                    open.line,
                    &open.code,
                    "lets a request without identity through".to_string(),
                    Vec::new(),
                ));
            }
            let mut roles: Vec<String> = Vec::new();
            for r in &rejects {
                for v in &r.roles {
                    let (resolved, _) = self.resolve_value(&file.path, v);
                    for alternative in resolved.alternatives() {
                        let names: Vec<String> = match alternative {
                            Value::Str(s) => vec![s.clone()],
                            Value::List(items) => items
                                .iter()
                                .filter_map(|i| i.as_str().map(str::to_string))
                                .collect(),
                            _ => Vec::new(),
                        };
                        for name in names {
                            if !roles.contains(&name) {
                                roles.push(name);
                            }
                        }
                    }
                }
            }
            return Some(gate(
                GateKind::Enforces,
                first.line,
                &first.code,
                first.kind.describe(),
                roles,
            ));
        }
        if identity {
            let open = passes
                .iter()
                .find(|p| p.without_identity)
                .or_else(|| passes.iter().find(|p| !p.conditional))
                .or_else(|| passes.first());
            let (line, code) = match open {
                Some(p) => (p.line, p.code.as_str()),
                None => (function.line, ""),
            };
            return Some(gate(
                GateKind::IdentityOnly,
                line,
                code,
                "never rejects: reads the caller's identity and lets every request through"
                    .to_string(),
                Vec::new(),
            ));
        }
        // What it calls may reject for it (an exception thrown by a service it awaits).
        if depth < 2 {
            for callee in self.callees_of(f) {
                if callee != f
                    && let Some(found) = self.gate_at(callee, depth + 2)
                    && found.kind == GateKind::Enforces
                {
                    return Some(found);
                }
            }
        }
        // A factory: what its result comes from.
        for origin in &function.returns {
            let Origin::Call(call) = origin else {
                continue;
            };
            if let Some(target) = self.targets[f.file as usize]
                .get(*call as usize)
                .copied()
                .flatten()
                && target.function != f
                && let Some(found) = self.gate_at(target.function, depth + 1)
            {
                return Some(found);
            }
            let site = &file.calls[*call as usize];
            if let Callee::Path(p) = &site.callee
                && let Some((module, name)) = self.package_at(f.file, p)
            {
                return Some(gate(
                    GateKind::Package { module, name },
                    site.line,
                    &site.code,
                    "builds it with a package".to_string(),
                    Vec::new(),
                ));
            }
        }
        // `() => expressjwt({...})` whose call no origin records: the value it returns.
        if let Some(Value::Call { callee, .. }) = &function.value
            && let Some((module, name)) = self.package_at(f.file, callee)
        {
            return Some(gate(
                GateKind::Package { module, name },
                function.line,
                "",
                "builds it with a package".to_string(),
                Vec::new(),
            ));
        }
        None
    }

    /// The function that starts at byte `start` of file `path` (a handler written in place).
    pub fn function_at(&self, path: &str, start: usize) -> Option<FnRef> {
        let file = *self.by_path.get(path)?;
        let function = self.files[file as usize].function_at(start)?;
        Some(FnRef { file, function })
    }

    /// The functions that calls written in `f` (or in functions inside it) resolve to.
    pub fn callees_of(&self, f: FnRef) -> Vec<FnRef> {
        let (file, function) = self.function(f);
        let inside = |caller: u32| {
            let c = &file.functions[caller as usize];
            caller == f.function
                || (c.start >= function.start
                    && c.line >= function.line
                    && c.end_line <= function.end_line)
        };
        let mut out = Vec::new();
        for (index, site) in file.calls.iter().enumerate() {
            if let Some(caller) = site.caller
                && inside(caller)
                && let Some(target) = self.targets[f.file as usize][index]
                && !out.contains(&target.function)
            {
                out.push(target.function);
            }
        }
        out
    }

    /// For a class used as a guard that has no method of its own to run it, the package its
    /// base comes from (`class JwtAuthGuard extends AuthGuard('jwt')`): the module, the base's
    /// name and the class's line.
    pub fn class_package_base(&self, path: &str, dotted: &str) -> Option<(String, String, u32)> {
        let file = *self.by_path.get(path)?;
        let (cf, ci) = match self.local_symbol(file, dotted.split('.').next()?, 0)? {
            Symbol::Class(cf, ci) => (cf, ci),
            _ => return None,
        };
        let class = &self.files[cf as usize].classes[ci as usize];
        class.bases.iter().find_map(|base| {
            let (module, name) = self.package_at(cf, base)?;
            Some((module, name, class.line))
        })
    }

    /// A function written inside `outer` under `name`: `this.name = …` in a constructor
    /// function, a nested declaration, a member of a returned object.
    fn nested_function(&self, outer: FnRef, name: &str) -> Option<FnRef> {
        let file = &self.files[outer.file as usize];
        let o = &file.functions[outer.function as usize];
        file.functions
            .iter()
            .enumerate()
            .find(|(i, f)| {
                *i as u32 != outer.function
                    && f.name.as_deref() == Some(name)
                    && f.start > o.start
                    && f.line >= o.line
                    && f.end_line <= o.end_line
            })
            .map(|(i, _)| FnRef {
                file: outer.file,
                function: i as u32,
            })
    }

    /// The method that runs when a class is used as a guard or a dependency.
    fn runner(&self, file: u32, class: u32) -> Option<FnRef> {
        [
            "canActivate",
            "__call__",
            "has_permission",
            "dispatch",
            "use",
            "__init__",
            "constructor",
        ]
        .iter()
        .find_map(|m| self.class_method(file, class, m, 0))
    }
}
