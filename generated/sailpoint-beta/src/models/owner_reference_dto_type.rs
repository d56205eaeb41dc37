//! `OwnerReferenceDtoType`, from `beta/schemas/gov-entitlement/OwnerReferenceDto.yaml#/properties/type`.

/// The type of the owner. Initially only type IDENTITY is supported
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OwnerReferenceDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OwnerReferenceDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OwnerReferenceDtoType::Identity => "IDENTITY",
            OwnerReferenceDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OwnerReferenceDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OwnerReferenceDtoType::Identity,
            other => OwnerReferenceDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OwnerReferenceDtoType);
