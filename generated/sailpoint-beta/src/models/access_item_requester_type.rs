//! `AccessItemRequesterType`, from `v2024/schemas/AccessItemRequester.yaml#/properties/type`.

/// Access item requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemRequesterType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessItemRequesterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemRequesterType::Identity => "IDENTITY",
            AccessItemRequesterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemRequesterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessItemRequesterType::Identity,
            other => AccessItemRequesterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemRequesterType);
