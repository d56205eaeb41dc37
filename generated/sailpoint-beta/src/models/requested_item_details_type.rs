//! `RequestedItemDetailsType`, from `v3/schemas/access-requests/RequestedItemDetails.yaml#/properties/type`.

/// The type of access item requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestedItemDetailsType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ENTITLEMENT`
    Entitlement,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestedItemDetailsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestedItemDetailsType::AccessProfile => "ACCESS_PROFILE",
            RequestedItemDetailsType::Entitlement => "ENTITLEMENT",
            RequestedItemDetailsType::Role => "ROLE",
            RequestedItemDetailsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestedItemDetailsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequestedItemDetailsType::AccessProfile,
            "ENTITLEMENT" => RequestedItemDetailsType::Entitlement,
            "ROLE" => RequestedItemDetailsType::Role,
            other => RequestedItemDetailsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestedItemDetailsType);
