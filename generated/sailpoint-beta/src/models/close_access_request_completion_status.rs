//! `CloseAccessRequestCompletionStatus`, from `v3/schemas/CloseAccessRequest.yaml#/properties/completionStatus`.

/// The request's overall status. Displayed as Status in IdentityNow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CloseAccessRequestCompletionStatus {
    /// `Success`
    Success,
    /// `Incomplete`
    Incomplete,
    /// `Failure`
    Failure,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CloseAccessRequestCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CloseAccessRequestCompletionStatus::Success => "Success",
            CloseAccessRequestCompletionStatus::Incomplete => "Incomplete",
            CloseAccessRequestCompletionStatus::Failure => "Failure",
            CloseAccessRequestCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CloseAccessRequestCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Success" => CloseAccessRequestCompletionStatus::Success,
            "Incomplete" => CloseAccessRequestCompletionStatus::Incomplete,
            "Failure" => CloseAccessRequestCompletionStatus::Failure,
            other => CloseAccessRequestCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CloseAccessRequestCompletionStatus);
