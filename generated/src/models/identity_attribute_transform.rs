//! `IdentityAttributeTransform`, from `beta/schemas/IdentityAttributeTransform.yaml`.

use crate::models::TransformDefinition;

/// Transform definition for an identity attribute.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityAttributeTransform {
    /// Identity attribute's name.
    #[serde(
        rename = "identityAttributeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_attribute_name: Option<String>,
    /// Seaspray transform definition.
    #[serde(
        rename = "transformDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transform_definition: Option<TransformDefinition>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAttributeTransform {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAttributeTransform {
            identity_attribute_name: None,
            transform_definition: None,
            additional_properties: Default::default(),
        }
    }
}
