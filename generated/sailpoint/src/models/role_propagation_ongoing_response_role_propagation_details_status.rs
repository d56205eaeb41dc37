//! `RolePropagationOngoingResponseRolePropagationDetailsStatus`, from `apis/role-propagation/schemas/role-propagation-ongoing-response.yaml#/properties/rolePropagationDetails/properties/status`.

/// Status of the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolePropagationOngoingResponseRolePropagationDetailsStatus {
    /// `RUNNING`
    Running,
    /// `COMPLETED`
    Completed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolePropagationOngoingResponseRolePropagationDetailsStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolePropagationOngoingResponseRolePropagationDetailsStatus::Running => {
                "RUNNING"
            }
            RolePropagationOngoingResponseRolePropagationDetailsStatus::Completed => {
                "COMPLETED"
            }
            RolePropagationOngoingResponseRolePropagationDetailsStatus::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for RolePropagationOngoingResponseRolePropagationDetailsStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RUNNING" => {
                RolePropagationOngoingResponseRolePropagationDetailsStatus::Running
            }
            "COMPLETED" => {
                RolePropagationOngoingResponseRolePropagationDetailsStatus::Completed
            }
            other => {
                RolePropagationOngoingResponseRolePropagationDetailsStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(RolePropagationOngoingResponseRolePropagationDetailsStatus);
