//! `RoleassignmentdtoAssignerType`, from `apis/identities/schemas/roleassignmentdto.yaml#/properties/assigner/properties/type`.

/// Object type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleassignmentdtoAssignerType {
    /// `IDENTITY`
    Identity,
    /// `UNKNOWN`
    UnknownValue,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleassignmentdtoAssignerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleassignmentdtoAssignerType::Identity => "IDENTITY",
            RoleassignmentdtoAssignerType::UnknownValue => "UNKNOWN",
            RoleassignmentdtoAssignerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleassignmentdtoAssignerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => RoleassignmentdtoAssignerType::Identity,
            "UNKNOWN" => RoleassignmentdtoAssignerType::UnknownValue,
            other => RoleassignmentdtoAssignerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleassignmentdtoAssignerType);
