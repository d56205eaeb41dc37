//! `AccountcorrelatedSourceType`, from `apis/triggers/schemas/accountcorrelated.yaml#/properties/source/properties/type`.

/// The DTO type of the source the accounts are being correlated from.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountcorrelatedSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountcorrelatedSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountcorrelatedSourceType::Source => "SOURCE",
            AccountcorrelatedSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountcorrelatedSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountcorrelatedSourceType::Source,
            other => AccountcorrelatedSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountcorrelatedSourceType);
