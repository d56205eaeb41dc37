//! `RequesteditemdetailsType`, from `apis/access-requests/schemas/requesteditemdetails.yaml#/properties/type`.

/// The type of access item requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequesteditemdetailsType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ENTITLEMENT`
    Entitlement,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequesteditemdetailsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequesteditemdetailsType::AccessProfile => "ACCESS_PROFILE",
            RequesteditemdetailsType::Entitlement => "ENTITLEMENT",
            RequesteditemdetailsType::Role => "ROLE",
            RequesteditemdetailsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequesteditemdetailsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequesteditemdetailsType::AccessProfile,
            "ENTITLEMENT" => RequesteditemdetailsType::Entitlement,
            "ROLE" => RequesteditemdetailsType::Role,
            other => RequesteditemdetailsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequesteditemdetailsType);
