//! The model of operations: what is sent and what comes back.

use serde_json::Value;

use super::path_template::PathTemplate;
use super::rust_names::OperationNames;
use super::types::TypeRef;

#[derive(Debug, Clone)]
pub struct Operation {
    /// The spec's operationId, made unique where operations share one.
    pub operation_id: String,
    /// The spec's operationId when another operation has it too (`operation_id` is then this
    /// one's unique name): SailPoint's API reference knows the operation by it.
    pub shared_operation_id: Option<String>,
    pub names: OperationNames,
    pub tag: String,
    pub http_method: String,
    pub path: PathTemplate,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub params: Vec<Param>,
    pub body: Option<RequestBody>,
    pub responses: Vec<Response>,
    pub security: Vec<SecurityRequirement>,
    /// Sent without credentials: the spec says the operation needs none (`security: [{}]`).
    pub anonymous: bool,
    /// Has `limit` and `offset` query parameters.
    pub paginated: bool,
    /// Declares the `X-SailPoint-Experimental` header, which the client sends for the caller.
    pub experimental: bool,
    /// What the spec shows as its success response (its example, or its schema's examples and
    /// defaults) contradicts the response's type.
    pub example_contradicts_response: bool,
}

impl Operation {
    /// The operationId as the spec has it, which SailPoint's API reference knows.
    pub fn spec_operation_id(&self) -> &str {
        self.shared_operation_id
            .as_deref()
            .unwrap_or(&self.operation_id)
    }

    /// The parameters a caller passes to the method, in order: path, then required others.
    pub fn required_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.required && !p.is_fixed())
    }

    pub fn optional_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| !p.required && !p.is_fixed())
    }

    pub fn success_responses(&self) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(|r| r.is_success())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParamLocation {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    /// The name on the wire.
    pub wire_name: String,
    /// The Rust name of the argument or setter.
    pub name: String,
    pub location: ParamLocation,
    pub ty: TypeRef,
    pub required: bool,
    pub deprecated: bool,
    pub description: Option<String>,
    pub format: Option<String>,
    /// The regex a string value must match.
    pub pattern: Option<String>,
    pub default: Option<Value>,
    pub example: Option<Value>,
    /// The largest value allowed, for numbers.
    pub maximum: Option<f64>,
    /// For arrays in the query: repeat the name per item (`explode`, the default) or join with commas.
    pub explode: bool,
    /// A value the client always sends itself (the experimental header).
    pub fixed_value: Option<String>,
}

impl Param {
    pub fn is_fixed(&self) -> bool {
        self.fixed_value.is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    JsonPatch,
    Multipart,
    Form,
    Text,
    Binary,
}

impl BodyKind {
    /// Whether the body is JSON text (a JSON Patch document is too).
    pub fn is_json(self) -> bool {
        matches!(self, BodyKind::Json | BodyKind::JsonPatch)
    }

    pub fn of(media_type: &str) -> BodyKind {
        let essence = media_type.split(';').next().unwrap_or_default().trim();
        match essence {
            "application/json-patch+json" => BodyKind::JsonPatch,
            "multipart/form-data" => BodyKind::Multipart,
            "application/x-www-form-urlencoded" => BodyKind::Form,
            t if t == "application/json" || t.ends_with("+json") => BodyKind::Json,
            t if t.starts_with("text/") => BodyKind::Text,
            _ => BodyKind::Binary,
        }
    }
}

#[derive(Debug, Clone)]
pub struct RequestBody {
    /// The Rust name of the argument or setter.
    pub name: String,
    pub required: bool,
    pub description: Option<String>,
    /// Every content type the spec allows, in its order; the first is the one sent.
    pub contents: Vec<BodyContent>,
}

impl RequestBody {
    pub fn sent(&self) -> &BodyContent {
        &self.contents[0]
    }
}

#[derive(Debug, Clone)]
pub struct BodyContent {
    pub media_type: String,
    pub kind: BodyKind,
    pub ty: TypeRef,
    pub example: Option<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Code(u16),
    /// `2XX` and the like: the first digit.
    Range(u16),
    Default,
}

impl Status {
    pub fn label(&self) -> String {
        match self {
            Status::Code(code) => code.to_string(),
            Status::Range(digit) => format!("{digit}XX"),
            Status::Default => "default".into(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: Status,
    pub description: String,
    pub contents: Vec<ResponseContent>,
    pub headers: Vec<ResponseHeader>,
}

impl Response {
    pub fn is_success(&self) -> bool {
        matches!(self.status, Status::Code(200..=299) | Status::Range(2))
    }

    /// The content the client asks for and decodes: JSON when offered, else the first.
    pub fn preferred_content(&self) -> Option<&ResponseContent> {
        self.contents
            .iter()
            .find(|c| c.kind == BodyKind::Json)
            .or(self.contents.first())
    }
}

#[derive(Debug, Clone)]
pub struct ResponseContent {
    pub media_type: String,
    pub kind: BodyKind,
    pub ty: TypeRef,
    pub example: Option<Value>,
}

#[derive(Debug, Clone)]
pub struct ResponseHeader {
    pub name: String,
    pub ty: TypeRef,
    pub description: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SecurityRequirement {
    pub scheme: String,
    pub scopes: Vec<String>,
}
