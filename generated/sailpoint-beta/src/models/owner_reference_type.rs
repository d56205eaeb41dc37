//! `OwnerReferenceType`, from `v3/schemas/access/OwnerReference.yaml#/properties/type`.

/// Owner type. This field must be either left null or set to 'IDENTITY' on input, otherwise a 400 Bad Request error will result.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OwnerReferenceType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OwnerReferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OwnerReferenceType::Identity => "IDENTITY",
            OwnerReferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OwnerReferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OwnerReferenceType::Identity,
            other => OwnerReferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OwnerReferenceType);
