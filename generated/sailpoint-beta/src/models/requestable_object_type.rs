//! `RequestableObjectType`, from `v3/schemas/RequestableObjectType.yaml`.

/// Currently supported requestable object types.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestableObjectType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestableObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestableObjectType::AccessProfile => "ACCESS_PROFILE",
            RequestableObjectType::Role => "ROLE",
            RequestableObjectType::Entitlement => "ENTITLEMENT",
            RequestableObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestableObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequestableObjectType::AccessProfile,
            "ROLE" => RequestableObjectType::Role,
            "ENTITLEMENT" => RequestableObjectType::Entitlement,
            other => RequestableObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestableObjectType);
