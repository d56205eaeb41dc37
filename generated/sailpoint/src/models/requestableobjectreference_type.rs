//! `RequestableobjectreferenceType`, from `apis/access-request-approvals/schemas/requestableobjectreference.yaml#/properties/type`.

/// Type of the object.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestableobjectreferenceType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestableobjectreferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestableobjectreferenceType::AccessProfile => "ACCESS_PROFILE",
            RequestableobjectreferenceType::Role => "ROLE",
            RequestableobjectreferenceType::Entitlement => "ENTITLEMENT",
            RequestableobjectreferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestableobjectreferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequestableobjectreferenceType::AccessProfile,
            "ROLE" => RequestableobjectreferenceType::Role,
            "ENTITLEMENT" => RequestableobjectreferenceType::Entitlement,
            other => RequestableobjectreferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestableobjectreferenceType);
