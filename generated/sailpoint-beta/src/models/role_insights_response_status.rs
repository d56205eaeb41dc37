//! `RoleInsightsResponseStatus`, from `beta/schemas/RoleInsightsResponse.yaml#/properties/status`.

/// Request status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleInsightsResponseStatus {
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

impl RoleInsightsResponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleInsightsResponseStatus::Created => "CREATED",
            RoleInsightsResponseStatus::InProgress => "IN PROGRESS",
            RoleInsightsResponseStatus::Completed => "COMPLETED",
            RoleInsightsResponseStatus::Failed => "FAILED",
            RoleInsightsResponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleInsightsResponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => RoleInsightsResponseStatus::Created,
            "IN PROGRESS" => RoleInsightsResponseStatus::InProgress,
            "COMPLETED" => RoleInsightsResponseStatus::Completed,
            "FAILED" => RoleInsightsResponseStatus::Failed,
            other => RoleInsightsResponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleInsightsResponseStatus);
