//! One walk per tree: each node goes to the rules that registered its kind.

use crate::{CheckContext, CodeRule, RawFinding, RawStrength, RepoView};
use sechound_core::RuleMeta;
use sechound_syntax::{CodeFile, Language};
use std::time::{Duration, Instant};

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

/// What running the code rules on one file produced, and whether its time ran out.
pub struct CodeRun {
    pub findings: Vec<RawFinding>,
    pub strengths: Vec<RawStrength>,
    /// The file's semantic summary (JavaScript, TypeScript and Python files); none when the walk
    /// was stopped by its deadline, since a partial summary would tell the linker the file calls
    /// nothing past the place the walk reached.
    pub summary: Option<sechound_semantic::FileSummary>,
    pub overrun: Option<Overrun>,
}

/// A file whose rules ran past their deadline: the walk stopped there.
#[derive(Debug, Clone)]
pub struct Overrun {
    /// The rule that had used the most time, which the gap names.
    pub rule: &'static RuleMeta,
    /// The time that rule had used.
    pub spent: Duration,
    /// The line the walk had reached: the rules saw the file up to it.
    pub line: usize,
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
    run_code_rules_within(file, rules, dispatch, repo, module, None)
}

/// [`run_code_rules`] with a deadline: once it passes, the walk stops after the rule call that
/// was running, and the result says which rule had used the most time and how far the walk got.
pub fn run_code_rules_within(
    file: &CodeFile,
    rules: &[&dyn CodeRule],
    dispatch: &KindDispatch,
    repo: &dyn RepoView,
    module: sechound_syntax::modules::ModuleRecord,
    deadline: Option<Instant>,
) -> CodeRun {
    debug_assert_eq!(dispatch.language, file.language);
    sechound_syntax::memo::forget();
    let mut cx = CheckContext::new(file, repo);
    cx.set_module(module);
    let mut spent = vec![Duration::ZERO; if deadline.is_some() { rules.len() } else { 0 }];
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
                let Some(deadline) = deadline else {
                    rule.check(node, &mut cx);
                    continue;
                };
                let started = Instant::now();
                rule.check(node, &mut cx);
                let now = Instant::now();
                spent[index] += now - started;
                if now >= deadline {
                    let (worst, time) = spent
                        .iter()
                        .enumerate()
                        .max_by_key(|(_, t)| **t)
                        .map(|(i, t)| (i, *t))
                        .unwrap_or((index, Duration::ZERO));
                    let overrun = Overrun {
                        rule: rules[worst].meta(),
                        spent: time,
                        line: node.start_position().row + 1,
                    };
                    sechound_syntax::memo::forget();
                    let (findings, strengths) = cx.into_parts();
                    return CodeRun {
                        findings,
                        strengths,
                        summary: None,
                        overrun: Some(overrun),
                    };
                }
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
                    overrun: None,
                };
            }
            ancestors.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::NoRepo;
    use sechound_syntax::{Family, parse};

    fn module(file: &CodeFile) -> sechound_syntax::modules::ModuleRecord {
        sechound_syntax::modules::read_file(file)
    }

    #[test]
    fn a_walk_past_its_deadline_stops_and_names_the_rule_that_took_longest() {
        let src = "app.get('/u', (req, res) => db.query('SELECT ' + req.query.id));\n".repeat(50);
        let file = parse("a.js".into(), Language::JavaScript, src).unwrap();
        let rules: Vec<&dyn CodeRule> = crate::catalogue()
            .code
            .iter()
            .copied()
            .filter(|r| r.family() == Family::Js)
            .collect();
        let dispatch = KindDispatch::new(Language::JavaScript, &rules);
        let whole = run_code_rules_within(&file, &rules, &dispatch, &NoRepo, module(&file), None);
        assert!(whole.overrun.is_none());
        assert_eq!(whole.findings.len(), 50);

        let cut = run_code_rules_within(
            &file,
            &rules,
            &dispatch,
            &NoRepo,
            module(&file),
            Some(Instant::now()),
        );
        let overrun = cut.overrun.expect("the deadline had passed");
        assert!(rules.iter().any(|r| r.meta().id == overrun.rule.id));
        assert_eq!(overrun.line, 1);
        assert!(cut.findings.len() < whole.findings.len());
        assert!(cut.summary.is_none(), "a partial walk gives no summary");
    }
}
