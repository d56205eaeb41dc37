//! `OwnerReferenceSegmentsType`, from `v3/schemas/access/OwnerReferenceSegments.yaml#/properties/type`.

/// Owner type. This field must be either left null or set to 'IDENTITY' on input, otherwise a 400 Bad Request error will result.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OwnerReferenceSegmentsType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OwnerReferenceSegmentsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OwnerReferenceSegmentsType::Identity => "IDENTITY",
            OwnerReferenceSegmentsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OwnerReferenceSegmentsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OwnerReferenceSegmentsType::Identity,
            other => OwnerReferenceSegmentsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OwnerReferenceSegmentsType);
