//! `SegmentsExpressionChildrenInnerOperator`, from `apis/segments/schemas/expression.yaml#/properties/children/items/properties/operator`.

/// Operator for the expression
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SegmentsExpressionChildrenInnerOperator {
    /// `AND`
    And,
    /// `EQUALS`
    Equals,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SegmentsExpressionChildrenInnerOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SegmentsExpressionChildrenInnerOperator::And => "AND",
            SegmentsExpressionChildrenInnerOperator::Equals => "EQUALS",
            SegmentsExpressionChildrenInnerOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for SegmentsExpressionChildrenInnerOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => SegmentsExpressionChildrenInnerOperator::And,
            "EQUALS" => SegmentsExpressionChildrenInnerOperator::Equals,
            other => SegmentsExpressionChildrenInnerOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SegmentsExpressionChildrenInnerOperator);
