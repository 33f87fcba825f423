//! Whether an advisory affects a version, by the OSV rules: explicit `versions[]`, or `ranges[]`
//! whose events, sorted by version, switch the affected state on (`introduced`) and off (`fixed`
//! from that version, `last_affected` after it). And the smallest fixed version that leaves every
//! matched advisory behind.

use crate::Ecosystem;
use crate::advisory::{Advisory, Affected, Event};
use crate::version::Version;
use std::cmp::Ordering;

/// True when `advisory` affects `version` of its package.
pub fn is_affected(ecosystem: Ecosystem, version: &Version, advisory: &Advisory) -> bool {
    advisory
        .affected
        .iter()
        .any(|a| affected_entry(ecosystem, version, a))
}

fn affected_entry(ecosystem: Ecosystem, version: &Version, affected: &Affected) -> bool {
    affected
        .versions
        .iter()
        .any(|listed| Version::parse(ecosystem, listed).as_ref() == Some(version))
        || affected
            .ranges
            .iter()
            .any(|events| in_range(ecosystem, version, events))
}

/// One range. An event whose version does not parse makes the whole range unusable: dropping only
/// a `fixed` would turn the range into "every later version".
fn in_range(ecosystem: Ecosystem, version: &Version, events: &[Event]) -> bool {
    let mut parsed: Vec<(Option<Version>, &Event)> = Vec::with_capacity(events.len());
    for event in events {
        match event {
            Event::Limit(_) => continue,
            Event::Introduced(v) if v == "0" => parsed.push((None, event)),
            _ => match Version::parse(ecosystem, event.version()) {
                Some(v) => parsed.push((Some(v), event)),
                None => return false,
            },
        }
    }
    // `None` is the `introduced: "0"` event, before every version.
    parsed.sort_by(|a, b| match (&a.0, &b.0) {
        (None, None) => Ordering::Equal,
        (None, _) => Ordering::Less,
        (_, None) => Ordering::Greater,
        (Some(x), Some(y)) => x.compare(y).unwrap_or(Ordering::Equal),
    });
    let mut affected = false;
    for (at, event) in parsed {
        let cmp = at.as_ref().map_or(Ordering::Greater, |at| {
            version.compare(at).unwrap_or(Ordering::Less)
        });
        match event {
            Event::Introduced(_) if cmp != Ordering::Less => affected = true,
            Event::Fixed(_) if cmp != Ordering::Less => affected = false,
            Event::LastAffected(_) if cmp == Ordering::Greater => affected = false,
            Event::Below(_) if cmp != Ordering::Less => affected = false,
            _ => {}
        }
    }
    affected
}

/// The smallest version named as `fixed` by any of `advisories` that is above `installed` and
/// affected by none of them. `None` when no advisory names a fix past the installed version (a
/// range with no upper bound, `last_affected`, or a bare version list).
pub fn smallest_fix(
    ecosystem: Ecosystem,
    installed: &Version,
    advisories: &[&Advisory],
) -> Option<String> {
    let mut candidates: Vec<(Version, &str)> = advisories
        .iter()
        .flat_map(|a| &a.affected)
        .flat_map(|a| &a.ranges)
        .flatten()
        .filter_map(|e| match e {
            Event::Fixed(v) => Version::parse(ecosystem, v).map(|p| (p, v.as_str())),
            _ => None,
        })
        .filter(|(v, _)| v.compare(installed) == Some(Ordering::Greater))
        .collect();
    candidates.sort_by(|a, b| a.0.compare(&b.0).unwrap_or(Ordering::Equal));
    candidates
        .into_iter()
        .find(|(v, _)| !advisories.iter().any(|a| is_affected(ecosystem, v, a)))
        .map(|(_, text)| text.to_string())
}
