//! `AccessProfileSourceRefType`, from `v3/schemas/access/AccessProfileSourceRef.yaml#/properties/type`.

/// Source's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessProfileSourceRefType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessProfileSourceRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessProfileSourceRefType::Source => "SOURCE",
            AccessProfileSourceRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessProfileSourceRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccessProfileSourceRefType::Source,
            other => AccessProfileSourceRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessProfileSourceRefType);
