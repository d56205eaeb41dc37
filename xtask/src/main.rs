//! `cargo xtask`: the project's own commands.

mod bench;
mod codegen;
mod fetch_spec;
mod golden;
mod spec_pin;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Tasks of the sailpoint-beta generator")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate generated/ from the spec; with --check, only report whether it is stale.
    Codegen {
        #[arg(long)]
        check: bool,
        #[command(flatten)]
        spec: SpecArg,
    },
    /// Measure how long generation takes and how much memory it needs.
    Bench {
        #[command(flatten)]
        spec: SpecArg,
        /// How many timed runs.
        #[arg(long, default_value_t = 10)]
        runs: usize,
    },
    /// Regenerate the golden crates under tests/golden from tests/fixtures; with --check, only
    /// report whether they are stale.
    Golden {
        #[arg(long)]
        check: bool,
    },
    /// Fetch the pinned spec tree into spec/ (needs git and network access) and verify it.
    FetchSpec,
}

#[derive(clap::Args)]
pub struct SpecArg {
    /// The spec's root document.
    #[arg(long, env = "SAILPOINT_SPEC", default_value = "spec/idn/sailpoint-api.beta.yaml")]
    spec: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = project_root();
    let result = match cli.task {
        Task::Codegen { check, spec } => codegen::run(&root, &spec.spec, check),
        Task::Bench { spec, runs } => bench::run(&spec.spec, runs),
        Task::Golden { check } => golden::run(check),
        Task::FetchSpec => fetch_spec::run(&root),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask lives one folder below it.
fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask has a parent folder").to_path_buf()
}
