//! `cargo xtask bench --compare REV [--rounds N]`: the working tree ("today") against an earlier
//! commit, in one report. Build times of the generated crate alone and of a user's program of 10
//! operations (a clean build, and a rebuild after editing its `main.rs`), decoding (bench/decode),
//! listing (bench/list, today only) and generation against openapi-generator's `rust` generator.
//! A benchmark suite for people, not a timed test: CI does not run it.
//!
//! REV's crate is its checked-in `generated/`, checked out into a worktree under
//! `target/bench-compare/<short rev>` that is kept for the next run. Each workspace builds into
//! a target dir of its own, `target/bench-compare/target-<today or rev>`: cargo names a path
//! package's artifacts by its path within the workspace, so in one target dir REV's crate would
//! be built against today's runtime (the same `runtime/`) whenever today's was built last.

use std::path::{Path, PathBuf};
use std::process::Output;

mod binaries;
mod builds;
mod decode;
mod figures;
mod generation;
mod list;
mod program;
mod report;
mod worktree;

use builds::{BUILDS, build_figure};
use decode::decode_figure;
use generation::generation_figure;
use list::list_figure;
use program::program_figures;
use report::Report;
use worktree::{head_summary, prepare_worktree};

pub fn run(root: &Path, spec: &Path, rev: &str, rounds: usize) -> Result<(), String> {
    let rounds = rounds.max(1);
    let dirs = Dirs::new(root);
    let today = Checkout {
        label: "today".into(),
        root: root.to_path_buf(),
    };
    let base = prepare_worktree(root, &dirs, rev).map_err(step("checking out REV"))?;
    eprintln!(
        "comparing {} (today) with {} at {}; builds in {}",
        root.display(),
        base.label,
        base.root.display(),
        dirs.base.join("target-*").display()
    );
    let mut builds = BUILDS
        .iter()
        .map(|figure| build_figure(figure, &today, &base, &dirs, rounds))
        .collect::<Result<Vec<_>, _>>()
        .map_err(step("build times"))?;
    builds.extend(program_figures(&today, &base, &dirs, rounds).map_err(step("program builds"))?);
    let decode = decode_figure(&today, &base, &dirs, rounds).map_err(step("decode figure"))?;
    let list = list_figure(&today, &dirs, rounds).map_err(step("listing figure"))?;
    let generation = generation_figure(root, spec, &dirs, rounds).map_err(step("generation"))?;
    let report = Report {
        command: command_line(),
        spec: spec.to_path_buf(),
        today_head: head_summary(root),
        base: &base,
        rounds,
        builds,
        decode,
        list,
        generation,
    };
    println!("{report}");
    Ok(())
}

/// Prefixes an error with the step it happened in.
fn step(name: &'static str) -> impl Fn(String) -> String {
    move |message| format!("{name}: {message}")
}

/// How this run was asked for, to repeat it.
fn command_line() -> String {
    let args: Vec<String> = std::env::args().skip(1).collect();
    format!("cargo xtask {}", args.join(" "))
}

/// The folders this suite works in, all under the target dir so `cargo clean` drops them.
struct Dirs {
    /// `target/bench-compare`.
    base: PathBuf,
}

impl Dirs {
    fn new(root: &Path) -> Self {
        let base = crate::target_dir(root).join("bench-compare");
        Dirs { base }
    }

    /// The target dir `checkout`'s builds go into.
    fn target(&self, checkout: &Checkout) -> PathBuf {
        self.base.join(format!("target-{}", checkout.label))
    }
}

/// A workspace to build in: today's working tree, or REV's worktree.
struct Checkout {
    /// `today`, or REV's short hash.
    label: String,
    root: PathBuf,
}

impl Checkout {
    /// The beta crate's folder: `generated/sailpoint-beta`, or `generated` itself in a revision
    /// from before the family.
    fn beta_crate(&self) -> PathBuf {
        let family = integration_tests::family::BETA.folder(&self.root);
        match family.join("Cargo.toml").is_file() {
            true => family,
            false => self.root.join("generated"),
        }
    }
}

/// A failed command's message: what it was, and the end of what it said.
fn failure(what: &str, output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let tail = lines[lines.len().saturating_sub(20)..].join("\n");
    format!("`{what}` failed ({}):\n{tail}", output.status)
}
