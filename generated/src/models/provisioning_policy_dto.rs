//! `ProvisioningPolicyDto`, from `v3/schemas/ProvisioningPolicyDto.yaml`.

use crate::models::{FieldDetailsDto, UsageType};

/// `ProvisioningPolicyDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProvisioningPolicyDto {
    /// the provisioning policy name
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub name: Option<String>,
    /// the description of the provisioning policy
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(rename = "usageType", default, skip_serializing_if = "Option::is_none")]
    pub usage_type: Option<UsageType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<FieldDetailsDto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningPolicyDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ProvisioningPolicyDto {
            name: None,
            description: None,
            usage_type: None,
            fields: None,
            additional_properties: Default::default(),
        }
    }
}
