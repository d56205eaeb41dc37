//! `AccessitemapproverdtoType`, from `apis/triggers/schemas/accessitemapproverdto.yaml#/properties/type`.

/// DTO type of identity who approved the access item request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemapproverdtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemapproverdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemapproverdtoType::Identity => "IDENTITY",
            AccessitemapproverdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemapproverdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessitemapproverdtoType::Identity,
            other => AccessitemapproverdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemapproverdtoType);
