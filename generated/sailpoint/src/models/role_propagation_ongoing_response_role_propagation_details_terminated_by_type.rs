//! `RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType`, from `apis/role-propagation/schemas/role-propagation-ongoing-response.yaml#/properties/rolePropagationDetails/properties/terminatedBy/properties/type`.

/// DTO type of the Identity who terminated the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType::Identity => {
                "IDENTITY"
            }
            RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => {
                RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType::Identity
            }
            other => {
                RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType
);
