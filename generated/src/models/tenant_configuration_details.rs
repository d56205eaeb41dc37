//! `TenantConfigurationDetails`, from `beta/schemas/work-reassignment/TenantConfigurationDetails.yaml`.

/// Details of any tenant-wide Reassignment Configurations (eg. enabled/disabled)
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TenantConfigurationDetails {
    /// Flag to determine if Reassignment Configuration is enabled or disabled for a tenant.  When this flag is set to true, Reassignment Configuration is disabled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub disabled: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TenantConfigurationDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TenantConfigurationDetails {
            disabled: None,
            additional_properties: Default::default(),
        }
    }
}
