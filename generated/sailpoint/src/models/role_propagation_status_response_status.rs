//! `RolePropagationStatusResponseStatus`, from `apis/role-propagation/schemas/role-propagation-status-response.yaml#/properties/status`.

/// Status of the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolePropagationStatusResponseStatus {
    /// `RUNNING`
    Running,
    /// `COMPLETED`
    Completed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolePropagationStatusResponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolePropagationStatusResponseStatus::Running => "RUNNING",
            RolePropagationStatusResponseStatus::Completed => "COMPLETED",
            RolePropagationStatusResponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolePropagationStatusResponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RUNNING" => RolePropagationStatusResponseStatus::Running,
            "COMPLETED" => RolePropagationStatusResponseStatus::Completed,
            other => RolePropagationStatusResponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RolePropagationStatusResponseStatus);
