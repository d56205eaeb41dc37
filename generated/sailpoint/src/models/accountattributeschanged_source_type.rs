//! `AccountattributeschangedSourceType`, from `apis/triggers/schemas/accountattributeschanged.yaml#/properties/source/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountattributeschangedSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountattributeschangedSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountattributeschangedSourceType::Source => "SOURCE",
            AccountattributeschangedSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountattributeschangedSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountattributeschangedSourceType::Source,
            other => AccountattributeschangedSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountattributeschangedSourceType);
