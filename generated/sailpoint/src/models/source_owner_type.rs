//! `SourceOwnerType`, from `apis/sources/schemas/source.yaml#/properties/owner/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceOwnerType::Identity => "IDENTITY",
            SourceOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourceOwnerType::Identity,
            other => SourceOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceOwnerType);
