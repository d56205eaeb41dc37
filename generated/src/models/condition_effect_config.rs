//! `ConditionEffectConfig`, from `beta/schemas/forms/ConditionEffect.yaml#/properties/config`.

/// Arbitrary map containing a configuration based on the EffectType.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConditionEffectConfig {
    /// Effect type's label.
    #[serde(
        rename = "defaultValueLabel",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub default_value_label: Option<String>,
    /// Element's identifier.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub element: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConditionEffectConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ConditionEffectConfig {
            default_value_label: None,
            element: None,
            additional_properties: Default::default(),
        }
    }
}
