//! `AccessRequestItemType`, from `v3/schemas/AccessRequestItem.yaml#/properties/type`.

/// The type of the item being requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestItemType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestItemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestItemType::AccessProfile => "ACCESS_PROFILE",
            AccessRequestItemType::Role => "ROLE",
            AccessRequestItemType::Entitlement => "ENTITLEMENT",
            AccessRequestItemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestItemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => AccessRequestItemType::AccessProfile,
            "ROLE" => AccessRequestItemType::Role,
            "ENTITLEMENT" => AccessRequestItemType::Entitlement,
            other => AccessRequestItemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestItemType);
