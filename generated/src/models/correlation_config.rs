//! `CorrelationConfig`, from `beta/schemas/CorrelationConfig.yaml`.

use crate::models::CorrelationConfigAttributeAssignmentsInner;

/// Source configuration information that is used by correlation process.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CorrelationConfig {
    /// The ID of the correlation configuration.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The name of the correlation configuration.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The list of attribute assignments of the correlation configuration.
    #[serde(
        rename = "attributeAssignments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attribute_assignments: Option<Vec<CorrelationConfigAttributeAssignmentsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CorrelationConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CorrelationConfig {
            id: None,
            name: None,
            attribute_assignments: None,
            additional_properties: Default::default(),
        }
    }
}
