//! The OSV schema (https://ossf.github.io/osv-schema/) as published, reduced to the fields
//! sechound reads, and its conversion into per-package [`Advisory`] values.

use crate::Ecosystem;
use crate::advisory::{Advisory, AdvisorySeverity, Affected as StoredAffected, Event};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(crate) struct Record {
    pub id: String,
    #[serde(default)]
    pub aliases: Option<Vec<String>>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub details: Option<String>,
    #[serde(default)]
    pub severity: Option<Vec<Severity>>,
    #[serde(default)]
    pub affected: Option<Vec<Affected>>,
    #[serde(default)]
    pub database_specific: Option<serde_json::Value>,
    #[serde(default)]
    pub withdrawn: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Severity {
    #[serde(rename = "type")]
    pub kind: String,
    pub score: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Affected {
    pub package: Option<Package>,
    #[serde(default)]
    pub ranges: Option<Vec<Range>>,
    #[serde(default)]
    pub versions: Option<Vec<String>>,
    #[serde(default)]
    pub database_specific: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Package {
    pub ecosystem: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Range {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub events: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// The advisory for each (ecosystem, normalised package name) the record affects. Withdrawn
/// records and other ecosystems yield nothing.
pub(crate) fn split(record: Record) -> Vec<(Ecosystem, String, Advisory)> {
    if record.withdrawn.is_some() {
        return Vec::new();
    }
    let severity = severity_of(&record);
    let summary = record
        .summary
        .filter(|s| !s.trim().is_empty())
        .or_else(|| record.details.as_deref().map(first_sentence))
        .unwrap_or_default();
    let mut out: Vec<(Ecosystem, String, Advisory)> = Vec::new();
    for affected in record.affected.unwrap_or_default() {
        let Some(package) = &affected.package else {
            continue;
        };
        let Some(ecosystem) = Ecosystem::from_osv(&package.ecosystem) else {
            continue;
        };
        let key = ecosystem.normalise(&package.name);
        let known_bound = last_known_bound(&affected.database_specific);
        let ranges: Vec<Vec<Event>> = affected
            .ranges
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.kind == "SEMVER" || r.kind == "ECOSYSTEM")
            .map(|r| {
                let mut events: Vec<Event> = r.events.iter().filter_map(event).collect();
                let open = !events
                    .iter()
                    .any(|e| matches!(e, Event::Fixed(_) | Event::LastAffected(_)));
                if open && let Some(bound) = known_bound.clone() {
                    events.push(bound);
                }
                events
            })
            .collect();
        let entry = StoredAffected {
            ranges,
            versions: affected.versions.unwrap_or_default(),
        };
        if entry.ranges.is_empty() && entry.versions.is_empty() {
            continue;
        }
        match out
            .iter_mut()
            .find(|(e, k, _)| *e == ecosystem && *k == key)
        {
            Some((_, _, advisory)) => advisory.affected.push(entry),
            None => out.push((
                ecosystem,
                key,
                Advisory {
                    id: record.id.clone(),
                    aliases: record.aliases.clone().unwrap_or_default(),
                    summary: summary.clone(),
                    severity,
                    affected: vec![entry],
                },
            )),
        }
    }
    out
}

/// GitHub's `last_known_affected_version_range` (`< 4.0.0`, `<= 3.21.2`) as an end event.
fn last_known_bound(database_specific: &Option<serde_json::Value>) -> Option<Event> {
    let range = database_specific
        .as_ref()?
        .get("last_known_affected_version_range")?
        .as_str()?
        .trim();
    if let Some(v) = range.strip_prefix("<=") {
        Some(Event::LastAffected(v.trim().to_string()))
    } else {
        range
            .strip_prefix('<')
            .map(|v| Event::Below(v.trim().to_string()))
    }
}

fn event(map: &serde_json::Map<String, serde_json::Value>) -> Option<Event> {
    let (key, value) = map.iter().next()?;
    let value = value.as_str()?.to_string();
    Some(match key.as_str() {
        "introduced" => Event::Introduced(value),
        "fixed" => Event::Fixed(value),
        "last_affected" => Event::LastAffected(value),
        "limit" => Event::Limit(value),
        _ => return None,
    })
}

/// The highest CVSS v3 base score among the record's vectors; else the database's own label.
fn severity_of(record: &Record) -> Option<AdvisorySeverity> {
    let score = record
        .severity
        .iter()
        .flatten()
        .filter(|s| s.kind == "CVSS_V3")
        .filter_map(|s| s.score.parse::<cvss::v3::Base>().ok())
        .map(|base| base.score().value())
        .fold(None, |best: Option<f64>, s| {
            Some(best.map_or(s, |b| b.max(s)))
        });
    if let Some(score) = score {
        return Some(AdvisorySeverity::from_score(score));
    }
    let label = |value: &Option<serde_json::Value>| {
        value
            .as_ref()
            .and_then(|v| v.get("severity"))
            .and_then(|v| v.as_str())
            .and_then(AdvisorySeverity::from_label)
    };
    label(&record.database_specific).or_else(|| {
        record
            .affected
            .iter()
            .flatten()
            .find_map(|a| label(&a.database_specific))
    })
}

fn first_sentence(details: &str) -> String {
    let text = details.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = text
        .find(". ")
        .map(|i| i + 1)
        .unwrap_or(text.len())
        .min(200);
    let mut end = end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}
