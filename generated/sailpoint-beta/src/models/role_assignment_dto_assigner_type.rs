//! `RoleAssignmentDtoAssignerType`, from `beta/schemas/RoleAssignmentDto.yaml#/properties/assigner/properties/type`.

/// Object type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleAssignmentDtoAssignerType {
    /// `IDENTITY`
    Identity,
    /// `UNKNOWN`
    UnknownValue,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleAssignmentDtoAssignerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleAssignmentDtoAssignerType::Identity => "IDENTITY",
            RoleAssignmentDtoAssignerType::UnknownValue => "UNKNOWN",
            RoleAssignmentDtoAssignerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleAssignmentDtoAssignerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => RoleAssignmentDtoAssignerType::Identity,
            "UNKNOWN" => RoleAssignmentDtoAssignerType::UnknownValue,
            other => RoleAssignmentDtoAssignerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleAssignmentDtoAssignerType);
