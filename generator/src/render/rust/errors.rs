//! Each operation's error type: one variant per error status it declares, holding the body
//! type the spec gives that status.
//!
//! Operations that declare the same error statuses with the same bodies share one type, written
//! once in `apis/errors.rs`, and name it with an alias of their own (`GetIdentityError`). In the
//! beta spec 559 operations come down to a few dozen error types, so their derives and their
//! decoding are compiled a few dozen times rather than 559: a tenth of the crate's build.

use std::collections::{BTreeSet, HashMap};

use super::types::rust_type_in;
use crate::model::names::Scope;
use crate::model::{Api, BodyKind, Operation, Status};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ErrorVariant {
    pub doc: String,
    pub name: String,
    /// The body's type, when the status declares a JSON body.
    pub payload: Option<String>,
    /// The `match` pattern on the status.
    pub pattern: String,
    pub status: Status,
}

/// An error enum as the `error_enum` macro of `templates/rust/error_enum.rs` writes it.
pub struct ErrorEnum {
    pub name: String,
    pub doc: Vec<String>,
    /// The features it is compiled under, when not its module's.
    pub cfg: Option<String>,
    pub variants: Vec<ErrorVariant>,
    /// Whether some status has a body to decode.
    pub has_payload: bool,
}

impl ErrorEnum {
    fn new(
        name: String,
        doc: Vec<String>,
        cfg: Option<String>,
        variants: Vec<ErrorVariant>,
    ) -> Self {
        ErrorEnum {
            has_payload: variants.iter().any(|v| v.payload.is_some()),
            name,
            doc,
            cfg,
            variants,
        }
    }
}

/// The error types operations share, and which one each operation uses.
pub struct SharedErrors {
    /// Index into `types`, by operation index; `None` for an operation whose statuses and
    /// bodies no other operation declares, which keeps an enum of its own.
    of_operation: Vec<Option<usize>>,
    pub types: Vec<ErrorEnum>,
    /// Every feature some shared type is compiled under, sorted.
    features: Vec<String>,
}

impl SharedErrors {
    /// The shared type's name, if the operation at `index` uses one.
    pub fn of(&self, index: usize) -> Option<&str> {
        let shared = self.of_operation.get(index).copied().flatten()?;
        Some(&self.types[shared].name)
    }

    /// The features the shared types need, for their module's `cfg`; empty when there are none.
    pub fn features(&self) -> &[String] {
        &self.features
    }
}

/// Groups the operations by their error statuses and bodies (in status order, whatever order
/// the spec lists them in); each group of two or more gets one type, named after its statuses
/// (`Errors400_401_403_429_500`) and compiled under the features of the operations that use it.
pub fn shared_errors(api: &Api) -> SharedErrors {
    let shapes: Vec<Vec<ErrorVariant>> = api
        .operations
        .iter()
        .map(|operation| {
            let mut variants = error_variants(api, operation, "crate::models::");
            variants.sort_by_key(|v| order(v.status));
            variants
                .iter_mut()
                .for_each(|v| v.doc = status_doc(&v.name, v.status));
            variants
        })
        .collect();
    let mut users: HashMap<&[ErrorVariant], Vec<usize>> = HashMap::new();
    for (index, shape) in shapes.iter().enumerate() {
        users.entry(shape).or_default().push(index);
    }
    let mut of_operation = vec![None; api.operations.len()];
    let mut types = Vec::new();
    let mut names = Scope::default();
    let mut all_features = BTreeSet::new();
    // In the operations' order, so that names and their order do not depend on the hashing.
    for (index, shape) in shapes.iter().enumerate() {
        let group = &users[shape.as_slice()];
        if group.len() < 2 || group[0] != index {
            continue;
        }
        let features: BTreeSet<String> = group
            .iter()
            .map(|&i| api.tag_of(&api.operations[i]).names.feature.clone())
            .collect();
        all_features.extend(features.iter().cloned());
        let features: Vec<String> = features.into_iter().collect();
        let name = names.claim(&shared_name(shape));
        let doc = vec![
            format!(
                "The errors of the operations that declare {}{}.",
                statuses(shape),
                if shape.iter().any(|v| v.payload.is_some()) {
                    ", each with the same body"
                } else {
                    ""
                }
            ),
            format!(
                "Each of them names it with an alias of its own, such as `{}`.",
                api.operations[index].names.error
            ),
        ];
        let cfg = Some(super::cfg_any(&features));
        group
            .iter()
            .for_each(|&i| of_operation[i] = Some(types.len()));
        types.push(ErrorEnum::new(name, doc, cfg, shape.clone()));
    }
    SharedErrors {
        of_operation,
        types,
        features: all_features.into_iter().collect(),
    }
}

/// The operation's own error enum, for an operation that shares none.
pub fn own_error(api: &Api, operation: &Operation, link: &str) -> ErrorEnum {
    ErrorEnum::new(
        operation.names.error.clone(),
        vec![format!(
            "The error statuses of {link}, each with the body the spec declares."
        )],
        None,
        error_variants(api, operation, "models::"),
    )
}

/// The doc of an operation's alias of a shared type: what each status means for this
/// operation, which the shared type cannot say.
pub fn alias_doc(api: &Api, operation: &Operation, link: &str, shared: &str) -> Vec<String> {
    let mut doc = vec![
        format!("The error statuses of {link}, each with the body the spec declares:"),
        String::new(),
    ];
    let variants = error_variants(api, operation, "models::");
    if variants.is_empty() {
        doc.push("- none: every error status is `Other`.".into());
    }
    doc.extend(
        variants
            .iter()
            .map(|v| format!("- `{}`: {}", v.name, v.doc)),
    );
    doc.push(String::new());
    doc.push(format!(
        "Operations that declare the same statuses with the same bodies share this type, \
         [`{shared}`](crate::apis::errors::{shared})."
    ));
    doc
}

/// The variants, in the spec's order; `default` last, as the `match` needs it. Payload types
/// are written with `models` as `prefix` names them.
fn error_variants(api: &Api, operation: &Operation, prefix: &str) -> Vec<ErrorVariant> {
    let mut variants: Vec<ErrorVariant> = operation
        .responses
        .iter()
        .filter(|r| !r.is_success())
        .map(|response| {
            let payload = response
                .preferred_content()
                .filter(|c| c.kind == BodyKind::Json)
                .map(|c| rust_type_in(api, &c.ty, prefix));
            let (name, pattern) = match response.status {
                Status::Code(code) => (reason(code), code.to_string()),
                Status::Range(digit) => {
                    (format!("Status{digit}xx"), format!("{digit}00..={digit}99"))
                }
                Status::Default => ("Default".to_string(), "_".to_string()),
            };
            let description = response
                .description
                .lines()
                .next()
                .unwrap_or_default()
                .trim()
                .replace('`', "'");
            ErrorVariant {
                doc: format!("{}: {description}", response.status.label()),
                name,
                payload,
                pattern,
                status: response.status,
            }
        })
        .collect();
    variants.sort_by_key(|v| v.status == Status::Default);
    variants
}

/// Where a status sorts: codes by number, a range after the codes it spans, `default` last.
fn order(status: Status) -> (u16, bool) {
    match status {
        Status::Code(code) => (code, false),
        Status::Range(digit) => (digit * 100 + 99, true),
        Status::Default => (u16::MAX, false),
    }
}

/// `400`, `4xx` or `default`, as a shared type's name and docs spell a status.
fn status_label(status: Status) -> String {
    match status {
        Status::Range(digit) => format!("{digit}xx"),
        other => other.label(),
    }
}

/// `Errors400_401_404`, `Errors4xx`, `Errors400Default`; `NoErrorStatuses` for operations
/// that declare none. No `_` before `Default`, which would not be camel case.
fn shared_name(shape: &[ErrorVariant]) -> String {
    if shape.is_empty() {
        return "NoErrorStatuses".into();
    }
    let labels: Vec<String> = shape
        .iter()
        .filter(|v| v.status != Status::Default)
        .map(|v| status_label(v.status))
        .collect();
    let default = if shape.iter().any(|v| v.status == Status::Default) {
        "Default"
    } else {
        ""
    };
    format!("Errors{}{default}", labels.join("_"))
}

/// `no error status`, `the status 404` or `the statuses 400, 401 and 404`.
fn statuses(shape: &[ErrorVariant]) -> String {
    let labels: Vec<String> = shape.iter().map(|v| status_label(v.status)).collect();
    match labels.as_slice() {
        [] => "no error status".into(),
        [one] => format!("the status {one}"),
        [init @ .., last] => format!("the statuses {} and {last}", init.join(", ")),
    }
}

/// A shared variant's doc: its status and reason, the same for every operation that uses it.
fn status_doc(name: &str, status: Status) -> String {
    let label = status_label(status);
    match status {
        Status::Default => "Any other status, which the spec's `default` response covers.".into(),
        Status::Range(_) => {
            format!("{label}: a status of that class the spec does not declare by its code.")
        }
        Status::Code(_) if name.starts_with("Status") => format!("{label}."),
        Status::Code(_) => format!("{label}: {}.", heck::ToTitleCase::to_title_case(name)),
    }
}

/// The status's reason phrase as a variant name.
fn reason(code: u16) -> String {
    let name = match code {
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        423 => "Locked",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{code}"),
    };
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r##"openapi: 3.0.3
info: {title: Test, version: "1"}
servers: [{url: "https://tenant.api.identitynow.com/beta"}]
paths:
  /a:
    get:
      operationId: getA
      tags: [Letters]
      responses:
        "200": {description: OK}
        "404": {description: Not here., content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        "400": {description: Bad., content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
  /b:
    get:
      operationId: getB
      tags: [Other]
      responses:
        "200": {description: OK}
        "400": {description: Wrong., content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        "404": {description: Gone., content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
  /c:
    get:
      operationId: getC
      tags: [Letters]
      responses:
        "200": {description: OK}
        "400": {description: Bad., content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        "404": {description: Gone., content: {application/json: {schema: {$ref: "#/components/schemas/Missing"}}}}
  /d:
    get:
      operationId: getD
      tags: [Letters]
      responses:
        "200": {description: OK}
        "404": {description: Gone.}
        "4XX": {description: Client error.}
        default: {description: Other.}
  /e:
    get:
      operationId: getE
      tags: [Letters]
      responses:
        "200": {description: OK}
        default: {description: Other.}
        "4XX": {description: Client error.}
        "404": {description: Gone.}
components:
  schemas:
    Problem:
      type: object
      properties: {message: {type: string}}
    Missing:
      type: object
      properties: {id: {type: string}}
"##;

    fn api() -> Api {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("openapi.yaml");
        std::fs::write(&path, SPEC).unwrap();
        crate::build_model(&path).unwrap().0
    }

    fn shared_of(api: &Api, shared: &SharedErrors, operation_id: &str) -> Option<String> {
        let index = api
            .operations
            .iter()
            .position(|o| o.operation_id == operation_id)
            .unwrap();
        shared.of(index).map(str::to_owned)
    }

    #[test]
    fn operations_with_the_same_statuses_and_bodies_share_one_type() {
        let api = api();
        let shared = shared_errors(&api);
        let of = |id| shared_of(&api, &shared, id);
        // The spec lists getA's statuses in another order than getB's: the same type.
        assert_eq!(of("getA").as_deref(), Some("Errors400_404"));
        assert_eq!(of("getB").as_deref(), Some("Errors400_404"));
        // The same statuses, but another body for 404: a type of its own.
        assert_eq!(of("getC"), None);
        assert_eq!(of("getD").as_deref(), Some("Errors404_4xxDefault"));
        assert_eq!(of("getE").as_deref(), Some("Errors404_4xxDefault"));
        assert_eq!(shared.types.len(), 2);

        let first = &shared.types[0];
        let patterns: Vec<&str> = first.variants.iter().map(|v| v.pattern.as_str()).collect();
        assert_eq!(patterns, ["400", "404"]);
        assert_eq!(first.variants[0].doc, "400: Bad Request.");
        // Compiled with either operation's feature.
        assert_eq!(
            first.cfg.as_deref(),
            Some(r#"any(feature = "letters", feature = "other")"#)
        );
        assert_eq!(shared.features(), ["letters", "other"]);

        let ranged = &shared.types[1];
        let patterns: Vec<&str> = ranged.variants.iter().map(|v| v.pattern.as_str()).collect();
        assert_eq!(
            patterns,
            ["404", "400..=499", "_"],
            "default is matched last"
        );
    }

    #[test]
    fn an_alias_keeps_what_each_status_means_for_its_operation() {
        let api = api();
        let operation = api
            .operations
            .iter()
            .find(|o| o.operation_id == "getB")
            .unwrap();
        let doc = alias_doc(&api, operation, "`getB`", "Errors400_404");
        assert!(
            doc.contains(&"- `BadRequest`: 400: Wrong.".to_string()),
            "{doc:?}"
        );
        assert!(
            doc.contains(&"- `NotFound`: 404: Gone.".to_string()),
            "{doc:?}"
        );
        assert!(
            doc.last()
                .unwrap()
                .contains("crate::apis::errors::Errors400_404")
        );
    }
}
