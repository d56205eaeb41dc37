//! `CloseaccessrequestExecutionStatus`, from `apis/access-requests/schemas/closeaccessrequest.yaml#/properties/executionStatus`.

/// The request's provisioning status. Displayed as Stage in IdentityNow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CloseaccessrequestExecutionStatus {
    /// `Terminated`
    Terminated,
    /// `Completed`
    Completed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CloseaccessrequestExecutionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CloseaccessrequestExecutionStatus::Terminated => "Terminated",
            CloseaccessrequestExecutionStatus::Completed => "Completed",
            CloseaccessrequestExecutionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CloseaccessrequestExecutionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Terminated" => CloseaccessrequestExecutionStatus::Terminated,
            "Completed" => CloseaccessrequestExecutionStatus::Completed,
            other => CloseaccessrequestExecutionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CloseaccessrequestExecutionStatus);
