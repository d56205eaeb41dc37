//! `SimIntegrationDetailsBeforeProvisioningRule`, from `beta/schemas/SimIntegrationDetails.yaml#/allOf/1/properties/beforeProvisioningRule`.

use crate::models::V3DtoType;

/// Before provisioning rule of integration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl SimIntegrationDetailsBeforeProvisioningRule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SimIntegrationDetailsBeforeProvisioningRule {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
