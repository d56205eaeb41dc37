//! `EntitlementBulkUpdateRequest`, from `beta/schemas/EntitlementBulkUpdateRequest.yaml`.

use crate::models::V3JsonPatchOperation;

/// Object for specifying the bulk update request
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EntitlementBulkUpdateRequest {
    /// List of entitlement ids to update
    #[serde(rename = "entitlementIds", default)]
    pub entitlement_ids: Vec<String>,
    /// List of entitlement ids to update
    #[serde(rename = "jsonPatch", default)]
    pub json_patch: Vec<V3JsonPatchOperation>,
}

impl EntitlementBulkUpdateRequest {
    /// Builds the value from its required fields.
    pub fn new(
        entitlement_ids: Vec<String>,
        json_patch: Vec<V3JsonPatchOperation>,
    ) -> Self {
        EntitlementBulkUpdateRequest {
            entitlement_ids,
            json_patch,
        }
    }
}
