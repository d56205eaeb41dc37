//! `MultiHostSourcesManagerCorrelationRule`, from `beta/schemas/MultiHostSources.yaml#/properties/managerCorrelationRule`.

use crate::models::MultiHostSourcesManagerCorrelationRuleType;

/// Reference to the ManagerCorrelationRule. Only use this rule when a simple filter isn't sufficient.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostSourcesManagerCorrelationRule {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MultiHostSourcesManagerCorrelationRuleType>,
    /// Rule ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Rule's human-readable display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl MultiHostSourcesManagerCorrelationRule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostSourcesManagerCorrelationRule {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
