//! Every Terraform module of the repository and its instances, evaluated once per review.
//!
//! The `.tf` files of one directory form a module. A directory that no other directory calls
//! (through a `module` block whose `source` is a local path) is a root: it is evaluated once,
//! with its variables' defaults overridden by `terraform.tfvars` and `*.auto.tfvars`. A called
//! module is evaluated once per call (and per `count` / `for_each` instance of the call), with
//! the caller's arguments; a call with `count = 0` creates nothing. Calls nest up to
//! [`MAX_DEPTH`] levels and [`MAX_INSTANCES`] instances in all; a directory beyond those limits,
//! or reachable only through a cycle, is evaluated on its own like a root.

use super::eval::{Evaluator, conform, evaluate_files, foreign, hop, literal, with_hop};
use super::model::{Expr, How, TfFile};
use super::syntax::{AstKind, Part, RawFile};
use crate::RepoView;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

const MAX_DEPTH: usize = 8;
const MAX_INSTANCES: usize = 400;

/// One evaluation of a module directory.
pub(crate) struct Instance {
    pub dir: String,
    /// `module.app.module.db["x"]`; `None` for a root.
    pub label: Option<String>,
    /// Where the module block calling it is: file and 1-based line.
    pub call: Option<(String, usize)>,
    /// The directory's files, evaluated, in the order of [`World::dirs`].
    pub files: Vec<TfFile>,
}

pub(crate) struct World {
    pub raw: Vec<Arc<RawFile>>,
    /// Directory → indices into `raw`, sorted by path.
    pub dirs: BTreeMap<String, Vec<usize>>,
    /// `.tfvars` files loaded automatically, by directory.
    tfvars: HashMap<String, Vec<Arc<RawFile>>>,
    pub instances: Vec<Instance>,
}

/// `a/b/main.tf` → `a/b`; `main.tf` → ``.
pub(crate) fn parent(path: &str) -> &str {
    path.rsplit_once('/').map(|(d, _)| d).unwrap_or("")
}

fn auto_tfvars(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name == "terraform.tfvars" || name.ends_with(".auto.tfvars")
}

/// `dir` joined with a relative module source (`./modules/db`, `../shared`), normalised.
fn join(dir: &str, source: &str) -> Option<String> {
    let source = source
        .strip_prefix("${path.module}/")
        .map(|s| format!("./{s}"))
        .unwrap_or_else(|| source.to_string());
    if !(source.starts_with("./") || source.starts_with("../") || source == "." || source == "..") {
        return None;
    }
    // `//subdir` of a package source never applies to local paths.
    sechound_core::paths::normalise_path(&format!("{dir}/{source}"))
}

impl World {
    /// The Terraform of the whole repository.
    pub fn from_repo(repo: &dyn RepoView) -> World {
        let mut sources = Vec::new();
        for path in repo.paths() {
            if (path.ends_with(".tf") || auto_tfvars(path))
                && let Some(text) = repo.read(path)
            {
                sources.push((path.clone(), text));
            }
        }
        World::build(sources)
    }

    /// `sources`: `.tf` and auto-loaded `.tfvars` files with their text.
    pub fn build(sources: Vec<(String, String)>) -> World {
        let mut raw = Vec::new();
        let mut tfvars: HashMap<String, Vec<Arc<RawFile>>> = HashMap::new();
        for (path, text) in sources {
            let file = Arc::new(RawFile::parse(&path, text));
            if path.ends_with(".tf") {
                raw.push(file);
            } else {
                tfvars
                    .entry(parent(&path).to_string())
                    .or_default()
                    .push(file);
            }
        }
        raw.sort_by(|a, b| a.path.cmp(&b.path));
        let mut dirs: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, file) in raw.iter().enumerate() {
            dirs.entry(parent(&file.path).to_string())
                .or_default()
                .push(i);
        }
        let mut world = World {
            raw,
            dirs,
            tfvars,
            instances: Vec::new(),
        };
        world.instantiate();
        world
    }

    /// Local module directories each directory calls.
    fn callees(&self, dir: &str) -> Vec<String> {
        let mut out = Vec::new();
        for &i in &self.dirs[dir] {
            for block in self.raw[i].blocks.iter().filter(|b| b.kind == "module") {
                if let Some(target) = self.source_of(dir, block)
                    && target != dir
                {
                    out.push(target);
                }
            }
        }
        out
    }

    fn source_of(&self, dir: &str, block: &super::syntax::RawBlock) -> Option<String> {
        let source = block.attr("source")?;
        let text = match &source.expr.kind {
            AstKind::Str(s) => s.clone(),
            AstKind::Template(parts) => match parts.as_slice() {
                [Part::Interp(inner), Part::Lit(rest)] => match &inner.kind {
                    AstKind::Traversal(name, steps)
                        if name == "path"
                            && matches!(steps.as_slice(), [super::syntax::Step::Attr(m)] if m == "module") =>
                    {
                        format!("${{path.module}}{rest}")
                    }
                    _ => return None,
                },
                _ => return None,
            },
            _ => return None,
        };
        let target = join(dir, &text)?;
        self.dirs.contains_key(&target).then_some(target)
    }

    fn instantiate(&mut self) {
        let dirs: Vec<String> = self.dirs.keys().cloned().collect();
        let called: HashSet<String> = dirs.iter().flat_map(|d| self.callees(d)).collect();
        let mut instances = Vec::new();
        for dir in dirs.iter().filter(|d| !called.contains(*d)) {
            let inputs = self.root_inputs(dir);
            self.instance(dir, inputs, None, None, 0, &mut instances);
        }
        // Directories only reachable through a cycle, or left out by the limits.
        let done: HashSet<String> = instances.iter().map(|i| i.dir.clone()).collect();
        for dir in &dirs {
            if !done.contains(dir) && !self.reached_through_zero_count(dir) {
                let inputs = self.root_inputs(dir);
                self.instance(dir, inputs, None, None, MAX_DEPTH, &mut instances);
            }
        }
        self.instances = instances;
    }

    /// True when every call of `dir` is a module block with `count = 0` (the module is
    /// never created, so it is not reviewed as a root either).
    fn reached_through_zero_count(&self, dir: &str) -> bool {
        let mut calls = 0;
        let mut zero = 0;
        for (caller, files) in &self.dirs {
            for &i in files {
                for block in self.raw[i].blocks.iter().filter(|b| b.kind == "module") {
                    if self.source_of(caller, block).as_deref() != Some(dir) {
                        continue;
                    }
                    calls += 1;
                    if block
                        .attr("count")
                        .map(|c| literal(&c.expr))
                        .is_some_and(|v| matches!(v.value, super::model::Value::Num(n) if n <= 0.0))
                    {
                        zero += 1;
                    }
                }
            }
        }
        calls > 0 && calls == zero
    }

    /// The declared `type` of each variable of a directory.
    fn types(&self, dir: &str) -> HashMap<&str, &super::syntax::Ast> {
        let mut types = HashMap::new();
        for &i in &self.dirs[dir] {
            for variable in self.raw[i].blocks.iter().filter(|b| b.kind == "variable") {
                if let (Some(name), Some(ty)) = (variable.labels.first(), variable.attr("type")) {
                    types.insert(name.as_str(), &ty.expr);
                }
            }
        }
        types
    }

    /// Variable defaults, overridden by the directory's auto-loaded `.tfvars`.
    fn root_inputs(&self, dir: &str) -> HashMap<String, Expr> {
        let mut inputs = self.defaults(dir);
        let types = self.types(dir);
        if let Some(files) = self.tfvars.get(dir) {
            let mut files: Vec<&Arc<RawFile>> = files.iter().collect();
            // terraform.tfvars first, then *.auto.tfvars in name order (later wins).
            files.sort_by_key(|f| {
                (
                    !f.path.ends_with("/terraform.tfvars") && f.path != "terraform.tfvars",
                    f.path.clone(),
                )
            });
            for file in files {
                let name = file
                    .path
                    .rsplit('/')
                    .next()
                    .unwrap_or(&file.path)
                    .to_string();
                for attr in &file.attrs {
                    let mut value = literal(&attr.expr);
                    if let Some(ty) = types.get(attr.name.as_str()) {
                        value = conform(&value, ty);
                    }
                    let h = hop(&attr.name, How::Tfvars(name.clone()));
                    inputs.insert(attr.name.clone(), with_hop(&value, &h));
                }
            }
        }
        inputs
    }

    fn defaults(&self, dir: &str) -> HashMap<String, Expr> {
        let mut inputs = HashMap::new();
        for &i in &self.dirs[dir] {
            for variable in self.raw[i].blocks.iter().filter(|b| b.kind == "variable") {
                let Some(name) = variable.labels.first() else {
                    continue;
                };
                if let Some(default) = variable.attr("default") {
                    let mut value = literal(&default.expr);
                    if let Some(ty) = variable.attr("type") {
                        value = conform(&value, &ty.expr);
                    }
                    inputs.insert(name.clone(), with_hop(&value, &hop(name, How::Default)));
                }
            }
        }
        inputs
    }

    fn instance(
        &self,
        dir: &str,
        inputs: HashMap<String, Expr>,
        label: Option<String>,
        call: Option<(String, usize)>,
        depth: usize,
        out: &mut Vec<Instance>,
    ) {
        let files: Vec<&RawFile> = self.dirs[dir].iter().map(|&i| &*self.raw[i]).collect();
        let blocks: Vec<&[super::syntax::RawBlock]> =
            files.iter().map(|f| f.blocks.as_slice()).collect();
        let evaluator = Evaluator::new(&inputs, &blocks);
        let evaluated = evaluate_files(&evaluator, &files);
        // Calls of local modules, each instance with its arguments.
        let mut children = Vec::new();
        if depth < MAX_DEPTH {
            for file in &files {
                for block in file.blocks.iter().filter(|b| b.kind == "module") {
                    let Some(target) = self.source_of(dir, block) else {
                        continue;
                    };
                    if target == dir {
                        continue;
                    }
                    let Some(name) = block.labels.first() else {
                        continue;
                    };
                    let line = file.line_of(block.head.start);
                    for (key, binding) in evaluator.instances(block) {
                        let own = format!("module.{name}{}", key.unwrap_or_default());
                        let child_label = match &label {
                            Some(parent) => format!("{parent}.{own}"),
                            None => own.clone(),
                        };
                        let mut child_inputs = self.defaults(&target);
                        let types = self.types(&target);
                        let binding_name = if block.attr("count").is_some() {
                            "count"
                        } else {
                            "each"
                        };
                        for attr in &block.attrs {
                            if matches!(
                                attr.name.as_str(),
                                "source"
                                    | "version"
                                    | "count"
                                    | "for_each"
                                    | "providers"
                                    | "depends_on"
                            ) {
                                continue;
                            }
                            let mut value =
                                evaluator.value_in(&attr.expr, binding_name, binding.as_ref());
                            if let Some(ty) = types.get(attr.name.as_str()) {
                                value = conform(&value, ty);
                            }
                            let h = hop(
                                &attr.name,
                                How::Argument {
                                    module: child_label.clone(),
                                    file: file.path.clone(),
                                    line,
                                },
                            );
                            child_inputs.insert(attr.name.clone(), with_hop(&foreign(&value), &h));
                        }
                        children.push((
                            target.clone(),
                            child_inputs,
                            child_label,
                            (file.path.clone(), line),
                        ));
                    }
                }
            }
        }
        out.push(Instance {
            dir: dir.to_string(),
            label,
            call,
            files: evaluated,
        });
        for (target, inputs, child_label, site) in children {
            if out.len() >= MAX_INSTANCES {
                break;
            }
            self.instance(
                &target,
                inputs,
                Some(child_label),
                Some(site),
                depth + 1,
                out,
            );
        }
    }

    /// The raw file at `path`, if the world holds it.
    pub fn file(&self, path: &str) -> Option<&Arc<RawFile>> {
        self.raw
            .binary_search_by(|f| f.path.as_str().cmp(path))
            .ok()
            .map(|i| &self.raw[i])
    }
}
