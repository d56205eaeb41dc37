//! `ProvisioningConfig`, from `beta/schemas/ProvisioningConfig.yaml`.

use crate::models::{
    ProvisioningConfigManagedResourceRefsInner, ProvisioningConfigPlanInitializerScript,
};

/// Specification of a Service Desk integration provisioning configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProvisioningConfig {
    /// Specifies whether this configuration is used to manage provisioning requests for all sources from the org.  If true, no managedResourceRefs are allowed.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "universalManager",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub universal_manager: Option<bool>,
    /// References to sources for the Service Desk integration template.  May only be specified if universalManager is false.
    #[serde(
        rename = "managedResourceRefs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_resource_refs: Option<Vec<ProvisioningConfigManagedResourceRefsInner>>,
    /// This is a reference to a plan initializer script.
    #[serde(
        rename = "planInitializerScript",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub plan_initializer_script: Option<ProvisioningConfigPlanInitializerScript>,
    /// Name of an attribute that when true disables the saving of ProvisioningRequest objects whenever plans are sent through this integration.
    #[serde(
        rename = "noProvisioningRequests",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub no_provisioning_requests: Option<bool>,
    /// When saving pending requests is enabled, this defines the number of hours the request is allowed to live before it is considered expired and no longer affects plan compilation.
    #[serde(
        rename = "provisioningRequestExpiration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioning_request_expiration: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ProvisioningConfig {
            universal_manager: None,
            managed_resource_refs: None,
            plan_initializer_script: None,
            no_provisioning_requests: None,
            provisioning_request_expiration: None,
            additional_properties: Default::default(),
        }
    }
}
