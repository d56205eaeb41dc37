//! `AccessitemrequestedfordtoType`, from `apis/triggers/schemas/accessitemrequestedfordto.yaml#/properties/type`.

/// DTO type of identity the access item is requested for.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemrequestedfordtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemrequestedfordtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemrequestedfordtoType::Identity => "IDENTITY",
            AccessitemrequestedfordtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemrequestedfordtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessitemrequestedfordtoType::Identity,
            other => AccessitemrequestedfordtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemrequestedfordtoType);
