//! `SpConfigRules`, from `beta/schemas/SpConfigRules.yaml`.

use crate::models::SpConfigRule;

/// Rules to be applied to the config object during the draft process.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SpConfigRules {
    #[serde(
        rename = "takeFromTargetRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub take_from_target_rules: Option<Vec<SpConfigRule>>,
    #[serde(rename = "defaultRules", default, skip_serializing_if = "Option::is_none")]
    pub default_rules: Option<Vec<SpConfigRule>>,
    /// Indicates whether the object can be edited.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub editable: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SpConfigRules {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SpConfigRules {
            take_from_target_rules: None,
            default_rules: None,
            editable: None,
            additional_properties: Default::default(),
        }
    }
}
