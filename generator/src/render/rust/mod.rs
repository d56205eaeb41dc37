//! The `sailpoint-beta` crate: manifest, runtime, one module per tag and one per model type.

pub(crate) mod apis;
mod doc;
mod errors;
mod every_operation;
mod evidence;
pub(crate) mod features;
mod format;
mod models;
pub(crate) mod send;
pub mod types;

use askama::Template;

use super::GeneratedFile;
use crate::error::{Error, Result};
use crate::model::{Api, TypeId};
use crate::model::names::{Scope, snake_ident};

/// What the crate is called and where it lives.
#[derive(Debug, Clone)]
pub struct CrateOptions {
    pub name: String,
    pub version: String,
    pub repository: String,
    /// The year in the license.
    pub year: u16,
}

impl Default for CrateOptions {
    fn default() -> Self {
        CrateOptions {
            name: "sailpoint-beta".into(),
            version: "0.1.0".into(),
            repository: "https://github.com/sailpoint-rust/sailpoint-beta".into(),
            year: 2026,
        }
    }
}

#[derive(Template)]
#[template(path = "rust/cargo_toml.toml", escape = "none")]
struct CargoToml<'a> {
    crate_name: &'a str,
    crate_version: &'a str,
    repository: &'a str,
    all_features: Vec<String>,
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
}

#[derive(Template)]
#[template(path = "rust/license.txt", escape = "none")]
struct License {
    year: u16,
}

#[derive(Template)]
#[template(path = "rust/lib.rs", escape = "none")]
struct LibRs {
    date_times: bool,
    /// Some model is a union.
    unions: bool,
    /// Some model reads a field with the `lenient` module.
    lenient: bool,
}

#[derive(Template)]
#[template(path = "rust/runtime/client.rs", escape = "none")]
struct ClientRs<'a> {
    title: &'a str,
    example_area: String,
}

#[derive(Template)]
#[template(path = "rust/runtime/config.rs", escape = "none")]
struct ConfigRs<'a> {
    lib_name: &'a str,
    default_base_url: &'a str,
    api_path: &'a str,
}

#[derive(Template)]
#[template(path = "rust/runtime/auth.rs", escape = "none")]
struct AuthRs;

/// Lenient decoding, written when some model has a string or boolean field, or a list field
/// whose spec example is a lone item.
#[derive(Template)]
#[template(path = "rust/runtime/lenient.rs", escape = "none")]
struct LenientRs {
    string: bool,
    string_option: bool,
    boolean: bool,
    boolean_option: bool,
    one_or_many: bool,
    one_or_many_option: bool,
    one_as_item: bool,
    one_as_item_option: bool,
    null_as_default: bool,
}

impl LenientRs {
    /// Whether any model uses one of its functions: else the module is not written.
    fn is_used(&self) -> bool {
        [
            self.string,
            self.string_option,
            self.boolean,
            self.boolean_option,
            self.one_or_many,
            self.one_or_many_option,
            self.one_as_item,
            self.one_as_item_option,
            self.null_as_default,
        ]
        .contains(&true)
    }
}

/// Lenient date-time decoding, written when some model has a date-time field.
#[derive(Template)]
#[template(path = "rust/runtime/datetime.rs", escape = "none")]
struct DateTimeRs {
    /// Some required field is a date-time.
    required: bool,
    /// Some optional field is a date-time.
    optional: bool,
}

#[derive(Template)]
#[template(path = "rust/runtime/retry.rs", escape = "none")]
struct RetryRs;

/// `Page`, and the helpers that read pages when some operation pages.
#[derive(Template)]
#[template(path = "rust/runtime/pagination.rs", escape = "none")]
struct PaginationRs {
    paged: bool,
}

#[derive(Template)]
#[template(path = "rust/runtime/error.rs", escape = "none")]
struct ErrorRs;

/// The request helpers, each written only when some operation calls it.
#[derive(Template)]
#[template(path = "rust/runtime/request.rs", escape = "none")]
struct RequestRs {
    path_segment: bool,
    with_json: bool,
    json: bool,
    json_or_empty: bool,
    bytes: bool,
    empty: bool,
    decode: bool,
    decode_body: bool,
    text_part: bool,
    json_part: bool,
    file_part: bool,
}

impl RequestRs {
    fn used_by(api_sources: &[GeneratedFile]) -> Self {
        let uses = |helper: &str| api_sources.iter().any(|f| f.contents.contains(&format!("crate::request::{helper}(")));
        let (json, json_or_empty) = (uses("json"), uses("json_or_empty"));
        RequestRs {
            path_segment: uses("path_segment"),
            with_json: uses("with_json"),
            json,
            json_or_empty,
            bytes: uses("bytes"),
            empty: uses("empty"),
            decode: json || json_or_empty,
            decode_body: json || json_or_empty || uses("decode_body"),
            text_part: uses("text_part"),
            json_part: uses("json_part"),
            file_part: uses("file_part"),
        }
    }
}

#[derive(Template)]
#[template(path = "rust/runtime/string_enum.rs", escape = "none")]
struct StringEnumRs;

/// How a union chooses its alternative, written when some model is a union.
#[derive(Template)]
#[template(path = "rust/runtime/union.rs", escape = "none")]
struct UnionRs;

#[derive(Template)]
#[template(path = "rust/apis_mod.rs", escape = "none")]
struct ApisMod {
    modules: Vec<ApiModule>,
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
    let text = |path: &str, rendered: std::result::Result<String, askama::Error>| -> Result<GeneratedFile> {
        let contents = rendered.map_err(|e| Error::Template { item: path.to_string(), message: e.to_string() })?;
        Ok(GeneratedFile { path: path.to_string(), contents })
    };
    let rust = |path: &str, rendered: std::result::Result<String, askama::Error>| -> Result<GeneratedFile> {
        let file = text(path, rendered)?;
        Ok(GeneratedFile { contents: format::format_rust(path, &file.contents)?, ..file })
    };
    let counts = (api.operations.len(), api.tags.len(), api.types.len());

    let cargo = CargoToml { crate_name: &options.name, crate_version: &options.version, repository: &options.repository, all_features: features.all() };
    files.push(text("Cargo.toml", cargo.render())?);
    let lib_name = options.name.replace('-', "_");
    let example = example_call(api);
    let first_feature = features.tags.first().map(String::as_str).unwrap_or("full");
    let readme = Readme {
        identities: has_identities_example(api),
        crate_name: &options.name,
        lib_name: lib_name.clone(),
        title: &api.title,
        example: example.clone(),
        first_feature,
        crate_version: &options.version,
        version: &api.version,
        operation_count: counts.0,
        tag_count: counts.1,
        type_count: counts.2,
    };
    files.push(text("README.md", readme.render())?);
    files.push(text("LICENSE", License { year: options.year }.render())?);
    let example_area = api.tags.first().map(|t| apis::tag_module(&t.name)).unwrap_or_default();
    files.push(rust("src/client.rs", ClientRs { title: &api.title, example_area }.render())?);
    let (default_base_url, api_path) = split_base_url(&api.base_url);
    files.push(rust("src/config.rs", ConfigRs { lib_name: &lib_name, default_base_url, api_path }.render())?);
    files.push(rust("src/auth.rs", AuthRs.render())?);
    files.push(rust("src/retry.rs", RetryRs.render())?);
    files.push(rust("src/error.rs", ErrorRs.render())?);
    files.push(rust("src/string_enum.rs", StringEnumRs.render())?);

    let mut api_modules = Vec::new();
    let mut api_jobs = Vec::new();
    for (tag, feature) in api.tags.iter().zip(&features.tags) {
        let module = apis::tag_module(&tag.name);
        let path = format!("src/apis/{}.rs", crate::model::names::bare(&module));
        api_jobs.push(format::Unformatted { item: path.clone(), path, source: apis::api_source(api, tag)? });
        api_modules.push(ApiModule { name: module, feature: feature.clone(), api_name: apis::api_name(&tag.name) });
    }
    let api_files = format::format_all(api_jobs)?;
    let request = RequestRs::used_by(&api_files);
    let paged = api_files.iter().any(|f| f.contents.contains("crate::pagination::items("));
    files.push(rust("src/pagination.rs", PaginationRs { paged }.render())?);
    files.extend(api_files);
    files.push(rust("src/request.rs", request.render())?);
    files.push(rust("src/apis/mod.rs", ApisMod { modules: api_modules }.render())?);

    let mut module_names = Scope::with_reserved(&["mod"]);
    let mut model_modules = Vec::new();
    let mut model_jobs = Vec::new();
    for index in 0..api.types.len() {
        let def = api.type_def(TypeId(index));
        let module = module_names.claim(&snake_ident(&def.name));
        let path = format!("src/models/{}.rs", crate::model::names::bare(&module));
        let source = models::model_source(api, TypeId(index))?;
        model_jobs.push(format::Unformatted { item: format!("models::{}", def.name), path, source });
        model_modules.push(ModelModule { name: module, type_name: def.name.clone(), cfg: cfg_any(&features.types[index]) });
    }
    files.extend(format::format_all(model_jobs)?);
    model_modules.sort_by(|a, b| a.name.cmp(&b.name));
    files.push(rust("src/models/mod.rs", ModelsMod { modules: model_modules }.render())?);
    let uses = |function: &str| files.iter().any(|f| f.contents.contains(&format!("\"crate::datetime::{function}\"")));
    let date_time = DateTimeRs { required: uses("deserialize"), optional: uses("deserialize_option") };
    let date_times = date_time.required || date_time.optional;
    if date_times {
        files.push(rust("src/datetime.rs", date_time.render())?);
    }
    let uses = |function: &str| files.iter().any(|f| f.contents.contains(&format!("\"crate::lenient::{function}\"")));
    let lenient = LenientRs {
        string: uses("string"),
        string_option: uses("string_option"),
        boolean: uses("boolean"),
        boolean_option: uses("boolean_option"),
        one_or_many: uses("one_or_many"),
        one_or_many_option: uses("one_or_many_option"),
        one_as_item: uses("one_as_item"),
        one_as_item_option: uses("one_as_item_option"),
        null_as_default: uses("null_as_default"),
    };
    let lenient_used = lenient.is_used();
    if lenient_used {
        files.push(rust("src/lenient.rs", lenient.render())?);
    }
    let unions = api.types.iter().any(|def| matches!(def.kind, crate::model::TypeKind::Union(_)));
    if unions {
        files.push(rust("src/union.rs", UnionRs.render())?);
    }
    files.push(rust("src/lib.rs", LibRs { date_times, unions, lenient: lenient_used }.render())?);
    files.push(rust("examples/every_operation.rs", every_operation::every_operation_source(api, &lib_name))?);

    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Whether the API has what the front page's full example calls: `listIdentities` paging an
/// array, and `getIdentity` with a typed 404.
fn has_identities_example(api: &Api) -> bool {
    let find = |id: &str| api.operations.iter().find(|o| o.operation_id == id);
    let pages = find("listIdentities").is_some_and(|o| {
        o.paginated && o.success_responses().filter_map(|r| r.preferred_content()).any(|c| matches!(c.ty, crate::model::TypeRef::Array(_)))
    });
    let not_found = find("getIdentity").is_some_and(|o| {
        o.responses.iter().any(|r| r.status == crate::model::Status::Code(404) && r.preferred_content().is_some())
    });
    pages && not_found
}

/// The call the crate's front page shows: `listIdentities` where the API has it, else the first
/// operation that needs no arguments; with `.limit(10)` where it pages.
fn example_call(api: &Api) -> Option<String> {
    let needs_nothing = |o: &&crate::model::Operation| o.required_params().next().is_none() && o.body.as_ref().is_none_or(|b| !b.required);
    let operation = api
        .operations
        .iter()
        .find(|o| o.operation_id == "listIdentities")
        .or_else(|| api.operations.iter().filter(needs_nothing).find(|o| o.http_method == "GET"))?;
    let accessor = apis::tag_module(&operation.tag);
    let limit = if operation.paginated { ".limit(10)" } else { "" };
    Some(format!("{accessor}().{}(){limit}", operation.method_name))
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
    let hashes = "#".repeat((1..).find(|&n| !text.contains(&format!("\"{}", "#".repeat(n)))).unwrap_or(1));
    format!("r{hashes}\"{text}\"{hashes}")
}

fn cfg_any(features: &[String]) -> String {
    let list: Vec<String> = features.iter().map(|f| format!("feature = {f:?}")).collect();
    match list.as_slice() {
        [one] => one.clone(),
        _ => format!("any({})", list.join(", ")),
    }
}
