//! The reference pages: one Markdown page per tag (its methods) and per model type, and an
//! index of each, in the scheme of SailPoint's published SDK reference and valid MDX for its
//! Docusaurus site. They are rendered from the same model as the code and use its Rust names.
//!
//! Files go under `docs/`: `docs/methods/<kebab>.md`, `docs/models/<kebab>.md` and an
//! `index.md` in each folder. Where a page is served comes from its front matter's `slug`.

mod doc_types;
mod examples;
mod index;
pub mod links;
mod mdx;
mod methods;
mod models;
pub mod naming;

use std::collections::BTreeMap;

use super::GeneratedFile;
use crate::error::{Error, Result};
use crate::model::{Api, TypeId};
use crate::parallel::in_parallel;
use crate::render::rust::CrateOptions;

/// Every page, sorted by path (`docs/...`).
pub fn render_docs(api: &Api, options: &CrateOptions) -> Result<Vec<GeneratedFile>> {
    let crate_name = options.crate_name(api);
    let lib = crate_name.replace('-', "_");
    let site = naming::Site::new(api.api_version());
    let site = &site;
    let template = |item: &str| {
        let item = item.to_string();
        move |e: askama::Error| Error::Template {
            item,
            message: e.to_string(),
        }
    };
    let mut pages = Vec::with_capacity(api.tags.len() + api.types.len() + 2);
    pages.push(
        index::methods_index(api, &crate_name, &options.version, &lib, site)
            .map_err(template("docs: methods index"))?,
    );
    pages.push(index::models_index(api, &lib, site).map_err(template("docs: models index"))?);
    let tags: Vec<usize> = (0..api.tags.len()).collect();
    pages.extend(in_parallel(&tags, |&index| {
        let tag = &api.tags[index];
        methods::method_page(api, tag, &lib, site)
            .map_err(template(&format!("docs: methods of {}", tag.name)))
    })?);
    let types: Vec<TypeId> = (0..api.types.len()).map(TypeId).collect();
    pages.extend(in_parallel(&types, |&id| {
        models::model_page(api, id, &lib, site)
            .map_err(template(&format!("docs: model {}", api.type_def(id).name)))
    })?);
    // Two names can make one page name (`A_B` and `AB`); a page would then hide the other.
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for (file, slug, _) in &pages {
        if let Some(other) = seen.insert(file, slug) {
            return Err(Error::Template {
                item: format!("docs/{file}"),
                message: format!("two pages would be written there ({other})"),
            });
        }
    }
    let mut files: Vec<GeneratedFile> = pages
        .into_iter()
        .map(|(file, _, text)| GeneratedFile {
            path: format!("docs/{file}"),
            contents: tidy(&text),
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// `text` without trailing spaces (an empty last table cell leaves one) and ending in one newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    for line in text.trim_end().lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
