//! `IdentityAttributeConfig`, from `beta/schemas/IdentityAttributeConfig.yaml`.

use crate::models::IdentityAttributeTransform;

/// `IdentityAttributeConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityAttributeConfig {
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
    pub attribute_transforms: Option<Vec<IdentityAttributeTransform>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAttributeConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAttributeConfig {
            enabled: None,
            attribute_transforms: None,
            additional_properties: Default::default(),
        }
    }
}
