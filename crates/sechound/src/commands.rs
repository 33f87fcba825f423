//! What each subcommand does.

use crate::cli::{
    Cli, Command, CompareArgs, CompareFormat, Format, ListFormat, ReportArgs, ReviewArgs,
    RoutesArgs, RulesArgs, RulesCommand,
};
use crate::progress::TerminalProgress;
use anyhow::{Context, Result, bail};
use sechound_core::{Config, FailOn, RuleMeta, Severity};
use sechound_engine::{Engine, Options, Progress};
use sechound_rules::catalogue;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Review(args) => review(args),
        Command::Rules(args) => rules(args),
        Command::Compare(args) => compare(args),
        Command::Report(args) => report(args),
        Command::Routes(args) => routes(args),
        Command::Db(args) => crate::db::run(args),
        Command::Checks(args) => crate::checks::run(args),
        Command::Probe(args) => crate::probe::run(args),
        Command::Init(args) => crate::init::run(args),
    }
}

fn routes(args: RoutesArgs) -> Result<ExitCode> {
    let (config, config_path) = load_config(&args.path, args.config.as_deref())?;
    let options = Options {
        jobs: jobs(args.jobs),
        excludes: args.exclude.clone(),
        config,
        config_path,
        progress: None,
        parse_only: false,
        // The inventory needs no advisories; without a database the dependency review only
        // notes a gap, which `routes` does not print.
        advisories: None,
        baseline_ids: Default::default(),
    };
    let report = Engine::new(options)?.review(&args.path)?;
    let model = report.project.unwrap_or_default();
    let rendered = match args.format {
        CompareFormat::Markdown => sechound_report::markdown::render_endpoints(&model),
        CompareFormat::Json => {
            let mut text = serde_json::to_string_pretty(&model).context("cannot write JSON")?;
            text.push('\n');
            text
        }
    };
    write_output(args.output.as_deref(), &rendered)?;
    Ok(ExitCode::SUCCESS)
}

fn review(args: ReviewArgs) -> Result<ExitCode> {
    let (config, config_path) = load_config(&args.path, args.config.as_deref())?;
    crate::probe::check_review_settings(args.probe.as_deref(), &args.probe_settings)?;
    // Read first: a bad baseline should stop the run before the review does the work.
    let baseline = args.baseline.as_deref().map(read_report).transpose()?;
    let mut checks = args
        .checks_from
        .as_deref()
        .map(crate::checks::read_saved)
        .transpose()?;
    if args.checks {
        checks = Some(crate::checks::run_for_review(
            &args.path,
            &config,
            config_path.as_deref(),
            args.quiet,
        )?);
    }
    let fail_on = args
        .fail_on
        .or(config.fail_on)
        .unwrap_or(FailOn::Severity(Severity::High));
    let progress: Option<Arc<dyn Progress>> = if !args.quiet && std::io::stderr().is_terminal() {
        Some(Arc::new(TerminalProgress::new()))
    } else {
        None
    };
    let options = Options {
        jobs: jobs(args.jobs),
        excludes: args.exclude.clone(),
        config,
        config_path,
        progress,
        parse_only: args.parse_only,
        advisories: crate::db::open_for_review(args.advisories.as_deref())?,
        baseline_ids: baseline
            .as_ref()
            .map(sechound_core::ids::BaselineIds::of)
            .unwrap_or_default(),
    };
    // Read the list before the review: a missing file stops the run with exit code 2.
    let files = args
        .files
        .as_deref()
        .map(|given| crate::paths::files_under(&args.path, given))
        .transpose()?;
    let engine = Engine::new(options)?;
    let mut report = match (&args.base, &files) {
        (Some(base), _) => engine.review_branch(&args.path, base)?,
        (None, Some(files)) => engine.review_files(&args.path, files)?,
        (None, None) => engine.review(&args.path)?,
    };
    let mut interrupted = false;
    if let Some(url) = &args.probe {
        interrupted =
            crate::probe::merge_into(&mut report, url, &args.probe_settings, args.quiet, &engine)?;
    }
    if let Some(baseline) = &baseline {
        report.tracking = Some(sechound_core::track(baseline, &mut report));
    }
    if let Some(checks) = checks {
        report.attach_checks(checks);
    }
    let mut rules = match report.branch {
        Some(_) => engine.enabled_rules_for_branch(),
        None => engine.enabled_rules(),
    };
    if args.probe.is_some() {
        rules.extend(sechound_probe::rules::ALL.iter().copied());
    }
    let prefix = crate::paths::repository_prefix(&args.path);
    let rendered = render(&report, args.format, &rules, &prefix);
    write_output(args.output.as_deref(), &rendered)?;
    if let Some(path) = &args.output
        && !args.quiet
    {
        eprintln!("{}", summary_line(&report, path, args.format));
    }
    if let Some(incomplete) = &report.summary.incomplete
        && incomplete.problem == sechound_core::coverage::CoverageProblem::NothingToReview
    {
        eprintln!("error: {} (`{}`)", incomplete.reason, args.path.display());
        return Ok(ExitCode::from(2));
    }
    Ok(if interrupted {
        ExitCode::from(130)
    } else if fail_on.trips(report.worst_severity()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The `--jobs` request, with a note on standard error when the machine cannot use that many.
fn jobs(requested: Option<usize>) -> usize {
    let requested = requested.unwrap_or(0);
    let used = sechound_engine::worker_count(requested);
    if requested > used {
        eprintln!(
            "note: --jobs {requested} is more than this machine can use; using {used} worker threads"
        );
    }
    used
}

/// `prefix`: the reviewed root relative to the repository, for the formats that place findings
/// by repository paths (annotations, GitLab reports, the job summary).
fn render(
    report: &sechound_core::Report,
    format: Format,
    rules: &[&'static RuleMeta],
    prefix: &str,
) -> String {
    match format {
        Format::Markdown => sechound_report::markdown::render(report),
        Format::Json => sechound_report::json::render(report),
        Format::Sarif => sechound_report::sarif::render(report, rules),
        Format::Html => sechound_report::html::render(report),
        Format::Github => sechound_report::github::render(report, prefix),
        Format::GitlabSast => sechound_report::gitlab_sast::render(report, prefix),
        Format::Codequality => sechound_report::codequality::render(report, prefix),
        Format::Summary => sechound_report::markdown::render_summary(report, prefix),
    }
}

/// `sechound: 30 findings (2 critical, 9 high, 14 medium, 5 low) · CHANGES REQUIRED · HTML
/// report written to review.html`: what a run with `-o` says on standard error.
fn summary_line(report: &sechound_core::Report, path: &Path, format: Format) -> String {
    let counts = &report.summary.counts;
    let parts: Vec<String> = Severity::ALL_DESCENDING
        .iter()
        .filter(|s| counts.get(**s) > 0)
        .map(|s| format!("{} {}", counts.get(*s), s.as_str()))
        .collect();
    let total = counts.total();
    let findings = match total {
        0 => "no findings".to_string(),
        1 => format!("1 finding ({})", parts.join(", ")),
        n => format!("{n} findings ({})", parts.join(", ")),
    };
    let mut verdict = report.summary.sign_off.label().to_string();
    if let Some(incomplete) = &report.summary.incomplete {
        verdict.push_str(&format!(": {}", incomplete.reason));
    }
    let kind = match format {
        Format::Markdown => "Markdown",
        Format::Json => "JSON",
        Format::Sarif => "SARIF",
        Format::Html => "HTML",
        Format::Github => "GitHub annotations",
        Format::GitlabSast => "GitLab SAST",
        Format::Codequality => "Code Quality",
        Format::Summary => "Summary",
    };
    format!(
        "sechound: {findings} · {verdict} · {kind} report written to {}",
        path.display()
    )
}

/// Renders a saved JSON report in another format.
fn report(args: ReportArgs) -> Result<ExitCode> {
    let report = read_report(&args.input)?;
    // A saved report does not say which rules ran: SARIF describes the whole catalogue.
    let rules = catalogue().metas();
    // The reviewed root as the review saw it, relative to the current directory when it is there.
    let prefix = match &args.path_prefix {
        Some(prefix) => prefix.trim_matches('/').to_string(),
        None => crate::paths::repository_prefix(Path::new(&report.target.root)),
    };
    let rendered = render(&report, args.format, &rules, &prefix);
    write_output(args.output.as_deref(), &rendered)?;
    if let Some(path) = &args.output
        && !args.quiet
    {
        eprintln!("{}", summary_line(&report, path, args.format));
    }
    Ok(ExitCode::SUCCESS)
}

/// A saved JSON report, with a message naming the file when it cannot be used.
fn read_report(path: &Path) -> Result<sechound_core::Report> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the report `{}`", path.display()))?;
    sechound_report::json::parse(&text)
        .map_err(|e| anyhow::anyhow!("`{}` is not a sechound JSON report: {e}", path.display()))
}

fn compare(args: CompareArgs) -> Result<ExitCode> {
    let old = read_report(&args.old)?;
    let mut new = read_report(&args.new)?;
    let tracking = sechound_core::track(&old, &mut new);
    let text = match args.format {
        CompareFormat::Markdown => sechound_report::markdown::render_tracking(&tracking, &new),
        CompareFormat::Json => {
            let mut text =
                serde_json::to_string_pretty(&tracking).context("serialise the comparison")?;
            text.push('\n');
            text
        }
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

/// The explicit configuration file, or `sechound.toml` at the root when there is one.
pub(crate) fn load_config(
    root: &Path,
    explicit: Option<&Path>,
) -> Result<(Config, Option<String>)> {
    let path = match explicit {
        Some(path) => {
            if !path.is_file() {
                bail!("configuration file `{}` does not exist", path.display());
            }
            path.to_path_buf()
        }
        None => {
            let default = root.join("sechound.toml");
            if !default.is_file() {
                return Ok((Config::with_defaults(), None));
            }
            default
        }
    };
    let display = path.display().to_string();
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read configuration file `{display}`"))?;
    let config = Config::parse(&display, &text)?;
    Ok((config, Some(display)))
}

/// Writes `text` to `path`, or to standard output; a reader that stops early (`| head`, `| true`)
/// is not an error.
pub(crate) fn write_output(path: Option<&Path>, text: &str) -> Result<()> {
    match path {
        Some(path) => std::fs::write(path, text)
            .with_context(|| format!("cannot write the report to `{}`", path.display())),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|_| stdout.flush())
            {
                Ok(()) => Ok(()),
                // `sechound review . | head` closes the pipe early; that is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(e).context("cannot write the report to standard output"),
            }
        }
    }
}

fn rules(args: RulesArgs) -> Result<ExitCode> {
    let catalogue = catalogue();
    match args.command {
        Some(RulesCommand::Explain { id }) => {
            let probe_rule = sechound_probe::rules::ALL
                .iter()
                .copied()
                .find(|r| r.id == id);
            let Some(meta) = catalogue.find(&id).or(probe_rule) else {
                bail!("unknown rule id `{id}` (run `sechound rules` for the list)");
            };
            let mut out = String::new();
            out.push_str(&format!("# {} — {}\n\n", meta.id, meta.title));
            out.push_str(&format!(
                "Severity: {} · Confidence: {} · Area: {} · {} · OWASP {} · Effort: {}\n\n",
                meta.severity,
                meta.confidence.label(),
                meta.area.label(),
                meta.cwe_ids().join(", "),
                meta.owasp,
                meta.effort.label()
            ));
            out.push_str(&dedent_docs(meta.docs));
            out.push_str(&format!(
                "\n## Impact\n{}\n\n## Recommendation\n{}\n\n## Verification\n{}\n",
                meta.impact, meta.recommendation, meta.verification
            ));
            write_output(None, &out)?;
        }
        None => {
            let mut metas = catalogue.metas();
            metas.extend(sechound_probe::rules::ALL.iter().copied());
            let out = match args.format {
                ListFormat::Json => {
                    let mut s = serde_json::to_string_pretty(&metas)?;
                    s.push('\n');
                    s
                }
                ListFormat::Text => {
                    // Columns as wide as their widest cell; every cell is a plain `String`, since
                    // a `Display` that writes with `write_str` ignores a width.
                    let rows: Vec<[String; 6]> = metas
                        .iter()
                        .map(|m| {
                            [
                                m.id.to_string(),
                                m.severity.to_string(),
                                m.confidence.label().to_lowercase(),
                                m.area.label().to_string(),
                                m.cwe_ids().join(","),
                                m.title.to_string(),
                            ]
                        })
                        .collect();
                    let header =
                        ["ID", "SEVERITY", "CONFIDENCE", "AREA", "CWE", "TITLE"].map(String::from);
                    let mut widths = [0usize; 5];
                    for row in std::iter::once(&header).chain(&rows) {
                        for (width, cell) in widths.iter_mut().zip(row) {
                            *width = (*width).max(cell.chars().count());
                        }
                    }
                    let mut s = String::new();
                    for row in std::iter::once(&header).chain(&rows) {
                        for (width, cell) in widths.iter().zip(row) {
                            s.push_str(&format!("{cell:<width$}  "));
                        }
                        s.push_str(&row[5]);
                        s.push('\n');
                    }
                    s.push_str(&format!(
                        "\n{} rule{}. `sechound rules explain <ID>` prints one rule's documentation.\n",
                        metas.len(),
                        if metas.len() == 1 { "" } else { "s" }
                    ));
                    s
                }
            };
            write_output(None, &out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Doc comments arrive with one leading space per line (`/// text`); drop it.
fn dedent_docs(docs: &str) -> String {
    docs.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
