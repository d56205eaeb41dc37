//! `DimensionsAccessprofilesourcerefType`, from `apis/dimensions/schemas/accessprofilesourceref.yaml#/properties/type`.

/// Source's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DimensionsAccessprofilesourcerefType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DimensionsAccessprofilesourcerefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DimensionsAccessprofilesourcerefType::Source => "SOURCE",
            DimensionsAccessprofilesourcerefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DimensionsAccessprofilesourcerefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => DimensionsAccessprofilesourcerefType::Source,
            other => DimensionsAccessprofilesourcerefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DimensionsAccessprofilesourcerefType);
