//! `AccountsCollectedForAggregationSourceType`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml#/properties/source/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountsCollectedForAggregationSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountsCollectedForAggregationSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountsCollectedForAggregationSourceType::Source => "SOURCE",
            AccountsCollectedForAggregationSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountsCollectedForAggregationSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountsCollectedForAggregationSourceType::Source,
            other => AccountsCollectedForAggregationSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountsCollectedForAggregationSourceType);
