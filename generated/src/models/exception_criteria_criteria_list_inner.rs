//! `ExceptionCriteriaCriteriaListInner`, from `beta/schemas/sod/models/ExceptionCriteria.yaml#/properties/criteriaList/items`.

use crate::models::ExceptionCriteriaCriteriaListInnerType;

/// The types of objects supported for SOD violations
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExceptionCriteriaCriteriaListInner {
    /// The type of object that is referenced
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ExceptionCriteriaCriteriaListInnerType>,
    /// ID of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Whether the subject identity already had that access or not
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub existing: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExceptionCriteriaCriteriaListInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExceptionCriteriaCriteriaListInner {
            r#type: None,
            id: None,
            name: None,
            existing: None,
            additional_properties: Default::default(),
        }
    }
}
