//! `EnumsDirection`, from `openapi.yaml#/components/schemas/Enums/properties/direction`.

/// An inline enum inside a property.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EnumsDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EnumsDirection {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EnumsDirection::Asc => "ASC",
            EnumsDirection::Desc => "DESC",
            EnumsDirection::Unknown(value) => value,
        }
    }
}

impl From<&str> for EnumsDirection {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ASC" => EnumsDirection::Asc,
            "DESC" => EnumsDirection::Desc,
            other => EnumsDirection::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EnumsDirection);
