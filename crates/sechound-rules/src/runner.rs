//! One walk per tree: each node goes to the rules that registered its kind.

use crate::{CheckContext, CodeRule, RawFinding, RawStrength, RepoView};
use sechound_syntax::{CodeFile, Language};

/// For one language, the rules interested in each node kind id.
pub struct KindDispatch {
    language: Language,
    by_kind: Vec<Vec<usize>>,
}

impl KindDispatch {
    /// Builds the table for `language` from the rules of its family. Kind names are matched on
    /// every id the grammar gives them (a name can have several ids).
    pub fn new(language: Language, rules: &[&dyn CodeRule]) -> KindDispatch {
        let grammar = language.grammar();
        let count = grammar.node_kind_count();
        let mut by_kind = vec![Vec::new(); count];
        for (index, rule) in rules.iter().enumerate() {
            if rule.family() != language.family() {
                continue;
            }
            for kind in rule.node_kinds() {
                for id in 0..count as u16 {
                    if grammar.node_kind_is_named(id) && grammar.node_kind_for_id(id) == Some(*kind)
                    {
                        by_kind[id as usize].push(index);
                    }
                }
            }
        }
        KindDispatch { language, by_kind }
    }

    pub fn language(&self) -> Language {
        self.language
    }
}

/// What running the code rules on one file produced.
pub struct CodeRun {
    pub findings: Vec<RawFinding>,
    pub strengths: Vec<RawStrength>,
    /// The file's semantic summary (JavaScript, TypeScript and Python files).
    pub summary: Option<sechound_semantic::FileSummary>,
}

/// Runs `rules` over `file` in a single walk of its tree, then summarises the file for the
/// semantic layer with the same taint engine. `dispatch` must have been built for the file's
/// language from the same `rules` slice.
pub fn run_code_rules(
    file: &CodeFile,
    rules: &[&dyn CodeRule],
    dispatch: &KindDispatch,
    repo: &dyn RepoView,
    module: sechound_syntax::modules::ModuleRecord,
) -> CodeRun {
    debug_assert_eq!(dispatch.language, file.language);
    sechound_syntax::memo::forget();
    let mut cx = CheckContext::new(file, repo);
    cx.set_module(module);
    // The semantic summary is collected in the same walk; it needs each node's ancestors.
    let mut collector = sechound_semantic::extract::Collector::new(file);
    let mut ancestors = Vec::new();
    let mut cursor = file.tree.walk();
    loop {
        let node = cursor.node();
        if let Some(interested) = dispatch.by_kind.get(node.kind_id() as usize) {
            for &index in interested {
                let rule = rules[index];
                cx.set_rule(rule.meta());
                rule.check(node, &mut cx);
            }
        }
        if let Some(collector) = &mut collector
            && node.is_named()
        {
            collector.visit(node, &ancestors);
        }
        if cursor.goto_first_child() {
            ancestors.push(node);
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                sechound_syntax::memo::forget();
                let summary = collector.map(|c| cx.summary(c));
                let (findings, strengths) = cx.into_parts();
                return CodeRun {
                    findings,
                    strengths,
                    summary,
                };
            }
            ancestors.pop();
        }
    }
}
