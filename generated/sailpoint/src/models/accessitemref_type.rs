//! `AccessitemrefType`, from `apis/iai-recommendations/schemas/accessitemref.yaml#/properties/type`.

/// Access item's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemrefType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemrefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemrefType::Entitlement => "ENTITLEMENT",
            AccessitemrefType::AccessProfile => "ACCESS_PROFILE",
            AccessitemrefType::Role => "ROLE",
            AccessitemrefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemrefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => AccessitemrefType::Entitlement,
            "ACCESS_PROFILE" => AccessitemrefType::AccessProfile,
            "ROLE" => AccessitemrefType::Role,
            other => AccessitemrefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemrefType);
