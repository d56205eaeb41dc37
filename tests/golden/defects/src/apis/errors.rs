//! The error types that several operations share: those that declare the same error statuses
//! with the same bodies. Each operation names its own with an alias in its API module, so code
//! that matches on an operation's errors reads the same whether its type is shared or not.

/// The errors of the operations that declare no error status.
/// Each of them names it with an alias of its own, such as `ListThingsError`.
#[cfg(feature = "defects")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum NoErrorStatuses {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

#[cfg(feature = "defects")]
impl crate::OperationError for NoErrorStatuses {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(NoErrorStatuses::Other)
    }

    fn undeclared() -> Self {
        NoErrorStatuses::Other
    }
}
