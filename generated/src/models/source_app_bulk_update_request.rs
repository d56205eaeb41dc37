//! `SourceAppBulkUpdateRequest`, from `beta/schemas/app/SourceAppBulkUpdateRequest.yaml`.

use crate::models::V3JsonPatchOperation;

/// `SourceAppBulkUpdateRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceAppBulkUpdateRequest {
    /// List of source app ids to update
    #[serde(rename = "appIds", default)]
    pub app_ids: Vec<String>,
    /// The JSONPatch payload used to update the source app.
    #[serde(rename = "jsonPatch", default)]
    pub json_patch: Vec<V3JsonPatchOperation>,
}

impl SourceAppBulkUpdateRequest {
    /// Builds the value from its required fields.
    pub fn new(app_ids: Vec<String>, json_patch: Vec<V3JsonPatchOperation>) -> Self {
        SourceAppBulkUpdateRequest {
            app_ids,
            json_patch,
        }
    }
}
