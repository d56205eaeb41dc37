//! `MultiHostIntegrationsConnectorAttributes`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/connectorAttributes`.

use crate::models::{
    MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory,
    MultiHostIntegrationsConnectorAttributesMultiHostAttributes,
    MultiHostIntegrationsConnectorAttributesMultihostStatus,
};

/// Connector specific configuration. This configuration will differ for Multi-Host Integration type.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostIntegrationsConnectorAttributes {
    /// Maximum sources allowed count of a Multi-Host Integration
    #[serde(
        rename = "maxAllowedSources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_allowed_sources: Option<i32>,
    /// Last upload sources count of a Multi-Host Integration
    #[serde(
        rename = "lastSourceUploadCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_source_upload_count: Option<i32>,
    #[serde(
        rename = "connectorFileUploadHistory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_file_upload_history: Option<
        MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory,
    >,
    /// Multi-Host integration status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multihost_status: Option<
        MultiHostIntegrationsConnectorAttributesMultihostStatus,
    >,
    /// Show account schema
    #[serde(
        rename = "showAccountSchema",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub show_account_schema: Option<bool>,
    /// Show entitlement schema
    #[serde(
        rename = "showEntitlementSchema",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub show_entitlement_schema: Option<bool>,
    /// Attributes of Multi-Host Integration
    #[serde(
        rename = "multiHostAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub multi_host_attributes: Option<
        MultiHostIntegrationsConnectorAttributesMultiHostAttributes,
    >,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl MultiHostIntegrationsConnectorAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostIntegrationsConnectorAttributes {
            max_allowed_sources: None,
            last_source_upload_count: None,
            connector_file_upload_history: None,
            multihost_status: None,
            show_account_schema: None,
            show_entitlement_schema: None,
            multi_host_attributes: None,
            additional_properties: Default::default(),
        }
    }
}
