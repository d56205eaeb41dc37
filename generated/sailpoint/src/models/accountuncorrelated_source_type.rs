//! `AccountuncorrelatedSourceType`, from `apis/triggers/schemas/accountuncorrelated.yaml#/properties/source/properties/type`.

/// The DTO type of the source the accounts are uncorrelated from.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountuncorrelatedSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountuncorrelatedSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountuncorrelatedSourceType::Source => "SOURCE",
            AccountuncorrelatedSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountuncorrelatedSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountuncorrelatedSourceType::Source,
            other => AccountuncorrelatedSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountuncorrelatedSourceType);
