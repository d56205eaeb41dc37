//! `OwnerreferenceType`, from `apis/shared/schemas/ownerreference.yaml#/properties/type`.

/// Owner type. This field must be either left null or set to 'IDENTITY' on input, otherwise a 400 Bad Request error will result.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OwnerreferenceType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OwnerreferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OwnerreferenceType::Identity => "IDENTITY",
            OwnerreferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OwnerreferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OwnerreferenceType::Identity,
            other => OwnerreferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OwnerreferenceType);
