//! `AccessRequestsAccessitemreviewedbyType`, from `apis/access-requests/schemas/accessitemreviewedby.yaml#/properties/type`.

/// DTO type of identity who reviewed the access item request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestsAccessitemreviewedbyType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestsAccessitemreviewedbyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestsAccessitemreviewedbyType::Identity => "IDENTITY",
            AccessRequestsAccessitemreviewedbyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestsAccessitemreviewedbyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessRequestsAccessitemreviewedbyType::Identity,
            other => AccessRequestsAccessitemreviewedbyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestsAccessitemreviewedbyType);
