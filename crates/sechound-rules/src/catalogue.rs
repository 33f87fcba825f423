//! The list of every rule sechound knows, in one place.

use crate::CheckContext;
use sechound_core::RuleMeta;
use sechound_syntax::{Family, Node};
use std::sync::OnceLock;

/// A rule over JavaScript/TypeScript or Python syntax trees.
pub trait CodeRule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn family(&self) -> Family;
    /// Node kinds (tree-sitter names) to be called on; `check` sees only these.
    fn node_kinds(&self) -> &'static [&'static str];
    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>);
}

/// Every rule, grouped by what it reads.
pub struct Catalogue {
    pub code: Vec<&'static dyn CodeRule>,
    pub file: Vec<&'static dyn crate::FileRule>,
    pub project: Vec<&'static dyn crate::ProjectRule>,
    /// Rules of the dependency review (lockfiles against advisories): metadata only, their
    /// checks run in the engine's dependency review (`sechound-deps`).
    pub dependency: Vec<&'static RuleMeta>,
    /// Rules of the branch review (the base's project model against the branch's): metadata
    /// here, their checks called by the engine's branch review.
    pub branch: Vec<&'static RuleMeta>,
}

impl Catalogue {
    /// Metadata of every rule, sorted by id.
    pub fn metas(&self) -> Vec<&'static RuleMeta> {
        let mut metas: Vec<&'static RuleMeta> = self
            .code
            .iter()
            .map(|r| r.meta())
            .chain(self.file.iter().map(|r| r.meta()))
            .chain(self.project.iter().map(|r| r.meta()))
            .chain(self.dependency.iter().copied())
            .chain(self.branch.iter().copied())
            .collect();
        metas.sort_by_key(|m| m.id);
        metas
    }

    pub fn find(&self, id: &str) -> Option<&'static RuleMeta> {
        self.metas().into_iter().find(|m| m.id == id)
    }
}

/// The catalogue, built once.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut code: Vec<&'static dyn CodeRule> = Vec::new();
        code.extend(crate::js::rules());
        code.extend(crate::python::rules());
        code.extend(crate::compose::rules());
        code.extend(crate::terraform::rules());
        let mut file: Vec<&'static dyn crate::FileRule> = Vec::new();
        file.extend(crate::docker::rules());
        file.extend(crate::env::rules());
        file.extend(crate::secrets::rules());
        file.extend(crate::gha::rules());
        Catalogue {
            code,
            file,
            project: crate::project::rules(),
            dependency: crate::deps::rules(),
            branch: crate::branch::rules(),
        }
    })
}
