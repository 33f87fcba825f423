//! Per-thread memo of the last callee path computed. Every rule interested in calls asks for
//! the callee of the same node in turn, so one remembered answer saves most of the work. The
//! memo is cleared whenever a file's rules start or finish ([`forget`]), so an answer never
//! outlives the tree it came from.

use std::cell::RefCell;
use tree_sitter::Node;

/// A node by its address and byte range, and the callee path computed for it.
type Remembered = ((usize, usize, usize), Option<String>);

thread_local! {
    static LAST_CALLEE: RefCell<Option<Remembered>> = const { RefCell::new(None) };
}

/// `compute(node)`, or the remembered answer for the same node.
pub(crate) fn callee(node: Node<'_>, compute: impl FnOnce() -> Option<String>) -> Option<String> {
    let key = (node.id(), node.start_byte(), node.end_byte());
    if let Some(hit) = LAST_CALLEE.with(|memo| {
        memo.borrow()
            .as_ref()
            .filter(|(remembered, _)| *remembered == key)
            .map(|(_, path)| path.clone())
    }) {
        return hit;
    }
    let path = compute();
    LAST_CALLEE.with(|memo| *memo.borrow_mut() = Some((key, path.clone())));
    path
}

/// Drops what is remembered; called when a file's rules start and finish.
pub fn forget() {
    LAST_CALLEE.with(|memo| *memo.borrow_mut() = None);
}
