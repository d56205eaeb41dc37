//! `TenantConfigurationRequest`, from `beta/schemas/work-reassignment/TenantConfigurationRequest.yaml`.

use crate::models::TenantConfigurationDetails;

/// Tenant-wide Reassignment Configuration settings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TenantConfigurationRequest {
    #[serde(rename = "configDetails", default, skip_serializing_if = "Option::is_none")]
    pub config_details: Option<TenantConfigurationDetails>,
}

impl TenantConfigurationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TenantConfigurationRequest {
            config_details: None,
        }
    }
}
