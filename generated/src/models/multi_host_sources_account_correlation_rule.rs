//! `MultiHostSourcesAccountCorrelationRule`, from `beta/schemas/MultiHostSources.yaml#/properties/accountCorrelationRule`.

use crate::models::MultiHostSourcesAccountCorrelationRuleType;

/// Reference to a rule that can do COMPLEX correlation. Only use this rule when you can't use accountCorrelationConfig.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostSourcesAccountCorrelationRule {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MultiHostSourcesAccountCorrelationRuleType>,
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultiHostSourcesAccountCorrelationRule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostSourcesAccountCorrelationRule {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
