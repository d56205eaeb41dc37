//! The `sailpoint-beta` crate: manifest, runtime, one module per tag and one per model type.

pub(crate) mod apis;
mod doc;
mod errors;
mod every_operation;
mod evidence;
pub(crate) mod features;
mod format;
mod models;
mod runtime;

pub use runtime::RuntimeSource;
pub(crate) mod send;
pub mod types;

use askama::Template;

use super::GeneratedFile;
use crate::error::{Error, Result};
use crate::model::names::{Scope, snake_ident};
use crate::model::{Api, TypeId};

/// What the crate is called and where it lives.
#[derive(Debug, Clone)]
pub struct CrateOptions {
    /// The crate's name; by default `sailpoint-<version>`, the API version the spec's server
    /// names (`sailpoint-beta`, `sailpoint-v3`).
    pub name: Option<String>,
    pub version: String,
    pub repository: String,
    /// The year in the license.
    pub year: u16,
    /// `CHANGELOG.md`, which `cargo xtask spec-update` writes: the generator keeps it as it is.
    pub changelog: Option<String>,
    /// The upstream commit the spec was taken from, named in the crate's README (and so its
    /// docs) and in its `Cargo.toml` metadata.
    pub spec_origin: Option<SpecOrigin>,
    /// Where the crate finds the runtime besides its version on crates.io.
    pub runtime: RuntimeSource,
}

/// Where a spec tree comes from: a repository (a git URL or path) and a commit in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecOrigin {
    pub repository: String,
    pub commit: String,
}

impl SpecOrigin {
    /// The README's sentence on where the spec comes from: a link to the commit's tree for a
    /// repository on GitHub, the repository and commit as code otherwise (no bare URL, which
    /// rustdoc warns about).
    fn sentence(&self) -> String {
        let repository = self.repository.trim_end_matches('/');
        let repository = repository.strip_suffix(".git").unwrap_or(repository);
        let short = &self.commit[..self.commit.len().min(12)];
        match repository.strip_prefix("https://github.com/") {
            Some(name) => format!(
                "The spec is taken from [`{name}` at `{short}`]({repository}/tree/{}).",
                self.commit
            ),
            None => format!(
                "The spec is taken from `{repository}` at commit `{}`.",
                self.commit
            ),
        }
    }
}

impl CrateOptions {
    pub fn crate_name(&self, api: &Api) -> String {
        self.name
            .clone()
            .unwrap_or_else(|| match api.is_versioned() {
                true => crate::model::VERSIONED_CRATE.to_string(),
                false => format!("sailpoint-{}", api.api_version()),
            })
    }
}

impl Default for CrateOptions {
    fn default() -> Self {
        CrateOptions {
            name: None,
            version: "0.1.0".into(),
            repository: "https://github.com/sailpoint-rust/sailpoint-beta".into(),
            year: 2026,
            changelog: None,
            spec_origin: None,
            runtime: RuntimeSource::default(),
        }
    }
}

#[derive(Template)]
#[template(path = "rust/cargo_toml.toml", escape = "none")]
struct CargoToml<'a> {
    crate_name: &'a str,
    /// `beta`, `v3`: what the description and the header comment call the API.
    api_version: &'a str,
    crate_version: &'a str,
    repository: &'a str,
    all_features: Vec<String>,
    dependencies: String,
    runtime_name: &'static str,
    runtime_defaults: Vec<&'static str>,
    runtime_features: Vec<&'static str>,
    spec_origin: Option<&'a SpecOrigin>,
}

#[derive(Template)]
#[template(path = "rust/readme.md", escape = "none")]
struct Readme<'a> {
    /// The API has the Identities operations the full example uses.
    identities: bool,
    crate_name: &'a str,
    lib_name: String,
    title: &'a str,
    example: Option<String>,
    first_feature: &'a str,
    crate_version: &'a str,
    version: &'a str,
    operation_count: usize,
    tag_count: usize,
    type_count: usize,
    /// Which upstream commit the crate is generated from, as a Markdown sentence.
    spec_origin: Option<String>,
}

#[derive(Template)]
#[template(path = "rust/license.txt", escape = "none")]
struct License<'a> {
    year: u16,
    crate_name: &'a str,
}

#[derive(Template)]
#[template(path = "rust/lib.rs", escape = "none")]
struct LibRs {
    runtime_name: &'static str,
    /// The runtime's name in paths: `sailpoint_runtime`.
    runtime_lib: String,
}

/// Where the API lives, from the spec's server.
#[derive(Template)]
#[template(path = "rust/spec.rs", escape = "none")]
struct SpecRs<'a> {
    api_path: &'a str,
}

/// The crate's client, bound to its API on the family's shared client.
#[derive(Template)]
#[template(path = "rust/client.rs", escape = "none")]
struct ClientRs<'a> {
    api_title: &'a str,
}

#[derive(Template)]
#[template(path = "rust/apis_mod.rs", escape = "none")]
struct ApisMod {
    modules: Vec<ApiModule>,
    /// The `cfg` of the module of shared error types, if there is one.
    errors_cfg: Option<String>,
}

#[derive(Template)]
#[template(path = "rust/errors_mod.rs", escape = "none")]
struct ErrorsMod<'a> {
    types: &'a [errors::ErrorEnum],
}

struct ApiModule {
    name: String,
    feature: String,
    api_name: String,
}

#[derive(Template)]
#[template(path = "rust/models_mod.rs", escape = "none")]
struct ModelsMod {
    modules: Vec<ModelModule>,
}

struct ModelModule {
    name: String,
    type_name: String,
    cfg: String,
}

/// Every file of the crate, sorted by path.
pub fn render_crate(api: &Api, options: &CrateOptions) -> Result<Vec<GeneratedFile>> {
    let features = features::features(api);
    let mut files = Vec::new();
    let text = |path: &str,
                rendered: std::result::Result<String, askama::Error>|
     -> Result<GeneratedFile> {
        let contents = rendered.map_err(|e| Error::Template {
            item: path.to_string(),
            message: e.to_string(),
        })?;
        // Every text file ends with one newline, which askama drops from a template's end.
        Ok(GeneratedFile {
            path: path.to_string(),
            contents: format!("{}\n", contents.trim_end()),
        })
    };
    let rust = |path: &str,
                rendered: std::result::Result<String, askama::Error>|
     -> Result<GeneratedFile> {
        let file = text(path, rendered)?;
        Ok(GeneratedFile {
            contents: format::format_rust(path, &file.contents)?,
            ..file
        })
    };
    let counts = (api.operations.len(), api.tags.len(), api.types.len());

    let crate_name = options.crate_name(api);
    let (runtime_defaults, runtime_features) = runtime::features();
    let cargo = CargoToml {
        crate_name: &crate_name,
        api_version: api.api_version(),
        crate_version: &options.version,
        repository: &options.repository,
        all_features: features::all(api),
        dependencies: runtime::dependencies(&options.runtime),
        runtime_name: runtime::NAME,
        runtime_defaults,
        runtime_features,
        spec_origin: options.spec_origin.as_ref(),
    };
    files.push(text("Cargo.toml", cargo.render())?);
    let lib_name = crate_name.replace('-', "_");
    let example = example_call(api);
    let first_feature = api
        .tags
        .first()
        .map_or("full", |t| t.names.feature.as_str());
    let readme = Readme {
        identities: has_identities_example(api),
        crate_name: &crate_name,
        lib_name: lib_name.clone(),
        title: &api.title,
        example: example.clone(),
        first_feature,
        crate_version: &options.version,
        version: &api.version,
        operation_count: counts.0,
        tag_count: counts.1,
        type_count: counts.2,
        spec_origin: options.spec_origin.as_ref().map(SpecOrigin::sentence),
    };
    files.push(text("README.md", readme.render())?);
    files.push(text(
        "LICENSE",
        License {
            year: options.year,
            crate_name: &crate_name,
        }
        .render(),
    )?);
    if let Some(changelog) = &options.changelog {
        files.push(GeneratedFile {
            path: "CHANGELOG.md".into(),
            contents: changelog.clone(),
        });
    }
    let (_, api_path) = split_base_url(&api.base_url);
    files.push(rust("src/spec.rs", SpecRs { api_path }.render())?);
    files.push(rust(
        "src/client.rs",
        ClientRs {
            api_title: &api_title(api),
        }
        .render(),
    )?);

    let shared_errors = errors::shared_errors(api);
    let shared_errors = &shared_errors;
    let mut api_modules = Vec::new();
    let mut api_jobs = Vec::new();
    for tag in &api.tags {
        let module = &tag.names.module;
        let path = format!("src/apis/{}.rs", crate::model::names::bare(module));
        api_jobs.push(format::Job {
            item: path.clone(),
            path,
            render: Box::new(move || apis::api_source(api, tag, shared_errors)),
        });
        api_modules.push(ApiModule {
            name: module.clone(),
            feature: tag.names.feature.clone(),
            api_name: tag.names.api.clone(),
        });
    }
    files.extend(format::render_all(api_jobs)?);
    let error_features = shared_errors.features();
    if !error_features.is_empty() {
        files.push(rust(
            "src/apis/errors.rs",
            ErrorsMod {
                types: &shared_errors.types,
            }
            .render(),
        )?);
    }
    files.push(rust(
        "src/apis/mod.rs",
        ApisMod {
            modules: api_modules,
            errors_cfg: (!error_features.is_empty()).then(|| cfg_any(error_features)),
        }
        .render(),
    )?);

    let mut module_names = Scope::with_reserved(&["mod"]);
    let mut model_modules = Vec::new();
    let mut model_jobs = Vec::new();
    for index in 0..api.types.len() {
        let def = api.type_def(TypeId(index));
        let module = module_names.claim(&snake_ident(&def.name));
        let path = format!("src/models/{}.rs", crate::model::names::bare(&module));
        model_jobs.push(format::Job {
            item: format!("models::{}", def.name),
            path,
            render: Box::new(move || models::model_source(api, TypeId(index))),
        });
        model_modules.push(ModelModule {
            name: module,
            type_name: def.name.clone(),
            cfg: cfg_any(&features.types[index]),
        });
    }
    files.extend(format::render_all(model_jobs)?);
    model_modules.sort_by(|a, b| a.name.cmp(&b.name));
    files.push(rust(
        "src/models/mod.rs",
        ModelsMod {
            modules: model_modules,
        }
        .render(),
    )?);
    files.push(rust(
        "src/lib.rs",
        LibRs {
            runtime_name: runtime::NAME,
            runtime_lib: runtime::NAME.replace('-', "_"),
        }
        .render(),
    )?);
    files.push(rust(
        "examples/every_operation.rs",
        every_operation::every_operation_source(api, &lib_name),
    )?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Whether the API has what the front page's full example calls: `listIdentities` paging an
/// array, and `getIdentity` with a typed 404.
fn has_identities_example(api: &Api) -> bool {
    let find = |id: &str| api.operations.iter().find(|o| o.operation_id == id);
    let pages = find("listIdentities").is_some_and(|o| {
        o.paginated
            && o.success_responses()
                .filter_map(|r| r.preferred_content())
                .any(|c| matches!(c.ty, crate::model::TypeRef::Array(_)))
    });
    let not_found = find("getIdentity").is_some_and(|o| {
        o.responses
            .iter()
            .any(|r| r.status == crate::model::Status::Code(404) && r.preferred_content().is_some())
    });
    pages && not_found
}

/// The call the crate's front page shows: `listIdentities` where the API has it, else the first
/// operation that needs no arguments; with `.limit(10)` where it pages.
fn example_call(api: &Api) -> Option<String> {
    let needs_nothing = |o: &&crate::model::Operation| {
        o.required_params().next().is_none() && o.body.as_ref().is_none_or(|b| !b.required)
    };
    let operation = api
        .operations
        .iter()
        .find(|o| o.operation_id == "listIdentities")
        .or_else(|| {
            api.operations
                .iter()
                .filter(needs_nothing)
                .find(|o| o.http_method == "GET")
        })?;
    let accessor = &api.tag_of(operation).names.module;
    let limit = if operation.paginated {
        ".limit(10)"
    } else {
        ""
    };
    Some(format!("{accessor}().{}(){limit}", operation.names.method))
}

/// What the crate's docs call its API: "SailPoint's beta API", or "SailPoint's versioned API" for
/// the one whose server has no version path (each operation's path carries its version).
pub fn api_title(api: &Api) -> String {
    match api.api_version() {
        crate::model::VERSIONED_API => "SailPoint's versioned API".to_string(),
        version => format!("SailPoint's {version} API"),
    }
}

/// The server URL split into the tenant's base and the API's path: `https://x.y/beta` into
/// `https://x.y` and `/beta`.
fn split_base_url(url: &str) -> (&str, &str) {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(slash) => url.split_at(after_scheme + slash),
        None => (url, ""),
    }
}

/// `text` as a Rust raw string literal, with the fewest `#`s that can hold it.
pub fn raw_string_literal(text: &str) -> String {
    let hashes = "#".repeat(
        (1..)
            .find(|&n| !text.contains(&format!("\"{}", "#".repeat(n))))
            .unwrap_or(1),
    );
    format!("r{hashes}\"{text}\"{hashes}")
}

pub(super) fn cfg_any(features: &[String]) -> String {
    let list: Vec<String> = features
        .iter()
        .map(|f| format!("feature = {f:?}"))
        .collect();
    match list.as_slice() {
        [one] => one.clone(),
        _ => format!("any({})", list.join(", ")),
    }
}
