//! `UpdatePasswordSyncGroup429Response`, from `v3/paths/password-sync-group.yaml#/put`.

/// `UpdatePasswordSyncGroup429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdatePasswordSyncGroup429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdatePasswordSyncGroup429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdatePasswordSyncGroup429Response {
            message: None,
        }
    }
}
