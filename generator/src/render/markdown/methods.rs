//! One page per tag: the API's methods, each with its parameters, return type, responses,
//! headers and a complete example program, in the order and scheme of SailPoint's reference.

use askama::Template;

use super::doc_types::{On, doc_type, linked};
use super::examples::example_program;
use super::mdx;
use super::naming::{Site, operation_anchor, page_name, tag_base};
use crate::model::{Api, BodyKind, Operation, ParamLocation, ResponseKind, Tag};
use crate::render::rust::send::output;

#[derive(Template)]
#[template(path = "markdown/method_page.md", escape = "none")]
struct MethodPage {
    front_matter: String,
    api_path: String,
    description: Option<String>,
    accessor: String,
    feature: String,
    base_url: String,
    operations: Vec<OperationSection>,
}

struct OperationSection {
    anchor: String,
    http_method: String,
    path: String,
    /// The summary on one line, for the table of methods.
    summary_cell: String,
    deprecated: bool,
    /// The value of the experimental header the client sends, for experimental operations.
    experimental: Option<String>,
    summary: Option<String>,
    description: Option<String>,
    spec_link: String,
    params: Vec<ParamRow>,
    return_type: String,
    responses: Vec<ResponseRow>,
    content_type: String,
    accept: String,
    example: String,
}

struct ParamRow {
    location: &'static str,
    name: String,
    ty: String,
    required: String,
    description: String,
}

struct ResponseRow {
    code: String,
    description: String,
    ty: String,
    headers: String,
}

/// The page of `tag`: its file (under `docs/`), its slug and its text.
pub fn method_page(
    api: &Api,
    tag: &Tag,
    lib: &str,
    site: &Site,
) -> Result<(String, String, String), askama::Error> {
    let front_matter = site.page(&tag_base(&tag.name), &site.methods_slug());
    let mut operations = tag
        .operations
        .iter()
        .map(|&i| operation_section(api, &api.operations[i], lib, site))
        .collect::<Result<Vec<_>, _>>()?;
    // The reference lists the methods by their anchors' alphabetical order.
    operations.sort_by(|a, b| a.anchor.cmp(&b.anchor));
    let page = MethodPage {
        front_matter: front_matter.render()?,
        api_path: format!("{lib}::apis::{}", tag.names.api),
        description: tag
            .description
            .as_deref()
            .map(mdx::block)
            .filter(|d| !d.is_empty()),
        accessor: tag.names.module.clone(),
        feature: tag.names.feature.clone(),
        base_url: api.base_url.clone(),
        operations,
    };
    let file = format!("methods/{}.md", page_name(&front_matter.name));
    Ok((file, front_matter.slug, page.render()?))
}

fn operation_section(
    api: &Api,
    operation: &Operation,
    lib: &str,
    site: &Site,
) -> Result<OperationSection, askama::Error> {
    let output = output(api, operation);
    let return_type = match operation.response_kind() {
        ResponseKind::Empty => "(empty response body)".to_string(),
        ResponseKind::Bytes(content) => format!(
            "`Vec<u8>`: the response body as it comes (`{}`)",
            content.media_type
        ),
        ResponseKind::Json { content, .. } => linked(
            api,
            &output.ty,
            content.ty.innermost_named(),
            On::MethodPage,
        ),
    };
    Ok(OperationSection {
        anchor: operation_anchor(&operation.operation_id),
        http_method: operation.http_method.clone(),
        path: operation.path.to_string(),
        summary_cell: operation
            .summary
            .as_deref()
            .map(mdx::inline)
            .unwrap_or_default(),
        deprecated: operation.deprecated,
        experimental: operation
            .params
            .iter()
            .find_map(|p| p.fixed_value.clone())
            .filter(|_| operation.experimental),
        summary: operation
            .summary
            .as_deref()
            .map(mdx::block)
            .filter(|s| !s.is_empty()),
        description: operation
            .description
            .as_deref()
            .map(mdx::block)
            .filter(|d| !d.is_empty()),
        spec_link: site.api_spec_link(operation.spec_operation_id()),
        params: param_rows(api, operation),
        return_type,
        responses: response_rows(api, operation),
        content_type: operation
            .body
            .as_ref()
            .map_or("Not defined".to_string(), |b| b.sent().media_type.clone()),
        accept: output.accept.unwrap_or_else(|| "Not defined".to_string()),
        example: example_program(api, operation, lib)?,
    })
}

fn param_rows(api: &Api, operation: &Operation) -> Vec<ParamRow> {
    let mut rows: Vec<ParamRow> = operation
        .params
        .iter()
        .filter(|p| !p.is_fixed())
        .map(|param| ParamRow {
            location: match param.location {
                ParamLocation::Path => "Path",
                ParamLocation::Query => "Query",
                ParamLocation::Header => "Header",
                ParamLocation::Cookie => "Cookie",
            },
            name: param.name.clone(),
            ty: doc_type(api, &param.ty, On::MethodPage),
            required: required(param.required, param.default.as_ref()),
            description: param
                .description
                .as_deref()
                .map(mdx::inline)
                .unwrap_or_default(),
        })
        .collect();
    if let Some(body) = &operation.body {
        let content = body.sent();
        let ty = match (content.kind, &content.ty) {
            (BodyKind::Binary, _) => format!("`Vec<u8>` (`{}`)", content.media_type),
            (_, ty) => doc_type(api, ty, On::MethodPage),
        };
        rows.push(ParamRow {
            location: "Body",
            name: body.name.clone(),
            ty,
            required: required(body.required, None),
            description: body
                .description
                .as_deref()
                .map(mdx::inline)
                .unwrap_or_default(),
        });
    }
    rows
}

fn required(required: bool, default: Option<&serde_json::Value>) -> String {
    match (required, default) {
        (true, _) => "true".into(),
        (false, None) => "(optional)".into(),
        (false, Some(default)) => format!("(optional, default: `{default}`)"),
    }
}

fn response_rows(api: &Api, operation: &Operation) -> Vec<ResponseRow> {
    operation
        .responses
        .iter()
        .map(|response| {
            let ty = match response.preferred_content() {
                None => String::new(),
                Some(content) if content.kind == BodyKind::Json => {
                    doc_type(api, &content.ty, On::MethodPage)
                }
                Some(content) => format!("`Vec<u8>` (`{}`)", content.media_type),
            };
            let headers: Vec<String> = response
                .headers
                .iter()
                .map(|h| {
                    match h
                        .description
                        .as_deref()
                        .map(mdx::inline)
                        .filter(|d| !d.is_empty())
                    {
                        Some(description) => format!("`{}`: {description}", h.name),
                        None => format!("`{}`", h.name),
                    }
                })
                .collect();
            ResponseRow {
                code: response.status.label(),
                description: mdx::inline(&response.description),
                ty,
                headers: if headers.is_empty() {
                    "-".into()
                } else {
                    headers.join("; ")
                },
            }
        })
        .collect()
}
