//! `SourceAccountCorrelationConfig`, from `beta/schemas/Source.yaml#/properties/accountCorrelationConfig`.

use crate::models::SourceAccountCorrelationConfigType;

/// Reference to account correlation config object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccountCorrelationConfig {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SourceAccountCorrelationConfigType>,
    /// Account correlation config ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Account correlation config's human-readable display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceAccountCorrelationConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceAccountCorrelationConfig {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
