//! `CloseAccessRequestExecutionStatus`, from `v3/schemas/CloseAccessRequest.yaml#/properties/executionStatus`.

/// The request's provisioning status. Displayed as Stage in IdentityNow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CloseAccessRequestExecutionStatus {
    /// `Terminated`
    Terminated,
    /// `Completed`
    Completed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CloseAccessRequestExecutionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CloseAccessRequestExecutionStatus::Terminated => "Terminated",
            CloseAccessRequestExecutionStatus::Completed => "Completed",
            CloseAccessRequestExecutionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CloseAccessRequestExecutionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Terminated" => CloseAccessRequestExecutionStatus::Terminated,
            "Completed" => CloseAccessRequestExecutionStatus::Completed,
            other => CloseAccessRequestExecutionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CloseAccessRequestExecutionStatus);
