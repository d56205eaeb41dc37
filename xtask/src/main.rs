//! `cargo xtask`: the project's own commands.

mod api_diff;
mod bench;
mod bench_compare;
mod changelog;
mod codegen;
mod e2e;
mod fetch_spec;
mod golden;
mod history;
mod release;
mod spec_source;
mod spec_update;
mod test;
mod version;
mod versions;
#[cfg(test)]
mod workflows;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use integration_tests::family::{MEMBERS, Member};

/// Generation allocates and frees millions of small strings and JSON values: glibc's allocator
/// took a third of a `codegen` run, and mimalloc makes the whole run about a quarter shorter.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        /// Only this crate of the family (`sailpoint-beta`, `sailpoint`).
        #[arg(long = "crate", value_name = "NAME", conflicts_with = "out")]
        krate: Option<String>,
        /// Generate into this folder instead (any API version's spec: the crate is named
        /// `sailpoint-<version>` after its server's path).
        #[arg(long)]
        out: Option<PathBuf>,
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
        /// Also time building the generated crate (all features, and `identities` alone).
        #[arg(long, conflicts_with = "compare")]
        compile: bool,
        /// Also measure decoding a page of 250 identities into the generated type against a plain
        /// derive (bench/decode, release build).
        #[arg(long)]
        decode: bool,
        /// Also measure listing 10,000 identities through the generated client from a local mock
        /// server against decoding the same pages from memory (bench/list, release build).
        #[arg(long, conflicts_with = "compare")]
        list: bool,
        /// Also list 25,000 identities through both crates from a tenant-shaped stand-in
        /// (latency, a rate limit, 400 past the end) against the fastest its limit allows
        /// (bench/tenant, release build, about two minutes).
        #[arg(long, conflicts_with = "compare")]
        tenant: bool,
        /// Instead, the suite comparing the working tree with this commit: the generated crate's
        /// build times, decoding and listing, and generation against openapi-generator (from
        /// OPENAPI_GENERATOR_JAR), in one report.
        #[arg(long, value_name = "REV")]
        compare: Option<String>,
        /// Rounds of each comparison, today and REV in turns.
        #[arg(long, default_value_t = 3, requires = "compare")]
        rounds: usize,
    },
    /// Regenerate the golden crates under tests/golden from tests/fixtures; with --check, only
    /// report whether they are stale.
    Golden {
        #[arg(long)]
        check: bool,
    },
    /// Run every check CI runs: output current, clippy and rustdoc clean, all tests.
    Test {
        #[command(flatten)]
        spec: SpecArg,
    },
    /// Generate the v3 and v2025 crates and one per state of the spec history, check their
    /// pages' links and `cargo check` them without a warning (a part of `test`).
    Versions {
        #[command(flatten)]
        spec: SpecArg,
    },
    /// Call every operation of the generated client against Prism serving the spec.
    E2e {
        #[command(flatten)]
        spec: SpecArg,
        /// Record this run's failures as the expected ones (review the diff).
        #[arg(long)]
        bless: bool,
        /// Only this crate of the family (`sailpoint-beta`, `sailpoint`).
        #[arg(long = "crate", value_name = "NAME")]
        krate: Option<String>,
    },
    /// What changed for the crate's users between two specs, in the crate's names, each change
    /// classified breaking, additive or docs.
    ApiDiff {
        /// The older spec: its root document, or REPOSITORY@COMMIT (a git URL or path, and a
        /// SHA, tag or branch).
        #[arg(long)]
        from_spec: String,
        /// The newer spec, likewise.
        #[arg(long)]
        to_spec: String,
        /// The root document's path inside a repository.
        #[arg(long, default_value = "idn/sailpoint-api.beta.yaml")]
        root: String,
        #[arg(long, value_enum, default_value = "md")]
        format: api_diff::Format,
    },
    /// Move to another upstream commit: pin, generated/ with its version bumped by the API diff,
    /// and a changelog section; nothing changes when the tree is the pinned one.
    SpecUpdate {
        /// The repository (a git URL or path) [default: the pin's]
        #[arg(long)]
        repository: Option<String>,
        /// The commit to move to (a SHA).
        #[arg(long, conflicts_with = "git_ref")]
        commit: Option<String>,
        /// The ref to move to (a branch or tag) [default: the repository's HEAD]
        #[arg(long = "ref")]
        git_ref: Option<String>,
        #[command(flatten)]
        spec: SpecArg,
    },
    /// Fetch the pinned spec tree into spec/ (needs git and network access) and verify it.
    FetchSpec,
    /// Print a release's section of generated/sailpoint-beta/CHANGELOG.md: a pull request's or a release's
    /// notes.
    Changelog {
        /// The release [default: the newest]
        #[arg(long)]
        version: Option<String>,
        /// The crate of the family whose changelog it is.
        #[arg(long = "crate", value_name = "NAME", default_value = "sailpoint-beta")]
        krate: String,
    },
    /// The publish gates: generated/ current, the changelog's newest section the pinned version
    /// from the pinned commit, `cargo package` with its verify build, the packaged size, and
    /// `cargo publish --dry-run`.
    Release {
        /// Run the gates only; publishing is `cargo publish -p CRATE` after them.
        #[arg(long, required = true)]
        check: bool,
        /// The crate of the family to release.
        #[arg(long = "crate", value_name = "NAME", default_value = "sailpoint-beta")]
        krate: String,
        /// The git tag being released, which must be `<crate>-v` and the crate's version
        /// (`v` and the version for sailpoint-beta, as before the family).
        #[arg(long)]
        tag: Option<String>,
        /// Package uncommitted changes too (to try the gates before committing).
        #[arg(long)]
        allow_dirty: bool,
        #[command(flatten)]
        spec: SpecArg,
    },
}

#[derive(clap::Args)]
pub struct SpecArg {
    /// The spec's root document [default: the pinned tree in spec/, fetched if missing]
    #[arg(long, env = "SAILPOINT_SPEC")]
    spec: Option<PathBuf>,
}

impl SpecArg {
    /// The spec to read: the one given, else the pinned tree, fetched first if it is not there.
    fn resolve(self, root: &std::path::Path) -> Result<PathBuf, String> {
        if let Some(spec) = self.spec {
            return std::path::absolute(&spec).map_err(|e| format!("{}: {e}", spec.display()));
        }
        let pinned = root.join("spec/idn/sailpoint-api.beta.yaml");
        if !pinned.exists() {
            eprintln!("{} is missing: fetching the pinned spec", pinned.display());
            fetch_spec::run(root)?;
        }
        Ok(pinned)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = project_root();
    let result = match cli.task {
        Task::Codegen {
            check,
            krate,
            out,
            spec,
        } => spec.resolve(&root).and_then(|spec| {
            let target = match (out, krate) {
                (Some(out), _) => codegen::Target::Folder(out),
                (None, Some(name)) => codegen::Target::Members(vec![Member::named(&name)?]),
                (None, None) => codegen::Target::Members(MEMBERS.to_vec()),
            };
            codegen::run(&root, &spec, check, target)
        }),
        Task::Bench {
            spec,
            runs,
            compile,
            decode,
            list,
            tenant,
            compare,
            rounds,
        } => spec.resolve(&root).and_then(|spec| match compare {
            Some(rev) => bench_compare::run(&root, &spec, &rev, rounds),
            None => {
                let extras = bench::Extras {
                    compile,
                    decode,
                    list,
                    tenant,
                };
                bench::run(&spec, runs, extras)
            }
        }),
        Task::E2e { spec, bless, krate } => spec.resolve(&root).and_then(|spec| {
            let members = match krate {
                Some(name) => vec![Member::named(&name)?],
                None => MEMBERS.to_vec(),
            };
            e2e::run(&root, &spec, bless, &members)
        }),
        Task::Versions { spec } => spec
            .resolve(&root)
            .and_then(|spec| versions::check(&root, &spec)),
        Task::Test { spec } => spec.resolve(&root).and_then(|spec| test::run(&root, &spec)),
        Task::Golden { check } => golden::run(check),
        Task::FetchSpec => fetch_spec::run(&root),
        Task::SpecUpdate {
            repository,
            commit,
            git_ref,
            spec,
        } => spec_update::run(
            &root,
            spec_update::Request {
                repository,
                revision: commit.or(git_ref),
                pinned_spec: spec.spec,
            },
        ),
        Task::Changelog { version, krate } => Member::named(&krate)
            .and_then(|member| changelog::print_section(&root, member, version.as_deref())),
        Task::Release {
            check: _,
            krate,
            tag,
            allow_dirty,
            spec,
        } => spec.resolve(&root).and_then(|spec| {
            let request = release::Request {
                member: Member::named(&krate)?,
                spec: &spec,
                tag: tag.as_deref(),
                allow_dirty,
            };
            release::check(&root, &request)
        }),
        Task::ApiDiff {
            from_spec,
            to_spec,
            root,
            format,
        } => api_diff::run(&from_spec, &to_spec, &root, format),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Where cargo builds: `CARGO_TARGET_DIR`, else the workspace's `target/`.
fn target_dir(root: &std::path::Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// The workspace root: xtask lives one folder below it.
fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask has a parent folder")
        .to_path_buf()
}
