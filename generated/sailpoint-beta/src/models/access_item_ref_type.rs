//! `AccessItemRefType`, from `beta/schemas/AccessItemRef.yaml#/properties/type`.

/// Access item's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemRefType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessItemRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemRefType::Entitlement => "ENTITLEMENT",
            AccessItemRefType::AccessProfile => "ACCESS_PROFILE",
            AccessItemRefType::Role => "ROLE",
            AccessItemRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => AccessItemRefType::Entitlement,
            "ACCESS_PROFILE" => AccessItemRefType::AccessProfile,
            "ROLE" => AccessItemRefType::Role,
            other => AccessItemRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemRefType);
