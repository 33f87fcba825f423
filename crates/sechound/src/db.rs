//! `sechound db`: importing, inspecting and updating the offline advisory store, and opening it
//! for a review.

use crate::cli::{DbArgs, DbCommand};
use crate::commands::write_output;
use anyhow::{Context, Result, bail};
use sechound_deps::import::{Imported, read_source, read_zip};
use sechound_deps::store::{StoreMeta, default_location, write_store};
use sechound_deps::update::{DEFAULT_BASE_URL, archive_url, download};
use sechound_deps::{AdvisoryDb, Ecosystem};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

pub fn run(args: DbArgs) -> Result<ExitCode> {
    match args.command {
        DbCommand::Import { path } => import(&path),
        DbCommand::Status => status(),
        DbCommand::Update => update(),
    }
}

fn store_dir() -> Result<PathBuf> {
    default_location()
        .context("no place for the advisory store: set SECHOUND_DB (or XDG_CACHE_HOME or HOME)")
}

/// The database a review uses: `--advisories PATH`, else the imported store when there is one.
/// `None` (no store yet) makes the review say so under Gaps; a store that cannot be read is an
/// error naming it.
pub fn open_for_review(explicit: Option<&Path>) -> Result<Option<Arc<AdvisoryDb>>> {
    if let Some(path) = explicit {
        let db = AdvisoryDb::load(path)?;
        if db.is_empty() {
            bail!(
                "`{}` holds no npm or PyPI advisories (--advisories)",
                path.display()
            );
        }
        return Ok(Some(Arc::new(db)));
    }
    let Some(dir) = default_location() else {
        return Ok(None);
    };
    if !dir.join(sechound_deps::store::META_FILE).is_file() {
        return Ok(None);
    }
    Ok(Some(Arc::new(AdvisoryDb::open(&dir)?)))
}

fn import(path: &Path) -> Result<ExitCode> {
    let started = Instant::now();
    let imported = read_source(path)?;
    finish_import(imported, &path.display().to_string(), started)
}

fn finish_import(imported: Imported, source: &str, started: Instant) -> Result<ExitCode> {
    if imported.records == 0 {
        bail!("no OSV records (*.json) found in `{source}`");
    }
    for (file, error) in imported.rejected.iter().take(5) {
        eprintln!("warning: `{file}` skipped: not an OSV record ({error})");
    }
    if imported.rejected.len() > 5 {
        eprintln!(
            "warning: {} more records skipped",
            imported.rejected.len() - 5
        );
    }
    if imported.ecosystems.is_empty() {
        bail!(
            "`{source}` has {} records but none for npm or PyPI",
            imported.records
        );
    }
    let dir = store_dir()?;
    let meta = write_store(&dir, &imported, source)?;
    let mut out = format!(
        "Imported {} records from {source} into {} in {:.1} s.\n",
        imported.records,
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    out.push_str(&describe_meta(&meta, &dir));
    write_output(None, &out)?;
    Ok(ExitCode::SUCCESS)
}

/// One line per ecosystem and the store's place and size.
fn describe_meta(meta: &StoreMeta, dir: &Path) -> String {
    let mut out = String::new();
    let now = jiff::Timestamp::now();
    for (ecosystem, m) in &meta.ecosystems {
        let age = m
            .imported_at
            .parse::<jiff::Timestamp>()
            .map(|t| describe_age(now.as_second() - t.as_second()))
            .unwrap_or_else(|_| "unknown age".into());
        out.push_str(&format!(
            "  {ecosystem:<5} {:>8} advisories for {:>7} packages, imported {} ({age}) from {}\n",
            m.advisories, m.packages, m.imported_at, m.source
        ));
    }
    let size: u64 = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    out.push_str(&format!(
        "  store: {} ({:.1} MB)\n",
        dir.display(),
        size as f64 / 1e6
    ));
    out
}

fn describe_age(seconds: i64) -> String {
    match seconds {
        s if s < 120 => "just now".into(),
        s if s < 7200 => format!("{} minutes ago", s / 60),
        s if s < 2 * 86400 => format!("{} hours ago", s / 3600),
        s => format!("{} days ago", s / 86400),
    }
}

fn status() -> Result<ExitCode> {
    let dir = store_dir()?;
    if !dir.join(sechound_deps::store::META_FILE).is_file() {
        write_output(
            None,
            &format!(
                "No advisory database at {}. Run `sechound db import PATH` (a directory of OSV JSON records or an OSV all.zip) or `sechound db update`.\n",
                dir.display()
            ),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let db = AdvisoryDb::open(&dir)?;
    let mut out = format!("Advisory database at {}:\n", dir.display());
    out.push_str(&describe_meta(&db.meta, &dir));
    write_output(None, &out)?;
    Ok(ExitCode::SUCCESS)
}

fn update() -> Result<ExitCode> {
    let started = Instant::now();
    let base = std::env::var("SECHOUND_OSV_URL").unwrap_or_else(|_| DEFAULT_BASE_URL.to_string());
    let mut all = Imported::default();
    for ecosystem in Ecosystem::ALL {
        let url = archive_url(&base, ecosystem);
        eprintln!("downloading {url}");
        let bytes = download(&url).map_err(|e| {
            anyhow::anyhow!(
                "{e}\nThe advisory database was not changed. Without network access, download the archives elsewhere and run `sechound db import all.zip` for each."
            )
        })?;
        let imported = read_zip(std::io::Cursor::new(bytes), Path::new(&url))?;
        all.records += imported.records;
        all.rejected.extend(imported.rejected);
        all.ecosystems.extend(imported.ecosystems);
    }
    finish_import(all, &base, started)
}
