//! `MatchTerm`, from `schemas/matchTerm.yaml`.

use crate::models::Value;

/// A lower-case-named schema file. A term is either a leaf or a container:
/// - leaves have `name` and `value`
/// - containers have `children`
///   and an `and` flag
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MatchTerm {
    /// Attribute name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Operator.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub op: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub container: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub and: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<MatchTerm>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MatchTerm {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MatchTerm {
            name: None,
            value: None,
            op: None,
            container: None,
            and: None,
            children: None,
            additional_properties: Default::default(),
        }
    }
}
