//! `DateCompareOperator`, from `v3/schemas/transforms/DateCompare.yaml#/properties/operator`.

/// This is the comparison to perform.
/// | Operation | Description |
/// | --------- | ------- |
/// | LT        | Strictly less than: `firstDate < secondDate` |
/// | LTE       | Less than or equal to: `firstDate <= secondDate` |
/// | GT        | Strictly greater than: `firstDate > secondDate` |
/// | GTE       | Greater than or equal to: `firstDate >= secondDate` |
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DateCompareOperator {
    /// `LT`
    Lt,
    /// `LTE`
    Lte,
    /// `GT`
    Gt,
    /// `GTE`
    Gte,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DateCompareOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DateCompareOperator::Lt => "LT",
            DateCompareOperator::Lte => "LTE",
            DateCompareOperator::Gt => "GT",
            DateCompareOperator::Gte => "GTE",
            DateCompareOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for DateCompareOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LT" => DateCompareOperator::Lt,
            "LTE" => DateCompareOperator::Lte,
            "GT" => DateCompareOperator::Gt,
            "GTE" => DateCompareOperator::Gte,
            other => DateCompareOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DateCompareOperator);
