//! `AccessProfileBulkDeleteResponse`, from `v3/schemas/access/AccessProfileBulkDeleteResponse.yaml`.

use crate::models::AccessProfileUsage;

/// `AccessProfileBulkDeleteResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileBulkDeleteResponse {
    /// ID of the task which is executing the bulk deletion. This can be passed to the **/task-status** API to track status.
    #[serde(
        rename = "taskId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub task_id: Option<String>,
    /// List of IDs of Access Profiles which are pending deletion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Vec<String>>,
    /// List of usages of Access Profiles targeted for deletion.
    #[serde(rename = "inUse", default, skip_serializing_if = "Option::is_none")]
    pub in_use: Option<Vec<AccessProfileUsage>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessProfileBulkDeleteResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileBulkDeleteResponse {
            task_id: None,
            pending: None,
            in_use: None,
            additional_properties: Default::default(),
        }
    }
}
