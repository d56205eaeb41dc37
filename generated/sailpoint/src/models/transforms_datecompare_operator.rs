//! `TransformsDatecompareOperator`, from `apis/transforms/schemas/datecompare.yaml#/properties/operator`.

/// This is the comparison to perform.
/// | Operation | Description |
/// | --------- | ------- |
/// | LT        | Strictly less than: `firstDate < secondDate` |
/// | LTE       | Less than or equal to: `firstDate <= secondDate` |
/// | GT        | Strictly greater than: `firstDate > secondDate` |
/// | GTE       | Greater than or equal to: `firstDate >= secondDate` |
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TransformsDatecompareOperator {
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

impl TransformsDatecompareOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TransformsDatecompareOperator::Lt => "LT",
            TransformsDatecompareOperator::Lte => "LTE",
            TransformsDatecompareOperator::Gt => "GT",
            TransformsDatecompareOperator::Gte => "GTE",
            TransformsDatecompareOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for TransformsDatecompareOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LT" => TransformsDatecompareOperator::Lt,
            "LTE" => TransformsDatecompareOperator::Lte,
            "GT" => TransformsDatecompareOperator::Gt,
            "GTE" => TransformsDatecompareOperator::Gte,
            other => TransformsDatecompareOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TransformsDatecompareOperator);
