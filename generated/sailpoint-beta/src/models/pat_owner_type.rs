//! `PatOwnerType`, from `v3/schemas/PatOwner.yaml#/properties/type`.

/// Personal access token owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PatOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PatOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PatOwnerType::Identity => "IDENTITY",
            PatOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for PatOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => PatOwnerType::Identity,
            other => PatOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PatOwnerType);
