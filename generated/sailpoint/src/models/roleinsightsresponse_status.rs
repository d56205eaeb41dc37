//! `RoleinsightsresponseStatus`, from `apis/role-insights/schemas/roleinsightsresponse.yaml#/properties/status`.

/// Request status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleinsightsresponseStatus {
    /// `CREATED`
    Created,
    /// `IN PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleinsightsresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleinsightsresponseStatus::Created => "CREATED",
            RoleinsightsresponseStatus::InProgress => "IN PROGRESS",
            RoleinsightsresponseStatus::Completed => "COMPLETED",
            RoleinsightsresponseStatus::Failed => "FAILED",
            RoleinsightsresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleinsightsresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => RoleinsightsresponseStatus::Created,
            "IN PROGRESS" => RoleinsightsresponseStatus::InProgress,
            "COMPLETED" => RoleinsightsresponseStatus::Completed,
            "FAILED" => RoleinsightsresponseStatus::Failed,
            other => RoleinsightsresponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleinsightsresponseStatus);
