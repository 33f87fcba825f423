//! `sechound probe` and `review --probe`: start the service if asked, probe it, stop it, and
//! put what the probe saw into a report.

use crate::cli::{ProbeArgs, ProbeFormat, ProbeSettings};
use crate::commands::{load_config, write_output};
use anyhow::{Result, bail};
use sechound_core::{FailOn, Report, RuleMeta, Severity};
use sechound_engine::{Engine, Options};
use sechound_probe::{ProbeOptions, ProbeOutcome, Service, Target, interrupt};
use std::process::ExitCode;
use std::time::Duration;

pub fn run(args: ProbeArgs) -> Result<ExitCode> {
    // A URL that will be refused stops the run before the review does any work.
    let target = Target::parse(&args.url, args.settings.allow_remote)?;
    let (config, config_path) = load_config(&args.path, args.config.as_deref())?;
    let fail_on = args
        .fail_on
        .or(config.fail_on)
        .unwrap_or(FailOn::Severity(Severity::High));
    let options = Options {
        jobs: 0,
        excludes: args.exclude.clone(),
        config,
        config_path,
        progress: None,
        parse_only: false,
        // The route map and the secrets need no advisories.
        advisories: None,
        baseline_ids: Default::default(),
    };
    let engine = Engine::new(options)?;
    let report = engine.review(&args.path)?;
    let outcome = probe(&report, target, &args.settings, args.quiet)?;
    let interrupted = outcome.run.stopped_early.as_deref() == Some("interrupted");
    let rules = rules_with_probe(&engine);
    let report =
        sechound_probe::live_only(report, outcome, |r| sechound_engine::renumber(r, &rules));
    let rendered = match args.format {
        ProbeFormat::Markdown => sechound_report::live::render(&report),
        ProbeFormat::Json => sechound_report::json::render(&report),
        ProbeFormat::Sarif => sechound_report::sarif::render(&report, &rules),
    };
    write_output(args.output.as_deref(), &rendered)?;
    Ok(if interrupted {
        ExitCode::from(130)
    } else if fail_on.trips(report.worst_severity()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The engine's rules and the probe's, for the SARIF rule table and the OWASP coverage.
pub(crate) fn rules_with_probe(engine: &Engine) -> Vec<&'static RuleMeta> {
    let mut rules = engine.enabled_rules();
    rules.extend(sechound_probe::rules::ALL.iter().copied());
    rules
}

/// `review --probe URL`: the probe, merged into the review.
pub(crate) fn merge_into(
    report: &mut Report,
    url: &str,
    settings: &ProbeSettings,
    quiet: bool,
    engine: &Engine,
) -> Result<bool> {
    let target = Target::parse(url, settings.allow_remote)?;
    let outcome = probe(report, target, settings, quiet)?;
    let interrupted = outcome.run.stopped_early.as_deref() == Some("interrupted");
    let rules = rules_with_probe(engine);
    sechound_probe::merge(report, outcome, |r| sechound_engine::renumber(r, &rules));
    Ok(interrupted)
}

/// Checks the settings of `review` before the review runs.
pub(crate) fn check_review_settings(probe: Option<&str>, settings: &ProbeSettings) -> Result<()> {
    match probe {
        Some(url) => {
            options(Target::parse(url, settings.allow_remote)?, settings)?;
            Ok(())
        }
        None if settings.any() => {
            bail!("the live-probe options (--start, --budget, --token ...) need --probe URL")
        }
        None => Ok(()),
    }
}

fn options(target: Target, settings: &ProbeSettings) -> Result<ProbeOptions> {
    let mut options = ProbeOptions::new(target);
    if let Some(budget) = settings.budget {
        options.budget = budget;
    }
    if let Some(rate) = settings.rate {
        options.rate_per_second = rate;
    }
    if let Some(deadline) = settings.deadline {
        options.deadline = Duration::from_secs(deadline);
    }
    if let Some(timeout) = settings.timeout {
        options.timeout = Duration::from_secs(timeout);
    }
    if let Some(attempts) = settings.login_attempts {
        options.login_attempts = attempts;
    }
    options.read_only = settings.read_only;
    if let Some(token) = &settings.token {
        let token = token.strip_prefix("Bearer ").unwrap_or(token).trim();
        if token.is_empty() {
            bail!("--token is empty");
        }
        options
            .credentials
            .push(("Authorization".into(), format!("Bearer {token}")));
    }
    for header in &settings.header {
        let Some((name, value)) = header.split_once(':') else {
            bail!("--header `{}` is not `Name: value`", name_only(header));
        };
        let name = name.trim();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
        {
            bail!("--header `{}` has no valid header name", name_only(header));
        }
        options
            .credentials
            .push((name.to_string(), value.trim().to_string()));
    }
    Ok(options)
}

/// A header given on the command line, without its value (which may be a credential).
fn name_only(header: &str) -> String {
    header.split(':').next().unwrap_or("").trim().to_string() + ": …"
}

/// Starts the service when asked, probes it and stops it, with Ctrl-C stopping all of it.
fn probe(
    report: &Report,
    target: Target,
    settings: &ProbeSettings,
    quiet: bool,
) -> Result<ProbeOutcome> {
    let options = options(target.clone(), settings)?;
    let _guard = interrupt::Guard::install();
    let service = match &settings.start {
        Some(command) => {
            if !quiet {
                eprintln!(
                    "sechound: starting `{command}` and waiting for {}",
                    target.socket_name()
                );
            }
            let timeout = settings
                .start_timeout
                .map(Duration::from_secs)
                .unwrap_or(sechound_probe::DEFAULT_START_TIMEOUT);
            Some(Service::start(
                command,
                &target,
                timeout,
                &interrupt::interrupted,
            )?)
        }
        None => None,
    };
    if !quiet {
        eprintln!(
            "sechound: probing {} (at most {} requests, {} per second, {} s)",
            target.display(),
            options.budget,
            options.rate_per_second,
            options.deadline.as_secs()
        );
    }
    let model = report.project.clone().unwrap_or_default();
    let result = sechound_probe::probe(
        &model,
        &report.found_secrets,
        &options,
        Box::new(interrupt::interrupted),
    );
    let service_run = service.map(Service::finish);
    let mut outcome = result?;
    outcome.run.service = service_run;
    if !quiet {
        eprintln!(
            "sechound: {} requests sent, {} live finding(s)",
            outcome.run.requests_sent,
            outcome.findings.len()
        );
    }
    Ok(outcome)
}
