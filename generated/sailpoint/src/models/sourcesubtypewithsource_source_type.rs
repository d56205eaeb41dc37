//! `SourcesubtypewithsourceSourceType`, from `apis/machine-account-subtypes/schemas/sourcesubtypewithsource.yaml#/properties/source/properties/type`.

/// Type of the reference object.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesubtypewithsourceSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcesubtypewithsourceSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesubtypewithsourceSourceType::Source => "SOURCE",
            SourcesubtypewithsourceSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesubtypewithsourceSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => SourcesubtypewithsourceSourceType::Source,
            other => SourcesubtypewithsourceSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcesubtypewithsourceSourceType);
