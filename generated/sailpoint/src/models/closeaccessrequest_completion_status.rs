//! `CloseaccessrequestCompletionStatus`, from `apis/access-requests/schemas/closeaccessrequest.yaml#/properties/completionStatus`.

/// The request's overall status. Displayed as Status in IdentityNow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CloseaccessrequestCompletionStatus {
    /// `Success`
    Success,
    /// `Incomplete`
    Incomplete,
    /// `Failure`
    Failure,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CloseaccessrequestCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CloseaccessrequestCompletionStatus::Success => "Success",
            CloseaccessrequestCompletionStatus::Incomplete => "Incomplete",
            CloseaccessrequestCompletionStatus::Failure => "Failure",
            CloseaccessrequestCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CloseaccessrequestCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Success" => CloseaccessrequestCompletionStatus::Success,
            "Incomplete" => CloseaccessrequestCompletionStatus::Incomplete,
            "Failure" => CloseaccessrequestCompletionStatus::Failure,
            other => CloseaccessrequestCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CloseaccessrequestCompletionStatus);
