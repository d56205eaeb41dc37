//! `ResponseActionStatusStatus`, from `apis/intelligence/schemas/response-action-status.yaml#/properties/status`.

/// Aggregate status across the correlated workflow execution(s):
/// SUBMITTED (registered, no execution yet), IN_PROGRESS (any still non-terminal),
/// COMPLETED (all terminal and at least one succeeded), or FAILED (all terminal and none succeeded).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResponseActionStatusStatus {
    /// `SUBMITTED`
    Submitted,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ResponseActionStatusStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ResponseActionStatusStatus::Submitted => "SUBMITTED",
            ResponseActionStatusStatus::InProgress => "IN_PROGRESS",
            ResponseActionStatusStatus::Completed => "COMPLETED",
            ResponseActionStatusStatus::Failed => "FAILED",
            ResponseActionStatusStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ResponseActionStatusStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUBMITTED" => ResponseActionStatusStatus::Submitted,
            "IN_PROGRESS" => ResponseActionStatusStatus::InProgress,
            "COMPLETED" => ResponseActionStatusStatus::Completed,
            "FAILED" => ResponseActionStatusStatus::Failed,
            other => ResponseActionStatusStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ResponseActionStatusStatus);
