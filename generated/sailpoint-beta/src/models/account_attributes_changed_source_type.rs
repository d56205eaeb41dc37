//! `AccountAttributesChangedSourceType`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml#/properties/source/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountAttributesChangedSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountAttributesChangedSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountAttributesChangedSourceType::Source => "SOURCE",
            AccountAttributesChangedSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountAttributesChangedSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountAttributesChangedSourceType::Source,
            other => AccountAttributesChangedSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountAttributesChangedSourceType);
