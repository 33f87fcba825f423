//! Reading OSV records from a directory (recursively, `*.json`) or from the `all.zip` archives the
//! OSV project publishes per ecosystem. Records are parsed in parallel, in batches, so that an
//! archive of hundreds of thousands of records never sits in memory decompressed all at once.

use crate::osv::{Record, split};
use crate::store::StoreError;
use crate::{Advisory, Ecosystem};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Records decompressed and parsed together.
const BATCH: usize = 8192;

/// What an import read.
#[derive(Debug, Default)]
pub struct Imported {
    /// Normalised package name → its advisories, per ecosystem.
    pub ecosystems: HashMap<Ecosystem, BTreeMap<String, Vec<Advisory>>>,
    /// Records read (all ecosystems, withdrawn ones included).
    pub records: usize,
    /// Records that were not valid OSV JSON: (file, error).
    pub rejected: Vec<(String, String)>,
}

impl Imported {
    fn add(&mut self, parsed: Vec<(String, Result<Record, String>)>) {
        for (name, record) in parsed {
            self.records += 1;
            match record {
                Ok(record) => {
                    for (ecosystem, package, advisory) in split(record) {
                        self.ecosystems
                            .entry(ecosystem)
                            .or_default()
                            .entry(package)
                            .or_default()
                            .push(advisory);
                    }
                }
                Err(error) => self.rejected.push((name, error)),
            }
        }
    }
}

/// Reads a directory of OSV JSON files or an OSV zip archive.
pub fn read_source(path: &Path) -> Result<Imported, StoreError> {
    if path.is_dir() {
        read_directory(path)
    } else if path.is_file()
        && path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
    {
        let file = std::fs::File::open(path).map_err(|e| StoreError::read(path, e))?;
        read_zip(file, path)
    } else if path.exists() {
        Err(StoreError::Unknown(path.display().to_string()))
    } else {
        Err(StoreError::read(path, "no such file or directory"))
    }
}

/// The advisories one OSV record (the bytes of one `*.json` file) gives, per ecosystem and
/// normalised package name; an error for bytes that are not an OSV record.
pub fn read_record(bytes: &[u8]) -> Result<Vec<(Ecosystem, String, Advisory)>, String> {
    serde_json::from_slice::<Record>(bytes)
        .map(split)
        .map_err(|e| e.to_string())
}

fn parse_batch(batch: Vec<(String, Vec<u8>)>) -> Vec<(String, Result<Record, String>)> {
    batch
        .into_par_iter()
        .map(|(name, bytes)| {
            let record = serde_json::from_slice::<Record>(&bytes).map_err(|e| e.to_string());
            (name, record)
        })
        .collect()
}

fn read_directory(dir: &Path) -> Result<Imported, StoreError> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(at) = pending.pop() {
        let entries = std::fs::read_dir(&at).map_err(|e| StoreError::read(&at, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::read(&at, e))?;
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut imported = Imported::default();
    for chunk in files.chunks(BATCH) {
        let batch = chunk
            .iter()
            .map(|p| {
                std::fs::read(p)
                    .map(|bytes| (p.display().to_string(), bytes))
                    .map_err(|e| StoreError::read(p, e))
            })
            .collect::<Result<Vec<_>, _>>()?;
        imported.add(parse_batch(batch));
    }
    Ok(imported)
}

/// Reads the `*.json` members of a zip archive.
pub fn read_zip<R: std::io::Read + std::io::Seek>(
    reader: R,
    path: &Path,
) -> Result<Imported, StoreError> {
    let mut archive = zip::ZipArchive::new(reader).map_err(|e| StoreError::read(path, e))?;
    let mut imported = Imported::default();
    let mut batch = Vec::with_capacity(BATCH);
    for i in 0..archive.len() {
        let mut member = archive.by_index(i).map_err(|e| StoreError::read(path, e))?;
        if !member.is_file() || !member.name().ends_with(".json") {
            continue;
        }
        let name = member.name().to_string();
        let mut bytes = Vec::with_capacity(member.size() as usize);
        member
            .read_to_end(&mut bytes)
            .map_err(|e| StoreError::read(path, format!("{name}: {e}")))?;
        batch.push((name, bytes));
        if batch.len() == BATCH {
            imported.add(parse_batch(std::mem::take(&mut batch)));
        }
    }
    imported.add(parse_batch(batch));
    Ok(imported)
}
