//! `AccountAggregationCompletedSourceType`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml#/properties/source/properties/type`.

/// Source's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountAggregationCompletedSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountAggregationCompletedSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountAggregationCompletedSourceType::Source => "SOURCE",
            AccountAggregationCompletedSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountAggregationCompletedSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountAggregationCompletedSourceType::Source,
            other => AccountAggregationCompletedSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountAggregationCompletedSourceType);
