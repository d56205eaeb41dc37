//! `RolePropagationStatusResponseTerminatedByType`, from `apis/role-propagation/schemas/role-propagation-status-response.yaml#/properties/terminatedBy/properties/type`.

/// DTO type of the Identity who terminated the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolePropagationStatusResponseTerminatedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolePropagationStatusResponseTerminatedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolePropagationStatusResponseTerminatedByType::Identity => "IDENTITY",
            RolePropagationStatusResponseTerminatedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolePropagationStatusResponseTerminatedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => RolePropagationStatusResponseTerminatedByType::Identity,
            other => {
                RolePropagationStatusResponseTerminatedByType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(RolePropagationStatusResponseTerminatedByType);
