//! `EntitlementBulkUpdateRequest`, from `beta/schemas/EntitlementBulkUpdateRequest.yaml`.

use crate::models::V3JsonPatchOperation;

/// Object for specifying the bulk update request
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EntitlementBulkUpdateRequest {
    /// List of entitlement ids to update
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "entitlementIds",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub entitlement_ids: Vec<String>,
    /// List of entitlement ids to update
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "jsonPatch",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub json_patch: Vec<V3JsonPatchOperation>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntitlementBulkUpdateRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        entitlement_ids: Vec<String>,
        json_patch: Vec<V3JsonPatchOperation>,
    ) -> Self {
        EntitlementBulkUpdateRequest {
            entitlement_ids,
            json_patch,
            additional_properties: Default::default(),
        }
    }
}
