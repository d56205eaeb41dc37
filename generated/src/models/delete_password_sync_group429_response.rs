//! `DeletePasswordSyncGroup429Response`, from `v3/paths/password-sync-group.yaml#/delete`.

/// `DeletePasswordSyncGroup429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeletePasswordSyncGroup429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeletePasswordSyncGroup429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeletePasswordSyncGroup429Response {
            message: None,
        }
    }
}
