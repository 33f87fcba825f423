//! Declarative Terraform checks: "resources of type X: attribute Y must be Z", "block B must
//! exist", "some resource of type W must point at this one", written as data ([`Spec`]) in
//! one small file per check with [`tf_check!`]; logic that a table cannot say goes in a
//! [`Test::Code`] function, or the rule uses [`super::model::terraform_rule!`] directly.
//!
//! Every check reads the evaluated model: values come through variables (with defaults,
//! `.tfvars` and module arguments), locals, `count` / `for_each` and `dynamic` blocks. A value
//! the model cannot know never fires; a value that only a variable's default gives fires at
//! medium confidence.

use super::model::{Block, Expr, Module, Value, confidence_of, strength_at, via};
use crate::{CheckContext, RawFinding};
use std::ops::Range;

/// What a condition on an attribute tests.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Is {
    /// Set to something other than `null`.
    Set,
    /// A string equal (ignoring case) to one of these.
    OneOf(&'static [&'static str]),
    /// A string starting (ignoring case) with one of these.
    Prefix(&'static [&'static str]),
    /// This boolean.
    Bool(bool),
}

/// A condition on a resource, for [`Spec::when`] and [`Spec::unless`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cond {
    /// `attr`, or `block.attr` through nested blocks (the first of each kind).
    pub path: &'static str,
    pub is: Is,
    /// What the condition is when the attribute is absent (or `null`).
    pub absent: bool,
}

impl Cond {
    /// The attribute is set (not absent, not null).
    pub const fn set(path: &'static str) -> Cond {
        Cond {
            path,
            is: Is::Set,
            absent: false,
        }
    }
    /// The attribute is one of these strings (absent: false).
    pub const fn is(path: &'static str, any: &'static [&'static str]) -> Cond {
        Cond {
            path,
            is: Is::OneOf(any),
            absent: false,
        }
    }
    /// The attribute is one of these strings, or absent.
    pub const fn is_or_absent(path: &'static str, any: &'static [&'static str]) -> Cond {
        Cond {
            path,
            is: Is::OneOf(any),
            absent: true,
        }
    }
    /// The attribute starts with one of these (absent: false).
    pub const fn starts(path: &'static str, any: &'static [&'static str]) -> Cond {
        Cond {
            path,
            is: Is::Prefix(any),
            absent: false,
        }
    }
    /// The attribute is `true` (absent: `absent`).
    pub const fn on(path: &'static str, absent: bool) -> Cond {
        Cond {
            path,
            is: Is::Bool(true),
            absent,
        }
    }
}

/// What the tested attribute must hold.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Want {
    True,
    False,
    /// One of these strings, ignoring case.
    OneOf(&'static [&'static str]),
    /// None of these strings, ignoring case.
    NoneOf(&'static [&'static str]),
    /// A number at least this.
    AtLeast(f64),
    /// Set to a non-empty value.
    Set,
    /// `Some(true)` when the value is acceptable, `Some(false)` when not, `None` when unknown.
    Check(fn(&Value) -> Option<bool>),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct AttrTest {
    /// Nested blocks leading to the attribute (`["metadata_options"]`); every block of each
    /// kind is checked.
    pub within: &'static [&'static str],
    /// Whether a missing `within` block is a finding (the provider then applies the default
    /// `unset` describes) or means the test does not apply.
    pub block_required: bool,
    pub attr: &'static str,
    pub want: Want,
    /// What leaving the attribute unset (or `null`) means, when that is a finding: "defaults
    /// to false". `None`: unset is fine.
    pub unset: Option<&'static str>,
    /// Unset is reported at medium confidence (the default has changed between provider
    /// versions, or the account may set it).
    pub soft_unset: bool,
}

/// What a check tests on each resource.
#[derive(Clone, Copy)]
pub(crate) enum Test {
    Attr(AttrTest),
    /// Some resource of one of `types` must point at this one through one of `attrs` (by
    /// reference, or by a literal equal to this resource's `literal` attribute); a nested
    /// block or attribute of this resource named in `inline` does as well.
    Companion {
        types: &'static [&'static str],
        attrs: &'static [&'static str],
        literal: Option<&'static str>,
        inline: &'static [&'static str],
        /// Describes what is missing: "no `aws_flow_log` for it".
        missing: &'static str,
    },
    /// The resource must have none of these nested blocks.
    NoBlocks(&'static [&'static str]),
    /// Any other logic, on one resource.
    Code(fn(&Module<'_>, &Block, &mut Out<'_, '_>)),
}

impl Test {
    /// `attr` must hold `want`; unset is a finding when `unset` says what it defaults to.
    pub const fn attr(attr: &'static str, want: Want, unset: Option<&'static str>) -> Test {
        Test::Attr(AttrTest {
            within: &[],
            block_required: false,
            attr,
            want,
            unset,
            soft_unset: false,
        })
    }

    /// Like [`Test::attr`], with unset reported at medium confidence.
    pub const fn attr_soft(attr: &'static str, want: Want, unset: &'static str) -> Test {
        Test::Attr(AttrTest {
            within: &[],
            block_required: false,
            attr,
            want,
            unset: Some(unset),
            soft_unset: true,
        })
    }

    /// `block.attr` must hold `want`; a missing block counts as unset when `block_required`.
    pub const fn nested(
        within: &'static [&'static str],
        block_required: bool,
        attr: &'static str,
        want: Want,
        unset: Option<&'static str>,
    ) -> Test {
        Test::Attr(AttrTest {
            within,
            block_required,
            attr,
            want,
            unset,
            soft_unset: false,
        })
    }
}

/// A declarative check over resources of some types.
#[derive(Clone, Copy)]
pub(crate) struct Spec {
    /// What the resource is, for messages: "EBS volume".
    pub noun: &'static str,
    pub resources: &'static [&'static str],
    /// The check applies only where all of these hold (an unknown value: it does not apply).
    pub when: &'static [Cond],
    /// The check does not apply where one of these holds (or cannot be told).
    pub unless: &'static [Cond],
    /// The check does not apply at all when the module has a resource of one of these types
    /// (an account-wide setting: `aws_ebs_encryption_by_default`) that is not `enabled = false`.
    pub unless_module: &'static [&'static str],
    pub test: Test,
    /// Completes "EBS volume `aws_ebs_volume.data` ...": "is not encrypted at rest".
    pub problem: &'static str,
    /// Recorded as a strength where the resource passes: "EBS volume `{}` encrypted at rest".
    pub strength: Option<&'static str>,
}

impl Spec {
    pub const DEFAULT: Spec = Spec {
        noun: "",
        resources: &[],
        when: &[],
        unless: &[],
        unless_module: &[],
        test: Test::NoBlocks(&[]),
        problem: "",
        strength: None,
    };
}

/// A resource being checked, for [`Test::Code`] functions: reports come out as "{noun}
/// `{address}` {problem}: {detail}."
pub(crate) struct Out<'c, 'f> {
    cx: &'c mut CheckContext<'f>,
    spec: &'c Spec,
    address: String,
}

impl Out<'_, '_> {
    pub fn report(&mut self, range: Range<usize>, detail: &str) -> &mut RawFinding {
        let message = format!(
            "{} `{}` {}: {detail}.",
            self.spec.noun, self.address, self.spec.problem
        );
        self.cx.report_range(range, message)
    }

    pub fn strength(&mut self, range: &Range<usize>) {
        if let Some(title) = self.spec.strength {
            strength_at(self.cx, range, title.replace("{}", &self.address));
        }
    }
}

/// A value as written in a message.
pub(crate) fn show(value: &Value) -> String {
    match value {
        Value::Str(s) if s.chars().count() > 60 => {
            format!("\"{}…\"", s.chars().take(60).collect::<String>())
        }
        Value::Str(s) => format!("\"{s}\""),
        Value::Bool(b) => b.to_string(),
        Value::Num(n) => super::eval::text_of(&Value::Num(*n)).unwrap_or_default(),
        Value::Null => "null".into(),
        Value::Tuple(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| show(&i.value))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => "…".into(),
    }
}

/// The attribute at `path` (`block.block.attr`, first block of each kind; an object-valued
/// attribute is entered too): `None` when absent, `Some(expr)` otherwise.
pub(crate) fn lookup<'a>(block: &'a Block, path: &str) -> Option<&'a Expr> {
    let mut parts = path.split('.');
    let last = parts.next_back()?;
    let mut current = block;
    let mut object: Option<&Expr> = None;
    for part in parts {
        if let Some(obj) = object {
            object = entry(obj, part);
            object?;
            continue;
        }
        match current.block(part) {
            Some(b) => current = b,
            None => {
                object = Some(&current.attr(part)?.expr);
            }
        }
    }
    match object {
        Some(obj) => entry(obj, last),
        None => current.attr(last).map(|a| &a.expr),
    }
}

fn entry<'a>(object: &'a Expr, key: &str) -> Option<&'a Expr> {
    match &object.value {
        Value::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

/// Whether the condition holds: `None` when the value is unknown.
pub(crate) fn holds(block: &Block, cond: &Cond) -> Option<bool> {
    let value = match lookup(block, cond.path) {
        None => return Some(cond.absent),
        Some(e) if matches!(e.value, Value::Null) => return Some(cond.absent),
        Some(e) => &e.value,
    };
    match (cond.is, value) {
        (Is::Set, Value::Str(s)) => Some(!s.is_empty()),
        (Is::Set, v) if super::eval::known(v) => Some(true),
        (Is::Set, Value::Ref(_) | Value::Call(..) | Value::Template(_)) => Some(true),
        (Is::OneOf(any), Value::Str(s)) => Some(any.iter().any(|a| a.eq_ignore_ascii_case(s))),
        (Is::Prefix(any), Value::Str(s)) => {
            let lower = s.to_ascii_lowercase();
            Some(
                any.iter()
                    .any(|a| lower.starts_with(&a.to_ascii_lowercase())),
            )
        }
        (Is::Bool(b), v) => super::eval::truth(v).map(|t| t == b),
        (_, v) if super::eval::known(v) => Some(false),
        _ => None,
    }
}

fn applies(spec: &Spec, block: &Block) -> bool {
    spec.when.iter().all(|c| holds(block, c) == Some(true))
        && spec.unless.iter().all(|c| holds(block, c) == Some(false))
}

/// Whether `value` satisfies `want`: `None` when it cannot be told.
fn satisfies(want: Want, value: &Value) -> Option<bool> {
    match want {
        Want::True => super::eval::truth(value),
        Want::False => super::eval::truth(value).map(|b| !b),
        Want::OneOf(any) => match value {
            Value::Str(s) => Some(any.iter().any(|a| a.eq_ignore_ascii_case(s))),
            _ => None,
        },
        Want::NoneOf(any) => match value {
            Value::Str(s) => Some(!any.iter().any(|a| a.eq_ignore_ascii_case(s))),
            _ => None,
        },
        Want::AtLeast(n) => super::eval::number(value).map(|v| v >= n),
        Want::Set => match value {
            Value::Str(s) => Some(!s.trim().is_empty()),
            Value::Null => Some(false),
            Value::Tuple(items) => Some(!items.is_empty()),
            _ => Some(true),
        },
        Want::Check(f) => f(value),
    }
}

/// Runs a declarative check on the file under review, in one module instance.
pub(crate) fn run(spec: &Spec, m: &Module<'_>, cx: &mut CheckContext<'_>) {
    // An account-wide setting counts unless it is switched off (`enabled = false`).
    let on = |block: &Block| {
        block
            .attr("enabled")
            .and_then(|a| m.bool_of(&a.expr))
            .unwrap_or(true)
    };
    if spec
        .unless_module
        .iter()
        .any(|ty| m.resources(ty).any(|(_, b)| on(b)))
    {
        return;
    }
    for ty in spec.resources {
        for resource in m.local_resources(ty) {
            if !applies(spec, resource) {
                continue;
            }
            let mut out = Out {
                cx: &mut *cx,
                spec,
                address: resource.address(),
            };
            match &spec.test {
                Test::Attr(test) => attr_test(test, resource, &mut out),
                Test::Companion {
                    types,
                    attrs,
                    literal,
                    inline,
                    missing,
                } => {
                    if inline
                        .iter()
                        .any(|name| resource.block(name).is_some() || resource.set(name).is_some())
                    {
                        out.strength(&resource.head);
                        continue;
                    }
                    let literal = literal
                        .and_then(|l| resource.attr(l))
                        .and_then(|a| m.str_of(&a.expr))
                        .map(str::to_string);
                    let mut found = false;
                    let mut unknown = false;
                    for ty in *types {
                        for attr in *attrs {
                            let (hits, unclear) =
                                m.attached(ty, attr, resource, literal.as_deref());
                            found |= !hits.is_empty();
                            unknown |= unclear;
                        }
                    }
                    if found {
                        out.strength(&resource.head);
                    } else if !unknown {
                        out.report(resource.head.clone(), missing);
                    }
                }
                Test::NoBlocks(kinds) => {
                    let present: Vec<&Block> = resource
                        .blocks
                        .iter()
                        .filter(|b| kinds.contains(&b.kind.as_str()))
                        .collect();
                    if let Some(first) = present.first() {
                        let names: Vec<String> = present
                            .iter()
                            .map(|b| format!("`{}`", b.kind))
                            .collect::<std::collections::BTreeSet<_>>()
                            .into_iter()
                            .collect();
                        out.report(
                            first.head.clone(),
                            &format!("it declares {} rules", names.join(" and ")),
                        );
                    }
                }
                Test::Code(check) => check(m, resource, &mut out),
            }
        }
    }
}

fn attr_test(test: &AttrTest, resource: &Block, out: &mut Out<'_, '_>) {
    // The blocks holding the attribute, or the place where the missing block belongs.
    let mut level: Vec<&Block> = vec![resource];
    for kind in test.within {
        let next: Vec<&Block> = level.iter().flat_map(|b| b.blocks(kind)).collect();
        if next.is_empty() {
            if test.block_required
                && let Some(unset) = test.unset
            {
                let at = level.first().map(|b| b.head.clone()).unwrap_or_default();
                let soft = soft(test, out);
                out.report(at, &format!("no `{kind}` block ({unset})"))
                    .confidence(soft);
            }
            return;
        }
        level = next;
    }
    for block in level {
        match block.attr(test.attr) {
            None => {
                if let Some(unset) = test.unset {
                    let soft = soft(test, out);
                    out.report(
                        block.head.clone(),
                        &format!("`{}` is not set ({unset})", test.attr),
                    )
                    .confidence(soft);
                }
            }
            Some(attr) if matches!(attr.expr.value, Value::Null) => {
                if let Some(unset) = test.unset {
                    let detail = format!("`{}` is null{} ({unset})", test.attr, via(&attr.expr));
                    let confidence = confidence_of(&[&attr.expr]).min(out_confidence(out));
                    out.report(attr.range.clone(), &detail)
                        .confidence(confidence);
                }
            }
            Some(attr) => match satisfies(test.want, &attr.expr.value) {
                Some(false) => {
                    let detail = format!(
                        "`{} = {}`{}",
                        test.attr,
                        show(&attr.expr.value),
                        via(&attr.expr)
                    );
                    let confidence = confidence_of(&[&attr.expr]);
                    let base = out_confidence(out);
                    out.report(attr.range.clone(), &detail)
                        .confidence(confidence.min(base));
                }
                Some(true) => out.strength(&attr.range),
                None => {}
            },
        }
    }
}

/// The confidence of an unset finding.
fn soft(test: &AttrTest, out: &Out<'_, '_>) -> sechound_core::Confidence {
    let base = out_confidence(out);
    if test.soft_unset {
        base.min(sechound_core::Confidence::Medium)
    } else {
        base
    }
}

fn out_confidence(out: &Out<'_, '_>) -> sechound_core::Confidence {
    out.cx.rule_confidence()
}

/// Declares a declarative Terraform check: the rule (as [`crate::declare_rule!`]) and its
/// [`Spec`].
macro_rules! tf_check {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident { $($meta:tt)* }
        spec: $spec:expr $(,)?
    ) => {
        $crate::declare_rule! {
            $(#[doc = $doc])*
            pub struct $name { $($meta)* }
        }

        impl $name {
            const SPEC: $crate::terraform::spec::Spec = $spec;
        }

        $crate::terraform::model::terraform_rule!($name, |m, cx| {
            $crate::terraform::spec::run(&$name::SPEC, m, cx);
        });
    };
}
pub(crate) use tf_check;
