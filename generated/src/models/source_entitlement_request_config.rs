//! `SourceEntitlementRequestConfig`, from `beta/schemas/SourceEntitlementRequestConfig.yaml`.

use crate::models::{EntitlementAccessRequestConfig, EntitlementRevocationRequestConfig};

/// Entitlement Request Configuration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceEntitlementRequestConfig {
    /// Configuration for requesting access to entitlements
    #[serde(
        rename = "accessRequestConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_request_config: Option<EntitlementAccessRequestConfig>,
    #[serde(
        rename = "revocationRequestConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub revocation_request_config: Option<EntitlementRevocationRequestConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceEntitlementRequestConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceEntitlementRequestConfig {
            access_request_config: None,
            revocation_request_config: None,
            additional_properties: Default::default(),
        }
    }
}
