//! `ExpressionChildrenInnerOperator`, from `apis/data-segmentation/schemas/expression.yaml#/properties/children/items/properties/operator`.

/// Operator for the expression
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExpressionChildrenInnerOperator {
    /// `AND`
    And,
    /// `EQUALS`
    Equals,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExpressionChildrenInnerOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExpressionChildrenInnerOperator::And => "AND",
            ExpressionChildrenInnerOperator::Equals => "EQUALS",
            ExpressionChildrenInnerOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExpressionChildrenInnerOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => ExpressionChildrenInnerOperator::And,
            "EQUALS" => ExpressionChildrenInnerOperator::Equals,
            other => ExpressionChildrenInnerOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExpressionChildrenInnerOperator);
