//! `ProvisioningConfigPlanInitializerScript`, from `beta/schemas/ProvisioningConfig.yaml`.
/// This is a reference to a plan initializer script.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProvisioningConfigPlanInitializerScript {
    /// This is a Rule that allows provisioning instruction changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
impl ProvisioningConfigPlanInitializerScript {
    /// A `ProvisioningConfigPlanInitializerScript` with the given required fields and the others empty.
    pub fn new() -> Self {
        ProvisioningConfigPlanInitializerScript {
            source: None,
        }
    }
}
