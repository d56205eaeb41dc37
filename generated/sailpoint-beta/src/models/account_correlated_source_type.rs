//! `AccountCorrelatedSourceType`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml#/properties/source/properties/type`.

/// The DTO type of the source the accounts are being correlated from.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountCorrelatedSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountCorrelatedSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountCorrelatedSourceType::Source => "SOURCE",
            AccountCorrelatedSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountCorrelatedSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountCorrelatedSourceType::Source,
            other => AccountCorrelatedSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountCorrelatedSourceType);
