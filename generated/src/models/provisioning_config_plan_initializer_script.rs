//! `ProvisioningConfigPlanInitializerScript`, from `beta/schemas/ProvisioningConfig.yaml#/properties/planInitializerScript`.

/// This is a reference to a plan initializer script.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProvisioningConfigPlanInitializerScript {
    /// This is a Rule that allows provisioning instruction changes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningConfigPlanInitializerScript {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ProvisioningConfigPlanInitializerScript {
            source: None,
            additional_properties: Default::default(),
        }
    }
}
