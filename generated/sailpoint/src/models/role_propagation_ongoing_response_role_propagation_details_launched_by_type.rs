//! `RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType`, from `apis/role-propagation/schemas/role-propagation-ongoing-response.yaml#/properties/rolePropagationDetails/properties/launchedBy/properties/type`.

/// DTO type of the identity who launched the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType::Identity => {
                "IDENTITY"
            }
            RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => {
                RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType::Identity
            }
            other => {
                RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType
);
