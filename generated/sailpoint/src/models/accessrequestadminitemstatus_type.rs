//! `AccessrequestadminitemstatusType`, from `apis/access-requests/schemas/accessrequestadminitemstatus.yaml#/properties/type`.

/// Type of requested object.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestadminitemstatusType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestadminitemstatusType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestadminitemstatusType::AccessProfile => "ACCESS_PROFILE",
            AccessrequestadminitemstatusType::Role => "ROLE",
            AccessrequestadminitemstatusType::Entitlement => "ENTITLEMENT",
            AccessrequestadminitemstatusType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestadminitemstatusType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => AccessrequestadminitemstatusType::AccessProfile,
            "ROLE" => AccessrequestadminitemstatusType::Role,
            "ENTITLEMENT" => AccessrequestadminitemstatusType::Entitlement,
            other => AccessrequestadminitemstatusType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessrequestadminitemstatusType);
