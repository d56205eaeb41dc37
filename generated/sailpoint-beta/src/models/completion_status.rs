//! `CompletionStatus`, from `v3/schemas/CompletionStatus.yaml`.

/// The status after completion.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompletionStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// `INCOMPLETE`
    Incomplete,
    /// `PENDING`
    Pending,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompletionStatus::Success => "SUCCESS",
            CompletionStatus::Failure => "FAILURE",
            CompletionStatus::Incomplete => "INCOMPLETE",
            CompletionStatus::Pending => "PENDING",
            CompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => CompletionStatus::Success,
            "FAILURE" => CompletionStatus::Failure,
            "INCOMPLETE" => CompletionStatus::Incomplete,
            "PENDING" => CompletionStatus::Pending,
            other => CompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompletionStatus);
