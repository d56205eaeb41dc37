//! `Expression`, from `beta/schemas/Expression.yaml`.

use crate::models::{Children, ExpressionOperator, Value};

/// `Expression` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Expression {
    /// Operator for the expression
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<ExpressionOperator>,
    /// Name for the attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// List of expressions
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Children>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Expression {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Expression {
            operator: None,
            attribute: None,
            value: None,
            children: None,
            additional_properties: Default::default(),
        }
    }
}
