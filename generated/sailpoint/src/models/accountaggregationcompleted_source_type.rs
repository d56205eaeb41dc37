//! `AccountaggregationcompletedSourceType`, from `apis/triggers/schemas/accountaggregationcompleted.yaml#/properties/source/properties/type`.

/// The DTO type of the source the accounts are being aggregated from.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountaggregationcompletedSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountaggregationcompletedSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountaggregationcompletedSourceType::Source => "SOURCE",
            AccountaggregationcompletedSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountaggregationcompletedSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountaggregationcompletedSourceType::Source,
            other => AccountaggregationcompletedSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountaggregationcompletedSourceType);
