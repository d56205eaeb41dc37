//! `RequestedItemStatusType`, from `v3/schemas/RequestedItemStatus.yaml#/properties/type`.

/// Type of requested object.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestedItemStatusType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestedItemStatusType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestedItemStatusType::AccessProfile => "ACCESS_PROFILE",
            RequestedItemStatusType::Role => "ROLE",
            RequestedItemStatusType::Entitlement => "ENTITLEMENT",
            RequestedItemStatusType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestedItemStatusType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequestedItemStatusType::AccessProfile,
            "ROLE" => RequestedItemStatusType::Role,
            "ENTITLEMENT" => RequestedItemStatusType::Entitlement,
            other => RequestedItemStatusType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestedItemStatusType);
