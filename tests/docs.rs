//! The reference pages under generated/sailpoint-beta/docs (and each golden crate's docs/): one per tag and
//! per model, in SailPoint's reference scheme for Rust, valid for a Docusaurus 3 (MDX) site
//! whose `onBrokenLinks` is `'throw'`: every link resolves, every anchor is a heading.

use std::path::{Path, PathBuf};

use integration_tests::{golden_dir, golden_fixtures, real_spec, repository_root};
use sailpoint_codegen::error::Warnings;
use sailpoint_codegen::model::{self, Api};
use sailpoint_codegen::render::markdown::links;
use sailpoint_codegen::render::markdown::naming::{Site, operation_anchor, page_name, tag_base};

/// Every page of a docs folder: (path relative to it, text), sorted.
fn pages(docs: &Path) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    for folder in ["methods", "models"] {
        let dir = docs.join(folder);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            pages.push((
                format!("{folder}/{}", path.file_name().unwrap().to_string_lossy()),
                text,
            ));
        }
    }
    pages.sort();
    pages
}

fn docs() -> PathBuf {
    repository_root().join("generated/sailpoint-beta/docs")
}

fn api() -> Api {
    let spec = real_spec();
    assert!(
        spec.exists(),
        "the spec is not at {}: set SAILPOINT_SPEC or run `cargo xtask fetch-spec`",
        spec.display()
    );
    let mut warnings = Warnings::default();
    let loaded = sailpoint_codegen::load::load(&spec, &mut warnings).unwrap();
    model::build(&loaded, &mut warnings)
}

#[test]
fn every_tag_and_every_model_has_a_page() {
    let api = api();
    let pages = pages(&docs());
    let files: Vec<&str> = pages.iter().map(|(file, _)| file.as_str()).collect();
    for tag in &api.tags {
        let file = format!("methods/{}.md", page_name(&tag_base(&tag.name)));
        assert!(
            files.contains(&file.as_str()),
            "{}: no page {file}",
            tag.name
        );
    }
    for def in &api.types {
        let file = format!("models/{}.md", page_name(&def.name));
        assert!(
            files.contains(&file.as_str()),
            "{}: no page {file}",
            def.name
        );
    }
    let methods = files.iter().filter(|f| f.starts_with("methods/")).count();
    let models = files.iter().filter(|f| f.starts_with("models/")).count();
    assert_eq!(
        (methods, models),
        (api.tags.len() + 1, api.types.len() + 1),
        "a page per tag and per model, and an index of each"
    );
    assert_eq!(api.tags.len(), 73);
    println!("{methods} method pages and {models} model pages (each count includes its index)");
}

/// The link report of `pages`, after asserting that none is broken.
fn links_resolve(pages: &[(String, String)]) -> links::Report {
    let report = links::check(
        pages
            .iter()
            .map(|(file, text)| (file.as_str(), text.as_str())),
    );
    let broken: Vec<String> = report
        .broken
        .iter()
        .take(30)
        .map(|b| b.to_string())
        .collect();
    assert!(
        report.broken.is_empty(),
        "{} broken links:\n{}",
        report.broken.len(),
        broken.join("\n")
    );
    report
}

#[test]
fn every_link_of_every_page_resolves() {
    let report = links_resolve(&pages(&docs()));
    println!(
        "{} pages: {} links to pages and anchors checked, {} external links left alone",
        report.pages, report.internal, report.external
    );
    // At least: each operation's row in its page's table and its "Back to top", each model
    // page's "Back to top".
    let api = api();
    let least = 2 * api.operations.len() + api.types.len();
    assert!(
        report.internal >= least,
        "only {} internal links, {least} expected at least: are the pages complete?",
        report.internal
    );
}

#[test]
fn the_versioned_api_pages_links_resolve_under_its_crate_s_slugs() {
    let docs = integration_tests::family::VERSIONED
        .folder(&repository_root())
        .join("docs");
    let pages = pages(&docs);
    let report = links_resolve(&pages);
    let identities = &pages
        .iter()
        .find(|(file, _)| file == "methods/identities.md")
        .expect("a page for the Identities tag")
        .1;
    assert!(
        identities.contains("slug: /tools/sdk/rust/sailpoint/methods/identities\n"),
        "{}",
        &identities[..identities.len().min(600)]
    );
    assert!(
        identities.contains("https://developer.sailpoint.com/docs/api/list-identities-v-1"),
        "API reference links carry no version segment"
    );
    assert!(
        report.internal > 2 * 917,
        "{} internal links",
        report.internal
    );
}

#[test]
fn golden_crates_docs_links_resolve() {
    for fixture in golden_fixtures() {
        let pages = pages(&golden_dir(&fixture).join("docs"));
        let report = links::check(
            pages
                .iter()
                .map(|(file, text)| (file.as_str(), text.as_str())),
        );
        let broken: Vec<String> = report.broken.iter().map(|b| b.to_string()).collect();
        assert!(
            broken.is_empty(),
            "{fixture}: broken links:\n{}",
            broken.join("\n")
        );
    }
}

/// The `## ` and `### ` headings of a page's text, in order.
fn headings(text: &str) -> Vec<&str> {
    prose(text)
        .filter(|line| line.starts_with("## ") || line.starts_with("### "))
        .map(str::trim_end)
        .collect()
}

#[test]
fn the_identities_page_follows_the_reference_page() {
    let ours = std::fs::read_to_string(docs().join("methods/identities.md")).unwrap();
    let reference = std::fs::read_to_string(
        repository_root().join("../shared/reference/python-beta-identities.md"),
    )
    .unwrap();
    let front_matter = "---\n\
        id: beta-identities\n\
        title: Identities\n\
        pagination_label: Identities\n\
        sidebar_label: Identities\n\
        sidebar_class_name: rustsdk\n\
        keywords: ['rust', 'Rust', 'sdk', 'Identities', 'BetaIdentities']\n\
        slug: /tools/sdk/rust/beta/methods/identities\n\
        tags: ['SDK', 'Software Development Kit', 'Identities', 'BetaIdentities']\n\
        ---\n";
    assert!(
        ours.starts_with(front_matter),
        "front matter:\n{}",
        &ours[..front_matter.len().min(ours.len())]
    );
    // The same operations, in the same order, each with the same sections.
    let reference_headings: Vec<&str> = headings(&reference)
        .into_iter()
        .map(|h| h.trim_end())
        .collect();
    assert_eq!(headings(&ours), reference_headings);
    // The table of methods lists them in that order too.
    let rows = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("[**") && l.contains("](#"))
            .map(|l| l.split("**").nth(1).unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(rows(&ours), rows(&reference));
    // Before the operations: the API's Rust path, its description, the base URL, the table.
    let order = [
        "\n# sailpoint_beta::apis::IdentitiesApi\n",
        "\nUse this API to implement identity functionality.",
        "\nAll URIs are relative to *https://sailpoint.api.identitynow.com/beta*\n",
        "\nMethod | HTTP request | Description\n",
        "\n## delete-identity\n",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|marker| ours.find(marker).unwrap_or_else(|| panic!("no {marker:?}")))
        .collect();
    assert!(
        positions.is_sorted(),
        "the page starts in another order than {order:?}"
    );
    assert_eq!(
        ours.matches("[API Spec](https://developer.sailpoint.com/docs/api/beta/")
            .count(),
        11
    );
    assert_eq!(ours.matches("[[Back to top]](#)").count(), 11);
    assert_eq!(
        ours.matches("```rust\nuse sailpoint_beta::{Client, Config")
            .count(),
        11
    );
    assert!(
        ours.contains("(optional, default: `\"CORRELATED_ONLY\"`)"),
        "string defaults are quoted"
    );
}

/// The Identities page is a reviewed golden file: what the spec generates now is what was
/// reviewed and checked in. (The staleness test covers every file; this one says where the
/// page changed.)
#[test]
fn the_identities_page_is_the_reviewed_golden_file() {
    let api = api();
    let files = sailpoint_codegen::render::markdown::render_docs(
        &api,
        &sailpoint_codegen::CrateOptions::default(),
    )
    .unwrap();
    let page = files
        .iter()
        .find(|f| f.path == "docs/methods/identities.md")
        .expect("an Identities page");
    let reviewed = std::fs::read_to_string(docs().join("methods/identities.md")).unwrap();
    if let Some((line, (now, then))) = page
        .contents
        .lines()
        .zip(reviewed.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
    {
        panic!(
            "generated/sailpoint-beta/docs/methods/identities.md changed at line {}:\n  reviewed:  {then}\n  generated: {now}\nreview it and run `cargo xtask codegen`",
            line + 1
        );
    }
    assert_eq!(
        page.contents, reviewed,
        "generated/sailpoint-beta/docs/methods/identities.md changed at its end; review it and run `cargo xtask codegen`"
    );
}

#[test]
fn the_reference_page_s_defects_are_not_in_ours() {
    let pages = pages(&docs());
    for (file, text) in &pages {
        assert!(
            !text.contains("&#39;") && !text.contains("&quot;") && !text.contains("&lt;"),
            "{file}: an HTML entity"
        );
        assert!(!text.contains("experimantl"), "{file}: the typo");
        assert!(
            !prose(text).any(|l| l.trim() == "}"),
            "{file}: a stray `}}` outside code"
        );
        for line in text.lines().filter(|l| l.contains(" // ")) {
            let comment = &line[line.find(" // ").unwrap() + 4..];
            assert!(
                !comment.contains(" // "),
                "{file}: a comment printed twice: {line}"
            );
        }
    }
}

/// The lines of `text` outside code fences.
fn prose(text: &str) -> impl Iterator<Item = &str> {
    let mut in_code = false;
    text.lines().filter(move |line| {
        if line.starts_with("```") {
            in_code = !in_code;
            return false;
        }
        !in_code
    })
}

#[test]
fn every_operation_has_its_section_anchor_and_spec_link() {
    let api = api();
    for tag in &api.tags {
        let path = docs().join(format!("methods/{}.md", page_name(&tag_base(&tag.name))));
        let text = std::fs::read_to_string(&path).unwrap();
        for &index in &tag.operations {
            let anchor = operation_anchor(&api.operations[index].operation_id);
            assert!(
                text.contains(&format!("\n## {anchor}\n")),
                "{}: no section {anchor}",
                path.display()
            );
            let link = Site::new("beta").api_spec_link(&api.operations[index].operation_id);
            assert!(
                link.starts_with("https://developer.sailpoint.com/docs/api/beta/")
                    && text.contains(&format!("[API Spec]({link})")),
                "{anchor}: no spec link {link}"
            );
        }
    }
}
