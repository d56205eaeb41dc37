//! `AccessRequestsAccessitemrequesterType`, from `apis/access-requests/schemas/accessitemrequester.yaml#/properties/type`.

/// Access item requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestsAccessitemrequesterType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestsAccessitemrequesterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestsAccessitemrequesterType::Identity => "IDENTITY",
            AccessRequestsAccessitemrequesterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestsAccessitemrequesterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessRequestsAccessitemrequesterType::Identity,
            other => AccessRequestsAccessitemrequesterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestsAccessitemrequesterType);
