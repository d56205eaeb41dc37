//! The error types that several operations share: those that declare the same error statuses
//! with the same bodies. Each operation names its own with an alias in its API module, so code
//! that matches on an operation's errors reads the same whether its type is shared or not.

/// The errors of the operations that declare the status 400, each with the same body.
/// Each of them names it with an alias of its own, such as `GetIdentityError`.
#[cfg(any(feature = "identities", feature = "search", feature = "sources"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Errors400 {
    /// 400: Bad Request.
    BadRequest(crate::models::Error),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(any(feature = "identities", feature = "search", feature = "sources"))]
impl crate::OperationError for Errors400 {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    Errors400::BadRequest(crate::request::decode_body(body)?)
                }
                _ => Errors400::Other,
            },
        )
    }

    fn undeclared() -> Self {
        Errors400::Other
    }
}

/// The errors of the operations that declare no error status.
/// Each of them names it with an alias of its own, such as `ReplaceV3SourceError`.
#[cfg(any(feature = "search", feature = "sources"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum NoErrorStatuses {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(any(feature = "search", feature = "sources"))]
impl crate::OperationError for NoErrorStatuses {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(NoErrorStatuses::Other)
    }

    fn undeclared() -> Self {
        NoErrorStatuses::Other
    }
}
