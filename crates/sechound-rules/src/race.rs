//! What the check-then-act rules of both languages report, once their own grammar has found the
//! check, the read it tests and the write after it.

use crate::CheckContext;
use sechound_core::{Confidence, Severity};
use sechound_syntax::Node;
use sechound_syntax::node::short_text;

/// Reports the race at `condition`: `[checked, statement, read, write]` are the value tested,
/// the statement that tests it, the store read it comes from and the write that follows.
pub(crate) fn report<'f>(cx: &mut CheckContext<'f>, condition: Node<'f>, parts: [Node<'f>; 4]) {
    let [checked, statement, read, write] = parts;
    let src = cx.src();
    let line = |n: Node<'_>| n.start_position().row + 1;
    let message = format!(
        "`{}` is checked (line {}) on a value read at line {} (`{}`), and the write at line {} (`{}`) follows without a lock, a conditional update or a unique constraint: parallel requests can all pass the check. Low confidence: the database's constraints are not visible here.",
        short_text(checked, src, 40),
        line(statement),
        line(read),
        short_text(read, src, 50),
        line(write),
        short_text(write, src, 50),
    );
    cx.report(condition, message)
        .severity(Severity::Medium)
        .confidence(Confidence::Low)
        .related(read)
        .related(write);
}
