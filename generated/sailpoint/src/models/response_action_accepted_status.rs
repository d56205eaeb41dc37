//! `ResponseActionAcceptedStatus`, from `apis/intelligence/schemas/response-action-accepted.yaml#/properties/status`.

/// Aggregate status of the response action. SUBMITTED at creation (registered; no correlated workflow execution observed yet).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResponseActionAcceptedStatus {
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

impl ResponseActionAcceptedStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ResponseActionAcceptedStatus::Submitted => "SUBMITTED",
            ResponseActionAcceptedStatus::InProgress => "IN_PROGRESS",
            ResponseActionAcceptedStatus::Completed => "COMPLETED",
            ResponseActionAcceptedStatus::Failed => "FAILED",
            ResponseActionAcceptedStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ResponseActionAcceptedStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUBMITTED" => ResponseActionAcceptedStatus::Submitted,
            "IN_PROGRESS" => ResponseActionAcceptedStatus::InProgress,
            "COMPLETED" => ResponseActionAcceptedStatus::Completed,
            "FAILED" => ResponseActionAcceptedStatus::Failed,
            other => ResponseActionAcceptedStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ResponseActionAcceptedStatus);
