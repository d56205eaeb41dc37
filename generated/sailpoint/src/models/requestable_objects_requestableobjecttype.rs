//! `RequestableObjectsRequestableobjecttype`, from `apis/requestable-objects/schemas/requestableobjecttype.yaml`.

/// Currently supported requestable object types.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestableObjectsRequestableobjecttype {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestableObjectsRequestableobjecttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestableObjectsRequestableobjecttype::AccessProfile => "ACCESS_PROFILE",
            RequestableObjectsRequestableobjecttype::Role => "ROLE",
            RequestableObjectsRequestableobjecttype::Entitlement => "ENTITLEMENT",
            RequestableObjectsRequestableobjecttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestableObjectsRequestableobjecttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequestableObjectsRequestableobjecttype::AccessProfile,
            "ROLE" => RequestableObjectsRequestableobjecttype::Role,
            "ENTITLEMENT" => RequestableObjectsRequestableobjecttype::Entitlement,
            other => RequestableObjectsRequestableobjecttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestableObjectsRequestableobjecttype);
