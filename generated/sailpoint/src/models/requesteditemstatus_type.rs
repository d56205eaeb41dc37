//! `RequesteditemstatusType`, from `apis/access-requests/schemas/requesteditemstatus.yaml#/properties/type`.

/// Type of requested object.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequesteditemstatusType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequesteditemstatusType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequesteditemstatusType::AccessProfile => "ACCESS_PROFILE",
            RequesteditemstatusType::Role => "ROLE",
            RequesteditemstatusType::Entitlement => "ENTITLEMENT",
            RequesteditemstatusType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequesteditemstatusType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequesteditemstatusType::AccessProfile,
            "ROLE" => RequesteditemstatusType::Role,
            "ENTITLEMENT" => RequesteditemstatusType::Entitlement,
            other => RequesteditemstatusType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequesteditemstatusType);
