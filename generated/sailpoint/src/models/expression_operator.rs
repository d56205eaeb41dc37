//! `ExpressionOperator`, from `apis/data-segmentation/schemas/expression.yaml#/properties/operator`.

/// Operator for the expression
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExpressionOperator {
    /// `AND`
    And,
    /// `EQUALS`
    Equals,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExpressionOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExpressionOperator::And => "AND",
            ExpressionOperator::Equals => "EQUALS",
            ExpressionOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExpressionOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => ExpressionOperator::And,
            "EQUALS" => ExpressionOperator::Equals,
            other => ExpressionOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExpressionOperator);
