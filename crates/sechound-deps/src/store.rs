//! The offline advisory store: one file per ecosystem, an index of package names at the front
//! and each package's advisories (postcard-encoded) behind it, so that opening the store reads
//! one file and decodes only the index, and a lookup decodes only that package's advisories.
//!
//! Layout of `<ecosystem>.osvdb`: the magic `SECHOUND-OSV`, a format byte, a little-endian `u32`
//! index length, the postcard index ([`Header`]), then the blob of advisory lists.
//! `meta.json` beside them says when and from where each ecosystem was imported.

use crate::{Advisory, Ecosystem};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"SECHOUND-OSV";
const FORMAT: u8 = 1;
pub const META_FILE: &str = "meta.json";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot read `{path}`: {message}")]
    Read { path: String, message: String },
    #[error("cannot write `{path}`: {message}")]
    Write { path: String, message: String },
    #[error(
        "`{path}` is not a sechound advisory store ({message}); run `sechound db import` again"
    )]
    Corrupt { path: String, message: String },
    #[error(
        "`{0}` is neither an advisory store, a directory of OSV JSON records, nor an OSV zip archive"
    )]
    Unknown(String),
    #[error("cannot download `{url}`: {message}")]
    Download { url: String, message: String },
}

impl StoreError {
    pub(crate) fn read(path: &Path, e: impl std::fmt::Display) -> Self {
        StoreError::Read {
            path: path.display().to_string(),
            message: e.to_string(),
        }
    }
    pub(crate) fn write(path: &Path, e: impl std::fmt::Display) -> Self {
        StoreError::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        }
    }
    fn corrupt(path: &str, e: impl std::fmt::Display) -> Self {
        StoreError::Corrupt {
            path: path.to_string(),
            message: e.to_string(),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    advisories: u32,
    /// Normalised package name, offset and length of its advisory list in the blob.
    packages: Vec<(String, u32, u32)>,
}

/// What `meta.json` records per ecosystem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EcosystemMeta {
    pub advisories: u32,
    pub packages: u32,
    /// RFC 3339.
    pub imported_at: String,
    pub source: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoreMeta {
    pub ecosystems: BTreeMap<String, EcosystemMeta>,
}

/// One ecosystem's advisories, indexed by package.
#[derive(Debug)]
struct EcosystemIndex {
    data: Vec<u8>,
    blob: usize,
    packages: HashMap<String, (u32, u32)>,
    advisories: u32,
}

/// An opened advisory database.
#[derive(Debug, Default)]
pub struct AdvisoryDb {
    /// Where it was read from, for messages.
    pub location: String,
    ecosystems: HashMap<Ecosystem, EcosystemIndex>,
    pub meta: StoreMeta,
}

impl AdvisoryDb {
    /// The advisories of `ecosystem` naming `name` (any spelling; it is normalised).
    pub fn advisories(&self, ecosystem: Ecosystem, name: &str) -> Vec<Advisory> {
        let Some(index) = self.ecosystems.get(&ecosystem) else {
            return Vec::new();
        };
        let Some(&(offset, len)) = index.packages.get(&ecosystem.normalise(name)) else {
            return Vec::new();
        };
        let start = index.blob + offset as usize;
        index
            .data
            .get(start..start + len as usize)
            .and_then(|bytes| postcard::from_bytes(bytes).ok())
            .unwrap_or_default()
    }

    /// Advisory and package counts per ecosystem.
    pub fn counts(&self) -> Vec<(Ecosystem, u32, u32)> {
        let mut out: Vec<(Ecosystem, u32, u32)> = self
            .ecosystems
            .iter()
            .map(|(e, i)| (*e, i.advisories, i.packages.len() as u32))
            .collect();
        out.sort();
        out
    }

    pub fn is_empty(&self) -> bool {
        self.ecosystems.is_empty()
    }

    /// Whether the database holds advisories of `ecosystem` (an npm-only import holds no PyPI
    /// ones, so PyPI packages cannot be checked against it).
    pub fn covers(&self, ecosystem: Ecosystem) -> bool {
        self.ecosystems.contains_key(&ecosystem)
    }

    /// Opens the store directory `dir` (as written by [`write_store`]).
    pub fn open(dir: &Path) -> Result<AdvisoryDb, StoreError> {
        let meta_path = dir.join(META_FILE);
        let meta_text =
            std::fs::read_to_string(&meta_path).map_err(|e| StoreError::read(&meta_path, e))?;
        let meta: StoreMeta = serde_json::from_str(&meta_text)
            .map_err(|e| StoreError::corrupt(&meta_path.display().to_string(), e))?;
        let mut db = AdvisoryDb {
            location: dir.display().to_string(),
            meta,
            ..AdvisoryDb::default()
        };
        for ecosystem in Ecosystem::ALL {
            let path = ecosystem_file(dir, ecosystem);
            if !path.exists() {
                continue;
            }
            let data = std::fs::read(&path).map_err(|e| StoreError::read(&path, e))?;
            let index =
                decode(data).map_err(|e| StoreError::corrupt(&path.display().to_string(), e))?;
            db.ecosystems.insert(ecosystem, index);
        }
        Ok(db)
    }

    /// A database for `--advisories PATH`: a store directory, one store file (`npm.osvdb`), a
    /// directory of OSV JSON records, or an OSV zip archive (the last two are imported in memory
    /// for this run).
    pub fn load(path: &Path) -> Result<AdvisoryDb, StoreError> {
        if path.join(META_FILE).is_file() {
            return AdvisoryDb::open(path);
        }
        if path.extension().is_some_and(|e| e == "osvdb") {
            let ecosystem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .and_then(Ecosystem::from_osv)
                .ok_or_else(|| StoreError::Unknown(path.display().to_string()))?;
            let data = std::fs::read(path).map_err(|e| StoreError::read(path, e))?;
            let index =
                decode(data).map_err(|e| StoreError::corrupt(&path.display().to_string(), e))?;
            let mut db = AdvisoryDb {
                location: path.display().to_string(),
                ..AdvisoryDb::default()
            };
            db.ecosystems.insert(ecosystem, index);
            return Ok(db);
        }
        let imported = crate::import::read_source(path)?;
        let mut db = AdvisoryDb {
            location: path.display().to_string(),
            ..AdvisoryDb::default()
        };
        for (ecosystem, packages) in imported.ecosystems {
            let bytes = encode(&packages);
            let index =
                decode(bytes).map_err(|e| StoreError::corrupt(&path.display().to_string(), e))?;
            db.ecosystems.insert(ecosystem, index);
        }
        Ok(db)
    }

    /// A database of one ecosystem from the bytes of its store file (`npm.osvdb`), as
    /// [`AdvisoryDb::load`] reads one from disk.
    pub fn from_store_bytes(ecosystem: Ecosystem, data: Vec<u8>) -> Result<AdvisoryDb, String> {
        let index = decode(data)?;
        let mut db = AdvisoryDb::default();
        db.ecosystems.insert(ecosystem, index);
        Ok(db)
    }

    /// The normalised package names the database holds advisories for in `ecosystem`.
    pub fn package_names(&self, ecosystem: Ecosystem) -> Vec<&str> {
        self.ecosystems
            .get(&ecosystem)
            .map(|index| index.packages.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// Builds a database from advisories in memory (tests, and the in-memory import).
    pub fn from_advisories(
        ecosystems: HashMap<Ecosystem, BTreeMap<String, Vec<Advisory>>>,
    ) -> AdvisoryDb {
        let mut db = AdvisoryDb::default();
        for (ecosystem, packages) in ecosystems {
            if let Ok(index) = decode(encode(&packages)) {
                db.ecosystems.insert(ecosystem, index);
            }
        }
        db
    }
}

/// Where the store lives: `$SECHOUND_DB`, else `$XDG_CACHE_HOME/sechound/advisories`, else
/// `~/.cache/sechound/advisories` (`%LOCALAPPDATA%` on Windows).
pub fn default_location() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(path) = var("SECHOUND_DB") {
        return Some(path);
    }
    let cache = var("XDG_CACHE_HOME")
        .or_else(|| var("HOME").map(|h| h.join(".cache")))
        .or_else(|| var("LOCALAPPDATA"))?;
    Some(cache.join("sechound").join("advisories"))
}

fn ecosystem_file(dir: &Path, ecosystem: Ecosystem) -> PathBuf {
    dir.join(format!("{}.osvdb", ecosystem.osv_name()))
}

/// Serialises one ecosystem: header (index) then the blob.
pub(crate) fn encode(packages: &BTreeMap<String, Vec<Advisory>>) -> Vec<u8> {
    let mut blob = Vec::new();
    let mut index = Vec::with_capacity(packages.len());
    let mut ids = std::collections::HashSet::new();
    for (name, advisories) in packages {
        let bytes = postcard::to_allocvec(advisories).unwrap_or_default();
        index.push((name.clone(), blob.len() as u32, bytes.len() as u32));
        blob.extend_from_slice(&bytes);
        ids.extend(advisories.iter().map(|a| a.id.as_str()));
    }
    let header = Header {
        advisories: ids.len() as u32,
        packages: index,
    };
    let header = postcard::to_allocvec(&header).unwrap_or_default();
    let mut out = Vec::with_capacity(MAGIC.len() + 5 + header.len() + blob.len());
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(&header);
    out.extend_from_slice(&blob);
    out
}

fn decode(data: Vec<u8>) -> Result<EcosystemIndex, String> {
    let rest = data
        .strip_prefix(MAGIC)
        .ok_or("missing the store's magic bytes")?;
    let (&format, rest) = rest.split_first().ok_or("truncated")?;
    if format != FORMAT {
        return Err(format!(
            "store format {format}, this sechound reads {FORMAT}"
        ));
    }
    let len = u32::from_le_bytes(
        rest.get(..4)
            .ok_or("truncated")?
            .try_into()
            .map_err(|_| "truncated")?,
    ) as usize;
    let header_bytes = rest.get(4..4 + len).ok_or("truncated index")?;
    let header: Header = postcard::from_bytes(header_bytes).map_err(|e| e.to_string())?;
    let blob = MAGIC.len() + 1 + 4 + len;
    let packages = header
        .packages
        .into_iter()
        .map(|(name, offset, len)| (name, (offset, len)))
        .collect();
    Ok(EcosystemIndex {
        data,
        blob,
        packages,
        advisories: header.advisories,
    })
}

/// Writes `imported` into the store at `dir`, replacing the ecosystems it holds and keeping the
/// others. Each file is written beside its final name and renamed over it.
pub fn write_store(
    dir: &Path,
    imported: &crate::import::Imported,
    source: &str,
) -> Result<StoreMeta, StoreError> {
    std::fs::create_dir_all(dir).map_err(|e| StoreError::write(dir, e))?;
    let meta_path = dir.join(META_FILE);
    let mut meta: StoreMeta = std::fs::read_to_string(&meta_path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let now = jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .map(|t| t.to_string())
        .unwrap_or_default();
    for (ecosystem, packages) in &imported.ecosystems {
        let bytes = encode(packages);
        let path = ecosystem_file(dir, *ecosystem);
        let temporary = path.with_extension("osvdb.tmp");
        std::fs::write(&temporary, &bytes).map_err(|e| StoreError::write(&temporary, e))?;
        std::fs::rename(&temporary, &path).map_err(|e| StoreError::write(&path, e))?;
        let advisories = packages
            .values()
            .flatten()
            .map(|a| a.id.as_str())
            .collect::<std::collections::HashSet<_>>()
            .len() as u32;
        meta.ecosystems.insert(
            ecosystem.osv_name().to_string(),
            EcosystemMeta {
                advisories,
                packages: packages.len() as u32,
                imported_at: now.clone(),
                source: source.to_string(),
            },
        );
    }
    let text = serde_json::to_string_pretty(&meta).unwrap_or_default();
    std::fs::write(&meta_path, text).map_err(|e| StoreError::write(&meta_path, e))?;
    Ok(meta)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advisory::{Affected, Event};

    fn advisory(id: &str) -> Advisory {
        Advisory {
            id: id.into(),
            aliases: vec!["CVE-1".into()],
            summary: "s".into(),
            severity: None,
            affected: vec![Affected {
                ranges: vec![vec![
                    Event::Introduced("0".into()),
                    Event::Fixed("1.0.0".into()),
                ]],
                versions: vec![],
            }],
        }
    }

    #[test]
    fn write_open_and_merge_per_ecosystem() {
        let dir = tempfile::tempdir().unwrap();
        let mut imported = crate::import::Imported::default();
        imported
            .ecosystems
            .entry(Ecosystem::Npm)
            .or_default()
            .insert("lodash".into(), vec![advisory("A"), advisory("B")]);
        write_store(dir.path(), &imported, "first").unwrap();
        let mut second = crate::import::Imported::default();
        second
            .ecosystems
            .entry(Ecosystem::PyPI)
            .or_default()
            .insert("django".into(), vec![advisory("C")]);
        let meta = write_store(dir.path(), &second, "second").unwrap();
        assert_eq!(meta.ecosystems["npm"].source, "first", "npm kept");
        assert_eq!(meta.ecosystems["PyPI"].advisories, 1);

        let db = AdvisoryDb::open(dir.path()).unwrap();
        assert_eq!(db.advisories(Ecosystem::Npm, "Lodash").len(), 2);
        assert_eq!(db.advisories(Ecosystem::PyPI, "Django")[0].id, "C");
        assert!(db.advisories(Ecosystem::Npm, "express").is_empty());
        let one = AdvisoryDb::load(&dir.path().join("npm.osvdb")).unwrap();
        assert_eq!(one.counts(), [(Ecosystem::Npm, 2, 1)]);

        std::fs::write(dir.path().join("PyPI.osvdb"), b"SECHOUND-OSV\x01\xff").unwrap();
        let error = AdvisoryDb::open(dir.path()).unwrap_err().to_string();
        assert!(error.contains("PyPI.osvdb"), "{error}");
    }
}
