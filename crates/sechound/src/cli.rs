//! Command-line surface (clap derive).

use clap::{Args, Parser, Subcommand, ValueEnum};
use sechound_core::FailOn;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "sechound",
    version,
    about = "A fast security reviewer for web-service repositories.",
    long_about = "sechound reads a Node/TypeScript or Python web service and writes the security \
                  review a reviewer would: prioritised findings with evidence, impact, a fix and \
                  a way to verify it.\n\nExit codes: 0 nothing at or above --fail-on, 1 findings \
                  at or above it, 2 usage, configuration or runtime error, or nothing to review."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Review a repository and write the report.
    Review(ReviewArgs),
    /// List the rule catalogue, or explain one rule.
    Rules(RulesArgs),
    /// Compare two saved JSON reports: fixed, remaining and new findings.
    Compare(CompareArgs),
    /// Render a saved JSON report (`review --format json`) as HTML, Markdown, SARIF or JSON.
    Report(ReportArgs),
    /// Print the endpoint inventory alone: every route with its full path, authentication and
    /// roles, open ones first.
    Routes(RoutesArgs),
    /// Manage the offline advisory database the dependency review matches against.
    Db(DbArgs),
    /// Run the project's own checks (install, lint, type-check, tests, build, dependency audit)
    /// and report what passed and failed. This runs the repository's code: only use it on code
    /// you trust.
    Checks(ChecksArgs),
    /// Probe the running service (on this machine) against what its code claims: the endpoints
    /// of the route map without credentials and with forged tokens and the repository's
    /// secrets, refresh and login endpoints, exposed metrics, documentation, admin and debug
    /// pages, CORS, headers, cookies and error pages, within a request budget, a rate limit and
    /// a deadline. Sends requests that may change state (empty bodies, placeholder ids) unless
    /// --read-only: probe development or CI instances, not production.
    Probe(ProbeArgs),
}

#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// The repository whose route map aims the probe.
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// The running service, `http://127.0.0.1:PORT` (a path prefix is kept: `http://127.0.0.1:8000/api`).
    #[arg(long, value_name = "URL")]
    pub url: String,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ProbeFormat::Markdown)]
    pub format: ProbeFormat,

    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Exit with code 1 when a live finding is at or above this severity (default: high, or
    /// `fail_on` in sechound.toml).
    #[arg(long, value_name = "LEVEL", value_parser = parse_fail_on)]
    pub fail_on: Option<FailOn>,

    /// Skip paths matching this glob when reading the repository (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Configuration file (default: sechound.toml at the root, if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// No progress on standard error.
    #[arg(long, short = 'q')]
    pub quiet: bool,

    #[command(flatten)]
    pub settings: ProbeSettings,
}

/// How the live probe runs (`sechound probe`, `sechound review --probe`).
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Live probe")]
pub struct ProbeSettings {
    /// Start the service with this shell command first (in its own process group), wait until
    /// the URL's port accepts connections, and stop the whole group when the probe ends.
    #[arg(long, value_name = "CMD")]
    pub start: Option<String>,

    /// Time the started service gets to accept connections (default 30 s).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub start_timeout: Option<u64>,

    /// Requests sent at most, all checks together (default 300).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub budget: Option<u32>,

    /// Requests per second at most (default 10).
    #[arg(long, value_name = "PER_SECOND", value_parser = parse_rate)]
    pub rate: Option<f64>,

    /// Time for the whole probe (default 120 s).
    #[arg(long = "probe-deadline", value_name = "SECONDS", value_parser = parse_seconds)]
    pub deadline: Option<u64>,

    /// Time for one request (default 5 s).
    #[arg(long = "request-timeout", value_name = "SECONDS", value_parser = parse_seconds)]
    pub timeout: Option<u64>,

    /// Wrong login attempts sent to a login endpoint at most (default 20; 0 skips the check).
    #[arg(long, value_name = "N")]
    pub login_attempts: Option<u32>,

    /// A real bearer token, for positive control requests to the endpoints that require
    /// authentication (masked in the report).
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,

    /// A header carrying a real credential, `Name: value` (repeatable; masked in the report).
    #[arg(long, value_name = "NAME: VALUE")]
    pub header: Vec<String>,

    /// Allow a URL that is not a loopback address. Only probe services you are allowed to test.
    #[arg(long)]
    pub allow_remote: bool,

    /// Send only GET, HEAD and OPTIONS requests (no login, refresh or malformed-body checks, no
    /// requests to state-changing endpoints).
    #[arg(long)]
    pub read_only: bool,
}

impl ProbeSettings {
    /// True when any setting was given (they need `--probe` in `review`).
    pub fn any(&self) -> bool {
        self.start.is_some()
            || self.start_timeout.is_some()
            || self.budget.is_some()
            || self.rate.is_some()
            || self.deadline.is_some()
            || self.timeout.is_some()
            || self.login_attempts.is_some()
            || self.token.is_some()
            || !self.header.is_empty()
            || self.allow_remote
            || self.read_only
    }
}

fn parse_rate(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(rate) if rate > 0.0 && rate.is_finite() => Ok(rate),
        _ => Err("expected a number of requests per second above 0 (e.g. 10 or 0.5)".into()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProbeFormat {
    #[value(alias = "md")]
    Markdown,
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

#[derive(Debug, Args)]
pub struct ChecksArgs {
    /// The repository whose checks to run.
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// Show the steps that would run and why; run nothing.
    #[arg(long)]
    pub list: bool,

    /// Time limit of one step, in seconds or with a unit (`90s`, `10m`). Default: 10 minutes, or
    /// `step_timeout` under `[checks]` in sechound.toml.
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub step_timeout: Option<u64>,

    /// Time limit of all steps together (default: 1 hour, or `deadline` under `[checks]`).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub deadline: Option<u64>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = CompareFormat::Markdown)]
    pub format: CompareFormat,

    /// Write the results to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Pass this environment variable to the steps although its name or value looks like a
    /// secret (repeatable).
    #[arg(long, value_name = "NAME")]
    pub pass_env: Vec<String>,

    /// Directory for the per-step logs (default: under ~/.cache/sechound/checks, outside the
    /// repository).
    #[arg(long, value_name = "DIR")]
    pub logs: Option<PathBuf>,

    /// Run only the named step (repeatable; names as `--list` shows them).
    #[arg(long, value_name = "NAME")]
    pub only: Vec<String>,

    /// Do not run the named step (repeatable).
    #[arg(long, value_name = "NAME")]
    pub skip: Vec<String>,

    /// Configuration file (default: sechound.toml at the root, if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// No progress on standard error.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

fn parse_seconds(value: &str) -> Result<u64, String> {
    match sechound_core::checks_config::parse_duration(value)? {
        0 => Err("a time limit of zero would stop every step".into()),
        n => Ok(n),
    }
}

#[derive(Debug, Args)]
pub struct RoutesArgs {
    /// The repository (or any directory) to read.
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// Output format: a Markdown table, or the project model as JSON.
    #[arg(long, short = 'f', value_enum, default_value_t = CompareFormat::Markdown)]
    pub format: CompareFormat,

    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Skip paths matching this glob, relative to the root (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Configuration file (default: sechound.toml at the root, if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The repository (or any directory) to review.
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Markdown)]
    pub format: Format,

    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Exit with code 1 when a finding is at or above this severity
    /// (critical, high, medium, low, info, or never). Default: high, or `fail_on` in sechound.toml.
    #[arg(long, value_name = "LEVEL", value_parser = parse_fail_on)]
    pub fail_on: Option<FailOn>,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,

    /// Skip paths matching this glob, relative to the reviewed root (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Configuration file (default: sechound.toml at the reviewed root, if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// No progress output, and no summary line with `-o`, on standard error.
    #[arg(long, short = 'q')]
    pub quiet: bool,

    /// Review only what the branch changed since its merge base with this revision (e.g. `main`):
    /// findings are those the branch introduced; pre-existing ones in touched files are listed
    /// apart and never fail the run.
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,

    /// An earlier JSON report: mark each finding new or remaining and list the fixed ones.
    #[arg(long, value_name = "REPORT.json")]
    pub baseline: Option<PathBuf>,

    /// Advisory database for this run: a store written by `sechound db import`, a directory of
    /// OSV JSON records, or an OSV `all.zip` (default: the imported store, see `sechound db status`).
    #[arg(long, value_name = "PATH")]
    pub advisories: Option<PathBuf>,

    /// Also run the project's own checks first (`sechound checks`) and add their results to the
    /// report. This runs the repository's code: only use it on code you trust.
    #[arg(long, conflicts_with = "checks_from")]
    pub checks: bool,

    /// Add the results of an earlier `sechound checks --format json` run to the report.
    #[arg(long, value_name = "CHECKS.json")]
    pub checks_from: Option<PathBuf>,

    /// Also probe the running service at this URL (see `sechound probe`) and merge what it
    /// saw into the review: `probe.*` findings, static findings marked verified live, a live
    /// column in the endpoint table.
    #[arg(long, value_name = "URL")]
    pub probe: Option<String>,

    #[command(flatten)]
    pub probe_settings: ProbeSettings,

    /// Parse every file but run no rule (for benchmarking the parser against a full review).
    #[arg(long, hide = true)]
    pub parse_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[value(alias = "md")]
    Markdown,
    Json,
    /// SARIF 2.1.0, for code-scanning tools (GitHub code scanning).
    Sarif,
    /// One self-contained HTML page: verdict, charts, filterable findings, sortable endpoints.
    Html,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier report (`sechound review --format json`).
    pub old: PathBuf,
    /// The later report.
    pub new: PathBuf,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = CompareFormat::Markdown)]
    pub format: CompareFormat,

    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A report written by `sechound review --format json`.
    #[arg(value_name = "REVIEW.json")]
    pub input: PathBuf,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Html)]
    pub format: Format,

    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// No summary line on standard error.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    #[value(alias = "md")]
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub command: Option<RulesCommand>,

    /// Output format of the list.
    #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Print a rule's documentation: what it finds, why it matters, how to fix and verify.
    Explain {
        /// Rule id, e.g. js.cors-allow-all-origins.
        id: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

fn parse_fail_on(value: &str) -> Result<FailOn, String> {
    value.parse()
}

#[derive(Debug, Args)]
pub struct DbArgs {
    #[command(subcommand)]
    pub command: DbCommand,
}

/// The store lives in `$SECHOUND_DB`, else `$XDG_CACHE_HOME/sechound/advisories`, else
/// `~/.cache/sechound/advisories`.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Import OSV records from a directory (searched recursively for *.json) or an OSV
    /// `all.zip`; replaces the ecosystems found there and keeps the others.
    Import {
        /// Directory of OSV JSON records, or an `all.zip` archive.
        path: PathBuf,
    },
    /// Show what the store holds, where, and how old it is.
    Status,
    /// Download the npm and PyPI archives from the OSV project and import them (needs network;
    /// `SECHOUND_OSV_URL` replaces the download location).
    Update,
}
