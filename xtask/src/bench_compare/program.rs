//! Step 3: what a user's program pays. A program calling 10 operations of the beta crate, built
//! against today's crate and REV's: a clean build (the crate and the program, dependencies
//! built), and a rebuild after an edit to the program's `main.rs`, which compiles the
//! operations the crate leaves to its callers (`#[inline]`) again.

use std::path::{Path, PathBuf};

use super::builds::{BuildFigure, BuildSpec, touch};
use super::figures::{Paired, Target};
use super::{Checkout, Dirs, failure};

pub(super) static PROGRAM_BUILDS: [BuildSpec; 2] = [
    BuildSpec {
        label: "program of 10 operations, clean",
        args: &["build"],
        target: Target::AtMost(1.0),
    },
    BuildSpec {
        label: "program of 10 operations, main.rs edited",
        args: &["build"],
        target: Target::AtMost(1.0),
    },
];

/// The program's calls: a list and a get in each of five areas, the same in every revision.
const CALLS: &str = r#"
    n += client.identities().list_identities().send().await?.len();
    client.identities().get_identity(id).send().await?;
    n += client.access_profiles().list_access_profiles().send().await?.len();
    client.access_profiles().get_access_profile(id).send().await?;
    n += client.accounts().list_accounts().send().await?.len();
    client.accounts().get_account(id).send().await?;
    n += client.entitlements().list_entitlements().send().await?.len();
    client.entitlements().get_entitlement(id).send().await?;
    n += client.roles().list_roles().send().await?.len();
    client.roles().get_role(id).send().await?;
"#;

/// The program's `main.rs`; `edit` changes one literal, as an edit by its author would.
fn main_rs(edit: usize) -> String {
    format!(
        "use sailpoint_beta::{{Client, Config, Error}};\n\n\
         async fn run(client: &Client, id: &str) -> Result<usize, Error> {{\n    let mut n = 0;{CALLS}    Ok(n)\n}}\n\n\
         #[tokio::main]\n\
         async fn main() {{\n    let Ok(client) = Config::from_env().and_then(Client::new) else {{ return }};\n    \
         match run(&client, \"id-{edit}\").await {{\n        Ok(n) => println!(\"{{n}}\"),\n        Err(error) => eprintln!(\"{{error}}\"),\n    }}\n}}\n"
    )
}

/// Both figures: after an untimed build of each program, rounds of today and REV in turns.
pub(super) fn program_figures(
    today: &Checkout,
    base: &Checkout,
    dirs: &Dirs,
    rounds: usize,
) -> Result<Vec<BuildFigure>, String> {
    let programs = [write_program(today, dirs)?, write_program(base, dirs)?];
    for (program, checkout) in programs.iter().zip([today, base]) {
        eprintln!("warm-up: the program against {}", checkout.label);
        build(program, checkout, dirs)?;
    }
    let (mut clean, mut edited) = (Paired::default(), Paired::default());
    for round in 1..=rounds {
        eprintln!("round {round}/{rounds}: the program");
        let sides = [
            (&mut clean.today, &mut edited.today),
            (&mut clean.base, &mut edited.base),
        ];
        for ((program, checkout), (clean_side, edited_side)) in
            programs.iter().zip([today, base]).zip(sides)
        {
            touch(&checkout.beta_crate().join("src/lib.rs"))?;
            touch(&program.join("src/main.rs"))?;
            clean_side.push(build(program, checkout, dirs)?);
            write(&program.join("src/main.rs"), &main_rs(round))?;
            edited_side.push(build(program, checkout, dirs)?);
        }
    }
    let [clean_spec, edited_spec] = &PROGRAM_BUILDS;
    Ok(vec![
        BuildFigure {
            spec: clean_spec,
            times: clean,
        },
        BuildFigure {
            spec: edited_spec,
            times: edited,
        },
    ])
}

/// The program against `checkout`'s crate, outside any workspace, with the checkout's lock
/// file so that it resolves the versions the crate was built with.
fn write_program(checkout: &Checkout, dirs: &Dirs) -> Result<PathBuf, String> {
    let folder = dirs.base.join(format!("program-{}", checkout.label));
    let manifest = format!(
        "[package]\nname = \"bench-program-{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nsailpoint-beta = {{ path = {:?} }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n\n\
         [workspace]\n",
        checkout.label,
        checkout.beta_crate().display().to_string()
    );
    write(&folder.join("Cargo.toml"), &manifest)?;
    let lock = std::fs::read_to_string(checkout.root.join("Cargo.lock"))
        .map_err(|e| format!("{}: {e}", checkout.root.join("Cargo.lock").display()))?;
    write(&folder.join("Cargo.lock"), &lock)?;
    write(&folder.join("src/main.rs"), &main_rs(0))?;
    Ok(folder)
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// Seconds for `cargo build` of the program against `checkout`'s crate, into that checkout's
/// target dir, without incremental compilation, as the crate's own build figures are taken.
fn build(program: &Path, checkout: &Checkout, dirs: &Dirs) -> Result<f64, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let start = std::time::Instant::now();
    let output = std::process::Command::new(cargo)
        .args(["build", "--quiet"])
        .current_dir(program)
        .env("CARGO_TARGET_DIR", dirs.target(checkout))
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let elapsed = start.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(failure(
            &format!("cargo build (in {})", program.display()),
            &output,
        ));
    }
    Ok(elapsed)
}
