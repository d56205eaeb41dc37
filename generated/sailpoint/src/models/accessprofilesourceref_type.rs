//! `AccessprofilesourcerefType`, from `apis/access-profiles/schemas/accessprofilesourceref.yaml#/properties/type`.

/// Source's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessprofilesourcerefType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessprofilesourcerefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessprofilesourcerefType::Source => "SOURCE",
            AccessprofilesourcerefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessprofilesourcerefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccessprofilesourcerefType::Source,
            other => AccessprofilesourcerefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessprofilesourcerefType);
