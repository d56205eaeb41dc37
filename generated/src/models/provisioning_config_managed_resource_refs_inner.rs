//! `ProvisioningConfigManagedResourceRefsInner`, from `beta/schemas/ProvisioningConfig.yaml#/properties/managedResourceRefs/items`.

use crate::models::ProvisioningConfigManagedResourceRefsInnerType;

/// `ProvisioningConfigManagedResourceRefsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProvisioningConfigManagedResourceRefsInner {
    /// The type of object being referenced
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProvisioningConfigManagedResourceRefsInnerType>,
    /// ID of the source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// Human-readable display name of the source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<serde_json::Value>,
}

impl ProvisioningConfigManagedResourceRefsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ProvisioningConfigManagedResourceRefsInner {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
