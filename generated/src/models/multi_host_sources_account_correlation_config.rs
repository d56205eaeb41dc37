//! `MultiHostSourcesAccountCorrelationConfig`, from `beta/schemas/MultiHostSources.yaml#/properties/accountCorrelationConfig`.

use crate::models::MultiHostSourcesAccountCorrelationConfigType;

/// Reference to account correlation config object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostSourcesAccountCorrelationConfig {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MultiHostSourcesAccountCorrelationConfigType>,
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
}

impl MultiHostSourcesAccountCorrelationConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostSourcesAccountCorrelationConfig {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
