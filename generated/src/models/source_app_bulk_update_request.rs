//! `SourceAppBulkUpdateRequest`, from `beta/schemas/app/SourceAppBulkUpdateRequest.yaml`.

use crate::models::V3JsonPatchOperation;

/// `SourceAppBulkUpdateRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAppBulkUpdateRequest {
    /// List of source app ids to update
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "appIds",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub app_ids: Vec<String>,
    /// The JSONPatch payload used to update the source app.
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

impl SourceAppBulkUpdateRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(app_ids: Vec<String>, json_patch: Vec<V3JsonPatchOperation>) -> Self {
        SourceAppBulkUpdateRequest {
            app_ids,
            json_patch,
            additional_properties: Default::default(),
        }
    }
}
