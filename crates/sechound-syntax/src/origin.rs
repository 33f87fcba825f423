//! Where a value may come from, as far as one file can tell: request data read in the file, a
//! parameter of one of its functions, or what one of its calls returns. The last two are
//! answered by the semantic layer once every file of the repository is known.

use crate::TaintTrace;
use std::cell::RefCell;
use std::collections::HashMap;
use tree_sitter::Node;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Request data read in this file.
    Request(TaintTrace),
    /// Parameter `index` (0-based, in the order written) of the file's function number
    /// `function` (functions numbered in source order, nested ones included).
    Param { function: u32, index: u32 },
    /// What the file's call site number `call` returns.
    Call(u32),
}

/// Origins kept for one expression at most.
const MAX_ORIGINS: usize = 16;

/// The origins of one expression, in the order they were found, without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins(pub Vec<Origin>);

impl Origins {
    pub fn none() -> Origins {
        Origins(Vec::new())
    }

    pub fn one(origin: Origin) -> Origins {
        Origins(vec![origin])
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn add(&mut self, other: Origins) {
        for origin in other.0 {
            if self.0.len() >= MAX_ORIGINS {
                // A value built from this many places tells little more; request data still
                // counts, in place of a parameter or call.
                if matches!(origin, Origin::Request(_))
                    && self.request().is_none()
                    && let Some(slot) = self.0.iter_mut().find(|o| !matches!(o, Origin::Request(_)))
                {
                    *slot = origin;
                }
                continue;
            }
            if !self.0.contains(&origin) {
                self.0.push(origin);
            }
        }
    }

    /// The first request source among the origins.
    pub fn request(&self) -> Option<&TaintTrace> {
        self.0.iter().find_map(|o| match o {
            Origin::Request(trace) => Some(trace),
            _ => None,
        })
    }

    /// True when some origin is a parameter or a call, which only the whole repository can tell.
    pub fn is_symbolic(&self) -> bool {
        self.0.iter().any(|o| !matches!(o, Origin::Request(_)))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Origin> {
        self.0.iter()
    }
}

impl From<Option<TaintTrace>> for Origins {
    fn from(trace: Option<TaintTrace>) -> Origins {
        Origins(trace.map(Origin::Request).into_iter().collect())
    }
}

/// The calls of one file whose results some origin refers to, numbered as they are met.
#[derive(Default)]
pub(crate) struct CallTable<'f> {
    nodes: RefCell<Vec<Node<'f>>>,
    by_id: RefCell<HashMap<usize, u32>>,
}

impl<'f> CallTable<'f> {
    pub fn number(&self, call: Node<'f>) -> u32 {
        if let Some(known) = self.by_id.borrow().get(&call.id()) {
            return *known;
        }
        let mut nodes = self.nodes.borrow_mut();
        let index = nodes.len() as u32;
        nodes.push(call);
        self.by_id.borrow_mut().insert(call.id(), index);
        index
    }

    pub fn get(&self, index: u32) -> Option<Node<'f>> {
        self.nodes.borrow().get(index as usize).copied()
    }

    pub fn len(&self) -> usize {
        self.nodes.borrow().len()
    }
}
