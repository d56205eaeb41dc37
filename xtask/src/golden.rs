//! `cargo xtask golden [--check]`: the golden crates under tests/golden are what the fixture
//! specs under tests/fixtures produce. Review the diff after regenerating.

use integration_tests::{fixture_spec, golden_dir, golden_fixtures, golden_options};
use sailpoint_codegen::{Mode, codegen};

pub fn run(check: bool) -> Result<(), String> {
    let mode = if check { Mode::Check } else { Mode::Write };
    let mut stale_count = 0;
    for fixture in golden_fixtures() {
        let (generated, stale) = codegen(
            &fixture_spec(&fixture),
            &golden_dir(&fixture),
            &golden_options(&fixture),
            mode,
        )
        .map_err(|e| format!("{fixture}: {e}"))?;
        for file in &stale {
            println!("{fixture}: {file}");
        }
        stale_count += stale.len();
        println!(
            "{fixture}: {} files, {} warnings",
            generated.files.len(),
            generated.warnings.len()
        );
        for warning in &generated.warnings {
            println!("  {warning}");
        }
    }
    if stale_count > 0 {
        return Err(format!(
            "{stale_count} golden files are stale; run `cargo xtask golden` and review the diff"
        ));
    }
    // The spec-update walk takes a minute: its test compares it, `--check` leaves it to the test.
    if mode == Mode::Write {
        crate::history::bless(&crate::project_root())?;
    }
    Ok(())
}
