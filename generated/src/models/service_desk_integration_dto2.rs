//! `ServiceDeskIntegrationDto2`, from `beta/schemas/ServiceDeskIntegrationDto.yaml#/allOf/0`.

use crate::models::{
    BeforeProvisioningRuleDto, ProvisioningConfig, SourceClusterDto, V3OwnerDto,
};

/// Service Desk integration's specification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceDeskIntegrationDto2 {
    /// Service Desk integration's name. The name must be unique.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Service Desk integration's description.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Service Desk integration types:
    ///
    /// - ServiceNowSDIM
    /// - ServiceNow
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    #[serde(rename = "ownerRef", default, skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<V3OwnerDto>,
    #[serde(rename = "clusterRef", default, skip_serializing_if = "Option::is_none")]
    pub cluster_ref: Option<SourceClusterDto>,
    /// Cluster ID for the Service Desk integration (replaced by clusterRef, retained for backward compatibility).
    ///
    /// **Deprecated** in the spec.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub cluster: Option<String>,
    /// Source IDs for the Service Desk integration (replaced by provisioningConfig.managedSResourceRefs, but retained here for backward compatibility).
    ///
    /// **Deprecated** in the spec.
    #[serde(rename = "managedSources", default, skip_serializing_if = "Option::is_none")]
    pub managed_sources: Option<Vec<String>>,
    /// The 'provisioningConfig' property specifies the configuration used to provision integrations.
    #[serde(
        rename = "provisioningConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioning_config: Option<ProvisioningConfig>,
    /// Service Desk integration's attributes. Validation constraints enforced by the implementation.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: serde_json::Map<String, serde_json::Value>,
    #[serde(
        rename = "beforeProvisioningRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub before_provisioning_rule: Option<BeforeProvisioningRuleDto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ServiceDeskIntegrationDto2 {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<String>,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        ServiceDeskIntegrationDto2 {
            name: name.into(),
            description: description.into(),
            r#type: r#type.into(),
            owner_ref: None,
            cluster_ref: None,
            cluster: None,
            managed_sources: None,
            provisioning_config: None,
            attributes,
            before_provisioning_rule: None,
            additional_properties: Default::default(),
        }
    }
}
