//! The `sechound` command: parses arguments, runs the engine, picks a renderer, sets the exit code.
//!
//! Exit codes: 0 nothing at or above `--fail-on`, 1 findings at or above it, 2 usage,
//! configuration or runtime error.

mod checks;
mod cli;
mod commands;
mod db;
mod probe;
mod progress;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
