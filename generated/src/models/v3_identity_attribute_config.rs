//! `V3IdentityAttributeConfig`, from `v3/schemas/IdentityAttributeConfig.yaml`.

use crate::models::V3IdentityAttributeTransform;

/// Defines all the identity attribute mapping configurations. This defines how to generate or collect data for each identity attributes in identity refresh process.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3IdentityAttributeConfig {
    /// Backend will only promote values if the profile/mapping is enabled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    #[serde(
        rename = "attributeTransforms",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attribute_transforms: Option<Vec<V3IdentityAttributeTransform>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3IdentityAttributeConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3IdentityAttributeConfig {
            enabled: None,
            attribute_transforms: None,
            additional_properties: Default::default(),
        }
    }
}
