//! `RequestableObjectReferenceType`, from `beta/schemas/RequestableObjectReference.yaml#/properties/type`.

/// Type of the object.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestableObjectReferenceType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestableObjectReferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestableObjectReferenceType::AccessProfile => "ACCESS_PROFILE",
            RequestableObjectReferenceType::Role => "ROLE",
            RequestableObjectReferenceType::Entitlement => "ENTITLEMENT",
            RequestableObjectReferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestableObjectReferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequestableObjectReferenceType::AccessProfile,
            "ROLE" => RequestableObjectReferenceType::Role,
            "ENTITLEMENT" => RequestableObjectReferenceType::Entitlement,
            other => RequestableObjectReferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestableObjectReferenceType);
