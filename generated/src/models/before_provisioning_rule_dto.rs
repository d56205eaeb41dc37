//! `BeforeProvisioningRuleDto`, from `v3/schemas/BeforeProvisioningRuleDto.yaml`.

use crate::models::BeforeProvisioningRuleDtoType;

/// Before Provisioning Rule.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BeforeProvisioningRuleDto {
    /// Before Provisioning Rule DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<BeforeProvisioningRuleDtoType>,
    /// Before Provisioning Rule ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Rule display name.
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

impl BeforeProvisioningRuleDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BeforeProvisioningRuleDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
