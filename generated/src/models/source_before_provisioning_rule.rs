//! `SourceBeforeProvisioningRule`, from `beta/schemas/Source.yaml#/properties/beforeProvisioningRule`.

use crate::models::SourceBeforeProvisioningRuleType;

/// Rule that runs on the CCG and allows for customization of provisioning plans before the API calls the connector.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceBeforeProvisioningRule {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SourceBeforeProvisioningRuleType>,
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

impl SourceBeforeProvisioningRule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceBeforeProvisioningRule {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
