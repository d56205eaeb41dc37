//! `SegmentsExpressionOperator`, from `apis/segments/schemas/expression.yaml#/properties/operator`.

/// Operator for the expression
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SegmentsExpressionOperator {
    /// `AND`
    And,
    /// `EQUALS`
    Equals,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SegmentsExpressionOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SegmentsExpressionOperator::And => "AND",
            SegmentsExpressionOperator::Equals => "EQUALS",
            SegmentsExpressionOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for SegmentsExpressionOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => SegmentsExpressionOperator::And,
            "EQUALS" => SegmentsExpressionOperator::Equals,
            other => SegmentsExpressionOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SegmentsExpressionOperator);
