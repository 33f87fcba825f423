//! Security controls an application has in place (the strengths of the review): security
//! headers, restricted CORS, rate limiting, configuration validated at start-up, password
//! hashing, JWT expiry and pinned algorithms, CSRF protection, secure cookie flags, a secrets
//! manager, audit logging, log redaction, request size limits and metrics.
//!
//! The rules crate reports the *bad* forms of these (CORS open to all, cookies without flags,
//! `jwt.sign` without expiry); this module records only the good forms, each with the line it
//! was seen on and a plain-words detail, so the report can cite evidence for every strength.
//! Each family walks the file's tree once and dispatches on what it meets.

mod js;
mod python;

use crate::facts::{ControlFact, FileFacts};
use sechound_core::project::{ControlEvidence, ControlKind};
use sechound_syntax::{CodeFile, Family, Node};

/// Reads the controls `file` shows into `facts` (for JS, after its imports are read).
pub(crate) fn read(file: &CodeFile, facts: &mut FileFacts) {
    let mut sink = Sink::new(&file.path, file.text());
    match file.language.family() {
        // Every JavaScript control is recognised through a module import (or sits in an entry
        // file that imports something); bundles and generated code without imports are skipped
        // without a walk.
        Family::Js if facts.imports.is_empty() => {}
        Family::Js => js::read(file, &facts.imports, &mut sink),
        Family::Python => python::read(file, &mut sink),
        _ => {}
    }
    facts.controls.extend(sink.facts);
}

/// Collects the controls of one file, one evidence per (kind, detail): a file calling
/// `bcrypt.hash` ten times shows the control once.
pub(crate) struct Sink<'s> {
    path: &'s str,
    src: &'s str,
    facts: Vec<ControlFact>,
}

impl<'s> Sink<'s> {
    fn new(path: &'s str, src: &'s str) -> Self {
        Sink {
            path,
            src,
            facts: Vec::new(),
        }
    }

    /// Records `kind` seen at `node`, with `detail` saying what it does.
    pub(crate) fn add(&mut self, kind: ControlKind, node: Node<'_>, detail: impl Into<String>) {
        self.record(kind, node, detail.into(), false);
    }

    /// Records `kind` seen at `node` covering the control only in part.
    pub(crate) fn add_partial(
        &mut self,
        kind: ControlKind,
        node: Node<'_>,
        detail: impl Into<String>,
    ) {
        self.record(kind, node, detail.into(), true);
    }

    fn record(&mut self, kind: ControlKind, node: Node<'_>, detail: String, partial: bool) {
        if self
            .facts
            .iter()
            .any(|f| f.kind == kind && f.evidence.detail == detail)
        {
            return;
        }
        self.facts.push(ControlFact {
            kind,
            evidence: ControlEvidence {
                file: self.path.to_string(),
                line: node.start_position().row as u32 + 1,
                code: source_line(node, self.src),
                detail,
                partial,
            },
        });
    }
}

/// The source line `node` starts on, trimmed and cut to 160 characters.
fn source_line(node: Node<'_>, src: &str) -> String {
    let start = node.start_byte();
    let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    src[line_start..line_end].trim().chars().take(160).collect()
}

/// True when the text of a function or class body reads like masking values (for log
/// redaction, where the shape of the code says less than its words).
fn masks(body: &str) -> bool {
    let lower = body.to_ascii_lowercase();
    [
        "redact",
        "mask",
        "***",
        "[filtered]",
        "[hidden]",
        "[removed]",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Header names whose presence is a security-headers control when set by hand.
const SECURITY_HEADERS: &[&str] = &[
    "content-security-policy",
    "strict-transport-security",
    "x-content-type-options",
    "x-frame-options",
];

fn is_security_header(name: &str) -> bool {
    SECURITY_HEADERS.contains(&name.to_ascii_lowercase().as_str())
}
