//! `RequestedItemDtoRefType`, from `v3/schemas/access-requests/RequestedItemDtoRef.yaml#/properties/type`.

/// The type of the item being requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestedItemDtoRefType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestedItemDtoRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestedItemDtoRefType::AccessProfile => "ACCESS_PROFILE",
            RequestedItemDtoRefType::Role => "ROLE",
            RequestedItemDtoRefType::Entitlement => "ENTITLEMENT",
            RequestedItemDtoRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestedItemDtoRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequestedItemDtoRefType::AccessProfile,
            "ROLE" => RequestedItemDtoRefType::Role,
            "ENTITLEMENT" => RequestedItemDtoRefType::Entitlement,
            other => RequestedItemDtoRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestedItemDtoRefType);
