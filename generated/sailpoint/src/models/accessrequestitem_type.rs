//! `AccessrequestitemType`, from `apis/access-requests/schemas/accessrequestitem.yaml#/properties/type`.

/// The type of the item being requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestitemType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestitemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestitemType::AccessProfile => "ACCESS_PROFILE",
            AccessrequestitemType::Role => "ROLE",
            AccessrequestitemType::Entitlement => "ENTITLEMENT",
            AccessrequestitemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestitemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => AccessrequestitemType::AccessProfile,
            "ROLE" => AccessrequestitemType::Role,
            "ENTITLEMENT" => AccessrequestitemType::Entitlement,
            other => AccessrequestitemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessrequestitemType);
