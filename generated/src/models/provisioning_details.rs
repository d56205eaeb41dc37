//! `ProvisioningDetails`, from `v2024/schemas/ProvisioningDetails.yaml`.

/// Provides additional details about provisioning for this request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProvisioningDetails {
    /// Ordered CSV of sub phase references to objects that contain more information about provisioning. For example, this can contain "manualWorkItemDetails" which indicate that there is further information in that object for this phase.
    #[serde(
        rename = "orderedSubPhaseReferences",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub ordered_sub_phase_references: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ProvisioningDetails {
            ordered_sub_phase_references: None,
            additional_properties: Default::default(),
        }
    }
}
