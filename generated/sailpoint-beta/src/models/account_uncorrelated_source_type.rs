//! `AccountUncorrelatedSourceType`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml#/properties/source/properties/type`.

/// The DTO type of the source the accounts are uncorrelated from.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountUncorrelatedSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountUncorrelatedSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountUncorrelatedSourceType::Source => "SOURCE",
            AccountUncorrelatedSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountUncorrelatedSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountUncorrelatedSourceType::Source,
            other => AccountUncorrelatedSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountUncorrelatedSourceType);
