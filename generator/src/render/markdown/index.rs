//! The two index pages: every API area, every model.

use askama::Template;

use super::naming::{Site, page_name, tag_base};
use crate::model::{Api, TypeKind};

#[derive(Template)]
#[template(path = "markdown/methods_index.md", escape = "none")]
struct MethodsIndex<'a> {
    front_matter: String,
    crate_name: &'a str,
    crate_version: &'a str,
    lib: &'a str,
    apis: Vec<ApiRow>,
}

struct ApiRow {
    name: String,
    link: String,
    accessor: String,
    methods: usize,
}

#[derive(Template)]
#[template(path = "markdown/models_index.md", escape = "none")]
struct ModelsIndex<'a> {
    front_matter: String,
    lib: &'a str,
    models: Vec<ModelRow>,
}

struct ModelRow {
    name: String,
    link: String,
    kind: &'static str,
}

/// The index of the method pages: (file, slug, text).
pub fn methods_index(
    api: &Api,
    crate_name: &str,
    crate_version: &str,
    lib: &str,
    site: &Site,
) -> Result<(String, String, String), askama::Error> {
    let front_matter = site.index("Methods", &site.methods_slug());
    let mut apis: Vec<ApiRow> = api
        .tags
        .iter()
        .map(|tag| {
            let base = tag_base(&tag.name);
            ApiRow {
                link: format!("methods/{}", page_name(&base)),
                name: super::mdx::inline(&tag.name),
                accessor: tag.names.module.clone(),
                methods: tag.operations.len(),
            }
        })
        .collect();
    apis.sort_by(|a, b| a.link.cmp(&b.link));
    let page = MethodsIndex {
        front_matter: front_matter.render()?,
        crate_name,
        crate_version,
        lib,
        apis,
    };
    Ok(("methods/index.md".into(), front_matter.slug, page.render()?))
}

/// The index of the model pages: (file, slug, text).
pub fn models_index(
    api: &Api,
    lib: &str,
    site: &Site,
) -> Result<(String, String, String), askama::Error> {
    let front_matter = site.index("Models", &site.models_slug());
    let mut models: Vec<ModelRow> = api
        .types
        .iter()
        .map(|def| ModelRow {
            name: def.name.clone(),
            link: format!("models/{}", page_name(&def.name)),
            kind: match &def.kind {
                TypeKind::Struct(_) => "struct",
                TypeKind::Enum(_) => "enum",
                TypeKind::Union(u) if u.any_of => "anyOf",
                TypeKind::Union(_) => "oneOf",
                TypeKind::Alias(_) => "alias",
            },
        })
        .collect();
    models.sort_by(|a, b| a.link.cmp(&b.link));
    let page = ModelsIndex {
        front_matter: front_matter.render()?,
        lib,
        models,
    };
    Ok(("models/index.md".into(), front_matter.slug, page.render()?))
}
