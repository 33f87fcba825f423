//! `sechound db update`: downloading the npm and PyPI `all.zip` archives the OSV project
//! publishes, where the network allows.

use crate::Ecosystem;
use crate::store::StoreError;
use std::io::Read;

/// Where the archives are published; `SECHOUND_OSV_URL` replaces it (a mirror, or a test).
pub const DEFAULT_BASE_URL: &str = "https://osv-vulnerabilities.storage.googleapis.com";

/// The archive URL of `ecosystem` under `base`.
pub fn archive_url(base: &str, ecosystem: Ecosystem) -> String {
    format!(
        "{}/{}/all.zip",
        base.trim_end_matches('/'),
        ecosystem.osv_name()
    )
}

/// Downloads `url` into memory (the archives are tens of megabytes).
pub fn download(url: &str) -> Result<Vec<u8>, StoreError> {
    let error = |message: String| StoreError::Download {
        url: url.to_string(),
        message,
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(std::time::Duration::from_secs(15)))
        .timeout_global(Some(std::time::Duration::from_secs(600)))
        .build()
        .into();
    let response = agent.get(url).call().map_err(|e| error(e.to_string()))?;
    let mut bytes = Vec::new();
    response
        .into_body()
        .into_reader()
        .read_to_end(&mut bytes)
        .map_err(|e| error(e.to_string()))?;
    Ok(bytes)
}
