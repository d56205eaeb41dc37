//! `OtherIdentityType`, from `schemas/other/Identity.yaml#/properties/type`.

/// Always `IDENTITY`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OtherIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OtherIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OtherIdentityType::Identity => "IDENTITY",
            OtherIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OtherIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OtherIdentityType::Identity,
            other => OtherIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OtherIdentityType);
