//! `AccessitemrequesterdtoType`, from `apis/triggers/schemas/accessitemrequesterdto.yaml#/properties/type`.

/// Access item requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemrequesterdtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemrequesterdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemrequesterdtoType::Identity => "IDENTITY",
            AccessitemrequesterdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemrequesterdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessitemrequesterdtoType::Identity,
            other => AccessitemrequesterdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemrequesterdtoType);
