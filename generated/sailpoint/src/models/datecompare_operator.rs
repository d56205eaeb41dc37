//! `DatecompareOperator`, from `apis/sources/schemas/datecompare.yaml#/properties/operator`.

/// This is the comparison to perform.
/// | Operation | Description |
/// | --------- | ------- |
/// | LT        | Strictly less than: `firstDate < secondDate` |
/// | LTE       | Less than or equal to: `firstDate <= secondDate` |
/// | GT        | Strictly greater than: `firstDate > secondDate` |
/// | GTE       | Greater than or equal to: `firstDate >= secondDate` |
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DatecompareOperator {
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

impl DatecompareOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DatecompareOperator::Lt => "LT",
            DatecompareOperator::Lte => "LTE",
            DatecompareOperator::Gt => "GT",
            DatecompareOperator::Gte => "GTE",
            DatecompareOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for DatecompareOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LT" => DatecompareOperator::Lt,
            "LTE" => DatecompareOperator::Lte,
            "GT" => DatecompareOperator::Gt,
            "GTE" => DatecompareOperator::Gte,
            other => DatecompareOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DatecompareOperator);
