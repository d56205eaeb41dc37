//! `AccessConstraintType`, from `beta/schemas/AccessConstraint.yaml#/properties/type`.

/// Type of Access
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessConstraintType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessConstraintType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessConstraintType::Entitlement => "ENTITLEMENT",
            AccessConstraintType::AccessProfile => "ACCESS_PROFILE",
            AccessConstraintType::Role => "ROLE",
            AccessConstraintType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessConstraintType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => AccessConstraintType::Entitlement,
            "ACCESS_PROFILE" => AccessConstraintType::AccessProfile,
            "ROLE" => AccessConstraintType::Role,
            other => AccessConstraintType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessConstraintType);
