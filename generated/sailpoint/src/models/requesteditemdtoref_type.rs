//! `RequesteditemdtorefType`, from `apis/access-requests/schemas/requesteditemdtoref.yaml#/properties/type`.

/// The type of the item being requested.
/// * Machine identity access requests support `ENTITLEMENT` only.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequesteditemdtorefType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequesteditemdtorefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequesteditemdtorefType::AccessProfile => "ACCESS_PROFILE",
            RequesteditemdtorefType::Role => "ROLE",
            RequesteditemdtorefType::Entitlement => "ENTITLEMENT",
            RequesteditemdtorefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequesteditemdtorefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequesteditemdtorefType::AccessProfile,
            "ROLE" => RequesteditemdtorefType::Role,
            "ENTITLEMENT" => RequesteditemdtorefType::Entitlement,
            other => RequesteditemdtorefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequesteditemdtorefType);
