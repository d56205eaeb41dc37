//! What a request builder's `send` does, as data the `api.rs` template renders: the path, query,
//! headers and body the request is built from, and how what comes back is decoded.

use super::types::{array_item, rust_type_in, to_str, to_text};
use crate::model::{
    Api, BodyKind, Field, Operation, ParamLocation, PathSegment, ResponseContent, ResponseKind,
    TypeKind, TypeRef,
};

/// What `send` returns, and how it is read from the response.
pub struct Output {
    pub ty: String,
    pub decode: Decode,
    pub accept: Option<String>,
    /// The item type, when the operation returns a JSON array: it can be read as pages.
    pub item: Option<String>,
}

/// How the response body becomes the output: each is a function of `crate::request`.
#[derive(Clone, Copy)]
pub enum Decode {
    Empty,
    Bytes,
    Json,
    /// JSON, or `None` for an empty body.
    JsonOrEmpty,
}

impl Decode {
    pub fn function(self) -> &'static str {
        match self {
            Decode::Empty => "empty",
            Decode::Bytes => "bytes",
            Decode::Json => "json",
            Decode::JsonOrEmpty => "json_or_empty",
        }
    }
}

pub fn output(api: &Api, operation: &Operation) -> Output {
    let preferred = operation
        .success_responses()
        .filter_map(|r| r.preferred_content());
    match operation.response_kind() {
        ResponseKind::Empty => Output {
            ty: "()".into(),
            decode: Decode::Empty,
            accept: None,
            item: None,
        },
        ResponseKind::Bytes(_) => Output {
            ty: "Vec<u8>".into(),
            decode: Decode::Bytes,
            accept: media_types(operation.success_responses().flat_map(|r| &r.contents)),
            item: None,
        },
        ResponseKind::Json {
            content,
            optional: true,
        } => Output {
            ty: format!("Option<{}>", rust_type_in(api, &content.ty, "models::")),
            decode: Decode::JsonOrEmpty,
            accept: media_types(preferred),
            item: None,
        },
        ResponseKind::Json {
            content,
            optional: false,
        } => Output {
            ty: rust_type_in(api, &content.ty, "models::"),
            decode: Decode::Json,
            accept: media_types(preferred),
            item: array_item(api, &content.ty).map(|item| rust_type_in(api, item, "models::")),
        },
    }
}

/// An `Accept` value listing each of these contents' media types once, in order.
fn media_types<'a>(contents: impl Iterator<Item = &'a ResponseContent>) -> Option<String> {
    let mut listed: Vec<&str> = Vec::new();
    for content in contents {
        if !listed.contains(&content.media_type.as_str()) {
            listed.push(&content.media_type);
        }
    }
    (!listed.is_empty()).then(|| listed.join(", "))
}

/// What the request is built from, for each attempt: the template reads the builder's fields
/// without moving them.
pub struct Request {
    pub path: Vec<PathPiece>,
    pub query: Vec<QueryParam>,
    pub headers: Vec<Header>,
    pub accept: Option<String>,
    pub body: Option<Body>,
}

impl Request {
    /// Whether the path is put together (a `String`) rather than the template's literal.
    pub fn path_is_built(&self) -> bool {
        self.path
            .iter()
            .any(|piece| matches!(piece, PathPiece::Param(_)))
    }

    /// Whether anything is added to the request once it is made: it is then `mut`.
    pub fn is_added_to(&self) -> bool {
        !self.query.is_empty()
            || !self.headers.is_empty()
            || self.accept.is_some()
            || self.body.is_some()
    }
}

pub enum PathPiece {
    Literal(String),
    /// The expression of the parameter's value as a `&str`, sent as one path segment.
    Param(String),
}

/// A builder field read for the request: always there when required, else only when set.
pub struct FieldRef {
    pub name: String,
    pub required: bool,
}

pub struct QueryParam {
    pub wire_name: String,
    pub field: FieldRef,
    pub value: QueryValue,
}

/// How a query parameter's `value` is written; the strings are expressions of its text.
pub enum QueryValue {
    /// Once, as the text of `value`.
    Single(String),
    /// An array, repeated per `item` (`explode`).
    EachItem(String),
    /// An array of strings, joined with commas.
    JoinedStrings,
    /// An array, the text of each `item` joined with commas.
    JoinedItems(String),
}

pub struct Header {
    pub wire_name: String,
    pub value: HeaderValue,
}

pub enum HeaderValue {
    /// Sent by the client itself (the experimental header).
    Fixed(String),
    /// From the builder field; `text` is the expression of its `value` as text.
    Field { field: FieldRef, text: String },
}

pub struct Body {
    pub field: FieldRef,
    pub encoding: BodyEncoding,
}

pub enum BodyEncoding {
    Json {
        media_type: String,
    },
    Form,
    Multipart(MultipartForm),
    /// Text or bytes, sent as they are.
    Raw {
        media_type: String,
    },
}

/// How the multipart form is built from the body `value` (borrowed, as the form is built anew
/// for each attempt).
pub enum MultipartForm {
    /// The body is not a struct: its JSON as one text part.
    Whole,
    /// One part per field of the body struct.
    Parts(Vec<FormPart>),
}

pub struct FormPart {
    pub json_name: String,
    pub field: String,
    /// A boxed field is read through its box: every use of `part` takes a reference.
    pub optional: bool,
    pub content: PartContent,
}

/// Every part says its content type: some servers (and Prism) reject parts without one.
pub enum PartContent {
    File,
    Text,
    Json,
    /// Text from the expression given, of `part`.
    TextOf(String),
}

pub fn request(api: &Api, operation: &Operation, output: &Output) -> Request {
    let located = |location| {
        operation
            .params
            .iter()
            .filter(move |p| p.location == location)
    };
    Request {
        path: path(api, operation),
        query: located(ParamLocation::Query)
            .map(|param| QueryParam {
                wire_name: param.wire_name.clone(),
                field: field(&param.name, param.required),
                value: query_value(api, &param.ty, param.explode),
            })
            .collect(),
        headers: located(ParamLocation::Header)
            .map(|param| Header {
                wire_name: param.wire_name.clone(),
                value: match &param.fixed_value {
                    Some(value) => HeaderValue::Fixed(value.clone()),
                    None => HeaderValue::Field {
                        field: field(&param.name, param.required),
                        text: to_text(api, &param.ty, "value"),
                    },
                },
            })
            .collect(),
        accept: output.accept.clone(),
        body: operation.body.as_ref().map(|body| {
            let content = body.sent();
            Body {
                field: field(&body.name, body.required),
                encoding: match content.kind {
                    BodyKind::Json | BodyKind::JsonPatch => BodyEncoding::Json {
                        media_type: content.media_type.clone(),
                    },
                    BodyKind::Form => BodyEncoding::Form,
                    BodyKind::Multipart => {
                        BodyEncoding::Multipart(multipart_form(api, &content.ty))
                    }
                    BodyKind::Text | BodyKind::Binary => BodyEncoding::Raw {
                        media_type: content.media_type.clone(),
                    },
                },
            }
        }),
    }
}

fn field(name: &str, required: bool) -> FieldRef {
    FieldRef {
        name: name.to_string(),
        required,
    }
}

fn path(api: &Api, operation: &Operation) -> Vec<PathPiece> {
    operation
        .path
        .segments()
        .iter()
        .map(|segment| match segment {
            PathSegment::Literal(text) => PathPiece::Literal(text.clone()),
            PathSegment::Param(name) => {
                let param = operation
                    .params
                    .iter()
                    .find(|p| p.location == ParamLocation::Path && p.wire_name == *name)
                    .expect("every template variable has a path parameter");
                PathPiece::Param(to_str(api, &param.ty, &format!("self.{}", param.name)))
            }
        })
        .collect()
}

fn query_value(api: &Api, ty: &TypeRef, explode: bool) -> QueryValue {
    match array_item(api, ty) {
        Some(item) if explode => QueryValue::EachItem(to_text(api, item, "item")),
        Some(TypeRef::String) => QueryValue::JoinedStrings,
        Some(item) => QueryValue::JoinedItems(to_text(api, item, "item")),
        None => QueryValue::Single(to_text(api, ty, "value")),
    }
}

/// Whether the operation uploads a file in a multipart form: its builder then lets the caller
/// name the file and say its content type.
pub fn uploads_file(api: &Api, operation: &Operation) -> bool {
    let Some(content) = operation.body.as_ref().map(|body| body.sent()) else {
        return false;
    };
    content.kind == BodyKind::Multipart
        && form_fields(api, &content.ty)
            .is_some_and(|fields| fields.iter().any(|field| field.ty == TypeRef::Binary))
}

/// The fields a multipart body of type `ty` is sent as, one part each, when it is a struct.
fn form_fields<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a [Field]> {
    match &api.type_def(ty.named()?).kind {
        TypeKind::Struct(s) => Some(&s.fields),
        _ => None,
    }
}

/// Files as parts, everything else as text.
fn multipart_form(api: &Api, ty: &TypeRef) -> MultipartForm {
    let Some(fields) = form_fields(api, ty) else {
        return MultipartForm::Whole;
    };
    MultipartForm::Parts(
        fields
            .iter()
            .map(|field| FormPart {
                json_name: field.json_name.clone(),
                field: field.name.clone(),
                optional: field.is_option(),
                content: match &field.ty {
                    TypeRef::Binary => PartContent::File,
                    TypeRef::String => PartContent::Text,
                    ty if api.is_object(ty) => PartContent::Json,
                    ty => PartContent::TextOf(to_text(api, ty, "part")),
                },
            })
            .collect(),
    )
}
