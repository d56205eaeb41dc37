//! `SimIntegrationDetailsBeforeProvisioningRule`, from `beta/schemas/SimIntegrationDetails.yaml#/allOf/1/properties/beforeProvisioningRule`.

use crate::models::V3DtoType;

/// Before provisioning rule of integration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SimIntegrationDetailsBeforeProvisioningRule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3DtoType>,
    /// ID of the rule
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the rule
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

impl SimIntegrationDetailsBeforeProvisioningRule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SimIntegrationDetailsBeforeProvisioningRule {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
