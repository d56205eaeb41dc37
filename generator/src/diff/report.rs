//! The API diff as Markdown (for a changelog or a pull request) and as JSON (for tools).

use std::fmt::Write;

use super::{ApiDiff, Impact};

/// Lists longer than this are folded into a `<details>` block.
const FOLD_AFTER: usize = 20;

/// Markdown sections (`### ⚠ Breaking`, `### Added`, `### Documentation`), one entry a line;
/// nothing when the APIs are the same.
pub fn markdown(diff: &ApiDiff) -> String {
    let mut out = String::new();
    let breaking: Vec<String> = diff
        .of(Impact::Breaking)
        .map(|c| {
            let migration = c
                .migration
                .as_deref()
                .map(|m| format!(" — {m}"))
                .unwrap_or_default();
            format!("- `{}`: {}{migration}", c.item, c.what)
        })
        .collect();
    let additive: Vec<String> = diff
        .of(Impact::Additive)
        .map(|c| format!("- `{}`: {}", c.item, c.what))
        .collect();
    section(&mut out, "⚠ Breaking", &breaking);
    section(&mut out, "Added", &additive);
    let docs = diff.of(Impact::Docs).count();
    if docs > 0 {
        let items = if docs == 1 { "item" } else { "items" };
        let _ = writeln!(
            out,
            "### Documentation\n\nThe documentation of {docs} {items} changed.\n"
        );
    }
    out
}

fn section(out: &mut String, title: &str, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "### {title}\n");
    let folded = lines.len() > FOLD_AFTER;
    if folded {
        let _ = writeln!(out, "<details><summary>{} changes</summary>\n", lines.len());
    }
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
    if folded {
        let _ = writeln!(out, "\n</details>");
    }
    out.push('\n');
}

/// `{"impact": "breaking", "changes": [{"impact", "item", "what", "migration"}]}`; `impact` is
/// `null` when the APIs are the same.
pub fn json(diff: &ApiDiff) -> String {
    let changes: Vec<serde_json::Value> = diff
        .changes
        .iter()
        .map(|c| {
            serde_json::json!({
                "impact": c.impact.label(),
                "item": c.item,
                "what": c.what,
                "migration": c.migration,
            })
        })
        .collect();
    let report = serde_json::json!({
        "impact": diff.impact().map(Impact::label),
        "changes": changes,
    });
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}
