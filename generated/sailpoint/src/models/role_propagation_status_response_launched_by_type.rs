//! `RolePropagationStatusResponseLaunchedByType`, from `apis/role-propagation/schemas/role-propagation-status-response.yaml#/properties/launchedBy/properties/type`.

/// DTO type of the identity who launched the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolePropagationStatusResponseLaunchedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolePropagationStatusResponseLaunchedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolePropagationStatusResponseLaunchedByType::Identity => "IDENTITY",
            RolePropagationStatusResponseLaunchedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolePropagationStatusResponseLaunchedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => RolePropagationStatusResponseLaunchedByType::Identity,
            other => {
                RolePropagationStatusResponseLaunchedByType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(RolePropagationStatusResponseLaunchedByType);
