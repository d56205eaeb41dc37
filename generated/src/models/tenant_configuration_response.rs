//! `TenantConfigurationResponse`, from `beta/schemas/work-reassignment/TenantConfigurationResponse.yaml`.

use crate::models::{AuditDetails, TenantConfigurationDetails};

/// Tenant-wide Reassignment Configuration settings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TenantConfigurationResponse {
    #[serde(rename = "auditDetails", default, skip_serializing_if = "Option::is_none")]
    pub audit_details: Option<AuditDetails>,
    #[serde(rename = "configDetails", default, skip_serializing_if = "Option::is_none")]
    pub config_details: Option<TenantConfigurationDetails>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TenantConfigurationResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TenantConfigurationResponse {
            audit_details: None,
            config_details: None,
            additional_properties: Default::default(),
        }
    }
}
