//! `V3AccessItemRequesterType`, from `v3/schemas/AccessItemRequester.yaml#/properties/type`.

/// Access item requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3AccessItemRequesterType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3AccessItemRequesterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3AccessItemRequesterType::Identity => "IDENTITY",
            V3AccessItemRequesterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3AccessItemRequesterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => V3AccessItemRequesterType::Identity,
            other => V3AccessItemRequesterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3AccessItemRequesterType);
