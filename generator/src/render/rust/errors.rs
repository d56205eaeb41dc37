//! Each operation's error type: one variant per error status it declares, holding the body
//! type the spec gives that status.

use super::types::rust_type_in;
use crate::model::{Api, BodyKind, Operation, Status};

pub struct ErrorVariant {
    pub doc: String,
    pub name: String,
    /// The body's type, when the status declares a JSON body.
    pub payload: Option<String>,
    /// The `match` pattern on the status.
    pub pattern: String,
}

/// The variants, in the spec's order; `default` last, as the `match` needs it.
pub fn error_variants(api: &Api, operation: &Operation) -> Vec<ErrorVariant> {
    let mut variants: Vec<ErrorVariant> = operation
        .responses
        .iter()
        .filter(|r| !r.is_success())
        .map(|response| {
            let payload = response
                .preferred_content()
                .filter(|c| c.kind == BodyKind::Json)
                .map(|c| rust_type_in(api, &c.ty, "models::"));
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
            }
        })
        .collect();
    variants.sort_by_key(|v| v.pattern == "_");
    variants
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
